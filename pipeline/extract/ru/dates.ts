/**
 * Russian dates: "4 августа 2015 года", "«4» августа 2015 г.", "05.06.2020".
 * Returns ISO dates with their spans; impossible dates (31 февраля) are skipped.
 */
import type { Annotation } from '../../shared/annotation.ts';
import { findDatesWith } from '../common/dates.ts';

const WORD_DATE = /(?<![\d.])[«"]?(\d{1,2})[»"]?\s+(\p{L}+)\s+(\d{4})(?:\s*(?:года|г\.))?/gu;

export function findDates(text: string, start = 0, end = text.length): Annotation<string>[] {
  return findDatesWith(text, start, end, 'ru', WORD_DATE, (m) => [m[3], m[2], m[1]]);
}
