/**
 * `zangraph query compare` output. Table: a block per service, a line per region (a column per region
 * would be too wide), after a header saying which date each region is taken at and any date notes.
 * CSV: one row per region × service × step (a region without the service, or whose text is not in
 * the corpus, gets one row with the step columns empty). JSON: the CompareResult as the library
 * returns it.
 */
import type { CompareCell, CompareResult, OutputFormat } from '../../../schemas/query.ts';
import type { StepRow } from '../../../schemas/graph-source.ts';
import { linkedDurations, render, shortAct, totalLine, wrap, type Flat } from '../../../graph/queries/format.ts';
import { normalizeName } from '../../../graph/catalog/catalog.ts';
import { roleLabel } from '../../../graph/queries/labels.ts';

/** Width of a table line's text; longer cells and service names wrap at spaces onto more lines. */
const LINE_WIDTH = 110;

/** The names the cell's texts use where they differ from the row's catalog name. */
const ownNames = (c: CompareCell, catalogName: string): string[] =>
  c.names.filter((n) => normalizeName(n) !== normalizeName(catalogName));

function cellText(c: CompareCell, catalogName: string): string {
  if (c.status === 'not-regulated') return c.note ?? '—';
  const validity = `in force ${c.validFrom}..${c.validTo ?? '(no end known)'} (${c.certainty})`;
  if (c.status === 'text-not-in-corpus') return [shortAct(c.wordingBy), validity, c.note].join(' | ');
  const names = ownNames(c, catalogName).map((n) => `the text names it "${n}"`).join('; ');
  const terms = c.totalTime.map((t) => `${t.channel}: ${t.durations.join(' or ')}`).join('; ');
  const language = c.text?.language ?? 'ru';
  const roles = c.roles.map((id) => roleLabel(id, language)).join(', ');
  return [shortAct(c.wordingBy), names, validity, `${c.steps} steps`, totalLine(c.total), terms && `term ${terms}`, roles && `roles: ${roles}`]
    .filter(Boolean).join(' | ');
}

const stepDurations = (s: StepRow): string => linkedDurations(s.durations, s.links);

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
  const indent = ' '.repeat(w + 4);
  const cell = (c: CompareCell, catalogName: string) =>
    wrap(cellText(c, catalogName), LINE_WIDTH - indent.length).map((l, k) => `${k ? indent : `  ${c.region.padEnd(w)}  `}${l}\n`).join('');
  const blocks = result.rows.map((r) => `${wrap(r.service, LINE_WIDTH).join('\n')}\n${r.regions.map((c) => cell(c, r.service)).join('')}`).join('');
  return header(result) + (blocks || '(none)\n');
}
