/** How Russian writes a date with a month word. */
import type { DateWriting } from '../act-locale.ts';

/** "4 августа 2015 года", "«4» августа 2015 г.": day, month word, year. */
export const dates: DateWriting = {
  months: 'ru',
  wordDate: /(?<![\d.])[«"]?(\d{1,2})[»"]?\s+(\p{L}+)\s+(\d{4})(?:\s*(?:года|г\.))?/u,
  parts: { day: 1, month: 2, year: 3 },
};
