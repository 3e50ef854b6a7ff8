/**
 * Normalize stage: the read stage's plain text → a clean text for the extractors, with an offset map
 * back to the source (every character of `text` knows the source offset it came from).
 *
 * Guarantees to the next stage (extractors rely on these and nothing else):
 * 1. One paragraph per line, lines separated by "\n"; no blank lines; no leading or trailing spaces;
 *    no tabs; runs of spaces collapsed to one; NBSP, form feeds and other Unicode spaces → " "; no "\r";
 *    lines that are only page furniture ("3", "Страница 2 из 8": pipeline/normalize/text-layout.ts) are
 *    read as blank lines.
 *    For text extracted from PDFs, a line indented by ≥ 4 spaces (beyond the left margin every line
 *    has, when the extractor kept the page's margin) starts a paragraph, and so does a
 *    line starting with an uppercase letter, digit or quote right after a line that ends a sentence
 *    (. ; : ! ?); every other line continues the previous paragraph (joined by one space). Headings
 *    therefore often merge with their neighbours into one line.
 *    A flush text (almost no line indented: text copied from web pages, PDF extractors that drop
 *    indentation) has no indentation to go by: there a paragraph also starts at a line starting with a
 *    point marker ("5. ", "2) ") or a reglament's step marker ("действие 2 –", "2-іс-қимыл":
 *    pipeline/normalize/text-layout.ts), at any line after one ending with ";" or ":" (list items,
 *    lowercase ones included), at a lead-in ending with ":" after a sentence ("при обращении к акиму
 *    сельского округа:"), and at a line starting with an uppercase letter, digit or quote after a
 *    blank line.
 *    For Markdown input every block is its own line, as the read stage gave it, and the lines a soft
 *    line break of the source split (a paragraph hard-wrapped in the Markdown) are joined again.
 * 2. Letter-spaced words are rejoined ("У т в е р ж д е н" → "Утвержден").
 * 3. Text that the PDF moved to the end of its line (link text, bold words) is put back where it
 *    belongs, best effort ("в :пункте 1" → "в пункте 1:"); moved characters keep their own source
 *    offsets, so the offset map is not monotonic there.
 * 4. A word hyphenated at a line end is joined without a space, and without its hyphen when that was a
 *    soft one ("услугополуча-\nтеля" → "услугополучателя", "социально-\nтрудовой" → "социально-трудовой":
 *    line-breaks.ts decides by the document's and the lexicons' words and the locale's compounds);
 *    a letter-spaced word split over two lines is one word again ("б е к і" / "т і л г е н").
 *    The dropped hyphen and line break stay inside the source span of the joined word.
 * 5. Quotes and dashes are left as they are (extractors match " « » “ ” „ and - – —).
 * 6. Inside a word with Cyrillic letters, Latin letters that look like Cyrillic ones are the Cyrillic
 *    ones (Kazakh texts often carry Latin i for і: "шешiмi" → "шешімі"); Latin-only words stay.
 */
import type { SourceDocument } from '../read/index.ts';
import type { Language } from '../../schemas/gold.ts';
import type { Diagnostic, Span } from '../../schemas/provenance.ts';
import type { SourceFormat } from '../../schemas/extraction.ts';
import { MappedTextBuilder, composeMapped, sourceSpan, type MappedText } from '../shared/mapped-text.ts';
import { detectLanguage } from './language.ts';
import { cyrillicHomoglyphs, endsWithWordHyphen, rejoinLetterSpacing, repairDisplacedFragment, type LineChars } from './lines.ts';
import { keepsHyphen, knownIn, lastWordOf, letterSpacedAcross, lexiconVocabulary, spacedHalvesJoin, Vocabulary, wholeWords } from './line-breaks.ts';
import { localeOf } from '../locales/index.ts';
import { matchesAtEnd } from '../shared/regex.ts';
import { FLUSH_PARAGRAPH_OPENER, LATIN_HOMOGLYPHS, PAGE_FURNITURE } from './text-layout.ts';

export interface NormalizedDocument {
  name: string;
  format: SourceFormat;
  language: Language;
  /** The text every provenance span points into. */
  source: string;
  text: string;
  /** text index → source offset. */
  offsets: Int32Array;
  /** Normalized [start, end) → source span with its quote. */
  span(start: number, end: number): Span;
  diagnostics: Diagnostic[];
}

