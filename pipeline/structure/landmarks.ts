/**
 * The reglament landmarks of pipeline/lexicon/reglament-sections.json compiled to regexes, per language.
 */
import type { Language } from '../../schemas/gold.ts';
import type { ReglamentLandmarks } from '../../schemas/lexicon.ts';
import { reglamentSectionsLexicon } from '../lexicon/index.ts';

type Compiled<T> = T extends string ? RegExp : T;
export type Landmarks = { [K in keyof ReglamentLandmarks]: Compiled<ReglamentLandmarks[K]> };

const compiled = new Map<Language, Landmarks>();
/** Landmarks that rely on capitals (proper nouns, a heading's first word). */
const CASE_SENSITIVE = new Set(['stamp', 'variantHeading']);

export function landmarks(lang: Language): Landmarks {
  let lm = compiled.get(lang);
  if (lm) return lm;
  const src = reglamentSectionsLexicon()[lang];
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(src)) {
    // Proper nouns and quoted names keep their case in these two; everything else is case-insensitive.
    out[key] = typeof value === 'string' ? new RegExp(value, CASE_SENSITIVE.has(key) ? 'u' : 'iu') : value;
  }
  lm = out as Landmarks;
  compiled.set(lang, lm);
  return lm;
}

/** A global copy of a landmark, for scanning all matches. */
export function globalOf(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
}
