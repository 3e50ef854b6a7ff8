/**
 * Regex helpers shared by the reglament extractors: lexicon phrases → regex sources that match at
 * word boundaries and let any run of spaces stand for a space, and the quoted-name matcher.
 */

/** Escapes a literal phrase; spaces match any run of spaces. */
export function phraseSource(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
}

/** Alternation of literal phrases, longest first, bounded by non-letters. */
export function phrasesSource(phrases: readonly string[]): string {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  return `(?<![\\p{L}\\d])(?:${sorted.map(phraseSource).join('|')})(?![\\p{L}])`;
}

/** Alternation of regex sources (lexicon stems), each starting at a word start. */
export function stemsSource(stems: readonly string[]): string {
  const sorted = [...new Set(stems)].sort((a, b) => b.length - a.length);
  return `(?<![\\p{L}\\d])(?:${sorted.join('|')})`;
}

export const OPEN_QUOTES = '"«“„';
export const CLOSE_QUOTES = '"»”“';
export const ANY_QUOTE = /["«»“”„]/;

/**
 * The quoted name starting at `pos` (which must be an opening quote, possibly after spaces):
 * returns the inside range, or null. A name runs to the first closing quote that is followed by a
 * non-letter; nested «» pairs are kept inside.
 */
export function quotedAt(text: string, pos: number, limit = 600): { start: number; end: number; close: number } | null {
  let i = pos;
  while (text[i] === ' ') i++;
  if (!OPEN_QUOTES.includes(text[i] ?? '')) return null;
  const open = text[i];
  const start = i + 1;
  let depth = 0;
  for (let j = start; j < Math.min(text.length, start + limit); j++) {
    const c = text[j];
    if (c === '\n') return null;
    if (open === '«' && c === '«') depth++;
    if (c === '»' && open === '«') {
      if (depth === 0) return { start, end: j, close: j + 1 };
      depth--;
      continue;
    }
    if (open !== '«' && CLOSE_QUOTES.includes(c) && c !== '«') {
      // a quote glued to a following letter opens an inner name ("Правительство для граждан")
      const next = text[j + 1] ?? ' ';
      if (/\p{L}/u.test(next) && text[j - 1] === ' ') continue;
      return { start, end: j, close: j + 1 };
    }
  }
  return null;
}

/** Trims spaces, and spaces inside parentheses left by PDF extraction ("( организациях)"). */
export function cleanName(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/\(\s+/g, '(').replace(/\s+\)/g, ')').replace(/\s+([,.;])/g, '$1').trim();
}
