/**
 * Scanning with the locales' patterns, which are never global (so `test` and `exec` keep no state):
 * a global copy for a loop over every match, made here so no caller mutates a shared RegExp.
 */

/** A global copy of `re`, same source and flags plus `g`. */
export function globalOf(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
}

/** The last match of `re` in `text`, or null. */
export function lastMatch(text: string, re: RegExp): RegExpExecArray | null {
  const g = globalOf(re);
  let last: RegExpExecArray | null = null;
  for (let m = g.exec(text); m; m = g.exec(text)) last = m;
  return last;
}

/**
 * Whether the end-anchored `re`, which matches at most `maxLength` code units and looks behind nothing,
 * matches at the end of `text`: tested on the last `maxLength` units only, the same answer, because V8
 * tries an end-anchored pattern from every position of the text.
 */
export function matchesAtEnd(re: RegExp, text: string, maxLength: number): boolean {
  return re.test(text.length > maxLength ? text.slice(text.length - maxLength) : text);
}
