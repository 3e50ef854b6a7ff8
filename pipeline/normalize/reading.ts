/**
 * A quote as a reader writes it: the normalizer's own repairs applied to the quote alone (letter-spaced
 * words rejoined, Latin look-alikes in Cyrillic words read as Cyrillic, words hyphenated at a line end
 * joined, runs of spaces collapsed, page furniture dropped), and its line breaks read as spaces.
 * For showing quotes: provenance keeps the raw quote and its span.
 */
import { identityMapped } from '../shared/mapped-text.ts';
import { normalizeText } from './index.ts';

export function readingOf(quote: string): string {
  return normalizeText(identityMapped(quote), 'text').text.replace(/\n/g, ' ').trim();
}
