/**
 * Extraction never throws on arbitrary input and every span it reports lies within the source
 * and quotes it exactly. Inputs mix real corpus text (so the extractors' code paths are reached)
 * with arbitrary Unicode cut and spliced in at random places.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { extractBytes } from '../../pipeline/extract-file.ts';
import { ReadError } from '../../pipeline/read/index.ts';
import { corpusFiles, corpusPath } from '../helpers/corpus.ts';

const texts = corpusFiles().map((f) => readFileSync(corpusPath(f.slice(0, 3)), 'utf8'));

const corpusSlice = fc
  .tuple(fc.nat(texts.length - 1), fc.nat(), fc.integer({ min: 0, max: 6000 }))
  .map(([d, at, len]) => {
    const t = texts[d];
    const s = at % Math.max(1, t.length);
    return t.slice(s, s + len);
  });

const mutated = fc
  .tuple(corpusSlice, fc.array(fc.tuple(fc.nat(), fc.string({ unit: 'grapheme', maxLength: 12 })), { maxLength: 8 }))
  .map(([text, edits]) => edits.reduce((t, [at, ins]) => {
    const p = at % Math.max(1, t.length);
    return t.slice(0, p) + ins + t.slice(p + (at % 5));
  }, text));

const input = fc.oneof(mutated, corpusSlice, fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }));

interface SpanLike { start: number; end: number; quote: string }
function spans(v: unknown, out: SpanLike[] = []): SpanLike[] {
  if (v && typeof v === 'object') {
    const s = v as SpanLike;
    if (typeof s.start === 'number' && typeof s.end === 'number' && typeof s.quote === 'string') out.push(s);
    else for (const x of Object.values(v)) spans(x, out);
  }
  return out;
}

describe('extraction on arbitrary input', () => {
  it('never throws (but for a clear read error) and every span quotes the source', async () => {
    await fc.assert(
      fc.asyncProperty(input, async (text) => {
        let result;
        try {
          result = await extractBytes('arbitrary.txt', new TextEncoder().encode(text));
        } catch (e) {
          // Only documented read errors are acceptable: empty or binary input.
          expect(e).toBeInstanceOf(ReadError);
          expect((e as ReadError).reason).toMatch(/empty document|unsupported format/);
          return;
        }
        // What the file holds: lone surrogates become U+FFFD when encoded, and a BOM is not text.
        const decoded = new TextDecoder().decode(new TextEncoder().encode(text));
        const source = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
        for (const s of spans(result)) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(source.length);
          expect(source.slice(s.start, s.end)).toBe(s.quote);
        }
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
