/**
 * The hand-written scanners of the normalizer (language detection, the document's vocabulary) against
 * the regular expressions they stand for, on random text with Cyrillic and Kazakh letters in any case,
 * hyphens, digits, astral letters and lone surrogates; end-anchored patterns tried near the end only
 * against the same patterns tried everywhere.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import markers from '../../pipeline/lexicon/language-markers.json' with { type: 'json' };
import { detectLanguage } from '../../pipeline/normalize/language.ts';
import { Vocabulary } from '../../pipeline/normalize/line-breaks.ts';
import { gluedFragment, lastWord } from '../../pipeline/normalize/lines.ts';
import { matchesAtEnd } from '../../pipeline/shared/regex.ts';

const pieces = fc.oneof(
  fc.constantFrom(...markers.ru, ...markers.kk, ...markers.ru.map((w) => w.toUpperCase()), ...markers.kk.map((w) => w[0]!.toUpperCase() + w.slice(1))),
  fc.constantFrom('услугополуча', 'теля', 'социально', 'трудовой', 'ӘКІМДІГІ', 'Қаулы', 'i', 'І', 'ё', 'Ё', '𝐀', '\ud800', '\udc00', '\u1c80', '\ua640', '\u{1e030}'),
  fc.constantFrom(' ', '-', '--', '\n', ',', '1', '2024', 'a', 'Z', '«', '»'),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
);
const text = fc.array(pieces, { maxLength: 80 }).map((p) => p.join(''));

/** detectLanguage as the regex reads it. */
function referenceLanguage(text: string) {
  const kazakhLetter = new RegExp(`[${markers.kazakhOnlyLetters}]`, 'u');
  const ru = new Set(markers.ru);
  const kk = new Set(markers.kk);
  let k = 0;
  let r = 0;
  for (const m of text.slice(0, 100_000).matchAll(/\p{Script=Cyrillic}+/gu)) {
    const w = m[0].toLowerCase();
    if (kk.has(w) || kazakhLetter.test(w)) k++;
    else if (ru.has(w)) r++;
  }
  return { kk: k, ru: r };
}

/** The vocabulary's counts as the regex reads them. */
function referenceCounts(text: string): { counts: Map<string, number>; firstParts: Set<string> } {
  const counts = new Map<string, number>();
  const firstParts = new Set<string>();
  const bump = (w: string) => counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const m of text.toLowerCase().matchAll(/[\p{L}\d]+(?:-[\p{L}\d]+)*/gu)) {
    bump(m[0]);
    if (m[0].includes('-')) {
      const parts = m[0].split('-');
      parts.forEach((p, i) => {
        bump(p);
        if (i < parts.length - 1) firstParts.add(p);
      });
    }
  }
  return { counts, firstParts };
}

describe('the normalizer scanners read what their regexes match', () => {
  it('detectLanguage counts the Kazakh and Russian words the Cyrillic-run regex finds', () => {
    fc.assert(
      fc.property(text, (t) => {
        const { kk, ru } = detectLanguage(t);
        expect({ kk, ru }).toEqual(referenceLanguage(t));
      }),
      { numRuns: 500 },
    );
  });

  it('the vocabulary counts every word and compound part, knows first parts and prefixes', () => {
    fc.assert(
      fc.property(text, fc.array(fc.string({ unit: 'grapheme', maxLength: 3 }), { maxLength: 12 }), (t, probes) => {
        const vocabulary = new Vocabulary(t);
        const { counts, firstParts } = referenceCounts(t);
        for (const [word, n] of counts) {
          expect(vocabulary.count(word)).toBe(n);
          expect(vocabulary.count(word.toUpperCase())).toBe(counts.get(word.toUpperCase().toLowerCase()) ?? 0);
          expect(vocabulary.isFirstPart(word)).toBe(firstParts.has(word));
        }
        const words = [...counts.keys()];
        // prefixes of its words and random probes, past the number of questions answered without sorting
        for (const prefix of [...words.map((w) => w.slice(0, 2)), ...probes.map((p) => p.toLowerCase()), ...words.map((w) => w.slice(0, 3))]) {
          expect(vocabulary.hasPrefix(prefix)).toBe(words.some((w) => w.startsWith(prefix)));
        }
        for (const probe of probes) expect(vocabulary.count(probe)).toBe(counts.get(probe.toLowerCase()) ?? 0);
      }),
      { numRuns: 500 },
    );
  });

  it('reads a long document of many distinct words (the table grows) the same way', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `слово${i}-часть${i % 37}`);
    const t = words.join(' ') + ' ' + words.slice(0, 100).join('\n');
    const vocabulary = new Vocabulary(t);
    const { counts } = referenceCounts(t);
    for (const [word, n] of counts) expect(vocabulary.count(word)).toBe(n);
    expect(vocabulary.count('часть5')).toBe(counts.get('часть5'));
    expect(vocabulary.isFirstPart('слово4999')).toBe(true);
  });
});

const lineLike = fc
  .array(fc.oneof(pieces, fc.constantFrom('.', ';', ':', '"', '»', '«', ')', '№ ', '  ', '-', 'подпункт 18', 'А-9/406', '\u00a0', '\t')), { maxLength: 30 })
  .map((p) => p.join(''));

describe('end-anchored patterns tried near the end give the answers of the whole line', () => {
  it('matchesAtEnd agrees with test for the normalizer\'s line-end patterns', () => {
    const patterns: Array<[RegExp, number]> = [[/[.;:!?]$/, 1], [/[;:]$/, 1], [/[\p{L}\d]-$/u, 3]];
    fc.assert(
      fc.property(lineLike, (t) => {
        for (const [re, n] of patterns) expect(matchesAtEnd(re, t, n)).toBe(re.test(t));
      }),
      { numRuns: 1000 },
    );
  });

  it('the glued fragment and the last word are found where the whole-line patterns find them', () => {
    const glued = /([.;:,"»)])(["«]?\p{L}[\p{L}\d \-]*)$/u;
    const last = /(?:(№|\p{L}+) )?(\S+)$/u;
    const same = (fast: (RegExpExecArray & { at: number }) | null, full: RegExpExecArray | null, from: number) => {
      expect(fast === null).toBe(full === null);
      if (fast && full) {
        expect(fast.at).toBe(from + full.index);
        expect([...fast]).toEqual([...full]);
      }
    };
    fc.assert(
      fc.property(lineLike, fc.nat(4), (t, indentBy) => {
        const from = Math.min(indentBy, t.length);
        same(gluedFragment(t, from), glued.exec(t.slice(from)), from);
        same(lastWord(t, from), last.exec(t.slice(from)), from);
      }),
      { numRuns: 2000 },
    );
  });
});
