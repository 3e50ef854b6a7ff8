/**
 * The lines (paragraphs) of a normalized text with their offsets: the unit the structure stage
 * works in. Guarantees: lines cover the text in order; text.slice(start, end) === line.text.
 */
export interface Line {
  index: number;
  start: number;
  end: number;
  text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      lines.push({ index: lines.length, start, end: i, text: text.slice(start, i) });
      start = i + 1;
    }
  }
  return lines;
}

/** "7." / "12 ." at the start of a line: a numbered point (not a "1)" subpoint). */
export const POINT_MARKER = /^\d{1,3}\s?\.\s/;
/** "1)" / "2 )" at the start of a line (after a stray quote the PDF may leave): a subpoint. */
export const SUBPOINT_MARKER = /^["«»“”„]?\s?\d{1,3}\s?\)/;
