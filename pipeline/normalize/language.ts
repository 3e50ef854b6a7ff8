/**
 * Russian or Kazakh? Words carrying Kazakh-only letters (ә ғ қ ң ө ұ ү һ і) and Kazakh function
 * words vote against Russian function words (pipeline/lexicon/language-markers.json). Words, not
 * letters, so a Russian text quoting a Kazakh newspaper name stays Russian.
 */
import { z } from 'zod';
import markers from '../lexicon/language-markers.json' with { type: 'json' };
import type { Language } from '../../schemas/gold.ts';

const LanguageMarkers = z.object({
  kazakhOnlyLetters: z.string().min(1),
  ru: z.array(z.string()),
  kk: z.array(z.string()),
});
const lexicon = LanguageMarkers.parse(markers);
const KAZAKH_LETTER = new RegExp(`[${lexicon.kazakhOnlyLetters}]`, 'u');
const RU = new Set(lexicon.ru);
const KK = new Set(lexicon.kk);

export function detectLanguage(text: string): { language: Language; confident: boolean; kk: number; ru: number } {
  const sample = text.length > 100_000 ? text.slice(0, 100_000) : text;
  let kk = 0;
  let ru = 0;
  // Word by word: lowercasing the whole sample made a copy of up to 100,000 characters per document.
  // (Case mapping keeps a character's script, so the words are the same either way.)
  for (const m of sample.matchAll(/\p{Script=Cyrillic}+/gu)) {
    const w = m[0].toLowerCase();
    if (KK.has(w) || KAZAKH_LETTER.test(w)) kk++;
    else if (RU.has(w)) ru++;
  }
  const language: Language = kk > ru ? 'kk' : 'ru';
  return { language, confident: kk + ru >= 10 && Math.max(kk, ru) >= 2 * Math.min(kk, ru), kk, ru };
}
