/**
 * How the durations a procedure states combine, read from the text around them (cues from
 * pipeline/lexicon/duration-relations.json, per language; the rules below are the same for all):
 * - within a step, each duration is `then` (it follows the one before), `or` (an alternative: another
 *   case or outcome) or `extension` (the term is extended by it in some cases); see schemas/extraction.ts;
 * - a duration written before a procedure's first step (its variant heading, "при обращении … в
 *   течении 15 минут:") is a limit of the whole procedure.
 *
 * Guarantees: one link per duration, in the durations' order, the first always `then`; an `or` or
 * `extension` link carries the span of the words that decided it (`cue`, the result's `evidence`); a pair with a result statement
 * between them ("Результат – …", "… нәтижесі -") is always `then`, because each result closes an action.
 */
import type { Language } from '../../../schemas/gold.ts';
import type { DurationRelation } from '../../../schemas/extraction.ts';
import type { Annotation } from '../../shared/annotation.ts';
import { durationRelationsLexicon } from '../../lexicon/index.ts';
import type { DurationValue } from './durations.ts';
import { phraseSource } from './patterns.ts';
import type { ProcedureFacts } from './steps.ts';
import type { ReglamentBlock } from '../../structure/index.ts';

export interface DurationLinkFacts {
  relation: DurationRelation;
  cue: { start: number; end: number } | null;
}

interface Cues {
  /** A result statement: the marker followed by its dash ("Результат –", "нәтижесі -"). */
  result: RegExp;
  /** Global: a word saying the term is extended ("продлевается"). */
  extension: RegExp;
  /** "или" / "либо" / "немесе", or an upper bound ("не более"), between two durations of one clause. */
  alternative: RegExp;
  /**
   * Sticky, at the separator (or start) of the last comma-separated part of a clause: a case phrase
   * opening it ("…, при обращении в ЦОН – 15 минут"); group 1 the cue.
   */
  caseOpening: RegExp;
  /** A case postposition right before a duration ("… тарту кезінде, 18 жұмыс күні"), at the end of the text. */
  caseClosing: RegExp;
  /** Sticky: a case phrase starting right after a duration ("25 рабочих дней для объектов III категории"). */
  caseAfter: RegExp;
  /** The longest case phrase, in characters (normalized text has single spaces, so a match is no longer). */
  longestCaseBefore: number;
  longestCaseAfter: number;
}

const compiled = new Map<Language, Cues>();

const words = (forms: string[]) => [...forms].sort((a, b) => b.length - a.length).map(phraseSource).join('|');
const longest = (forms: string[]) => Math.max(0, ...forms.map((f) => f.trim().replace(/\s+/g, ' ').length));

function cues(lang: Language): Cues {
  let c = compiled.get(lang);
  if (c) return c;
  const lex = durationRelationsLexicon()[lang];
  c = {
    result: new RegExp(`(?<![\\p{L}])(?:${words(lex.resultMarkers)})\\s*[–—-]`, 'gu'),
    extension: new RegExp(`(?<![\\p{L}])(?:${words(lex.extension)})(?![\\p{L}])`, 'giu'),
    alternative: new RegExp(`(?<![\\p{L}])(?:${words([...lex.disjunction, ...lex.upperBound])})(?![\\p{L}])`, 'iu'),
    caseOpening: new RegExp(`[,;:]?\\s*((?:${words(lex.caseBefore)}))\\s`, 'iuy'),
    caseClosing: new RegExp(`(?<![\\p{L}])(?:${words(lex.caseBefore)})[\\s,–—-]*$`, 'iu'),
    caseAfter: new RegExp(`(?:${words(lex.caseAfter)})(?![\\p{L}])`, 'iuy'),
    longestCaseBefore: longest(lex.caseBefore),
    longestCaseAfter: longest(lex.caseAfter),
  };
  compiled.set(lang, c);
  return c;
}

/** Clause boundaries inside a step: sentence ends, semicolons and paragraph breaks. */
const CLAUSE_END = /[.;\n]/;
const isClauseEnd = (ch: string) => ch === '.' || ch === ';' || ch === '\n';
/** Item separators of a list (semicolons, paragraph breaks). */
const LIST_ITEM_SEPARATOR = /[;\n]/;
/** Separators of the parts of a clause a case phrase can open. */
const isPartSeparator = (ch: string) => ch === ',' || ch === ';' || ch === ':';
/** Characters that may stand between a closing case postposition and its duration. */
const CLOSING_GAP = /[\s,–—-]/;
/** Characters that may stand between a duration and a case phrase after it. */
const AFTER_GAP = /[\s)]/;
/** Where the text a case phrase after a duration may occupy ends. */
const AFTER_END = /[,;.\n]/;

