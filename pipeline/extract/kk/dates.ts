/**
 * Kazakh dates: "2015 жылғы 4 тамыздағы", "2017 жылғы 20 қарашада", "2016 жылғы «10» маусымдағы",
 * "05.06.2020". The year comes first; the month word carries a case ending.
 */
import type { Annotation } from '../../shared/annotation.ts';
import { findDatesWith } from '../common/dates.ts';

const WORD_DATE = /(?<!\d)(\d{4})\s*(?:ж\.|жылғы|жылы|жыл)\s+[«"]?(\d{1,2})[»"]?\s*-?\s*(\p{L}+)/gu;

export function findDates(text: string, start = 0, end = text.length): Annotation<string>[] {
  return findDatesWith(text, start, end, 'kk', WORD_DATE, (m) => [m[1], m[3], m[2]]);
}
