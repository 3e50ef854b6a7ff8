/** The normalizer's line patterns: what each must read as a paragraph opener or page furniture, and the near-misses it must not. */
import { describe, expect, it } from 'vitest';
import { FLUSH_PARAGRAPH_OPENER, PAGE_FURNITURE } from '../../pipeline/normalize/text-layout.ts';

describe('a line of a flush text that opens a paragraph', () => {
  it.each([
    '3. Услугодатель принимает документы',
    '1) прием документов',
    '«1. Утвердить прилагаемые регламенты',
    'действие 1 – прием документов',
    'процедура 2: рассмотрение',
    'процедура (действие) 3. выдача',
    '1-іс-қимыл: құжаттарды қабылдау',
    '2 - іс-қимыл',
  ])('opens: %s', (line) => expect(FLUSH_PARAGRAPH_OPENER.test(line)).toBe(true));

  it.each([
    'услугодателя в течение 15 минут;',
    '2015 года № 204',
    '1000 тенге',
    'действия услугодателя',
    'іс-қимыл 1',
  ])('continues: %s', (line) => expect(FLUSH_PARAGRAPH_OPENER.test(line)).toBe(false));
});

describe('page furniture, read as a blank line', () => {
  it.each([
    '3', '- 12 -', 'Страница 2 из 8', 'Стр. 3', 'Страница 2/8', '3-бет', '3 бет', 'Бет 2/8',
    '06.12.2026, 14:03 Об утверждении регламентов', 'https://adilet.zan.kz/rus/docs/V1500001234 3/8', '3/8',
    'https://adilet.zan.kz/rus/docs/V1500001234',
  ])('furniture: %s', (line) => expect(PAGE_FURNITURE.test(line)).toBe(true));

  it.each([
    '3. Услугодатель',
    '1 (один) рабочий день',
    'Страница документа',
    '15 минут',
    '2015 жылғы 4 тамыздағы',
    'см. https://egov.kz',
  ])('text: %s', (line) => expect(PAGE_FURNITURE.test(line)).toBe(false));
});
