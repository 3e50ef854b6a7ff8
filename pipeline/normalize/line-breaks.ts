/**
 * What a word broken at a line end was before the layout broke it. Two breaks are read here:
 * - a word hyphenated at the line end ("услугополуча-" / "теля"): a soft hyphen the joined word drops,
 *   or the hyphen of a compound the word keeps ("социально-" / "трудовой");
 * - a letter-spaced word split over two lines ("б е к і" / "т і л г е н"): one word, or two words that
 *   the break separated.
 * Decided by what the document itself and the lexicons know (the words they write, in which form),
 * then by the locale's compound patterns; never by a list of a corpus's words.
 */
import channelsJson from '../lexicon/channels.json' with { type: 'json' };
import numeralsJson from '../lexicon/numerals.json' with { type: 'json' };
import regionsJson from '../lexicon/regions.json' with { type: 'json' };
import rolesJson from '../lexicon/roles.json' with { type: 'json' };
import servicesJson from '../lexicon/services.json' with { type: 'json' };
import unitsJson from '../lexicon/units.json' with { type: 'json' };
import { charClassOf, hashOf, hashStep, isHighSurrogate, isLowSurrogate, isSpaceAt, SURROGATE } from '../shared/char-class.ts';

/** A word as the vocabulary counts it: letters and digits, with the hyphens inside a compound (the
 * matches of the pattern [\p{L}\d]+(?:-[\p{L}\d]+)* with the u flag), read by a scanner over WORD_CHAR. */
const WORD_CHAR = charClassOf(/[\p{L}\d]/u);
const HYPHEN = 0x2d;
/** Letters of an inflection a joined word may carry differently elsewhere ("услугополуча-теля" beside "услугополучателю"). */
const ENDING_LETTERS = 2;
const INITIAL_SLOTS = 1024;
/** A document with a few broken words asks a few prefixes, each answered by one pass over its words;
 * from this many on, its words are sorted once and each question is a binary search. */
const PREFIX_QUESTIONS_BEFORE_SORTING = 8;

/**
 * The words of a text, lowercased, with how often each occurs, for telling a broken word's form.
 * Counted in an open-addressing table of (start, length) pairs into the lowercased text, so that the
 * tens of thousands of words of a long document are counted without a string for each.
 */
export class Vocabulary {
  private readonly text: string;
  private hashes = new Int32Array(INITIAL_SLOTS);
  private starts = new Int32Array(INITIAL_SLOTS).fill(-1);
  private lengths = new Int32Array(INITIAL_SLOTS);
  private counts = new Int32Array(INITIAL_SLOTS);
  private size = 0;
  private readonly firstParts = new Set<string>();
  private sorted: string[] | undefined;
  private prefixQuestions = 0;

  constructor(text: string) {
    // Lowercased once for the whole text rather than word by word.
    const lower = (this.text = text.toLowerCase());
    const n = lower.length;
    const units = WORD_CHAR.units();
    /** Whether a word character starts at i: by the table, and by WORD_CHAR for a surrogate pair. */
    const startsWordChar = (i: number): boolean => {
      const k = units[lower.charCodeAt(i)];
      return k === 1 || (k === SURROGATE && WORD_CHAR.at(lower, i) !== 0);
    };
    for (let i = 0; i < n; ) {
      if (!startsWordChar(i)) {
        i++;
        continue;
      }
      // One word: runs of word characters joined by single hyphens; every part of a compound is a
      // word too, and its parts before a hyphen are known first parts.
      const start = i;
      let partStart = i;
      let wordHash = 0;
      let partHash = 0;
      let compound = false;
      for (;;) {
        // the run of word characters from i (a pair's two code units hashed one after the other)
        while (i < n) {
          const c = lower.charCodeAt(i);
          const k = units[c];
          if (k === 1) {
            wordHash = hashStep(wordHash, c);
            partHash = hashStep(partHash, c);
            i++;
          } else if (k === SURROGATE && WORD_CHAR.at(lower, i) === 2) {
            const d = lower.charCodeAt(i + 1);
            wordHash = hashStep(hashStep(wordHash, c), d);
            partHash = hashStep(hashStep(partHash, c), d);
            i += 2;
          } else break;
        }
        if (i + 1 >= n || lower.charCodeAt(i) !== HYPHEN || !startsWordChar(i + 1)) break;
        compound = true;
        this.bump(partStart, i, partHash);
        this.firstParts.add(lower.slice(partStart, i));
        wordHash = hashStep(wordHash, HYPHEN);
        partHash = 0;
        partStart = ++i;
      }
      this.bump(start, i, wordHash);
      if (compound) this.bump(partStart, i, partHash);
    }
  }