const PARAGRAPH_INDENT = 4;

export function normalize(doc: SourceDocument): NormalizedDocument {
  const normalized = normalizeText(doc.plain, doc.format, doc.source);
  const mapped = composeMapped(normalized, doc.plain);
  const diagnostics: Diagnostic[] = [
    ...doc.notes.map((message) => ({ stage: 'read', ruleId: 'read/note', severity: 'info' as const, message })),
    ...(doc.warnings ?? []).map((w) => ({ stage: 'read', ruleId: w.ruleId, severity: 'warning' as const, message: w.message })),
  ];
  const { language, confident } = detectLanguage(mapped.text);
  if (!confident) {
    diagnostics.push({ stage: 'normalize', ruleId: 'language/uncertain', severity: 'warning', message: `language detection uncertain; assuming ${language}` });
  }
  return {
    name: doc.name,
    format: doc.format,
    language,
    source: doc.source,
    text: mapped.text,
    offsets: mapped.offsets,
    span: (start, end) => sourceSpan(mapped, doc.source, start, end),
    diagnostics,
  };
}

/** Unicode spaces, \r, tabs and form feeds: they become plain spaces, one unit for one unit, so offsets stay put. */
const TO_SPACE_CODES = [0x0d, 0x09, 0x0b, 0x0c, 0xa0, ...Array.from({ length: 12 }, (_, i) => 0x2000 + i), 0x202f, 0x205f, 0x3000, 0xfeff];
const TO_SPACE_RE = new RegExp(`[${TO_SPACE_CODES.map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}]`, 'g');
/** The characters of TO_SPACE_RE and the space itself, as char codes. */
const TO_SPACE_CHARS = new Set([0x20, ...TO_SPACE_CODES]);
const FORM_FEED = 0x0c;

/** Splits the plain text into raw lines (spaces unified, trailing spaces dropped), with their plain-text offsets. */
function* rawLines(plain: MappedText): Generator<LineChars> {
  const text = plain.text;
  // Offsets of a raw line are consecutive: every line is a view on one identity map.
  const identity = new Int32Array(text.length + 1);
  for (let i = 0; i < identity.length; i++) identity[i] = i;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // A form feed opening a line is the page break before it, not part of its indentation.
    let from = start;
    while (from < end && text.charCodeAt(from) === FORM_FEED) from++;
    const line = text.slice(from, end).replace(TO_SPACE_RE, ' ');
    let keep = line.length;
    while (keep > 0 && line.charCodeAt(keep - 1) === 32) keep--;
    yield { text: keep === line.length ? line : line.slice(0, keep), offs: identity.subarray(from, from + keep) };
    start = end + 1;
  }
}

function indentOf(line: LineChars): number {
  let n = 0;
  while (n < line.text.length && line.text.charCodeAt(n) === 32) n++;
  return n;
}

/** Below this share of indented lines (of the non-blank ones) a text is flush. The corpus's PDF texts
 * indent 15-30% of their lines; web copies indent none or a stray few. */
const FLUSH_MAX_INDENTED_SHARE = 0.02;

/** A left margin is the indentation of at least this share of the non-blank lines. */
const MARGIN_MIN_SHARE = 0.1;

/**
 * How the text is laid out: `margin`, the indentation every line has (text extractors that keep the
 * page's left margin indent every line: the corpus's paragraphs then start at margin + 6), the
 * smallest indentation at least a tenth of the lines share; `flush`, whether hardly any line is
 * indented beyond it (paragraphs cannot be told by indentation).
 */
function layoutOf(text: string): { margin: number; flush: boolean } {
  const indents = new Map<number, number>();
  let lines = 0;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let i = start;
    while (i < end && TO_SPACE_CHARS.has(text.charCodeAt(i))) i++;
    if (i < end) {
      lines++;
      indents.set(i - start, (indents.get(i - start) ?? 0) + 1);
    }
    start = end + 1;
  }
  const margin = Math.min(...[...indents].filter(([, n]) => n >= lines * MARGIN_MIN_SHARE).map(([indent]) => indent), Infinity);
  const base = Number.isFinite(margin) ? margin : 0;
  let indented = 0;
  for (const [indent, n] of indents) if (indent - base >= PARAGRAPH_INDENT) indented += n;
  return { margin: base, flush: indented <= lines * FLUSH_MAX_INDENTED_SHARE };
}

