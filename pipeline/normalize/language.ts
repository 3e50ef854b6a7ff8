/**
 * Russian or Kazakh? Words carrying Kazakh-only letters (ә ғ қ ң ө ұ ү һ і) and Kazakh function
 * words vote against Russian function words (pipeline/lexicon/language-markers.json). Words, not
 * letters, so a Russian text quoting a Kazakh newspaper name stays Russian.
 *
 * A word is a run of Cyrillic code points (what /\p{Script=Cyrillic}+/u matches) in the text's first
 * SAMPLE_LENGTH characters, read case-blind.
 */
import { z } from 'zod';
import markers from '../lexicon/language-markers.json' with { type: 'json' };
import type { Language } from '../../schemas/gold.ts';
import { CharClass, charClassOf, hashOf, hashStep, lowerUnitTable, SURROGATE } from '../shared/char-class.ts';

const LanguageMarkers = z.object({
  kazakhOnlyLetters: z.string().min(1),
  ru: z.array(z.string()),
  kk: z.array(z.string()),
});
const lexicon = LanguageMarkers.parse(markers);
const KAZAKH_LETTER = new RegExp(`[${lexicon.kazakhOnlyLetters}]`, 'u');
const RU = new Set(lexicon.ru);
const KK = new Set(lexicon.kk);
/** Enough text to tell the language; a long document says it on its first pages. */
const SAMPLE_LENGTH = 100_000;

const CYRILLIC = charClassOf(/\p{Script=Cyrillic}/u);
/** A code point whose lowercase form is a Kazakh-only letter (the word is lowercased before it is tested). */
const KAZAKH = new CharClass((c) => KAZAKH_LETTER.test(c.toLowerCase()));

/**
 * Each marker by its hash (a Kazakh marker wins a collision, as it does in the count). A word is hashed
 * as it is scanned, lowercased code unit by code unit (a Cyrillic letter's lowercase is one code unit),
 * so that it is sliced and lowercased only when its hash is a marker's, not for each of a text's words.
 */
const MARKER_BY_HASH = new Map([...RU, ...KK].map((w) => [hashOf(w), w]));
/** A bit per hash bucket that some marker falls in: most words are no marker, told so by one lookup. */
const MARKER_BUCKETS = 1 << 12;
const markerBucket = new Uint8Array(MARKER_BUCKETS);
for (const h of MARKER_BY_HASH.keys()) markerBucket[h & (MARKER_BUCKETS - 1)] = 1;

export function detectLanguage(text: string): { language: Language; confident: boolean; kk: number; ru: number } {
  const sample = text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text;
  let kk = 0;
  let ru = 0;
  const cyrillic = CYRILLIC.units();
  const kazakh = KAZAKH.units();
  const lower = lowerUnitTable();
  // The code point at i: its length in code units if Cyrillic, else 0 (tables for the BMP, `at` for pairs).
  const cyrillicAt = (i: number): number => {
    const k = cyrillic[sample.charCodeAt(i)]!;
    return k === SURROGATE ? CYRILLIC.at(sample, i) : k;
  };
  for (let i = 0; i < sample.length; ) {
    let step = cyrillicAt(i);
    if (step === 0) {
      i++;
      continue;
    }
    const start = i;
    let kazakhLetter = false;
    let astral = false;
    let h = 0;
    while (step !== 0) {
      if (step === 2) {
        astral = true;
        if (KAZAKH.at(sample, i) !== 0) kazakhLetter = true;
      } else {
        const c = sample.charCodeAt(i);
        if (kazakh[c] === 1) kazakhLetter = true;
        h = hashStep(h, lower[c]!);
      }
      i += step;
      step = i < sample.length ? cyrillicAt(i) : 0;
    }
    if (kazakhLetter) {
      kk++;
      continue;
    }
    const marker = markerBucket[h & (MARKER_BUCKETS - 1)] === 1 ? MARKER_BY_HASH.get(h) : undefined;
    if (!astral && (marker === undefined || (marker.length === i - start && sample.startsWith(marker, start)))) {
      // Not a marker, or a lowercase marker as written: no need to lowercase the word.
      if (marker !== undefined) {
        if (KK.has(marker)) kk++;
        else ru++;
      }
      continue;
    }
    const w = sample.slice(start, i).toLowerCase();
    if (KK.has(w)) kk++;
    else if (RU.has(w)) ru++;
  }
  const language: Language = kk > ru ? 'kk' : 'ru';
  return { language, confident: kk + ru >= 10 && Math.max(kk, ru) >= 2 * Math.min(kk, ru), kk, ru };
}
