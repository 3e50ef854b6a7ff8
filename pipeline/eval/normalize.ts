/**
 * Text normalization applied to fact values before comparison (tests/gold/README.md, "Normalization
 * before comparison"). Guarantees: two strings that differ only in Unicode composition, ё/е,
 * the kind of quote or dash, or whitespace normalize to the same string; `normalizeName`
 * additionally ignores case (README: lower-cased for service names and titles only, because case
 * is significant in act numbers such as "А-9/406").
 */

// Every kind of double and single typographic quote, and the inch/second signs PDFs use for quotes.
// The ASCII apostrophe is left alone: it is part of words, not a quote.
const QUOTES = /[«»“”„‟″‶〝〞＂‹›‘’‚‛]/g;
// Hyphen variants, figure/en/em dashes, horizontal bar, minus sign.
const DASHES = /[‐‑‒–—―−]/g;
// Soft hyphen and zero-width characters are invisible in the text and never part of a value.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

export function normalizeText(s: string): string {
  return s
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/ё/g, 'е')
    .replace(/Ё/g, 'Е')
    .replace(QUOTES, '"')
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** For service names and titles: normalized and lower-cased. */
export function normalizeName(s: string): string {
  // Lower-casing after the ё → е step is safe: the lower case of Ё was already mapped.
  return normalizeText(s).toLowerCase();
}

/** Normalizes a nullable value; null stays null. */
export const normalizeValue = (s: string | null): string | null => (s === null ? null : normalizeText(s));
