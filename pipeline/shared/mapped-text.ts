/**
 * A text together with, for every character, the offset in the source text it came from.
 * Every stage that rewrites text (read, normalize) produces a MappedText, so any span found by
 * an extractor can be carried back to the exact characters of the source file.
 */
import type { Span } from '../../schemas/provenance.ts';
import { lineAt } from './line-index.ts';

export interface MappedText {
  readonly text: string;
  /** offsets[i] = source offset of text[i]; offsets[text.length] = source offset just past the end. */
  readonly offsets: Int32Array;
}

export function identityMapped(text: string): MappedText {
  const offsets = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) offsets[i] = i;
  return { text, offsets };
}

/** Builds a MappedText chunk by chunk (offsets in a growing typed array: documents run to megabytes). */
export class MappedTextBuilder {
  private parts: string[] = [];
  private offs = new Int32Array(1024);
  private n = 0;

  private room(extra: number): void {
    if (this.n + extra <= this.offs.length) return;
    const grown = new Int32Array(Math.max(this.offs.length * 2, this.n + extra));
    grown.set(this.offs.subarray(0, this.n));
    this.offs = grown;
  }

  /** Append `text`, whose characters sit at sourceStart, sourceStart+1, ... in the source. */
  copy(text: string, sourceStart: number): this {
    this.parts.push(text);
    this.room(text.length);
    for (let i = 0; i < text.length; i++) this.offs[this.n++] = sourceStart + i;
    return this;
  }

  /** Append `text` whose character i sits at offsets[i] in the source. */
  copyMapped(text: string, offsets: ArrayLike<number>): this {
    this.parts.push(text);
    this.room(text.length);
    for (let i = 0; i < text.length; i++) this.offs[this.n++] = offsets[i];
    return this;
  }

  /** Append characters that the source does not have verbatim (a joining space), anchored at sourceAt. */
  insert(text: string, sourceAt: number): this {
    this.parts.push(text);
    this.room(text.length);
    for (let i = 0; i < text.length; i++) this.offs[this.n++] = sourceAt;
    return this;
  }

  /** Append a slice of another MappedText, keeping its source offsets. */
  copyFrom(from: MappedText, start: number, end: number): this {
    return this.copyMapped(from.text.slice(start, end), from.offsets.subarray(start, end));
  }

  /** Remove the last character appended (a soft hyphen found to be one only once the next line is read). */
  dropLast(): this {
    const last = this.parts.length - 1;
    if (this.n === 0 || last < 0) return this;
    this.parts[last] = this.parts[last]!.slice(0, -1);
    if (this.parts[last] === '') this.parts.pop();
    this.n--;
    return this;
  }

  get length(): number {
    return this.n;
  }

  lastChar(): string {
    const last = this.parts[this.parts.length - 1];
    return last ? last[last.length - 1] ?? '' : '';
  }

  build(endOffset: number): MappedText {
    const offsets = new Int32Array(this.n + 1);
    offsets.set(this.offs.subarray(0, this.n));
    offsets[this.n] = endOffset;
    return { text: this.parts.join(''), offsets };
  }
}

/** Compose: `outer` was built from `inner.text`; the result maps `outer.text` to inner's source. */
export function composeMapped(outer: MappedText, inner: MappedText): MappedText {
  const offsets = new Int32Array(outer.offsets.length);
  for (let i = 0; i < offsets.length; i++) offsets[i] = inner.offsets[Math.min(outer.offsets[i], inner.offsets.length - 1)];
  return { text: outer.text, offsets };
}

/**
 * The source span covering text[start, end): from the smallest to the largest source offset of
 * its characters (moved fragments can make the map non-monotonic), quoted from the source, with the
 * source line its quote starts on.
 */
export function sourceSpan(mapped: MappedText, source: string, start: number, end: number): Span {
  if (end <= start) {
    const at = mapped.offsets[Math.min(start, mapped.text.length)];
    return { start: at, end: at, quote: '', line: lineAt(source, at) };
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = start; i < end; i++) {
    const o = mapped.offsets[i];
    if (o < lo) lo = o;
    if (o > hi) hi = o;
  }
  const s = Math.max(0, lo);
  const e = Math.min(source.length, hi + 1);
  return { start: s, end: e, quote: source.slice(s, e), line: lineAt(source, s) };
}
