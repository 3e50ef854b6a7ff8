/**
 * Regex helpers shared by the reglament extractors: lexicon phrases → regex sources that match at
 * word boundaries and let any run of spaces stand for a space; and the clean-up of a quoted name.
 */

/** Escapes a literal phrase; spaces match any run of spaces. */
export function phraseSource(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
}

/** Alternation of regex sources (lexicon stems), each starting at a word start. */
export function stemsSource(stems: readonly string[]): string {
  const sorted = [...new Set(stems)].sort((a, b) => b.length - a.length);
  return `(?<![\\p{L}\\d])(?:${sorted.join('|')})`;
}

/** Trims spaces, and spaces inside parentheses left by PDF extraction ("( организациях)"). */
export function cleanName(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/\(\s+/g, '(').replace(/\s+\)/g, ')').replace(/\s+([,.;])/g, '$1').trim();
}
