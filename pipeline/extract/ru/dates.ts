/**
 * Russian dates: "4 августа 2015 года", "«4» августа 2015 г.", "05.06.2020".
 * Returns ISO dates with their spans; impossible dates (31 февраля) are skipped.
 */
import { annotate, type Annotation } from '../../shared/annotation.ts';
import { isoDate, monthFromWord, numericDates } from '../common/dates.ts';

const WORD_DATE = /(?<![\d.])[«"]?(\d{1,2})[»"]?\s+(\p{L}+)\s+(\d{4})(?:\s*(?:года|г\.))?/gu;

export function findDates(text: string, start = 0, end = text.length): Annotation<string>[] {
  const window = text.slice(start, end);
  const out: Annotation<string>[] = [];
  for (const m of window.matchAll(WORD_DATE)) {
    const month = monthFromWord(m[2], 'ru');
    const iso = month ? isoDate(Number(m[3]), month, Number(m[1])) : null;
    if (iso) out.push(annotate(iso, start + m.index!, start + m.index! + m[0].length));
  }
  out.push(...numericDates(window, start));
  return out.sort((a, b) => a.start - b.start);
}
