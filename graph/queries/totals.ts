/**
 * Fastest and slowest totals of a reglament text, as its text structures time
 * (schemas/extraction.ts DurationRelation):
 * - within a step, durations linked `then` add up; a run of durations linked `or` is one choice
 *   (the fastest path takes the shortest, the slowest the longest); an `extension` is added to the
 *   slowest path only;
 * - a procedure's steps follow each other; a limit stated for the whole procedure is its total
 *   (the text's own figure for it), whatever its steps say;
 * - procedure variants are alternative paths: the fastest total is the fastest variant's, the
 *   slowest the slowest variant's.
 * Durations are compared, never merged, in working minutes (WORKING_MINUTES: the convention of
 * docs/queries.md); a total is listed per unit as stated ("2 working-day", "2 hour", "20 minute"),
 * largest unit first, so no unit is converted into another in what the reader sees.
 * Guarantees: a total never adds two durations linked `or`, nor two variants; a text with no
 * duration at all has empty totals and null working minutes.
 */
import type { DurationUnit } from '../../schemas/gold.ts';
import type { Total } from '../../schemas/query.ts';
import type { ReglamentRow, StepRow } from '../../schemas/graph-source.ts';

/** Working minutes per unit: a working day is 8 working hours; a calendar day (and a day the text
 * does not qualify) is 5/7 of a working day (5 working days in 7); a month is 30 calendar days. */
export const WORKING_MINUTES: Record<DurationUnit, number> = {
  minute: 1,
  hour: 60,
  'working-day': 8 * 60,
  'calendar-day': (8 * 60 * 5) / 7,
  day: (8 * 60 * 5) / 7,
  month: (30 * 8 * 60 * 5) / 7,
};

/** Units from the largest down, the order a total lists them in. */
const UNIT_ORDER: DurationUnit[] = ['month', 'working-day', 'calendar-day', 'day', 'hour', 'minute'];

/** A path's time: an amount per unit. */
type Path = Map<DurationUnit, number>;

const parse = (d: string): [DurationUnit, number] => {
  const [amount, unit] = d.split(' ');
  return [unit as DurationUnit, Number(amount!.replace(',', '.'))];
};
const minutes = (p: Path): number => [...p].reduce((s, [u, n]) => s + n * WORKING_MINUTES[u], 0);
const add = (...ps: Path[]): Path => {
  const out: Path = new Map();
  for (const p of ps) for (const [u, n] of p) out.set(u, (out.get(u) ?? 0) + n);
  return out;
};
const single = (d: string): Path => new Map([parse(d)]);
const pick = (ps: Path[], slowest: boolean): Path =>
  ps.reduce((best, p) => ((slowest ? minutes(p) > minutes(best) : minutes(p) < minutes(best)) ? p : best));

interface Span2 { fastest: Path; slowest: Path }

/** A step's fastest and slowest time from its durations and their links. */
export function stepSpan(step: Pick<StepRow, 'durations' | 'links'>): Span2 {
  const groups: string[][] = [];
  const extensions: string[] = [];
  step.durations.forEach((d, i) => {
    const link = step.links[i] ?? 'then';
    if (link === 'extension') extensions.push(d);
    else if (link === 'or' && groups.length) groups.at(-1)!.push(d);
    else groups.push([d]);
  });
  const choose = (slowest: boolean) => add(...groups.map((g) => pick(g.map(single), slowest)));
  return { fastest: choose(false), slowest: add(choose(true), ...extensions.map(single)) };
}

/** One procedure's span: its stated limit (alternatives if several), else its steps in sequence. */
function procedureSpan(steps: StepRow[], limit: string[]): Span2 {
  if (limit.length) return { fastest: pick(limit.map(single), false), slowest: pick(limit.map(single), true) };
  const spans = steps.map(stepSpan);
  return { fastest: add(...spans.map((s) => s.fastest)), slowest: add(...spans.map((s) => s.slowest)) };
}

export const listPath = (p: Path): string[] =>
  UNIT_ORDER.filter((u) => (p.get(u) ?? 0) > 0).map((u) => `${Math.round(p.get(u)! * 100) / 100} ${u}`);

const total = (s: Span2): Total => ({
  total: { fastest: listPath(s.fastest), slowest: listPath(s.slowest) },
  workingMinutes: s.fastest.size || s.slowest.size ? { fastest: Math.round(minutes(s.fastest)), slowest: Math.round(minutes(s.slowest)) } : null,
});

export interface TextTotals extends Total {
  /** Per procedure variant, in text order. */
  variants: Array<Total & { variant: string | null; limit: string[] }>;
}

/** The totals of one reglament text: per variant, and over the variants as alternative paths. */
export function textTotals(text: Pick<ReglamentRow, 'steps' | 'limits'>): TextTotals {
  const indexes = [...new Set([...text.steps.map((s) => s.procedure), ...text.limits.map((l) => l.procedure)])].sort((a, b) => a - b);
  const variants = indexes.map((k) => {
    const steps = text.steps.filter((s) => s.procedure === k);
    const limit = text.limits.filter((l) => l.procedure === k).map((l) => l.duration);
    return { variant: steps[0]?.variant ?? null, limit, span: procedureSpan(steps, limit) };
  });
  const timed = variants.filter((v) => v.span.slowest.size > 0);
  const overall: Span2 = timed.length
    ? { fastest: pick(timed.map((v) => v.span.fastest), false), slowest: pick(timed.map((v) => v.span.slowest), true) }
    : { fastest: new Map(), slowest: new Map() };
  return { ...total(overall), variants: variants.map((v) => ({ variant: v.variant, limit: v.limit, ...total(v.span) })) };
}
