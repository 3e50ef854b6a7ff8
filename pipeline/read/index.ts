/**
 * Read stage: a file path → the decoded source text, its format, and the plain text to analyse
 * with an offset map back into the source.
 *
 * Guarantees to the next stage:
 * - `source` is the text every provenance span points into (for PDFs, pdf-parse's text layer; for
 *   DOCX, the text the DOCX reader gives);
 * - `plain.text` has no Markdown or HTML syntax; for text, PDF and DOCX input it is `source` itself;
 * - the format is decided from the content (magic bytes, `%PDF-` within the first 1,024 bytes, a Word
 *   package's body part, HTML or Markdown markers), and from the extension for Markdown and HTML only;
 * - failures throw a ReadError naming the file and the reason.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { SourceFormat } from '../../schemas/extraction.ts';
import { identityMapped, type MappedText } from '../shared/mapped-text.ts';
import { looksLikeMarkdown, markdownToText } from './markdown.ts';
import { pdfToText } from './pdf.ts';
import { decodeText } from './decode.ts';
import { DEFAULT_MAX_BYTES } from './limits.ts';
import { ReadError } from './read-error.ts';
import { isHtml, isZip, legacyWordReason } from './kinds.ts';

export interface SourceDocument {
  path: string;
  /** File name without folders: the `source` of gold and of the output. */
  name: string;
  format: SourceFormat;
  contentHash: string;
  byteLength: number;
  source: string;
  plain: MappedText;
  /** Notes from reading (encoding detected, ...), as diagnostics messages. */
  notes: string[];
  /** What reading had to repair or guess (invalid bytes replaced, with their offsets; a name that
   * promises another format), each with the rule that noticed it. */
  warnings?: ReadWarning[];
}

export interface ReadWarning {
  ruleId: 'read/invalid-bytes' | 'read/not-a-pdf';
  message: string;
}

export { ReadError };

export interface ReadOptions {
  /** Files larger than this are refused (bytes). */
  maxBytes?: number;
}

export { DEFAULT_MAX_BYTES };

export async function readDocument(path: string, options: ReadOptions = {}): Promise<SourceDocument> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let size: number;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw new ReadError(path, 'not a regular file');
    size = st.size;
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError(path, `cannot read file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (size > maxBytes) throw new ReadError(path, `file is ${size} bytes, over the size limit of ${maxBytes} bytes`);
  const bytes = await readFile(path);
  return readBytes(path, bytes);
}

const MARKDOWN_EXTENSION = /\.(?:md|markdown)$/i;
const DOCX_EXTENSION = /\.docx$/i;
const PDF_EXTENSION = /\.pdf$/i;

/** PDF readers accept the header anywhere in the first 1,024 bytes (a mail gateway's or a
 * download script's leftovers before it). */
const PDF_HEADER_WINDOW = 1024;
const PDF_HEADER = Buffer.from('%PDF-', 'latin1');

/** Where `%PDF-` starts within the first PDF_HEADER_WINDOW bytes, or -1. */
function pdfHeaderOffset(bytes: Uint8Array): number {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PDF_HEADER_WINDOW + PDF_HEADER.length));
  return head.indexOf(PDF_HEADER);
}

/** `contentHash`: the SHA-256 of `bytes` when the caller has it already (the batch runner hashes every
 * input to find unchanged ones). */
export async function readBytes(path: string, bytes: Uint8Array, contentHash = createHash('sha256').update(bytes).digest('hex')): Promise<SourceDocument> {
  const base = { path, name: basename(path), contentHash, byteLength: bytes.length };
  const pdfAt = pdfHeaderOffset(bytes);
  if (pdfAt >= 0) {
    const source = await pdfToText(path, pdfAt === 0 ? bytes : bytes.subarray(pdfAt));
    return { ...base, format: 'pdf', source, plain: identityMapped(source), notes: pdfAt ? [`PDF header after ${pdfAt} leading bytes`] : [] };
  }
  // The HTML and DOCX readers (and their parsers) load on first use: most runs read neither.
  const word = isZip(bytes) ? await import('./docx.ts').then((m) => ({ parts: m.wordParts(bytes), toText: m.docxToText })) : undefined;
  if (word?.parts) {
    const source = word.toText(word.parts);
    if (source.trim() === '') throw new ReadError(path, 'empty document (the Word file has no text in its body)');
    return { ...base, format: 'docx', source, plain: identityMapped(source), notes: [] };
  }
  if (word && DOCX_EXTENSION.test(path)) {
    throw new ReadError(path, 'damaged or not a Word document: the ZIP package cannot be unzipped or has no word/document.xml; open and save it again in Word');
  }
  const legacy = legacyWordReason(bytes);
  if (legacy) throw new ReadError(path, legacy);
  const decoded = decodeText(path, bytes);
  const { text: source, notes } = decoded;
  const warnings: ReadWarning[] = decoded.warnings.map((message) => ({ ruleId: 'read/invalid-bytes', message }));
  // A file named .pdf that holds no PDF (a download that saved an error page, a renamed text) is read
  // for what it holds, and the user is told.
  if (PDF_EXTENSION.test(path)) warnings.push({ ruleId: 'read/not-a-pdf', message: `named .pdf but holds no PDF (no %PDF- header in its first ${PDF_HEADER_WINDOW} bytes): damaged, or another kind of file renamed; read by what it holds instead` });
  if (source.trim() === '') throw new ReadError(path, 'empty document');
  if (isHtml(path, source)) {
    const plain = (await import('./html.ts')).htmlToText(source);
    if (plain.text.trim() === '') throw new ReadError(path, 'empty document (the HTML page has no text in its content)');
    return { ...base, format: 'html', source, plain, notes, warnings };
  }
  // A .md file is Markdown whatever it looks like (a converter's output may carry no "#" or "**").
  if (MARKDOWN_EXTENSION.test(path) || looksLikeMarkdown(source)) {
    return { ...base, format: 'markdown', source, plain: markdownToText(source), notes, warnings };
  }
  return { ...base, format: 'text', source, plain: identityMapped(source), notes, warnings };
}
