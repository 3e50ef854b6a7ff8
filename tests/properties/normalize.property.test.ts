import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeText } from '../../pipeline/normalize/index.ts';
import { identityMapped, sourceSpan } from '../../pipeline/shared/mapped-text.ts';
import { markdownToText } from '../../pipeline/read/markdown.ts';

// Text that looks like PDF extraction: Cyrillic words, indentation, blank runs, displaced fragments.
const pdfLike = fc
  .array(
    fc.oneof(
      fc.constantFrom('      ', '       ', ' ', '\n', '\n\n\n', '  ', ':', ';', '"', '№ ', '1) ', '«', '»', '–', '\t', '\u00a0', '\r\n'),
      fc.constantFrom('постановление', 'акимата', 'қаулысы', 'әкімдігінің', 'У т в е р ж д е н', 'в :пункте 1', '204', 'минут'),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

const anyText = fc.oneof(pdfLike, fc.string({ unit: 'binary', maxLength: 200 }));

describe('normalize never throws and keeps its guarantees on arbitrary text', () => {
  it('maps every output character into the source, and spans quote the source', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('text', 'markdown', 'pdf') as fc.Arbitrary<'text' | 'markdown' | 'pdf'>, (source, format) => {
        const plain = format === 'markdown' ? markdownToText(source) : identityMapped(source);
        const out = normalizeText(plain, format);
        expect(out.offsets.length).toBe(out.text.length + 1);
        expect(out.text).not.toMatch(/\n\n|\t|\r/);
        for (let i = 0; i < out.text.length; i++) {
          const o = plain.offsets[out.offsets[i]];
          expect(o).toBeGreaterThanOrEqual(0);
          expect(o).toBeLessThanOrEqual(source.length);
        }
        const composed = { text: out.text, offsets: out.offsets.map((o) => plain.offsets[o]) };
        const a = Math.floor(out.text.length / 3);
        const b = Math.floor((2 * out.text.length) / 3);
        const span = sourceSpan(composed, source, a, b);
        expect(span.quote).toBe(source.slice(span.start, span.end));
      }),
      { numRuns: 400 },
    );
  });
});