  /** Counts text[start, end), whose hash is `hash`, once more. */
  private bump(start: number, end: number, hash: number): void {
    const length = end - start;
    const mask = this.starts.length - 1;
    let slot = hash & mask;
    for (; this.starts[slot] !== -1; slot = (slot + 1) & mask) {
      if (this.hashes[slot] === hash && this.lengths[slot] === length && this.sameText(this.starts[slot]!, start, length)) {
        this.counts[slot]!++;
        return;
      }
    }
    this.hashes[slot] = hash;
    this.starts[slot] = start;
    this.lengths[slot] = length;
    this.counts[slot] = 1;
    if (++this.size * 2 > this.starts.length) this.grow();
  }

  private sameText(a: number, b: number, length: number): boolean {
    for (let k = 0; k < length; k++) if (this.text.charCodeAt(a + k) !== this.text.charCodeAt(b + k)) return false;
    return true;
  }

  private grow(): void {
    const { hashes, starts, lengths, counts } = this;
    const slots = starts.length * 2;
    this.hashes = new Int32Array(slots);
    this.starts = new Int32Array(slots).fill(-1);
    this.lengths = new Int32Array(slots);
    this.counts = new Int32Array(slots);
    const mask = slots - 1;
    for (let old = 0; old < starts.length; old++) {
      if (starts[old] === -1) continue;
      let slot = hashes[old]! & mask;
      while (this.starts[slot] !== -1) slot = (slot + 1) & mask;
      this.hashes[slot] = hashes[old]!;
      this.starts[slot] = starts[old]!;
      this.lengths[slot] = lengths[old]!;
      this.counts[slot] = counts[old]!;
    }
  }

  count(word: string): number {
    const w = word.toLowerCase();
    const hash = hashOf(w);
    const mask = this.starts.length - 1;
    for (let slot = hash & mask; this.starts[slot] !== -1; slot = (slot + 1) & mask) {
      if (this.hashes[slot] === hash && this.lengths[slot] === w.length && this.text.startsWith(w, this.starts[slot]!)) return this.counts[slot]!;
    }
    return 0;
  }

