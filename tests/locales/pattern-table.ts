/**
 * Test helper: a locale's patterns checked against a table of what each must and must not match.
 * Every RegExp of the locale needs a row, so a pattern added without its cases fails the suite.
 */
import { describe, expect, it } from 'vitest';

export interface PatternCases {
  /** Texts the pattern must match; a pair also gives the exact text of the match. */
  matches: Array<string | [text: string, match: string]>;
  /** Near-misses it must not match. */
  rejects: string[];
  /** Texts with the group the pattern must capture (its first defined group; undefined: none). */
  captures?: Array<[text: string, group: string | undefined]>;
}

/** Every RegExp in a locale object, by its dotted path ("heading.title"). */
export function patternsOf(value: unknown, path = ''): Array<[string, RegExp]> {
  if (value instanceof RegExp) return [[path, value]];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => patternsOf(v, path ? `${path}.${key}` : key));
}

export function describePatterns(name: string, locale: object, table: Record<string, PatternCases>): void {
  const patterns = patternsOf(locale);
  describe(name, () => {
    it('has cases for every pattern, and no cases for a pattern it lacks', () => {
      expect(Object.keys(table).sort()).toEqual(patterns.map(([path]) => path).sort());
    });

    it('keeps no state between calls and reads Unicode (flags u, neither g nor y)', () => {
      for (const [path, re] of patterns) expect(re.flags.replace('i', ''), path).toBe('u');
    });

    for (const [path, re] of patterns) {
      const cases = table[path];
      if (!cases) continue;
      it(`${path} matches what it is written for and rejects its near-misses`, () => {
        expect(cases.matches.length, `${path}: at least one text it must match`).toBeGreaterThan(0);
        expect(cases.rejects.length, `${path}: at least one near-miss`).toBeGreaterThan(0);
        for (const c of cases.matches) {
          const [text, match] = typeof c === 'string' ? [c, undefined] : c;
          const m = re.exec(text);
          expect(m, `${path} must match ${JSON.stringify(text)}`).not.toBeNull();
          if (match !== undefined) expect(m![0], `${path} on ${JSON.stringify(text)}`).toBe(match);
        }
        for (const text of cases.rejects) expect(re.test(text), `${path} must not match ${JSON.stringify(text)}`).toBe(false);
        for (const [text, group] of cases.captures ?? []) {
          const m = re.exec(text);
          expect(m, `${path} must match ${JSON.stringify(text)}`).not.toBeNull();
          expect(m!.slice(1).find((g) => g !== undefined), `${path} capture in ${JSON.stringify(text)}`).toBe(group);
        }
      });
    }
  });
}
