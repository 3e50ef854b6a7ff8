/**
 * Dates as ISO strings with their spans, for any language: the language says how it writes a date
 * with a month word (its DateWriting); month words come from pipeline/lexicon/months.json.
 */
import type { Language } from '../../../schemas/gold.ts';
import { annotate, type Annotation } from '../../shared/annotation.ts';
import { monthsLexicon } from '../../lexicon/index.ts';
import type { DateWriting } from '../../locales/act-locale.ts';
import { globalOf } from '../../shared/regex.ts';

/** Month number of a month word in any case form, by the longest lexicon stem it starts with. */
function monthFromWord(word: string, lang: Language): number | null {
  const w = word.toLowerCase();
  let best: number | null = null;
  let len = 0;
  for (const [stem, month] of monthsLexicon()[lang]) {
    if (w.startsWith(stem) && stem.length > len) {
      best = month;
      len = stem.length;
    }
  }
  return best;
}

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const NUMERIC_DATE = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d])/g;

function numericDates(window: string, offset: number): Annotation<string>[] {
  const out: Annotation<string>[] = [];
  for (const m of window.matchAll(NUMERIC_DATE)) {
    const iso = isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
    if (iso) out.push(annotate(iso, offset + m.index!, offset + m.index! + m[0].length));
  }
  return out;
}

/**
 * Dates in text[start, end): those written with a month word the way `writing` says, and numeric
 * dd.mm.yyyy ones, in text order. Impossible dates (31 февраля) are skipped.
 */
export function findDates(text: string, writing: DateWriting, start = 0, end = text.length): Annotation<string>[] {
  const window = text.slice(start, end);
  const out: Annotation<string>[] = [];
  const { year, month, day } = writing.parts;
  for (const m of window.matchAll(globalOf(writing.wordDate))) {
    const monthNumber = monthFromWord(m[month], writing.months);
    const iso = monthNumber ? isoDate(Number(m[year]), monthNumber, Number(m[day])) : null;
    if (iso) out.push(annotate(iso, start + m.index!, start + m.index! + m[0].length));
  }
  out.push(...numericDates(window, start));
  return out.sort((a, b) => a.start - b.start);
}
