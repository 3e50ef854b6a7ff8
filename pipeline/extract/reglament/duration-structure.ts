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
  extension: RegExp;
  /** "или" / "либо" / "немесе", or an upper bound ("не более"), between two durations of one clause. */
  alternative: RegExp;
  /** A case phrase opening the clause of a duration ("при обращении в ЦОН – 15 минут"); group 1 the cue. */
  caseOpening: RegExp;
  /** A case postposition right before a duration ("… тарту кезінде, 18 жұмыс күні"). */
  caseClosing: RegExp;
  /** A case phrase right after a duration ("25 рабочих дней для объектов III категории"); group 1 the cue. */
  caseAfter: RegExp;
}

const compiled = new Map<Language, Cues>();

const words = (forms: string[]) => [...forms].sort((a, b) => b.length - a.length).map(phraseSource).join('|');

function cues(lang: Language): Cues {
  let c = compiled.get(lang);
  if (c) return c;
  const lex = durationRelationsLexicon()[lang];
  c = {
    result: new RegExp(`(?<![\\p{L}])(?:${words(lex.resultMarkers)})\\s*[–—-]`, 'gu'),
    extension: new RegExp(`(?<![\\p{L}])(?:${words(lex.extension)})(?![\\p{L}])`, 'giu'),
    alternative: new RegExp(`(?<![\\p{L}])(?:${words([...lex.disjunction, ...lex.upperBound])})(?![\\p{L}])`, 'iu'),
    caseOpening: new RegExp(`(?:^|[,;:])\\s*((?:${words(lex.caseBefore)}))\\s[^,;:.]*$`, 'iu'),
    caseClosing: new RegExp(`(?<![\\p{L}])(?:${words(lex.caseBefore)})[\\s,–—-]*$`, 'iu'),
    caseAfter: new RegExp(`^[\\s.,)]*?(${words(lex.caseAfter)})(?![\\p{L}])`, 'iu'),
  };
  compiled.set(lang, c);
  return c;
}

/** Clause boundaries inside a step: sentence ends, semicolons and paragraph breaks. */
const CLAUSE_END = /[.;\n]/;
/** The last colon opening a list, and item separators of a list (semicolons, paragraph breaks). */
const LIST_ITEM_SEPARATOR = /[;\n]/;

type Range = { start: number; end: number };

/**
 * The links of a step's durations. `step` is the step body (after its marker), `actor` the agent
 * mention, when read: a colon right after it introduces the agent's actions, not a list of cases.
 */
export function linkDurations(text: string, lang: Language, step: Range, durations: Annotation<DurationValue>[], actor: Range | null): DurationLinkFacts[] {
  const c = cues(lang);
  return durations.map((d, i) => (i === 0 ? { relation: 'then', cue: null } : linkPair(text, c, step, durations[i - 1]!, d, actor)));
}

function linkPair(text: string, c: Cues, step: Range, prev: Range, cur: Range, actor: Range | null): DurationLinkFacts {
  // "Срок … продлевается на 1 месяц в случаях, когда …": an extension wherever it is stated.
  const clauseStart = lastIndexOf(text, CLAUSE_END, step.start, cur.start) + 1;
  const extension = firstMatch(c.extension, text.slice(clauseStart, cur.start));
  if (extension) return { relation: 'extension', cue: shift(extension, clauseStart) };

  const between = text.slice(prev.end, cur.start);
  if (firstMatch(c.result, between)) return { relation: 'then', cue: null };

  if (!CLAUSE_END.test(between)) {
    const alt = c.alternative.exec(between);
    if (alt) return { relation: 'or', cue: { start: prev.end + alt.index, end: prev.end + alt.index + alt[0].length } };
  }

  // A list of cases: a colon before the first duration (after the step's last result statement),
  // and the two durations in different items of the list.
  const colon = listColon(text, c, step, prev, actor);
  if (colon >= 0 && LIST_ITEM_SEPARATOR.test(between)) return { relation: 'or', cue: { start: colon, end: colon + 1 } };

  // Each duration qualified by its own case ("25 дней для объектов III категории, 45 дней для … II категории").
  const prevCase = caseOf(text, c, step, prev);
  const curCase = caseOf(text, c, step, cur);
  if (prevCase && curCase) return { relation: 'or', cue: curCase };
  return { relation: 'then', cue: null };
}

/** The colon opening the list `d` is an item of, or -1. */
function listColon(text: string, c: Cues, step: Range, d: Range, actor: Range | null): number {
  let from = step.start;
  for (const r of allMatches(c.result, text.slice(step.start, d.start))) from = step.start + r.end;
  const colon = text.lastIndexOf(':', d.start - 1);
  if (colon < from) return -1;
  // "работник услугодателя: заполняет …": the agent's actions follow, in order.
  if (actor && colon >= actor.end && /^[\s)]*$/.test(text.slice(actor.end, colon))) return -1;
  return colon;
}

/** The span of the case phrase's cue qualifying duration `d`, if one does. */
function caseOf(text: string, c: Cues, step: Range, d: Range): Range | null {
  const clauseStart = lastIndexOf(text, CLAUSE_END, step.start, d.start) + 1;
  const before = text.slice(clauseStart, d.start);
  const opening = c.caseOpening.exec(before);
  if (opening) {
    const at = clauseStart + opening.index + opening[0].indexOf(opening[1]!);
    return { start: at, end: at + opening[1]!.length };
  }
  const closing = c.caseClosing.exec(before);
  if (closing) return { start: clauseStart + closing.index, end: clauseStart + closing.index + closing[0].trimEnd().replace(/[\s,–—-]+$/u, '').length };
  const afterEnd = nextIndexOf(text, /[,;.\n]/, d.end, step.end);
  const after = c.caseAfter.exec(text.slice(d.end, afterEnd));
  if (after) return { start: d.end + after[0].length - after[1]!.length, end: d.end + after[0].length };
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
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const m = g.exec(s);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

function allMatches(re: RegExp, s: string): Range[] {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const out: Range[] = [];
  for (let m = g.exec(s); m; m = g.exec(s)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

const shift = (r: Range, by: number): Range => ({ start: r.start + by, end: r.end + by });

/** The index of the last character matching `re` in text[from, to), or from - 1. */
function lastIndexOf(text: string, re: RegExp, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (re.test(text[i]!)) return i;
  return from - 1;
}

/** The index of the first character matching `re` in text[from, to), or to. */
function nextIndexOf(text: string, re: RegExp, from: number, to: number): number {
  for (let i = from; i < to; i++) if (re.test(text[i]!)) return i;
  return to;
}
