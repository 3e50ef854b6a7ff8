/**
 * Durations are found in time linear in the paragraph: doubling a paragraph made of one repeated
 * fragment (wrapped into lines as a PDF's text layer is) about doubles the work the look-back scans
 * report (characters scanned, durations compared), whatever the fragment. Work is counted, not timed.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { durationScanWork, findDurations } from '../../pipeline/extract/reglament/durations.ts';
import { localeOf } from '../../pipeline/locales/index.ts';

/** Fragments that repeat in real reglaments, and their PDF-damaged forms. */
const FRAGMENTS = {
  ru: ['1 (один) рабочий день, ', 'в течение 1 (одного) ', 'в часа. течение 1 (одного) ', '15 (пятнадцати) минут; ', 'одного рабочего дня ', '3 0 минут ', '2 дней. (двух) рабочих '],
  kk: ['2 (екі) жұмыс күні, ', 'күнтізбелік 7 (жеті) күн ', 'бір жұмыс күні ', '15 (он бес) '],
} as const;

function paragraph(fragment: string, times: number, wrap: number): string {
  const flat = fragment.repeat(times);
  const lines: string[] = [];
  for (let i = 0; i < flat.length; i += wrap) lines.push(flat.slice(i, i + wrap));
  return lines.join('\n');
}

function work(text: string, lang: 'ru' | 'kk'): number {
  durationScanWork.charsScanned = 0;
  durationScanWork.durationsCompared = 0;
  findDurations(text, localeOf(lang));
  return durationScanWork.charsScanned + durationScanWork.durationsCompared;
}

describe('duration finding is linear in the paragraph', () => {
  it('doubling a paragraph about doubles the counted work (at most 2.2 times)', () => {
    const lang = fc.constantFrom('ru' as const, 'kk' as const);
    fc.assert(
      fc.property(lang.chain((l) => fc.tuple(fc.constant(l), fc.constantFrom(...FRAGMENTS[l]))), fc.integer({ min: 200, max: 800 }), fc.constantFrom(40, 70, 100, 100_000), ([l, fragment], times, wrap) => {
        const once = work(paragraph(fragment, times, wrap), l);
        const twice = work(paragraph(fragment, 2 * times, wrap), l);
        // Twice the text is twice the lines and numbers; line boundaries falling elsewhere add a little.
        expect(twice).toBeLessThanOrEqual(2.2 * once + 100);
      }),
      { numRuns: 40 },
    );
  });
});
