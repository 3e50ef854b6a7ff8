/**
 * Line-level repairs of PDF text extraction artifacts. Each function takes one raw line (its text
 * with the offset of every UTF-16 unit) and returns a repaired line; characters keep their offsets
 * when moved. A line that needs no repair is returned as it is (the same object).
 */

import { matchesAtEnd } from '../shared/regex.ts';
import { isSpaceAt } from '../shared/char-class.ts';

export interface LineChars {
  text: string;
  /** offs[i] = offset of text[i] in the text the line was cut from. */
  offs: Int32Array;
}

const isSpace = (c: string | undefined) => c === ' ';
const LETTER = /\p{L}/u;
const isLetter = (c: string | undefined) => c !== undefined && LETTER.test(c);

const take = (line: LineChars, a: number, b: number): LineChars => ({ text: line.text.slice(a, b), offs: line.offs.subarray(a, b) });

function cat(...parts: LineChars[]): LineChars {
  const offs = new Int32Array(parts.reduce((n, p) => n + p.offs.length, 0));
  let at = 0;
  for (const p of parts) {
    offs.set(p.offs, at);
    at += p.offs.length;
  }
  return { text: parts.map((p) => p.text).join(''), offs };
}

/** Punctuation that may end a letter-spaced word without a space before it. */
const GLUED_PUNCTUATION = ';:,.';

/** A letter-spaced run needs four one-character tokens in a row: lines without one are skipped fast. */
const MAYBE_LETTER_SPACED = /(?:^| )[^ ] [^ ] [^ ] [^ ](?: |$)/;

/** Whether the line's first (`fromPrevious`) or last (`toNext`) letter-spaced run is part of a word split by the line break. */
export interface SpacedEdges {
  fromPrevious?: boolean;
  toNext?: boolean;
}

/**
 * "У т в е р ж д е н" → "Утвержден"; "с о ц и а л ь н о й  з а щ и т ы" → "социальной защиты".
 * A run of ≥ 4 one-character tokens separated by single spaces, with ≥ 3 letters, is one word;
 * the double spaces that separate such runs become single spaces. A run at the line's start or end
 * that `goesOn` says continues across the line break is rejoined whatever its length.
 */
export function rejoinLetterSpacing(line: LineChars, goesOn: SpacedEdges = {}): LineChars {
  const chars = line.text;
  if (!goesOn.fromPrevious && !goesOn.toNext && !MAYBE_LETTER_SPACED.test(chars)) return line;
  const n = chars.length;
  let first = 0;
  while (first < n && isSpace(chars[first])) first++;
  let last = n - 1;
  while (last >= 0 && isSpace(chars[last])) last--;
  // A one-character token ends at a space or the line end, or at a punctuation mark glued to it that
  // does ("б а с ш ы с ы;").
  const tokenEndsAt = (q: number) => q === n || isSpace(chars[q]) || (GLUED_PUNCTUATION.includes(chars[q]!) && (q + 1 === n || isSpace(chars[q + 1])));
  const singleAt = (p: number) => !isSpace(chars[p]) && p < n && (p === 0 || isSpace(chars[p - 1])) && tokenEndsAt(p + 1);
  const dropSpace = new Uint8Array(n);
  const runEdges: Array<[number, number]> = [];
  let p = 0;
  while (p < n) {
    if (!singleAt(p)) {
      p++;
      continue;
    }
    let q = p;
    let count = 1;
    let letters = isLetter(chars[p]) ? 1 : 0;
    while (q + 2 < n && isSpace(chars[q + 1]) && singleAt(q + 2)) {
      q += 2;
      count++;
      if (isLetter(chars[q])) letters++;
    }
    // A run a line break split is a word with the rest on the other line, however short its part here.
    const splitRun = (goesOn.fromPrevious === true && p === first) || (goesOn.toNext === true && q === last);
    if ((count >= 4 && letters >= 3) || (splitRun && count > 1)) {
      for (let k = p + 1; k < q; k += 2) dropSpace[k] = 1;
      runEdges.push([p, q]);
    }
    p = q + 1;
  }
  if (runEdges.length === 0) return line;
  // Shrink space runs that touch a rejoined word to a single space (they separated letter-spaced words).
  for (const [s, e] of runEdges) {
    for (let k = e + 2; k < n && isSpace(chars[k]); k++) dropSpace[k] = 1;
    for (let k = s - 2; k >= 0 && isSpace(chars[k]) && isSpace(chars[k - 1]); k--) dropSpace[k] = 1;
  }
  const offs = new Int32Array(n - dropSpace.reduce((a, b) => a + b, 0));
  let text = '';
  let at = 0;
  for (let k = 0; k < n; k++) {
    if (dropSpace[k]) continue;
    text += chars[k];
    offs[at++] = line.offs[k];
  }
  return { text, offs };
}

