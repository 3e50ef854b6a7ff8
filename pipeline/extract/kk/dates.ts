/**
 * Kazakh dates: "2015 жылғы 4 тамыздағы", "2017 жылғы 20 қарашада", "2016 жылғы «10» маусымдағы",
 * "05.06.2020". The year comes first; the month word carries a case ending.
 */
import { annotate, type Annotation } from '../../shared/annotation.ts';
import { isoDate, monthFromWord, numericDates } from '../common/dates.ts';

const WORD_DATE = /(?<!\d)(\d{4})\s*(?:ж\.|жылғы|жылы|жыл)\s+[«"]?(\d{1,2})[»"]?\s*-?\s*(\p{L}+)/gu;

export function findDates(text: string, start = 0, end = text.length): Annotation<string>[] {
  const window = text.slice(start, end);
  const out: Annotation<string>[] = [];
  for (const m of window.matchAll(WORD_DATE)) {
    const month = monthFromWord(m[3], 'kk');
    const iso = month ? isoDate(Number(m[1]), month, Number(m[2])) : null;
    if (iso) out.push(annotate(iso, start + m.index!, start + m.index! + m[0].length));
  }
  out.push(...numericDates(window, start));
  return out.sort((a, b) => a.start - b.start);
}
