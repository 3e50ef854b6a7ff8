/**
 * Line-level repairs of PDF text extraction artifacts. Each function takes one raw line (characters
 * with their offsets) and returns a repaired line; characters keep their offsets when moved.
 */

export interface LineChars {
  chars: string[];
  offs: number[];
}

const isSpace = (c: string | undefined) => c === ' ';
const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);

/**
 * "У т в е р ж д е н" → "Утвержден"; "с о ц и а л ь н о й  з а щ и т ы" → "социальной защиты".
 * A run of ≥ 4 one-character tokens separated by single spaces, with ≥ 3 letters, is one word;
 * the double spaces that separate such runs become single spaces.
 */
export function rejoinLetterSpacing(line: LineChars): LineChars {
  const { chars } = line;
  const n = chars.length;
  const singleAt = (p: number) => !isSpace(chars[p]) && p < n && (p === 0 || isSpace(chars[p - 1])) && (p + 1 === n || isSpace(chars[p + 1]));
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
    if (count >= 4 && letters >= 3) {
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
  const out: LineChars = { chars: [], offs: [] };
  for (let k = 0; k < n; k++) {
    if (dropSpace[k]) continue;
    out.chars.push(chars[k]);
    out.offs.push(line.offs[k]);
  }
  return out;
}

const GLUE = '.;:,"»)';
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
  const s = line.chars.join('');
  let indent = 0;
  while (indent < s.length && s[indent] === ' ') indent++;
  if (indent === s.length) return line;

  // The fragment at the end of the line: glued right after punctuation, or (with a strong gap) the last word.
  let fragStart = -1;
  let glueAt = -1;
  const glued = /([.;:,"»)])(["«]?\p{L}[\p{L}\d \-]*)$/u.exec(s.slice(indent));
  if (glued) {
    const punctPos = indent + glued.index;
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
    const last = /(?:(№|\p{L}+) )?(\S+)$/u.exec(s.slice(indent));
    if (!last || !/^[\p{L}\d]/u.test(last[2])) return line;
    // A number as acts print it: "131", "68-291", "А-9/406" (a letter prefix, then digits).
    const isNumber = /^(?:\p{L}{1,4}-?)?\d[\p{L}\d]*(?:[-/][\p{L}\d]+)*$/u.test(last[2]);
    const start = indent + last.index + (isNumber && last[1] ? 0 : (last[1] ? last[1].length + 1 : 0));
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
  const take = (a: number, b: number): LineChars => ({ chars: line.chars.slice(a, b), offs: line.offs.slice(a, b) });
  const cat = (...parts: LineChars[]): LineChars => ({ chars: parts.flatMap((x) => x.chars), offs: parts.flatMap((x) => x.offs) });
  const space = (at: number): LineChars => ({ chars: [' '], offs: [line.offs[Math.min(at, line.offs.length - 1)]] });
  const fragment = take(fragStart, fragEnd);

  if (gapKind === 'indent') {
    const lead = take(0, indent - 1); // the extra space of indentation was the gap
    return cat(lead, fragment, space(indent), take(indent, beforeFrag));
  }
  if (gapKind === 'before-punct') {
    return cat(take(0, gap), fragment, take(gap, beforeFrag));
  }
  // double space: "a  b" → "a " + fragment + " b"
  return cat(take(0, gap), fragment, space(gap), take(gap + 1, beforeFrag));
}