const GLUE = '.;:,"»)';
/** A fragment glued to the line's end after a glue character ("…содержания:подпункт 18"). */
const GLUED_FRAGMENT = /([.;:,"»)])(["«]?\p{L}[\p{L}\d \-]*)$/u;
/** The line's last word, with the word or "№" before it ("№ 131", "пункте 1"). */
const LAST_WORD = /(?:(№|\p{L}+) )?(\S+)$/u;

/** GLUE as a table of its code units (all below 256), for a backward scan of every line. */
const IS_GLUE = new Uint8Array(256);
for (const c of GLUE) IS_GLUE[c.charCodeAt(0)] = 1;

/** The last index in `s` of a glue character, or -1. */
function lastGlueIndex(s: string): number {
  let i = s.length - 1;
  for (let c = s.charCodeAt(i); i >= 0 && (c > 255 || IS_GLUE[c] === 0); c = s.charCodeAt(--i));
  return i;
}

/**
 * GLUED_FRAGMENT's match in s[from…], its start as `at` (in `s`). The match starts at the last glue
 * character or the one before it (an opening quote may follow the glue): nothing after a fragment's
 * start is a glue character. So the pattern is tried from there only, not from every position.
 */
export function gluedFragment(s: string, from: number): (RegExpExecArray & { at: number }) | null {
  const lastGlue = lastGlueIndex(s);
  if (lastGlue < from) return null;
  const window = Math.max(from, lastGlue - 1);
  const m = GLUED_FRAGMENT.exec(s.slice(window));
  return m && Object.assign(m, { at: window + m.index });
}

/** LAST_WORD's match in s[from…], its start as `at` (in `s`): it starts within the last two runs of
 * non-white-space characters, so it is tried from there only. */
export function lastWord(s: string, from: number): (RegExpExecArray & { at: number }) | null {
  const window = Math.max(from, startOfLastRuns(s, 2));
  const m = LAST_WORD.exec(s.slice(window));
  return m && Object.assign(m, { at: window + m.index });
}

/** Where the last `runs` runs of non-white-space characters of `s` start (0 when it has fewer). */
function startOfLastRuns(s: string, runs: number): number {
  let i = s.length;
  for (let r = 0; r < runs && i > 0; r++) {
    while (i > 0 && isSpaceAt(s, i - 1)) i--;
    while (i > 0 && !isSpaceAt(s, i - 1)) i--;
  }
  return i;
}
/** A line ending with a word's hyphen: a letter or digit right before it ("услугода-", "Западно-", "68-"). */
const HYPHENATED_AT_END = /[\p{L}\d]-$/u;
/** Whether `line` ends with a word's hyphen (HYPHENATED_AT_END matches at most a surrogate pair and the hyphen). */
export const endsWithWordHyphen = (line: string): boolean => line.endsWith('-') && matchesAtEnd(HYPHENATED_AT_END, line, 3);
const FRAGMENT_MAX_WORDS = 5;
const FRAGMENT_MAX_CHARS = 60;

/**
 * PDF extraction moves link text (and some bold words) to the end of its line and leaves a gap where
 * it was: a double space inside the line, an extra space of indentation, or a space before the
 * punctuation the fragment is now glued to. Put the fragment back into the gap.
 *   "в :пункте 1"                           → "в пункте 1:"
 *   "1)  и постановка ... граждан\";\"Регистрация" → "1) \"Регистрация и постановка ... граждан\";"
 *   "       изложить ... содержания:подпункт 18" → "      подпункт 18 изложить ... содержания:"
 * Without a recognizable gap the line is left alone.
 */
