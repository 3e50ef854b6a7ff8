/**
 * pipeline/lexicon/text-layout.json, validated and compiled: what tells paragraphs apart in a flush
 * text, the page furniture read as blank lines, and the Latin letters read as Cyrillic inside Cyrillic words.
 */
import textLayoutJson from '../lexicon/text-layout.json' with { type: 'json' };
import { TextLayoutLexicon } from '../../schemas/lexicon.ts';

function load(): TextLayoutLexicon {
  const parsed = TextLayoutLexicon.safeParse(textLayoutJson);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`pipeline/lexicon/text-layout.json: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
  }
  return parsed.data;
}

const lexicon = load();

/** A line of a flush text that starts a paragraph. */
export const FLUSH_PARAGRAPH_OPENER = new RegExp(lexicon.flushParagraphOpeners.map((s) => `(?:${s})`).join('|'), 'iu');

/** A line (trimmed) that is page furniture: a page number, "Страница 2 из 8". */
export const PAGE_FURNITURE = new RegExp(lexicon.pageFurniture.map((s) => `(?:${s})`).join('|'), 'iu');

/** Latin homoglyph (char code) → its Cyrillic letter (char code). */
export const LATIN_HOMOGLYPHS = new Map(Object.entries(lexicon.latinHomoglyphs).map(([l, c]) => [l.charCodeAt(0), c.charCodeAt(0)]));