/**
 * Work done by the linking, for tests that check it grows linearly with the step (a count, not a
 * time): characters indexed, scanned or handed to a regular expression.
 */
export const durationLinkWork = { charsScanned: 0 };

type Range = { start: number; end: number };

/**
 * What the links of one step ask of its text, found in one pass so that every question about a
 * duration costs a binary search or a scan bounded by the words next to it, never a rescan of the step
 * from its start (a step can be a megabyte of wrapped durations).
 */
class StepIndex {
  /** Positions of clause ends, of part separators and of colons in the step, ascending. */
  private readonly clauseEnds: number[] = [];
  private readonly partSeparators: number[] = [];
  private readonly colons: number[] = [];
  /** Result statements and extension words in the step, in order. */
  readonly results: Range[];
  readonly extensions: Range[];
  /** The colon right after the agent mention ("работник услугодателя:"), or -1. */
  readonly actorColon: number;

  constructor(readonly text: string, readonly step: Range, c: Cues, actor: Range | null) {
    for (let i = step.start; i < step.end; i++) {
      const ch = text[i]!;
      if (isClauseEnd(ch)) this.clauseEnds.push(i);
      if (isPartSeparator(ch)) this.partSeparators.push(i);
      if (ch === ':') this.colons.push(i);
    }
    durationLinkWork.charsScanned += step.end - step.start;
    this.results = matchesIn(c.result, text, step);
    this.extensions = matchesIn(c.extension, text, step);
    let colon = -1;
    if (actor) {
      let i = actor.end;
      while (i < step.end && AFTER_GAP.test(text[i]!)) i++;
      durationLinkWork.charsScanned += i - actor.end;
      if (text[i] === ':') colon = i;
    }
    this.actorColon = colon;
  }

  /** Where the clause holding position `p` starts (after the last clause end before it). */
  clauseStart(p: number): number {
    return lastBefore(this.clauseEnds, p, this.step.start) + 1;
  }

  /** The last part separator in [from, p), or from - 1. */
  partSeparator(from: number, p: number): number {
    return lastBefore(this.partSeparators, p, from);
  }

  /** The last colon in the step before `p`, or step.start - 1. */
  colonBefore(p: number): number {
    return lastBefore(this.colons, p, this.step.start);
  }
}

/**
 * The links of a step's durations. `step` is the step body (after its marker), `actor` the agent
 * mention, when read: a colon right after it introduces the agent's actions, not a list of cases.
 */
export function linkDurations(text: string, lang: Language, step: Range, durations: Annotation<DurationValue>[], actor: Range | null): DurationLinkFacts[] {
  if (durations.length < 2) return durations.map(() => ({ relation: 'then', cue: null }));
  const c = cues(lang);
  const ix = new StepIndex(text, step, c, actor);
  return durations.map((d, i) => (i === 0 ? { relation: 'then', cue: null } : linkPair(ix, c, durations[i - 1]!, d)));
}

function linkPair(ix: StepIndex, c: Cues, prev: Range, cur: Range): DurationLinkFacts {
  const { text } = ix;
  // "Срок … продлевается на 1 месяц в случаях, когда …": an extension wherever it is stated.
  const clauseStart = ix.clauseStart(cur.start);
  const extension = ix.extensions[firstAtOrAfter(ix.extensions, clauseStart)];
  if (extension && extension.end <= cur.start) return { relation: 'extension', cue: extension };

  const between = text.slice(prev.end, cur.start);
  durationLinkWork.charsScanned += between.length;
  if (firstMatch(c.result, between)) return { relation: 'then', cue: null };

  if (!CLAUSE_END.test(between)) {
    const alt = c.alternative.exec(between);
    if (alt) return { relation: 'or', cue: { start: prev.end + alt.index, end: prev.end + alt.index + alt[0].length } };
  }

  // A list of cases: a colon before the first duration (after the step's last result statement),
  // and the two durations in different items of the list.
  const colon = listColon(ix, prev);
  if (colon >= 0 && LIST_ITEM_SEPARATOR.test(between)) return { relation: 'or', cue: { start: colon, end: colon + 1 } };

  // Each duration qualified by its own case ("25 дней для объектов III категории, 45 дней для … II категории").
  const prevCase = caseOf(ix, c, prev);
  const curCase = caseOf(ix, c, cur);
  if (prevCase && curCase) return { relation: 'or', cue: curCase };
  return { relation: 'then', cue: null };
}

/** The colon opening the list `d` is an item of, or -1. */
function listColon(ix: StepIndex, d: Range): number {
  const lastResult = ix.results[lastEndingBy(ix.results, d.start)];
  const from = lastResult ? lastResult.end : ix.step.start;
  const colon = ix.colonBefore(d.start);
  if (colon < from) return -1;
  // "работник услугодателя: заполняет …": the agent's actions follow, in order.
  if (colon === ix.actorColon) return -1;
  return colon;
}

