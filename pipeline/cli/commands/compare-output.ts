/**
 * `zangraph query compare` output. Table: a block per service, a line per region (a column per region
 * would be too wide), after a header saying which date each region is taken at and any date notes.
 * CSV: one row per region × service × step (a region without the service, or whose text is not in
 * the corpus, gets one row with the step columns empty). JSON: the CompareResult as the library
 * returns it.
 */
import type { CompareCell, CompareResult, OutputFormat } from '../../../schemas/query.ts';
import type { StepRow } from '../../../schemas/graph-source.ts';
import { render, shortAct, type Flat } from '../../../graph/queries/format.ts';

const joinTotal = (ds: string[]) => ds.join(' + ') || '—';

function cellText(c: CompareCell): string {
  if (c.status === 'not-regulated') return c.note ?? '—';
  const validity = `in force ${c.validFrom}..${c.validTo ?? '(no end known)'} (${c.certainty})`;
  if (c.status === 'text-not-in-corpus') return [shortAct(c.wordingBy), validity, c.note].join(' | ');
  const total = c.workingMinutes ? `fastest ${joinTotal(c.total.fastest)}, slowest ${joinTotal(c.total.slowest)}` : 'no durations stated';
  const terms = c.totalTime.map((t) => `${t.channel}: ${t.durations.join(' or ')}`).join('; ');
  return [shortAct(c.wordingBy), validity, `${c.steps} steps`, total, terms && `term ${terms}`, c.roles.length ? `roles ${c.roles.join(' ')}` : '']
    .filter(Boolean).join(' | ');
}

/** A step's durations as the text links them: "40 working-day or 30 working-day", "17 … then 1 month (extension)". */
function stepDurations(s: StepRow): string {
  return s.durations.map((d, i) => {
    const link = s.links[i] ?? 'then';
    if (i === 0) return link === 'extension' ? `+${d} (extension)` : d;
    return link === 'or' ? ` or ${d}` : link === 'extension' ? ` + ${d} (extension)` : ` then ${d}`;
  }).join('');
}

const CSV_COLUMNS = ['service', 'serviceId', 'region', 'status', 'wordingBy', 'validFrom', 'validTo', 'certainty', 'variant', 'step', 'actor', 'durations', 'fastest', 'slowest', 'note'];

function csvRows(result: CompareResult, stepsOf: (c: CompareCell, serviceId: string) => StepRow[]): Flat[] {
  const rows: Flat[] = [];
  for (const r of result.rows) {
    for (const c of r.regions) {
      const base: Flat = {
        service: r.service, serviceId: r.serviceId, region: c.region, status: c.status, wordingBy: c.wordingBy,
        validFrom: c.validFrom, validTo: c.validTo, certainty: c.certainty,
        fastest: c.total.fastest.join(' + '), slowest: c.total.slowest.join(' + '), note: c.note,
      };
      const steps = stepsOf(c, r.serviceId);
      if (!steps.length) rows.push({ ...base, variant: null, step: null, actor: null, durations: null });
      for (const s of steps) rows.push({ ...base, variant: s.variant, step: s.n, actor: s.actor, durations: stepDurations(s) });
    }
  }
  return rows;
}

function header(result: CompareResult): string {
  const lines = result.regions.map((r) => `${r.region}: ${result.date ? `in force on ${r.asOf}` : r.asOf ? `as of ${r.asOf} (start of its latest text)` : 'no texts'}`
    + (r.from ? `; these texts hold together ${r.from}..${r.to ?? '(no end known)'}` : ''));
  return [...lines, ...result.notes.map((n) => `note: ${n}`)].join('\n') + '\n\n';
}

export function renderCompare(format: OutputFormat, result: CompareResult, stepsOf: (c: CompareCell, serviceId: string) => StepRow[]): string {
  if (format === 'json') return render('json', result, [], []);
  if (format === 'csv') return render('csv', result, csvRows(result, stepsOf), CSV_COLUMNS);
  const w = Math.max(...result.regions.map((r) => r.region.length));
  const blocks = result.rows.map((r) => `${r.service}\n${r.regions.map((c) => `  ${c.region.padEnd(w)}  ${cellText(c)}\n`).join('')}`).join('');
  return header(result) + (blocks || '(none)\n');
}
