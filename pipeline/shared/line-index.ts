/**
 * Line numbers of source offsets, as an editor shows them: 1-based, a line ending at "\n", "\r\n" or
 * a lone "\r". Guarantees: lineAt(text, o) is the number of line breaks in text[0, o) plus one, for
 * every 0 ≤ o ≤ text.length; the line starts of a text are computed once and kept for the text last
 * asked about (spans of one document are made one after the other).
 */

function lineStarts(text: string): Int32Array {
  const starts: number[] = [0];
  if (text.indexOf('\r') < 0) {
    // Only "\n" breaks: found by indexOf, far faster than reading every character.
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    return Int32Array.from(starts);
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return Int32Array.from(starts);
}

let lastText: string | undefined;
let lastStarts: Int32Array = new Int32Array([0]);

/** The 1-based line of `text` that holds offset `offset`. */
export function lineAt(text: string, offset: number): number {
  if (text !== lastText) {
    lastStarts = lineStarts(text);
    lastText = text;
  }
  // The last line start ≤ offset.
  let lo = 0;
  let hi = lastStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lastStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