/** The line without the text's left margin (as much of it as the line has). */
function withoutMargin(line: LineChars, margin: number): LineChars {
  let n = 0;
  while (n < margin && n < line.text.length && line.text.charCodeAt(n) === 32) n++;
  return n === 0 ? line : { text: line.text.slice(n), offs: line.offs.subarray(n) };
}

const SENTENCE_END = /[.;:!?]$/;
const endsSentence = (line: string) => matchesAtEnd(SENTENCE_END, line, 1);
/** A list item or its lead-in ends here: in the corpus's indented texts the next line starts a paragraph
 * after 596 of 596 lines ending with ";" and after 176 of 196 ending with ":", whatever its case. */
const LIST_ITEM_END = /[;:]$/;
const endsListItem = (line: string) => matchesAtEnd(LIST_ITEM_END, line, 1);
/** A whole line ending with ":" after a sentence: the lead-in of a list ("при обращении к акиму:"). */
const LEAD_IN = /^.{3,150}:$/u;
const PARAGRAPH_OPENER = /^[\p{Lu}\d"«“„]/u;
/** A line ending with "№": a number on the next line is the act's number ("… от 9 декабря 2015 года №" / "549"), no page number. */
const NUMBER_SIGN_AT_END = /(?:№|(?<!\p{L})N)\s*$/u;
/** What continues a word after its hyphen at a line end: a letter or a digit. */
const WORD_START = /^[\p{L}\d]/u;

/** Whether the line break before plain-text position `lineStart` is a Markdown soft line break: the
 * "\n" the reader left there maps onto a line end of the source (a break between blocks maps onto the
 * next block's first character). */
function isSoftBreak(plain: MappedText, source: string | undefined, lineStart: number): boolean {
  if (source === undefined) return false;
  const at = plain.text.lastIndexOf('\n', lineStart);
  if (at < 0) return false;
  const c = source.charCodeAt(plain.offsets[at]!);
  return c === 10 || c === 13;
}

/** Where a flush text starts a paragraph besides after a sentence (guarantee 1). */
function startsFlushParagraph(line: string, previous: string, afterBlank: boolean): boolean {
  return FLUSH_PARAGRAPH_OPENER.test(line)
    || endsListItem(previous)
    || (endsSentence(previous) && LEAD_IN.test(line))
    || (afterBlank && PARAGRAPH_OPENER.test(line.slice(0, 2)));
}

/** Formats whose reader writes each paragraph on a line of its own. */
const BLOCK_FORMATS: ReadonlySet<SourceFormat> = new Set(['html', 'docx']);

/**
 * The raw lines with their line-level repairs: margin dropped, homoglyphs read, letter-spaced words
 * rejoined (also a word's part the line break split off: `spacedBreak[i]` says line i's last run goes
 * on at line i + 1's start), moved text put back (not in a letter-spaced line, whose double spaces
 * separate its words and are no gaps).
 */
function repairedLines(plain: MappedText, margin: number): { lines: LineChars[]; spacedBreak: boolean[] } {
  const lines = [...rawLines(plain)].map((raw) => cyrillicHomoglyphs(withoutMargin(raw, margin), LATIN_HOMOGLYPHS));
  const spacedBreak = lines.map((line, i) => i + 1 < lines.length && letterSpacedAcross(line.text, lines[i + 1]!.text) !== null);
  const repaired = lines.map((line, i) => {
    const rejoined = rejoinLetterSpacing(line, { fromPrevious: spacedBreak[i - 1] ?? false, toNext: spacedBreak[i] });
    return rejoined === line ? repairDisplacedFragment(line) : rejoined;
  });
  return { lines: repaired, spacedBreak };
}

/** Normalizes; the result's offsets point into `plain.text` (compose to reach the source). */
export function normalizeText(plain: MappedText, format: SourceFormat, source?: string): MappedText {
  const out = new MappedTextBuilder();
  const layout = format === 'markdown' || BLOCK_FORMATS.has(format) ? { margin: 0, flush: false } : layoutOf(plain.text);
  const { flush } = layout;
  const { lines, spacedBreak } = repairedLines(plain, layout.margin);
  const cutAtEnd = lines.map((line, i) => spacedBreak[i]! || endsWithWordHyphen(line.text));
  // The document's words and its language's compound pattern are read only when a line break cuts a
  // word: most texts have no such break, and counting every word of a text is a good part of its
  // normalization.
  const known = knownIn(() => {
    return new Vocabulary(lines.map((line, i) => wholeWords(line.text, cutAtEnd[i - 1] ?? false, cutAtEnd[i]!)).join('\n'));
  }, lexiconVocabulary);
  let compound: RegExp | undefined;
  const compoundPattern = () => (compound ??= localeOf(detectLanguage(plain.text).language).text.hyphenation.compound);
  let previousContent = '';
  let afterBlank = false;
  let spacedFromPrevious = false;
  /** The lines the output's last word spans: the last line, after the lines glued to it without a space. */
  let lastWordLines: string[] = [];
  /** The whole word the output ends with (asked only at a letter-spaced break, so read then). */
  const lastWord = () => lastWordLines.map(lastWordOf).join('');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const spacedJoin = spacedFromPrevious;
    spacedFromPrevious = spacedBreak[i]!;
    const indent = indentOf(line);
    if (indent === line.text.length || (PAGE_FURNITURE.test(line.text.trim()) && !NUMBER_SIGN_AT_END.test(previousContent))) {
      // Blank, or a page number the extractor left between the lines: page breaks and spacing, never a
      // paragraph break by itself in an indented text.
      afterBlank = true;
      continue;
    }
    const content = indent === 0 ? line : { text: line.text.slice(indent), offs: line.offs.subarray(indent) };
    const first = content.text.slice(0, 2);
    let startsParagraph: boolean;
    if (out.length === 0) startsParagraph = false;
    // A Markdown block is a paragraph; a line the reader broke at a soft line break of the source
    // (its "\n" stands on the source's own line end) continues it.
    // HTML and DOCX readers write one line per block (paragraph, table row, line break).
    else if (BLOCK_FORMATS.has(format)) startsParagraph = true;
    else if (format === 'markdown') startsParagraph = !isSoftBreak(plain, source, content.offs[0]!);
    else {
      startsParagraph = indent >= PARAGRAPH_INDENT || (endsSentence(previousContent) && PARAGRAPH_OPENER.test(first))
        || (flush && startsFlushParagraph(content.text, previousContent, afterBlank));
    }
    afterBlank = false;
    let glued = false;
    if (out.length > 0) {
      if (startsParagraph) out.insert('\n', content.offs[0]);
      else if (endsWithWordHyphen(previousContent) && WORD_START.test(first)) {
        // A word broken at the line end: joined without a space, without its hyphen when that was a soft one.
        if (!keepsHyphen(previousContent, content.text, known, compoundPattern)) out.dropLast();
        glued = true;
      } else if (spacedJoin && spacedHalvesJoin(lastWord(), content.text, known, content.text.includes(' ') || !spacedBreak[i])) {
        // one letter-spaced word the line break split
        glued = true;
      } else out.insert(' ', content.offs[0]);
    }
    if (glued && !content.text.includes(' ')) lastWordLines.push(content.text);
    else lastWordLines = [content.text];
    appendCollapsed(out, content);
    previousContent = content.text;
  }
  return out.build(plain.text.length);
}

/** Appends a line, collapsing runs of spaces to one. */
function appendCollapsed(out: MappedTextBuilder, line: LineChars): void {
  const { text, offs } = line;
  if (!text.includes('  ')) {
    out.copyMapped(text, offs);
    return;
  }
  let from = 0;
  for (let at = text.indexOf('  '); at >= 0; at = text.indexOf('  ', from)) {
    // keep text[from, at] (up to and including the first space of the run), skip the rest of the run
    out.copyMapped(text.slice(from, at + 1), offs.subarray(from, at + 1));
    from = at + 1;
    while (from < text.length && text.charCodeAt(from) === 32) from++;
  }
  out.copyMapped(text.slice(from), offs.subarray(from));
}
