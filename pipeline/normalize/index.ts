/**
 * Normalize stage: the read stage's plain text → a clean text for the extractors, with an offset map
 * back to the source (every character of `text` knows the source offset it came from).
 *
 * Guarantees to the next stage (extractors rely on these and nothing else):
 * 1. One paragraph per line, lines separated by "\n"; no blank lines; no leading or trailing spaces;
 *    no tabs; runs of spaces collapsed to one; NBSP and other Unicode spaces → " "; no "\r".
 *    For text extracted from PDFs, a line indented by ≥ 4 spaces starts a paragraph, and so does a
 *    line starting with an uppercase letter, digit or quote right after a line that ends a sentence
 *    (. ; : ! ?); every other line continues the previous paragraph (joined by one space). Headings
 *    therefore often merge with their neighbours into one line.
 *    For Markdown input every block is its own line, as the read stage gave it.
 * 2. Letter-spaced words are rejoined ("У т в е р ж д е н" → "Утвержден").
 * 3. Text that the PDF moved to the end of its line (link text, bold words) is put back where it
 *    belongs, best effort ("в :пункте 1" → "в пункте 1:"); moved characters keep their own source
 *    offsets, so the offset map is not monotonic there.
 * 4. A word hyphenated at a line end is joined without a space ("социально-\nтрудовой").
 * 5. Quotes and dashes are left as they are (extractors match " « » “ ” „ and - – —).
 */
import type { SourceDocument } from '../read/index.ts';
import type { Language } from '../../schemas/gold.ts';
import type { Diagnostic, Span } from '../../schemas/provenance.ts';
import type { SourceFormat } from '../../schemas/extraction.ts';
import { MappedTextBuilder, composeMapped, sourceSpan, type MappedText } from '../shared/mapped-text.ts';
import { detectLanguage } from './language.ts';
import { rejoinLetterSpacing, repairDisplacedFragment, type LineChars } from './lines.ts';

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
  const normalized = normalizeText(doc.plain, doc.format);
  const mapped = composeMapped(normalized, doc.plain);
  const diagnostics: Diagnostic[] = doc.notes.map((message) => ({ stage: 'read', ruleId: 'read/note', severity: 'info' as const, message }));
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

/** Unicode spaces and \r become plain spaces, one unit for one unit, so offsets stay put. */
const TO_SPACE_RE = /[\r\t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/g;

/** Splits the plain text into raw lines (spaces unified, trailing spaces dropped), with their plain-text offsets. */
function* rawLines(plain: MappedText): Generator<LineChars> {
  const text = plain.text;
  // Offsets of a raw line are consecutive: every line is a view on one identity map.
  const identity = new Int32Array(text.length + 1);
  for (let i = 0; i < identity.length; i++) identity[i] = i;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).replace(TO_SPACE_RE, ' ');
    let keep = line.length;
    while (keep > 0 && line.charCodeAt(keep - 1) === 32) keep--;
    yield { text: keep === line.length ? line : line.slice(0, keep), offs: identity.subarray(start, start + keep) };
    start = end + 1;
  }
}

function indentOf(line: LineChars): number {
  let n = 0;
  while (n < line.text.length && line.text.charCodeAt(n) === 32) n++;
  return n;
}

const SENTENCE_END = /[.;:!?]$/;
const PARAGRAPH_OPENER = /^[\p{Lu}\d"«“„]/u;
const HYPHEN_AT_END = /\p{L}-$/u;
const LOWERCASE_START = /^\p{Ll}/u;

/** Normalizes; the result's offsets point into `plain.text` (compose to reach the source). */
export function normalizeText(plain: MappedText, format: SourceFormat): MappedText {
  const out = new MappedTextBuilder();
  let previousContent = '';
  for (const raw of rawLines(plain)) {
    let line = rejoinLetterSpacing(raw);
    line = repairDisplacedFragment(line);
    const indent = indentOf(line);
    if (indent === line.text.length) continue; // blank: page breaks and spacing, never a paragraph break by itself
    const content = indent === 0 ? line : { text: line.text.slice(indent), offs: line.offs.subarray(indent) };
    const first = content.text.slice(0, 2);
    let startsParagraph: boolean;
    if (out.length === 0) startsParagraph = false;
    else if (format === 'markdown') startsParagraph = true;
    else startsParagraph = indent >= PARAGRAPH_INDENT || (SENTENCE_END.test(previousContent) && PARAGRAPH_OPENER.test(first));
    if (out.length > 0) {
      if (startsParagraph) out.insert('\n', content.offs[0]);
      else if (HYPHEN_AT_END.test(previousContent) && LOWERCASE_START.test(first)) {
        // hyphenated word broken at the line end: join without a space
      } else out.insert(' ', content.offs[0]);
    }
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
