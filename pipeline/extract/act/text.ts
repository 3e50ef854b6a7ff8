/**
 * Text helpers of the act extractor: paragraph and sentence bounds on the normalized text (one
 * paragraph per line), and a scanner over a locale's pattern from a position. Positions in and out
 * are normalized-text offsets.
 */
import { globalOf } from '../../shared/regex.ts';

/** Paragraph [start, end) containing position i. */
export function paragraphAt(text: string, i: number): [number, number] {
  const s = text.lastIndexOf('\n', i - 1) + 1;
  const e = text.indexOf('\n', i);
  return [s, e < 0 ? text.length : e];
}

/** Start of the sentence holding `at`: after the last ". " in its paragraph (not the dots of 10.03.2022). */
export function sentenceStart(text: string, at: number): number {
  const [ps] = paragraphAt(text, at);
  const stops = [...text.slice(ps, at).matchAll(/\.\s/gu)];
  return stops.length ? ps + stops.at(-1)!.index! + 1 : ps;
}

/** A global copy of a locale's pattern to scan with from position `from` (exec and lastIndex). */
export function scannerFrom(pattern: RegExp, from: number): RegExp {
  const copy = globalOf(pattern);
  copy.lastIndex = from;
  return copy;
}
