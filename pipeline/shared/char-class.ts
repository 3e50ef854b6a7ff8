/**
 * A character class that scanners ask code unit by code unit instead of running a Unicode-property
 * regex over a whole text: `/\p{L}+/gu` and its match objects cost several times a table lookup.
 *
 * Guarantees: `at(text, i)` is the length in code units (1 or 2) of the code point starting at `i` when
 * `test` holds for that code point (given as a string of one code point), else 0, for every code point,
 * astral ones included; lone surrogates never match. `units()` is the table behind it, for hot loops:
 * 1 holds, 0 does not, SURROGATE asks `at`. The table of the 65,536 BMP answers is built on the
 * first question, not at import. Beside it, what the scanners built on it share: white space as such a
 * class, and the hash they compute of a word as they read it.
 */
export const SURROGATE = 2;

export class CharClass {
  private table: Uint8Array | undefined;

  constructor(private readonly test: (codePoint: string) => boolean) {}

  units(): Uint8Array {
    if (this.table) return this.table;
    const table = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) {
      table[c] = c >= 0xd800 && c <= 0xdfff ? SURROGATE : this.test(String.fromCharCode(c)) ? 1 : 0;
    }
    return (this.table = table);
  }

  at(text: string, i: number): 0 | 1 | 2 {
    const c = text.charCodeAt(i);
    const k = this.units()[c];
    if (k !== SURROGATE) return (k ?? 0) as 0 | 1;
    // A high surrogate followed by a low one is an astral code point: `test` decides.
    if (!isHighSurrogate(c) || !isLowSurrogate(text.charCodeAt(i + 1))) return 0;
    return this.test(text.slice(i, i + 2)) ? 2 : 0;
  }
}

/** The first and the second code unit of an astral code point's pair (NaN, past a text's end, is neither). */
export const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
export const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/** The class of the code points a one-code-point regex (with the `u` flag) matches. */
export function charClassOf(re: RegExp): CharClass {
  const anchored = new RegExp(`^(?:${re.source})$`, re.flags.replace(/[gy]/g, ''));
  return new CharClass((s) => anchored.test(s));
}

let lowerUnits: Uint16Array | undefined;
/** Each BMP code unit's lowercase when that is one code unit, else the unit itself (built on first use). */
export function lowerUnitTable(): Uint16Array {
  if (lowerUnits) return lowerUnits;
  const table = new Uint16Array(0x10000);
  for (let u = 0; u < 0x10000; u++) {
    const l = String.fromCharCode(u).toLowerCase();
    table[u] = l.length === 1 ? l.charCodeAt(0) : u;
  }
  return (lowerUnits = table);
}

const WHITE_SPACE = charClassOf(/\s/u);
/** Whether the code unit at `i` is white space (\s); false outside the text. */
export const isSpaceAt = (text: string, i: number): boolean => i >= 0 && i < text.length && WHITE_SPACE.at(text, i) !== 0;

/** One more code unit into a word's hash, so that a scanner hashes a word as it reads it. */
export const hashStep = (h: number, unit: number): number => (Math.imul(h, 31) + unit) | 0;
/** The hash of a whole word, as hashStep over its code units gives it. */
export function hashOf(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
  return h;
}
