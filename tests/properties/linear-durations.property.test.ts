/**
 * Durations are found and linked in time linear in the paragraph: doubling a paragraph made of one repeated
 * fragment (wrapped into lines as a PDF's text layer is) about doubles the work the look-back scans
 * report (characters scanned, durations compared), whatever the fragment; so does linking them (how
 * each relates to the one before), which asks the text around every duration of a step. Work is counted, not timed.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { durationScanWork, findDurations } from '../../pipeline/extract/reglament/durations.ts';
import { durationLinkWork, linkDurations } from '../../pipeline/extract/reglament/duration-structure.ts';
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

/**
 * Doubling any repeated fragment's paragraph at most about doubles `work` (2.2 times): twice the text is
 * twice the lines and numbers; line boundaries falling elsewhere add a little.
 */
function doublingAboutDoubles(work: (text: string, lang: 'ru' | 'kk') => number): void {
  const lang = fc.constantFrom('ru' as const, 'kk' as const);
  fc.assert(
    fc.property(lang.chain((l) => fc.tuple(fc.constant(l), fc.constantFrom(...FRAGMENTS[l]))), fc.integer({ min: 200, max: 800 }), fc.constantFrom(40, 70, 100, 100_000), ([l, fragment], times, wrap) => {
      const once = work(paragraph(fragment, times, wrap), l);
      const twice = work(paragraph(fragment, 2 * times, wrap), l);
      expect(twice).toBeLessThanOrEqual(2.2 * once + 100);
    }),
    { numRuns: 40 },
  );
}

describe('duration finding is linear in the paragraph', () => {
  it('doubling a paragraph about doubles the counted work (at most 2.2 times)', () => doublingAboutDoubles(work));
});

/** The work of linking the durations of a step made of the whole paragraph, and how many there are. */
function linkWork(text: string, lang: 'ru' | 'kk'): { work: number; durations: number } {
  const durations = findDurations(text, localeOf(lang));
  durationLinkWork.charsScanned = 0;
  linkDurations(text, lang, { start: 0, end: text.length }, durations, null);
  return { work: durationLinkWork.charsScanned, durations: durations.length };
}

describe("linking a step's durations is linear in the step", () => {
  it('doubling a paragraph about doubles the counted work (at most 2.2 times)', () => doublingAboutDoubles((text, lang) => linkWork(text, lang).work));

  it('the repeated fragment is one duration each, so the linking work above is over hundreds of durations', () => {
    const text = paragraph('1 (один) рабочий день, ', 400, 100_000);
    const { durations } = linkWork(text, 'ru');
    expect(durations).toBe(400);
  });
});
