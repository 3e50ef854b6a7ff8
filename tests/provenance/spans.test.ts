/**
 * Every fact of every corpus document carries provenance whose quote is exactly the source file's
 * characters at its span.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractFile } from '../../pipeline/extract-file.ts';
import { corpusFiles, corpusPath } from '../helpers/corpus.ts';

interface SpanLike { start: number; end: number; quote: string; line?: number }
const isSpan = (v: unknown): v is SpanLike =>
  typeof v === 'object' && v !== null && typeof (v as SpanLike).start === 'number' && typeof (v as SpanLike).end === 'number' && typeof (v as SpanLike).quote === 'string';

function collectSpans(v: unknown, path: string, out: Array<[string, SpanLike]>): void {
  if (isSpan(v)) out.push([path, v]);
  else if (Array.isArray(v)) v.forEach((x, i) => collectSpans(x, `${path}[${i}]`, out));
  else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) collectSpans(x, `${path}.${k}`, out);
}

describe('provenance of every fact', () => {
  for (const file of corpusFiles()) {
    it(`${file}: every span quotes the source file exactly`, async () => {
      const path = corpusPath(file.slice(0, 3));
      const source = readFileSync(path, 'utf8');
      const result = await extractFile(path);
      const spans: Array<[string, SpanLike]> = [];
      collectSpans(result, '', spans);
      const facts = (result.act ? 1 : 0) + result.relations.length + result.reglaments.length;
      expect(facts).toBeGreaterThan(0);
      // Every relation, reglament, step, term and actor has its evidence.
      for (const r of result.relations) expect(isSpan(r.evidence)).toBe(true);
      for (const g of result.reglaments) {
        expect(isSpan(g.evidence.service)).toBe(true);
        for (const p of g.procedures) for (const s of p.steps) {
          expect(isSpan(s.evidence.step)).toBe(true);
          expect(s.evidence.durations).toHaveLength(s.durations.length);
        }
        for (const t of g.terms) expect(isSpan(t.evidence)).toBe(true);
      }
      const wrong = spans.filter(([, s]) => s.end < s.start || s.end > source.length || source.slice(s.start, s.end) !== s.quote || s.quote.trim() === '');
      expect(wrong.map(([p, s]) => `${p} ${s.start}-${s.end} ${JSON.stringify(s.quote.slice(0, 40))}`)).toEqual([]);
      expect(spans.length).toBeGreaterThan(facts);
      // The line a reader finds the quote on: line breaks before the span, plus one.
      const misplaced = spans.filter(([, s]) => s.line !== source.slice(0, s.start).split(/\r\n|\r|\n/).length);
      expect(misplaced.map(([p, s]) => `${p} line ${s.line} at ${s.start}`)).toEqual([]);
    });
  }
});
