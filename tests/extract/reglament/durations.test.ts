import { describe, expect, it } from 'vitest';
import { findDurations } from '../../../pipeline/extract/reglament/durations.ts';
import { localeOf } from '../../../pipeline/locales/index.ts';

const ru = (text: string) => findDurations(text, localeOf('ru'));
const kk = (text: string) => findDurations(text, localeOf('kk'));

const values = (xs: Array<{ value: string }>) => xs.map((x) => x.value);

describe('durations', () => {
  it('reads Russian amounts with number words and case forms of the unit', () => {
    expect(values(ru('в течение 5 (пяти) минут, затем 15 (пятнадцати) минут'))).toEqual(['5 minute', '15 minute']);
    expect(values(ru('в течение 1 (одного) рабочего дня'))).toEqual(['1 working-day']);
    expect(values(ru('2 (двух) рабочих дней; 3 часа; в течение 2 (двух) часов'))).toEqual(['2 working-day', '3 hour', '2 hour']);
    expect(values(ru('продлевается на 1 (один) месяц'))).toEqual(['1 month']);
    expect(values(ru('10 календарных дней, 5 дней'))).toEqual(['10 calendar-day', '5 day']);
  });

  it('reads Kazakh amounts', () => {
    expect(values(kk('15 (он бес) минут ішінде'))).toEqual(['15 minute']);
    expect(values(kk('2 (екі) жұмыс күні'))).toEqual(['2 working-day']);
    expect(values(kk('1 (бір) сағат; 18 (он сегіз) жұмыс күні'))).toEqual(['1 hour', '18 working-day']);
    expect(values(kk('5 (бес минут).'))).toEqual(['5 minute']);
  });

  it('reads durations written with number words only, and Kazakh calendar days qualified before the number', () => {
    expect(values(ru('определяет ответственного исполнителя – в течение одного рабочего дня;'))).toEqual(['1 working-day']);
    expect(values(ru('не более двух часов, затем пятнадцати минут'))).toEqual(['2 hour', '15 minute']);
    expect(values(kk('Мемлекеттік корпорацияға жүгінген кезде – бір жұмыс күні;'))).toEqual(['1 working-day']);
    expect(values(kk('он бес минут ішінде; күнтізбелік 7 (жеті) күн'))).toEqual(['15 minute', '7 calendar-day']);
    expect(values(kk('құжаттарды тапсыру үшін күтудің ең ұзақ уақыты – 15 минуттан аспайды'))).toEqual(['15 minute']);
    // Number words that spell out digits are not a second duration; nor is a number word without a unit.
    expect(values(ru('в течение 5 (пяти) минут'))).toEqual(['5 minute']);
    expect(values(kk('15 (он бес минут)'))).toEqual(['15 minute']);
    expect(ru('один из документов, две копии')).toEqual([]);
    expect(kk('бір бөлігінің орнын толтыру')).toEqual([]);
  });

  it('reads the PDF artifacts: split digits, displaced words', () => {
    expect(values(ru('в течение 3 0 минут.'))).toEqual(['30 minute']);
    expect(values(ru('в течение 2 минут. (двух)'))).toEqual(['2 minute']);
    expect(values(ru('в течение 2 дней. (двух) рабочих'))).toEqual(['2 working-day']);
    expect(values(ru('в часа. течение 1 (одного)'))).toEqual(['1 hour']);
    expect(values(ru('н а день; портал – 1 (один) рабочий'))).toEqual(['1 working-day']);
    expect(values(ru('в течение 1 ( одного) рабочего дня'))).toEqual(['1 working-day']);
  });

  it('takes no dates, act numbers or bare adjectives for durations', () => {
    expect(ru('от 4 августа 2015 года № 204, пункт 9 Стандарта')).toEqual([]);
    expect(ru('создание 5 рабочих мест')).toEqual([]);
    expect(ru('с 9.00 до 18.00 часов')).toEqual([]);
    expect(kk('2015 жылғы 4 тамыздағы № 204')).toEqual([]);
  });

  it('gives the span of the number and its unit', () => {
    const text = 'подписывает в течение 5 (пяти) минут.';
    const [d] = ru(text);
    expect(text.slice(d.start, d.end)).toBe('5 (пяти) минут');
  });
});

describe('durations in other spellings', () => {
  it('reads case endings after digits and decimal amounts', () => {
    expect(values(ru('в течение 15-ти минут, 2-х рабочих дней'))).toEqual(['15 minute', '2 working-day']);
    expect(values(ru('в течение 0,5 часа'))).toEqual(['0.5 hour']);
  });
});
