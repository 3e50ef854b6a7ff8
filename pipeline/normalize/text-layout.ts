/**
 * What tells paragraphs apart in a flush text, the page furniture read as blank lines, and the Latin
 * letters read as Cyrillic inside Cyrillic words. The patterns are code, named and commented here; the
 * letter table is data (pipeline/lexicon/text-layout.json, validated by schemas/lexicon.ts).
 * Every pattern is tested against one trimmed line; none is global, so `test` keeps no state.
 */
import textLayoutJson from '../lexicon/text-layout.json' with { type: 'json' };
import { TextLayoutLexicon } from '../../schemas/lexicon.ts';
import { LexiconError } from '../lexicon/index.ts';

/** A numbered point or subpoint: "3. Услугодатель", "1) прием", "«1. Утвердить" (a quote may open it). */
const NUMBERED_POINT = /^["«»“”„]?\d{1,3}\s?[.)]\s?["«“„]?\p{L}/iu;
/** A Russian step marker: "действие 1 –", "процедура 2:", "процедура (действие) 3." */
const RU_STEP_MARKER = /^(?:действие|процедура(?:\s*\(действие\))?)\s+\d{1,2}\s*[:–—.-]/iu;
/** A Kazakh step marker: "1-іс-қимыл", "2 - іс-қимыл". */
const KK_STEP_MARKER = /^\d{1,2}\s*-\s*іс-қимыл/iu;

/**
 * A line of a flush text (no indentation: web copies, extractors that drop it) that starts a paragraph.
 * Both languages' step markers: the normalizer runs before the language is known.
 */
export const FLUSH_PARAGRAPH_OPENER = new RegExp(
  [NUMBERED_POINT, RU_STEP_MARKER, KK_STEP_MARKER].map((r) => `(?:${r.source})`).join('|'), 'iu');

/** A page number alone: "3", "- 3 -". */
const PAGE_NUMBER = /^[-–—]?\s*\d{1,3}\s*[-–—]?$/iu;
/** A Russian page label: "Страница 2 из 8", "Стр. 3", "Страница 2/8". */
const RU_PAGE_LABEL = /^(?:Страница|Стр\.)\s*\d{1,3}(?:\s*(?:из|\/)\s*\d{1,3})?$/iu;
/** A Kazakh page label, number first: "3-бет", "3 бет". */
const KK_PAGE_NUMBER_FIRST = /^\d{1,3}\s*-?\s*бет$/iu;
/** A Kazakh page label, word first: "Бет 2/8". */
const KK_PAGE_WORD_FIRST = /^Бет\s*\d{1,3}(?:\s*\/\s*\d{1,3})?$/iu;
/** A browser's print header: date, time and the page title ("06.12.2026, 14:03 Об утверждении …"). */
const PRINT_HEADER = /^\d{2}\.\d{2}\.\d{4},?\s+\d{1,2}:\d{2}(?:\s.*)?$/iu;
/** A browser's print footer: the address and "3/8", or the page count alone. */
const PRINT_FOOTER_COUNT = /^(?:https?:\/\/\S+\s+)?\d{1,3}\s*\/\s*\d{1,3}$/iu;
/** A browser's print footer: the page's address alone. */
const PRINT_FOOTER_ADDRESS = /^https?:\/\/\S+$/iu;

/** A line (trimmed) that is page furniture, read as a blank line. */
export const PAGE_FURNITURE = new RegExp(
  [PAGE_NUMBER, RU_PAGE_LABEL, KK_PAGE_NUMBER_FIRST, KK_PAGE_WORD_FIRST, PRINT_HEADER, PRINT_FOOTER_COUNT, PRINT_FOOTER_ADDRESS]
    .map((r) => `(?:${r.source})`).join('|'), 'iu');

function load(): TextLayoutLexicon {
  const parsed = TextLayoutLexicon.safeParse(textLayoutJson);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new LexiconError('text-layout.json', `${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
  }
  return parsed.data;
}

/** Latin homoglyph (char code) → its Cyrillic letter (char code). */
export const LATIN_HOMOGLYPHS = new Map(Object.entries(load().latinHomoglyphs).map(([l, c]) => [l.charCodeAt(0), c.charCodeAt(0)]));
