/**
 * Writes the corpus documents as a word processor with hyphenation on prints them: every line longer
 * than WIDTH columns re-wrapped, a word that does not fit hyphenated by the syllable rules below
 * ("услугополуча-" / "теля"), a compound broken at its own hyphen ("Западно-" / "Казахстанской").
 * Two sets, each with the documents' hand-made gold (tests/gold):
 *   tests/fixtures/hyphenated/              hyphenated wrap
 *   tests/fixtures/hyphenated-letter-spaced/ the same wrap, and every letter-spaced word split across
 *                                            a line break ("б е к і" / "т і л г е н")
 * The PDF text's moved link text is put back first (a fresh wrap prints text where the writer put it).
 * Usage: npx tsx scripts/make-hyphenated-fixtures.ts
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rejoinLetterSpacing, repairDisplacedFragment } from '../pipeline/normalize/lines.ts';

const ROOT = join(import.meta.dirname, '..');
const WIDTH = 64;
/** Fewest letters a hyphenation leaves on either side of the break. */
const MIN_PART = 2;
/** A letter-spaced word is split across lines when it has at least this many letters. */
const MIN_SPLIT_SPACED = 4;

type Lang = 'ru' | 'kk';
const VOWELS: Record<Lang, string> = { ru: 'аеёиоуыэюя', kk: 'аәеёиоөуұүыіэюя' };
/** Letters that never open the second part of a hyphenated word (they lean on the letter before). */
const NEVER_OPENS = 'ьъй';

/**
 * Where a word may be hyphenated: between syllables, before a consonant that opens a syllable with the
 * vowel after it ("ру-ко-во-ди-тель", "госу-дарст-вен-ной"), never leaving fewer than MIN_PART letters
 * or a part without a vowel. Returns the offsets k (break before word[k]).
 */
export function hyphenationPoints(word: string, lang: Lang): number[] {
  const w = word.toLowerCase();
  const vowel = (c: string | undefined) => c !== undefined && VOWELS[lang].includes(c);
  const hasVowel = (s: string) => [...s].some(vowel);
  const points: number[] = [];
  for (let k = MIN_PART; k <= w.length - MIN_PART; k++) {
    const c = w[k]!;
    if (vowel(c) || NEVER_OPENS.includes(c) || !vowel(w[k + 1])) continue;
    if (hasVowel(w.slice(0, k)) && hasVowel(w.slice(k))) points.push(k);
  }
  return points;
}

/** One unit of a line: a word (or letter-spaced word) and the spaces before it. */
interface Unit { sep: string; text: string; spaced: boolean }

/** A letter-spaced run: ≥ 4 one-character tokens, ≥ 3 of them letters, single spaces between. */
const isSpacedRun = (tokens: string[]) => tokens.length >= 4 && tokens.filter((t) => /\p{L}/u.test(t)).length >= 3;

function unitsOf(content: string): Unit[] {
  const raw = [...content.matchAll(/( *)(\S+)/g)].map((m) => ({ sep: m[1]!, text: m[2]! }));
  const units: Unit[] = [];
  for (let i = 0; i < raw.length; ) {
    // a run of one-character tokens separated by single spaces
    let j = i;
    while (j < raw.length && raw[j]!.text.length === 1 && (j === i || raw[j]!.sep === ' ')) j++;
    if (j > i && isSpacedRun(raw.slice(i, j).map((t) => t.text))) {
      units.push({ sep: raw[i]!.sep, text: raw.slice(i, j).map((t) => t.text).join(' '), spaced: true });
      i = j;
    } else {
      units.push({ ...raw[i]!, spaced: false });
      i++;
    }
  }
  return units;
}

/** The ways a unit may be broken at a line end: [head printed at the line end, tail opening the next line]. */
function breaks(unit: Unit, lang: Lang, splitSpaced: boolean): Array<[string, string]> {
  if (unit.spaced) {
    if (!splitSpaced) return [];
    const letters = unit.text.split(' ');
    if (letters.filter((t) => /\p{L}/u.test(t)).length < MIN_SPLIT_SPACED) return [];
    const mid = Math.ceil(letters.length / 2);
    return [[letters.slice(0, mid).join(' '), letters.slice(mid).join(' ')]];
  }
  const out: Array<[string, string]> = [];
  // a compound or a number broken at its own hyphen
  for (const m of unit.text.matchAll(/(?<=[\p{L}\d])-(?=[\p{L}\d])/gu)) out.push([unit.text.slice(0, m.index! + 1), unit.text.slice(m.index! + 1)]);
  const word = /^([«"(]*)(\p{L}+)([»".,;:)]*)$/u.exec(unit.text);
  if (word) {
    for (const k of hyphenationPoints(word[2]!, lang)) out.push([word[1]! + word[2]!.slice(0, k) + '-', word[2]!.slice(k) + word[3]!]);
  }
  return out.sort((a, b) => a[0].length - b[0].length);
}

