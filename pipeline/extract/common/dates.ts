/** Date helpers shared by the Russian and Kazakh date extractors. */
import type { Language } from '../../../schemas/gold.ts';
import { annotate, type Annotation } from '../../shared/annotation.ts';
import { monthsLexicon } from '../../lexicon/index.ts';

/** Month number of a month word in any case form, by the longest lexicon stem it starts with. */
export function monthFromWord(word: string, lang: Language): number | null {
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

export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const NUMERIC_DATE = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d])/g;

export function numericDates(window: string, offset: number): Annotation<string>[] {
  const out: Annotation<string>[] = [];
  for (const m of window.matchAll(NUMERIC_DATE)) {
    const iso = isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
    if (iso) out.push(annotate(iso, offset + m.index!, offset + m.index! + m[0].length));
  }
  return out;
}

/**
 * Dates written with a month word, found by a language's regex; `parts` reads year, month word and
 * day out of a match (the languages order them differently). Numeric dd.mm.yyyy dates are added.
 */
export function findDatesWith(
  text: string,
  start: number,
  end: number,
  lang: Language,
  regex: RegExp,
  parts: (m: RegExpMatchArray) => [year: string, monthWord: string, day: string],
): Annotation<string>[] {
  const window = text.slice(start, end);
  const out: Annotation<string>[] = [];
  for (const m of window.matchAll(regex)) {
    const [year, monthWord, day] = parts(m);
    const month = monthFromWord(monthWord, lang);
    const iso = month ? isoDate(Number(year), month, Number(day)) : null;
    if (iso) out.push(annotate(iso, start + m.index!, start + m.index! + m[0].length));
  }
  out.push(...numericDates(window, start));
  return out.sort((a, b) => a.start - b.start);
}
