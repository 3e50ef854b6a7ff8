/**
 * Quoted names ("Выдача справки", «Выдача справки», “…”): where one starts and ends in a line.
 * Guarantees: a name never crosses a line end; nested «» pairs stay inside the name.
 */

export const OPEN_QUOTES = '"«“„';
const CLOSE_QUOTES = '"»”“';

/** The longest quoted name looked for: a service name is a sentence at most, never a paragraph. */
const QUOTED_NAME_MAX_LENGTH = 600;

/**
 * The quoted name starting at `pos` (which must be an opening quote, possibly after spaces):
 * returns the inside range and the offset after the closing quote, or null. A name runs to the
 * first closing quote that is followed by a non-letter; nested «» pairs are kept inside.
 */
export function quotedAt(text: string, pos: number, limit = QUOTED_NAME_MAX_LENGTH): { start: number; end: number; close: number } | null {
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