export function repairDisplacedFragment(line: LineChars): LineChars {
  const s = line.text;
  // A word hyphenated at the line end goes on at the next line's start: it was not moved there.
  if (endsWithWordHyphen(s)) return line;
  let indent = 0;
  while (indent < s.length && s[indent] === ' ') indent++;
  if (indent === s.length) return line;

  // The fragment at the end of the line: glued right after punctuation, or (with a strong gap) the last word.
  let fragStart = -1;
  let glueAt = -1;
  const glued = gluedFragment(s, indent);
  if (glued) {
    const punctPos = glued.at;
    const frag = glued[2].trimEnd();
    if (frag.length <= FRAGMENT_MAX_CHARS && frag.split(' ').length <= FRAGMENT_MAX_WORDS) {
      fragStart = punctPos + 1;
      glueAt = punctPos;
      // A quote glued to a letter opens the fragment ("обучающимся\"Назначение").
      if (s[punctPos] === '"' && isLetter(s[punctPos - 1]) && !/\s/.test(s[punctPos + 1] ?? ' ')) {
        fragStart = punctPos;
        glueAt = -1;
      }
    }
  }

  const doubleSpace = s.indexOf('  ', indent);
  const extraIndent = indent % 6 === 1;
  let gap = -1; // position in s before which the fragment goes
  let gapKind: 'double' | 'indent' | 'before-punct' | null = null;
  if (fragStart < 0) {
    // Unglued: only the last word (with a "№" or a word before a number), and only with a strong gap.
    if (doubleSpace < 0 && !(extraIndent && indent > 1)) return line;
    const last = lastWord(s, indent);
    if (!last || !/^[\p{L}\d]/u.test(last[2])) return line;
    // A number as acts print it: "131", "68-291", "А-9/406" (a letter prefix, then digits).
    const isNumber = /^(?:\p{L}{1,4}-?)?\d[\p{L}\d]*(?:[-/][\p{L}\d]+)*$/u.test(last[2]);
    const start = last.at + (isNumber && last[1] ? 0 : (last[1] ? last[1].length + 1 : 0));
    if (!isLetter(s[start]) && s[start] !== '№') return line;
    fragStart = start;
  }
  // Drop the space that separated an unglued fragment from the text before it.
  let beforeFrag = fragStart;
  while (beforeFrag > indent && s[beforeFrag - 1] === ' ') beforeFrag--;
  if (doubleSpace >= 0 && doubleSpace + 2 < beforeFrag) {
    gap = doubleSpace + 1;
    gapKind = 'double';
  } else if (glueAt >= 0 && s[glueAt - 1] === ' ' && ':;,.'.includes(s[glueAt])) {
    // "в :пункте 1": a space before a colon is the gap (an opening quote after a space is not).
    gap = glueAt;
    gapKind = 'before-punct';
  } else if (extraIndent) {
    gap = indent;
    gapKind = 'indent';
  }
  if (gapKind === null) return line;

  const fragEnd = s.trimEnd().length;
  const part = (a: number, b: number) => take(line, a, b);
  const space = (at: number): LineChars => ({ text: ' ', offs: Int32Array.of(line.offs[Math.min(at, line.offs.length - 1)]) });
  const fragment = part(fragStart, fragEnd);

  if (gapKind === 'indent') {
    const lead = part(0, indent - 1); // the extra space of indentation was the gap
    return cat(lead, fragment, space(indent), part(indent, beforeFrag));
  }
  if (gapKind === 'before-punct') {
    return cat(part(0, gap), fragment, part(gap, beforeFrag));
  }
  // double space: "a  b" → "a " + fragment + " b"
  return cat(part(0, gap), fragment, space(gap), part(gap + 1, beforeFrag));
}

/** A word with both Cyrillic and Latin letters. */
const MIXED_SCRIPT_WORD = /\p{L}*(?:\p{Script=Cyrillic}\p{L}*[A-Za-z]|[A-Za-z]\p{L}*\p{Script=Cyrillic})\p{L}*/gu;
const HAS_LATIN = /[A-Za-z]/;

/**
 * Inside a word that has Cyrillic letters, Latin letters typed for the Cyrillic ones they look like
 * become those ("шешiмi" with Latin i → "шешімі", "Pегламент" → "Регламент"), one unit for one unit, so
 * offsets stay put. Words of Latin letters only ("egov.kz") are left alone.
 */
export function cyrillicHomoglyphs(line: LineChars, latinToCyrillic: ReadonlyMap<number, number>): LineChars {
  if (!HAS_LATIN.test(line.text)) return line;
  let text: string | undefined;
  for (const m of line.text.matchAll(MIXED_SCRIPT_WORD)) {
    const at = m.index ?? 0;
    let word = '';
    for (let i = 0; i < m[0].length; i++) {
      const c = m[0].charCodeAt(i);
      word += String.fromCharCode(latinToCyrillic.get(c) ?? c);
    }
    if (word === m[0]) continue;
    text = (text ?? line.text).slice(0, at) + word + (text ?? line.text).slice(at + word.length);
  }
  return text === undefined ? line : { text, offs: line.offs };
}
