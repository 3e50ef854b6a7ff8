/**
 * The patterns inside each locale's reference finder, through the finder: what makes a date an act
 * reference and what does not (a registration note, a date with neither "от" nor a number), where a
 * national issuer's reference opens, and the kind read past a quoted title.
 */
import { describe, expect, it } from 'vitest';
import { localeOf } from '../../pipeline/locales/index.ts';

const found = (text: string, lang: 'ru' | 'kk') => localeOf(lang).act.findReferences(text, 0, text.length);
const refs = (text: string, lang: 'ru' | 'kk') =>
  found(text, lang).map((r) => ({ key: r.value.key, kind: r.value.kind, quote: text.slice(r.start, r.end) }));

describe('Russian references', () => {
  it('a registration note of the cited act is no reference of its own', () => {
    const text = 'приказом Министра здравоохранения и социального развития Республики Казахстан от 28 апреля 2015 года № 279 (зарегистрирован в Министерстве юстиции Республики Казахстан 10 июня 2015 года № 11342)';
    expect(refs(text, 'ru').map((r) => r.key)).toEqual(['ministry|-|2015-04-28|279']);
  });

  it('a date after "от" names an act without a number; a date with neither names none', () => {
    expect(found('решением маслихата города Алматы от 14 декабря 2017 года', 'ru').map((r) => r.value))
      .toMatchObject([{ kind: 'decision', issuer: 'maslikhat', region: 'almaty', date: '2017-12-14', number: null }]);
    expect(refs('решение маслихата города Алматы принято 14 декабря 2017 года', 'ru')).toEqual([]);
  });
});

describe('Kazakh references', () => {
  it('a date and number followed by "тіркелді" register an act, they are none', () => {
    const text = 'Қазақстан Республикасы Әділет министрлігінде 2017 жылғы 18 тамызда № 15508 тіркелді';
    expect(refs(text, 'kk')).toEqual([]);
    expect(refs('Қазақстан Республикасы Денсаулық сақтау министрінің 2020 жылғы 30 қазандағы № ҚР ДСМ-175/2020 бұйрығымен', 'kk'))
      .toEqual([{ key: 'ministry|-|2020-10-30|ҚРДСМ-175/2020', kind: 'order', quote: 'Қазақстан Республикасы Денсаулық сақтау министрінің 2020 жылғы 30 қазандағы № ҚР ДСМ-175/2020 бұйрығымен' }]);
  });

  it('the state\'s name opens a national issuer\'s reference only within its sentence', () => {
    const quote = refs('Қазақстан Республикасы. Денсаулық сақтау министрінің 2020 жылғы 30 қазандағы № ҚР ДСМ-175/2020 бұйрығымен', 'kk')[0]?.quote;
    expect(quote).toBe('министрінің 2020 жылғы 30 қазандағы № ҚР ДСМ-175/2020 бұйрығымен');
  });

  it('the kind is read after the quoted title that follows the number', () => {
    const text = 'Қостанай облысы әкімдігінің 2015 жылғы 30 желтоқсандағы № 564 "Мемлекеттік көрсетілетін қызметтер регламенттерін бекіту туралы" қаулысына';
    expect(refs(text, 'kk')).toEqual([{ key: 'akimat|kostanay|2015-12-30|564', kind: 'resolution', quote: text }]);
  });
});
