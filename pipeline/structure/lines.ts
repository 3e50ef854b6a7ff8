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

/** A subpoint marker the PDF ran into the previous paragraph: "…документов; 2) руководитель". */
const INLINE_SUBPOINT = /(?<=[.;:]\s)(?=["«»“”„]?\s?\d{1,2}\s?\)\s\p{L})/gu;

/** A line cut before each subpoint marker run into it; the pieces keep their offsets. */
export function splitInlineSubpoints(l: Line): Line[] {
  const out: Line[] = [];
  let last = 0;
  for (const m of l.text.matchAll(INLINE_SUBPOINT)) {
    const cut = m.index ?? 0;
    const piece = l.text.slice(last, cut).trimEnd();
    if (piece) out.push({ index: l.index, start: l.start + last, end: l.start + last + piece.length, text: piece });
    last = cut;
  }
  out.push(last === 0 ? l : { index: l.index, start: l.start + last, end: l.end, text: l.text.slice(last) });
  return out;
}
