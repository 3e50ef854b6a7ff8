/**
 * What a language contributes to reading the text itself before any fact is extracted: how its
 * compounds look, so a hyphen at a line end is told from a soft one when the document and the
 * lexicons never write the word (pipeline/normalize/line-breaks.ts).
 *
 * Guarantees: every RegExp has the `u` and `i` flags and neither `g` nor `y`.
 */

export interface TextLocale {
  hyphenation: {
    /** A compound written with its hyphen, tested on "first-second" lowercased ("социально-трудовой"). */
    compound: RegExp;
  };
}