  /** Whether some word starts with `prefix` (lowercase). */
  hasPrefix(prefix: string): boolean {
    if (!this.sorted && ++this.prefixQuestions <= PREFIX_QUESTIONS_BEFORE_SORTING) {
      if (prefix === '') return this.size > 0;
      const first = prefix.charCodeAt(0);
      for (let slot = 0; slot < this.starts.length; slot++) {
        const start = this.starts[slot]!;
        if (start !== -1 && this.text.charCodeAt(start) === first && this.lengths[slot]! >= prefix.length && this.text.startsWith(prefix, start)) return true;
      }
      return false;
    }
    this.sorted ??= this.words().sort();
    const words = this.sorted;
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (words[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo < words.length && words[lo]!.startsWith(prefix);
  }

  /** The distinct words. */
  private words(): string[] {
    const words: string[] = [];
    for (let slot = 0; slot < this.starts.length; slot++) {
      if (this.starts[slot] !== -1) words.push(this.text.slice(this.starts[slot]!, this.starts[slot]! + this.lengths[slot]!));
    }
    return words;
  }

  /** Whether `part` stands before a hyphen in some compound ("социально" of "социально-трудовой"). */
  isFirstPart(part: string): boolean {
    return this.firstParts.has(part.toLowerCase());
  }
}

let lexiconWords: Vocabulary | undefined;

/** Every word the lexicons write (roles, regions, channels, units, numerals, services), in both languages. */
export function lexiconVocabulary(): Vocabulary {
  if (lexiconWords) return lexiconWords;
  const texts: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  [channelsJson, numeralsJson, regionsJson, rolesJson, servicesJson, unitsJson].forEach(walk);
  // One text, a line per string: a line break ends a word.
  return (lexiconWords = new Vocabulary(texts.join('\n')));
}

/** What the two vocabularies (the document's, the lexicons') know of a word. */
export interface Known {
  count(word: string): number;
  hasPrefix(prefix: string): boolean;
  isFirstPart(part: string): boolean;
}

export function knownIn(...sources: Array<() => Vocabulary>): Known {
  let built: Vocabulary[] | undefined;
  // Each vocabulary is built when a broken word is first read, not before.
  const vocabularies = () => (built ??= sources.map((s) => s()));
  return {
    count: (w) => vocabularies().reduce((n, v) => n + v.count(w), 0),
    hasPrefix: (p) => vocabularies().some((v) => v.hasPrefix(p)),
    isFirstPart: (p) => vocabularies().some((v) => v.isFirstPart(p)),
  };
}

/** The last run of non-space characters of `text` (what /\S+$/ matches), found from the end. */
export function lastWordOf(text: string): string {
  let i = text.length;
  while (i > 0 && !isSpaceAt(text, i - 1)) i--;
  return text.slice(i);
}

/** The word a line ends with before its final hyphen ("…услугополуча-" → "услугополуча"). */
const WORD_BEFORE_HYPHEN = /([\p{L}\d]+)-$/u;
/** The word a line starts with ("теля;" → "теля"). */
const WORD_AT_START = /^[\p{L}\d]+/u;
const LOWERCASE_START = /^\p{Ll}/u;
/** An abbreviation in capitals, whose case ending follows a hyphen ("ЭЦҚ-мен", "ЦОН-а"): never hyphenated itself. */
const ABBREVIATION = /^\p{Lu}{2,}$/u;

/**
 * Whether the hyphen at the end of `previous` stays when the word is joined with the start of `next`:
 * it stays before a capital or a digit (a soft hyphen breaks a word only before lowercase letters: "Западно-"
 * / "Казахстанской", "68-" / "291"), after an abbreviation ("ЭЦҚ-" / "мен"), and for the compound form the document or a lexicon writes, a
 * first part they write before a hyphen, or the locale's compound pattern (`compound`, asked only when
 * nothing else decides: finding it means telling the document's language); it goes for the joined form
 * they write (or its stem, with another ending), and by default.
 */
export function keepsHyphen(previous: string, next: string, known: Known, compound: () => RegExp): boolean {
  const left = WORD_BEFORE_HYPHEN.exec(previous)?.[1];
  const right = WORD_AT_START.exec(next)?.[0];
  if (!left || !right || !LOWERCASE_START.test(right) || /\d$/.test(left) || ABBREVIATION.test(left)) return true;
  const l = left.toLowerCase();
  const r = right.toLowerCase();
  const asCompound = known.count(`${l}-${r}`);
  const joined = known.count(l + r);
  if (asCompound > 0 || joined > 0) return asCompound > joined;
  const stem = l + r.slice(0, Math.max(0, r.length - ENDING_LETTERS));
  if (stem.length > l.length && known.hasPrefix(stem)) return false;
  return known.isFirstPart(l) || compound().test(`${l}-${r}`);
}

/** One-character tokens (a letter-spaced word's letters) at a line's start, single-spaced; at its end,
 * spacedTail reads the same. */
const SPACED_HEAD = /^((?:\S ){0,40}\S)(?:\s|$)/u;

/**
 * The one-character tokens, single-spaced, that `line` ends with (at most 41, after white space or the
 * line's start): what an end-anchored /(?:^|\s)((?:\S ){0,40}\S)$/u gives as its group 1. Walked back
 * from the end: that regex is tried from every position of the line, and every line is asked.
 */
function spacedTail(line: string): string | null {
  /** Where the code point ending just before `end` starts (a surrogate pair is one code point). */
  const pointStart = (end: number) => (end >= 2 && isLowSurrogate(line.charCodeAt(end - 1)) && isHighSurrogate(line.charCodeAt(end - 2)) ? end - 2 : end - 1);
  // A code point is white space only in the BMP, so its first unit tells.
  const isToken = (start: number) => start >= 0 && !isSpaceAt(line, start);
  let start = pointStart(line.length);
  if (!isToken(start)) return null;
  // The starts of the last tokens, alternating with single spaces, at most 41 of them.
  const starts = [start];
  while (starts.length < 41 && start >= 2 && line[start - 1] === ' ') {
    const before = pointStart(start - 1);
    if (!isToken(before)) break;
    starts.push((start = before));
  }
  // The leftmost token preceded by white space or the line's start; any but the first is preceded by its separator.
  const first = starts.at(-1)!;
  const from = first === 0 || isSpaceAt(line, first - 1) ? first : starts.length > 1 ? starts.at(-2)! : -1;
  if (from < 0) return null;
  return line.slice(from);
}

/** Tokens and letters a letter-spaced word has at least (the line-level rejoin's own thresholds). */
const SPACED_MIN_TOKENS = 4;
const SPACED_MIN_LETTERS = 3;
const LETTER = /\p{L}/u;

/**
 * Whether the line's last (`tail`) or first (`head`) non-space character stands alone, white space or
 * the line's edge on its other side: spacedEdge finds no run without it. Asked first because almost
 * no line has one, and every pair of lines is asked.
 */
function loneCharacterAtEdge(line: string, side: 'tail' | 'head'): boolean {
  if (side === 'tail') {
    let e = line.length - 1;
    while (e >= 0 && isSpaceAt(line, e)) e--;
    return e === 0 || isSpaceAt(line, e - 1);
  }
  let s = 0;
  while (s < line.length && isSpaceAt(line, s)) s++;
  return s === line.length - 1 || isSpaceAt(line, s + 1);
}

/** The one-character tokens that end (`tail`) or open (`head`) a line, each one character. */
function spacedEdge(line: string, side: 'tail' | 'head'): string[] {
  const run = side === 'tail' ? spacedTail(line.trim()) : SPACED_HEAD.exec(line.trim())?.[1];
  if (!run) return [];
  const tokens = run.split(' ');
  return tokens.every((t) => t.length === 1) ? tokens : [];
}

/**
 * Whether a letter-spaced run goes on from the end of `previous` to the start of `next`: both edges
 * are one-character tokens and together they make a letter-spaced word by the line-level rule.
 * Returns the letters of both sides, or null.
 */
export function letterSpacedAcross(previous: string, next: string): { tail: string[]; head: string[] } | null {
  if (!loneCharacterAtEdge(previous, 'tail') || !loneCharacterAtEdge(next, 'head')) return null;
  const tail = spacedEdge(previous, 'tail');
  const head = spacedEdge(next, 'head');
  if (tail.length === 0 || head.length === 0) return null;
  const all = [...tail, ...head];
  if (all.length < SPACED_MIN_TOKENS || all.filter((t) => LETTER.test(t)).length < SPACED_MIN_LETTERS) return null;
  // A lone letter on a side is a one-letter word ("в", "и") unless the other side is a spaced word by itself.
  if ((tail.length === 1 && head.length < SPACED_MIN_TOKENS) || (head.length === 1 && tail.length < SPACED_MIN_TOKENS)) return null;
  return { tail, head };
}

/** The word part a line ends with and the one the next starts with ("1(од" / "ной)" → "од", "ной"). */
const WORD_PART_AT_END = /[\p{L}\d]+(?:-[\p{L}\d]+)*-?$/u;
const WORD_PART_AT_START = /^[\p{L}\d]+(?:-[\p{L}\d]+)*/u;

/** Letters the start of a joined letter-spaced word must have for a word of the vocabulary starting so to vouch for it. */
const SPACED_PREFIX_MIN = 6;

/**
 * Whether the halves of a letter-spaced run split by a line break (the word before the break, all of it,
 * and `next`'s first word, both already rejoined on their lines) are one word: when the vocabulary knows
 * the joined word, or a word starting as the joined halves do ("осущест" / "вляются": "осуществ…", at
 * least SPACED_PREFIX_MIN letters), or neither half (`next`'s word ending on its line: `nextWordEndsThere`) is a word it knows. Otherwise the break separated two words.
 */
export function spacedHalvesJoin(before: string, next: string, known: Known, nextWordEndsThere = true): boolean {
  const left = WORD_PART_AT_END.exec(before)?.[0].toLowerCase();
  const right = WORD_PART_AT_START.exec(next)?.[0].toLowerCase();
  if (!left || !right) return false;
  if (known.count(left + right) > 0) return true;
  const take = Math.max(1, SPACED_PREFIX_MIN - left.length);
  if (take <= right.length && known.hasPrefix(left + right.slice(0, take))) return true;
  // Neither half is a word of the text: parts of one word ("повыш" / "ение"); a second half that goes on
  // at the line after is no word yet and tells nothing.
  return nextWordEndsThere && known.count(left) === 0 && known.count(right) === 0;
}

/**
 * The text a line adds to the document's vocabulary: without the word parts a line break cut
 * (`cutAtEnd`: its last word goes on at the next line; `cutAtStart`: its first word began on the previous
 * line), which are no words of the document.
 */
export function wholeWords(line: string, cutAtStart: boolean, cutAtEnd: boolean): string {
  let text = line;
  if (cutAtEnd) text = text.slice(0, text.length - lastWordOf(text).length);
  if (cutAtStart) text = text.replace(/^\s*\S+/u, '');
  return text;
}
