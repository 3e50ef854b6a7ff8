/** Dates read the way each locale writes them: ISO values with the span of the printed date. */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../pipeline/extract/common/dates.ts';
import { localeOf } from '../../pipeline/locales/index.ts';

const read = (text: string, lang: 'ru' | 'kk') =>
  findDates(text, localeOf(lang).act.dates).map((d) => [d.value, text.slice(d.start, d.end)]);

describe('dates by locale', () => {
  it('Russian: day, month word, year; numeric dates too; impossible dates skipped', () => {
    expect(read('постановлением акимата от 5 июня 2020 года № 131', 'ru')).toEqual([['2020-06-05', '5 июня 2020 года']]);
    expect(read('от «4» августа 2015 г. № 204 и от 05.06.2020 № 131', 'ru')).toEqual([['2015-08-04', '«4» августа 2015 г.'], ['2020-06-05', '05.06.2020']]);
    expect(read('от 31 февраля 2015 года', 'ru')).toEqual([]);
    expect(read('от 5 июня № 131', 'ru')).toEqual([]);
  });

  it('Kazakh: year, day, month word with its case ending', () => {
    expect(read('Әділет департаментінде 2017 жылғы 20 қарашада № 4954 болып тіркелді', 'kk')).toEqual([['2017-11-20', '2017 жылғы 20 қарашада']]);
    expect(read('әкімдігінің 2016 жылғы «10» маусымдағы № 266 қаулысы', 'kk')).toEqual([['2016-06-10', '2016 жылғы «10» маусымдағы']]);
    expect(read('Қостанай облысы әкімдігінің 10.06.2016 № 266 қаулысымен', 'kk')).toEqual([['2016-06-10', '10.06.2016']]);
    // The Russian order is not a Kazakh date: a month word must follow the day.
    expect(read('2017 жылғы № 4954', 'kk')).toEqual([]);
  });
});