/** In Markdown a continuation line must not open a block of its own ("1. ", "- ", "# ", "> ", "|"). */
const MARKDOWN_BLOCK_OPENER = /^(?:[-+*>#|=]|\d+[.)])/;
/** Markdown lines that are not paragraph text and keep their lines: headings, tables, quotes. */
const MARKDOWN_KEEP = /^\s*(?:#|\||>)/;

export interface WrapOptions { lang: Lang; markdown: boolean; splitSpaced: boolean }

function wrapLine(line: string, opts: WrapOptions): string[] {
  const indent = /^ */.exec(line)![0];
  const units = unitsOf(line.slice(indent.length).trimEnd());
  const forced = opts.splitSpaced && units.some((u) => u.spaced);
  if (line.trimEnd().length <= WIDTH && !forced) return [line];
  if (opts.markdown && MARKDOWN_KEEP.test(line)) return [line];
  const out: string[] = [];
  let current = indent;
  let fresh = true;
  const opensBlock = (text: string) => opts.markdown && MARKDOWN_BLOCK_OPENER.test(text);
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const sep = fresh ? '' : u.sep;
    const fits = (current + sep + u.text).length <= WIDTH;
    const mustSplit = opts.splitSpaced && u.spaced;
    if (fits && !mustSplit) {
      current += sep + u.text;
      fresh = false;
      continue;
    }
    const options = breaks(u, opts.lang, opts.splitSpaced);
    const chosen = mustSplit
      ? options[0]
      : options.filter(([head, tail]) => (current + sep + head).length <= WIDTH && !opensBlock(tail)).pop();
    if (chosen) {
      out.push(current + sep + chosen[0]);
      current = chosen[1];
      fresh = false;
    } else if (!fresh && !opensBlock(u.text)) {
      out.push(current);
      current = u.text;
    } else {
      current += sep + u.text;
      fresh = false;
    }
  }
  out.push(current);
  return out;
}

/** The document re-wrapped at WIDTH columns with hyphenation (and letter-spaced words split, with `splitSpaced`). */
export function wrapDocument(text: string, opts: WrapOptions): string {
  return text.split('\n').flatMap((line) => {
    const chars = { text: line, offs: new Int32Array(line.length) };
    // Letter-spaced lines are left as they are: their double spaces separate words, they are no gaps.
    const repaired = opts.markdown || rejoinLetterSpacing(chars) !== chars ? line : repairDisplacedFragment(chars).text;
    return wrapLine(repaired, opts);
  }).join('\n');
}

/** The fixture sets: folder and whether letter-spaced words are split across lines. */
export const SETS = [
  { dir: 'hyphenated', splitSpaced: false },
  { dir: 'hyphenated-letter-spaced', splitSpaced: true },
];

/** Markdown stored as .txt opens with a bold title or a heading. */
const MARKDOWN_OPENING = /^\s*\*\*|^#/m;

/** Each corpus document of a set as the fixture holds it, with its gold. */
export function fixtureDocuments(splitSpaced: boolean): Array<{ name: string; goldName: string; text: string; gold: string }> {
  return readdirSync(join(ROOT, 'corpus')).filter((n) => /^\d{3}_.*\.txt$/.test(n)).map((name) => {
    const goldName = name.replace(/\.txt$/, '.gold.json');
    const gold = readFileSync(join(ROOT, 'tests', 'gold', goldName), 'utf8');
    const lang = (JSON.parse(gold) as { language: Lang }).language;
    const original = readFileSync(join(ROOT, 'corpus', name), 'utf8');
    const markdown = MARKDOWN_OPENING.test(original.slice(0, 200));
    return { name, goldName, text: wrapDocument(original, { lang, markdown, splitSpaced }), gold };
  });
}

function main(): void {
  for (const set of SETS) {
    const out = join(ROOT, 'tests', 'fixtures', set.dir);
    mkdirSync(join(out, 'docs'), { recursive: true });
    mkdirSync(join(out, 'gold'), { recursive: true });
    for (const doc of fixtureDocuments(set.splitSpaced)) {
      writeFileSync(join(out, 'docs', doc.name), doc.text);
      writeFileSync(join(out, 'gold', doc.goldName), doc.gold);
    }
    console.log(`wrote tests/fixtures/${set.dir}/{docs,gold}`);
  }
}

if (process.argv[1] === import.meta.filename) main();