/** The span of the case phrase's cue qualifying duration `d`, if one does. */
function caseOf(ix: StepIndex, c: Cues, d: Range): Range | null {
  const { text, step } = ix;
  const clauseStart = ix.clauseStart(d.start);

  // A cue opening the last part of the clause before the duration, with no separator after it.
  const separator = ix.partSeparator(clauseStart, d.start);
  c.caseOpening.lastIndex = separator >= clauseStart ? separator : clauseStart;
  const opening = c.caseOpening.exec(text);
  if (opening) durationLinkWork.charsScanned += opening[0].length;
  if (opening && opening.index + opening[0].length <= d.start) {
    const at = opening.index + opening[0].indexOf(opening[1]!);
    return { start: at, end: at + opening[1]!.length };
  }

  // A postposition ending right before the duration, give or take spaces, commas and dashes.
  let gap = d.start;
  while (gap > clauseStart && CLOSING_GAP.test(text[gap - 1]!)) gap--;
  const windowStart = Math.max(clauseStart, gap - c.longestCaseBefore - 1);
  const tail = text.slice(windowStart, d.start);
  durationLinkWork.charsScanned += tail.length;
  const closing = c.caseClosing.exec(tail);
  if (closing) {
    const at = windowStart + closing.index;
    return { start: at, end: at + closing[0].trimEnd().replace(/[\s,–—-]+$/u, '').length };
  }

  // A case phrase right after the duration, before the next separator.
  let next = d.end;
  while (next < step.end && AFTER_GAP.test(text[next]!) && text[next] !== '\n') next++;
  let windowEnd = next;
  const limit = Math.min(step.end, next + c.longestCaseAfter + 1);
  while (windowEnd < limit && !AFTER_END.test(text[windowEnd]!)) windowEnd++;
  durationLinkWork.charsScanned += windowEnd - d.end;
  c.caseAfter.lastIndex = 0;
  const after = c.caseAfter.exec(text.slice(next, windowEnd));
  if (after) return { start: next, end: next + after[0].length };
  return null;
}

export interface ProcedureTiming {
  /** Durations stated for the whole procedure. */
  limit: Annotation<DurationValue>[];
  /** Per step, the links of its durations. */
  links: DurationLinkFacts[][];
}

/**
 * The timing of each procedure of a reglament: its limit — the durations written between the
 * procedure point (or the previous procedure's last step) and its first step, i.e. in its heading —
 * and the links of each step's durations.
 */
export function readTiming(text: string, lang: Language, block: Pick<ReglamentBlock, 'procedurePoint' | 'procedures'>, procedures: ProcedureFacts[], find: (text: string, from: number, to: number) => Annotation<DurationValue>[]): ProcedureTiming[] {
  return procedures.map((p, k) => {
    const steps = block.procedures[k]?.steps ?? [];
    const leadStart = k === 0 ? block.procedurePoint?.end ?? -1 : block.procedures[k - 1]?.steps.at(-1)?.end ?? -1;
    const leadEnd = steps[0]?.start ?? -1;
    return {
      limit: leadStart >= 0 && leadEnd > leadStart ? find(text, leadStart, leadEnd) : [],
      links: p.steps.map((s, j) => linkDurations(text, lang, { start: steps[j]?.bodyStart ?? s.start, end: s.end }, s.durations, s.actor)),
    };
  });
}

function firstMatch(re: RegExp, s: string): Range | null {
  re.lastIndex = 0;
  const m = re.exec(s);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** The matches of global `re` lying wholly inside `range` of `text`. */
function matchesIn(re: RegExp, text: string, range: Range): Range[] {
  const out: Range[] = [];
  re.lastIndex = range.start;
  for (let m = re.exec(text); m && m.index < range.end; m = re.exec(text)) {
    if (m.index + m[0].length <= range.end) out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  durationLinkWork.charsScanned += range.end - range.start;
  return out;
}

/** The last of the ascending `positions` in [from, p), or from - 1. */
function lastBefore(positions: number[], p: number, from: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid]! < p) lo = mid + 1;
    else hi = mid;
  }
  const at = lo > 0 ? positions[lo - 1]! : -1;
  return at >= from ? at : from - 1;
}

/** The index of the first range starting at or after `p` (ranges in order), or ranges.length. */
function firstAtOrAfter(ranges: Range[], p: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.start < p) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the last range ending at or before `p` (ranges in order), or -1. */
function lastEndingBy(ranges: Range[], p: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.end <= p) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
