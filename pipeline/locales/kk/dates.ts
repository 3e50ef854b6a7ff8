/** How Kazakh writes a date with a month word. */
import type { DateWriting } from '../act-locale.ts';

/** "2015 жылғы 4 тамыздағы", "2017 жылғы 20 қарашада", "2016 жылғы «10» маусымдағы": year first, the month word carries a case ending. */
export const dates: DateWriting = {
  months: 'kk',
  wordDate: /(?<!\d)(\d{4})\s*(?:ж\.|жылғы|жылы|жыл)\s+[«"]?(\d{1,2})[»"]?\s*-?\s*(\p{L}+)/u,
  parts: { year: 1, day: 2, month: 3 },
};
