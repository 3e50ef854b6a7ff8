/**
 * PDF → its text layer, laid out as lines with their indentation.
 *
 * pdf-parse (PDFParse) opens the file and classifies failures; its getText() joins a line's items
 * but drops leading space, and indentation is how adilet PDFs mark a paragraph start. So the lines
 * are built from pdf.js text items (the engine pdf-parse runs on) with their positions: items on one
 * baseline form a line; a line that starts right of the page's left margin gets 6 leading spaces (a
 * paragraph's first line), or, far right of it (centred, right-aligned), reads as a flush block; a gap
 * between words is one space, two where it is twice the line's usual gap (justified lines stretch
 * them all); spaces the PDF writes as characters are kept.
 *
 * Guarantees: the returned string is the text every provenance span of a PDF input points into;
 * one "\n" between lines, a blank line between pages; failures throw a ReadError saying why: a
 * corrupt or truncated file, a password-protected one, or one with no text layer (a scan; no OCR).
 */
import { ReadError } from './read-error.ts';
import { withPdfEngine, type PdfEngine } from './pdf-engine.ts';

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
}

/** Width of a space relative to the average glyph width. */
const SPACE_RATIO = 0.55;
/** Same baseline within this many points. */
const BASELINE_TOLERANCE = 2;

function pageLines(items: Item[]): string[] {
  const sorted = items.filter((i) => i.str.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Item[][] = [];
  for (const it of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0].y - it.y) <= BASELINE_TOLERANCE) line.push(it);
    else lines.push([it]);
  }
  const charWidths = sorted.filter((i) => i.str.trim().length > 0).map((i) => i.width / i.str.length).sort((a, b) => a - b);
  const charWidth = charWidths[Math.floor(charWidths.length / 2)] || 5;
  const starts = lines.map((l) => l.sort((a, b) => a.x - b.x)[0].x);
  const margin = Math.min(...starts);
  let previousMeasured = 0;
  return lines.map((line, i) => {
    let text = '';
    let end = -Infinity;
    const space = spaceWidthOf(line, charWidth);
    for (const it of line) {
      const gap = it.x - end;
      // A gap between items on a line is as many spaces as fit in it: the double space the PDF leaves
      // where it moved link text matters to the normalizer, the stretched gaps of a justified line do not.
      if (text && gap > charWidth * 0.3 && !/^\s/.test(it.str)) text += ' '.repeat(Math.max(1, Math.round(gap / space)));
      // A blank item stands for as many spaces as its width holds.
      text += it.str.trim() === '' ? ' '.repeat(Math.max(1, Math.round(it.width / space))) : it.str;
      end = it.x + it.width;
    }
    // Indentation is either drawn (the line starts right of the margin) or written as space characters
    // (kept as they are: a space is narrower than a glyph, so measuring them would turn the 4 spaces
    // that start a paragraph into 3).
    const written = /^[\s\u00a0]*/.exec(text)![0].length;
    const measured = Math.max(0, Math.round((starts[i] - margin) / charWidth));
    const drawn = drawnIndent(measured, previousMeasured);
    previousMeasured = measured;
    return ' '.repeat(drawn + written) + text.slice(written).replace(/\s+$/, '');
  });
}

/** Beyond this many glyph widths from the margin a line is centred or right-aligned, not indented. */
const BLOCK_INDENT = 12;
/** The indentation a paragraph's first line gets. */
const PARAGRAPH_INDENT = 6;

/**
 * The indentation written for a line that starts `measured` glyph widths right of the margin: as
 * measured (one space per average glyph width) up to a paragraph's first-line indent, and for a
 * centred or right-aligned block (titles, the approval stamp at the top right) as one paragraph: its
 * first line indented by 6, the lines under it not at all, as a flush-left block reads.
 */
function drawnIndent(measured: number, previousMeasured: number): number {
  if (measured <= BLOCK_INDENT) return measured;
  return previousMeasured > BLOCK_INDENT ? 0 : PARAGRAPH_INDENT;
}

/**
 * The width of one space on this line. A justified line stretches every gap between its words alike,
 * so with several gaps the typical (median) one is a single space, and only a gap about twice as wide
 * counts as two; otherwise a space is about half an average glyph.
 */
function spaceWidthOf(line: Item[], charWidth: number): number {
  const natural = charWidth * SPACE_RATIO;
  // Gaps between words: blank items (some PDFs draw each space) and the room between two words.
  const gaps: number[] = [];
  for (let k = 0; k < line.length; k++) {
    const it = line[k]!;
    if (it.str.trim() === '') {
      if (it.str === ' ' && it.width > 0) gaps.push(it.width);
      continue;
    }
    const prev = line[k - 1];
    if (!prev || prev.str.trim() === '') continue;
    const gap = it.x - (prev.x + prev.width);
    if (gap > charWidth * 0.3) gaps.push(gap);
  }
  if (gaps.length < 3) return natural;
  gaps.sort((a, b) => a - b);
  return Math.max(natural, gaps[Math.floor(gaps.length / 2)]!);
}

async function layoutText({ pdfjs }: PdfEngine, bytes: Uint8Array): Promise<string> {
  const doc = await pdfjs.getDocument({ data: bytes, verbosity: pdfjs.VerbosityLevel.ERRORS, isEvalSupported: false, useSystemFonts: false }).promise;
  try {
    const pages: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const raw of content.items) {
        if (!('str' in raw)) continue;
        items.push({ str: raw.str, x: raw.transform[4], y: raw.transform[5], width: raw.width });
      }
      pages.push(pageLines(items).join('\n'));
      page.cleanup();
    }
    return pages.join('\n\n');
  } finally {
    await doc.destroy();
  }
}

export function pdfToText(path: string, bytes: Uint8Array): Promise<string> {
  return withPdfEngine((engine) => readPdf(engine, path, bytes));
}

async function readPdf(engine: PdfEngine, path: string, bytes: Uint8Array): Promise<string> {
  const { PasswordException, PDFParse, VerbosityLevel } = engine.pdfParse;
  // pdf-parse first: it opens the file and tells a password-protected PDF from a broken one.
  const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: VerbosityLevel.ERRORS });
  try {
    await parser.getInfo();
  } catch (e) {
    if (e instanceof PasswordException || (e as Error)?.name === 'PasswordException') throw new ReadError(path, 'PDF is encrypted (password-protected); decrypt it first');
    const detail = ((e as Error)?.message || String(e)).split('\n')[0];
    throw new ReadError(path, `corrupt or truncated PDF (${detail})`);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
  let text: string;
  try {
    text = await layoutText(engine, new Uint8Array(bytes));
  } catch (e) {
    const detail = ((e as Error)?.message || String(e)).split('\n')[0];
    throw new ReadError(path, `corrupt or truncated PDF (${detail})`);
  }
  if (text.replace(/\s+/g, '') === '') throw new ReadError(path, 'PDF has no text layer (scanned image?); OCR is not supported');
  return text;
}
