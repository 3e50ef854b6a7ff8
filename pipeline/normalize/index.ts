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

const SPACE_RE = /[\t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/g;
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

/** Splits the plain text into raw lines, each as characters with their plain-text offsets. */
function rawLines(plain: MappedText): LineChars[] {
  const lines: LineChars[] = [];
  let chars: string[] = [];
  let offs: number[] = [];
  const text = plain.text;
  for (let i = 0; i <= text.length; i++) {
    const ch = i < text.length ? text[i] : '\n';
    if (ch === '\n') {
      // Drop trailing \r and spaces.
      while (chars.length && /[\r ]/.test(chars[chars.length - 1])) {
        chars.pop();
        offs.pop();
      }
      lines.push({ chars, offs });
      chars = [];
      offs = [];
      continue;
    }
    chars.push(ch === '\r' ? ' ' : ch.replace(SPACE_RE, ' '));
    offs.push(i);
  }
  return lines;
}

function indentOf(line: LineChars): number {
  let n = 0;
  while (n < line.chars.length && line.chars[n] === ' ') n++;
  return n;
}

const SENTENCE_END = /[.;:!?]$/;
const PARAGRAPH_OPENER = /^[\p{Lu}\d"«“„]/u;

/** Normalizes; the result's offsets point into `plain.text` (compose to reach the source). */
export function normalizeText(plain: MappedText, format: SourceFormat): MappedText {
  const out = new MappedTextBuilder();
  let previousContent = '';
  for (const raw of rawLines(plain)) {
    let line = rejoinLetterSpacing(raw);
    line = repairDisplacedFragment(line);
    const indent = indentOf(line);
    if (indent === line.chars.length) continue; // blank: page breaks and spacing, never a paragraph break by itself
    const content = { chars: line.chars.slice(indent), offs: line.offs.slice(indent) };
    const first = content.chars.join('').slice(0, 2);
    let startsParagraph: boolean;
    if (out.length === 0) startsParagraph = false;
    else if (format === 'markdown') startsParagraph = true;
    else startsParagraph = indent >= PARAGRAPH_INDENT || (SENTENCE_END.test(previousContent) && PARAGRAPH_OPENER.test(first));
    if (out.length > 0) {
      if (startsParagraph) out.insert('\n', content.offs[0]);
      else if (/\p{L}-$/u.test(previousContent) && /^\p{Ll}/u.test(first)) {
        // hyphenated word broken at the line end: join without a space
      } else out.insert(' ', content.offs[0]);
    }
    appendCollapsed(out, content);
    previousContent = content.chars.join('');
  }
  return out.build(plain.text.length);
}

/** Appends a line, collapsing runs of spaces to one. */
function appendCollapsed(out: MappedTextBuilder, line: LineChars): void {
  let lastSpace = false;
  for (let i = 0; i < line.chars.length; i++) {
    const ch = line.chars[i];
    if (ch === ' ') {
      if (lastSpace) continue;
      lastSpace = true;
    } else lastSpace = false;
    out.copy(ch, line.offs[i]);
  }
}
