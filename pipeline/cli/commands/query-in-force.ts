/**
 * `zangraph query in-force` output. The table names each service as its text does, with the catalog
 * name beside it where it differs, gives the certainty of each end of the validity separately, and
 * below it, per answer, why each end is what it is (one short line each) and the text's quoted lines.
 * An empty answer says why: in the table, or on stderr beside JSON and CSV (which stay pure data).
 */
import type { InForceOptions, InForceRow, OutputFormat } from '../../../schemas/query.ts';
import { inForce, whyEmpty } from '../../../graph/queries/in-force.ts';
import { serviceCell } from '../../../graph/queries/labels.ts';
import type { QueryModel } from '../../../graph/queries/model.ts';
import { render, shortAct, wrap, type Flat } from '../../../graph/queries/format.ts';
import { readingOf } from '../../normalize/reading.ts';

const CSV_COLUMNS = ['region', 'service', 'approvedBy', 'wordingBy', 'wording', 'validFrom', 'fromCertainty', 'validTo', 'toCertainty', 'certainty', 'source', 'quotes', 'basis'];
const TABLE_COLUMNS = ['#', 'region', 'service', 'approved by', 'wording by', 'from', 'start is', 'to', 'end is', 'text'];

function csvRows(rows: InForceRow[]): Flat[] {
  return rows.map((r) => ({
    region: r.region,
    service: r.service,
    approvedBy: r.approvedBy,
    wordingBy: r.wordingBy,
    wording: r.wording,
    validFrom: r.validFrom,
    fromCertainty: r.fromCertainty,
    validTo: r.validTo,
    toCertainty: r.toCertainty,
    certainty: r.certainty,
    source: r.source.map((s) => `${s.document}#${s.reglament} (${s.language})`).join('; ') || 'text not in corpus',
    quotes: r.source.flatMap((s) => s.quotes).join(' | '),
    basis: r.basis.join(' | '),
  }));
}

function table(model: QueryModel, rows: InForceRow[]): string {
  const flat = rows.map((r, i) => ({
    '#': i + 1,
    region: r.region,
    service: serviceCell(model, r.serviceId, r.names, r.service),
    'approved by': shortAct(r.approvedBy),
    'wording by': shortAct(r.wordingBy),
    from: r.validFrom,
    'start is': r.fromCertainty,
    to: r.validTo ?? '(open)',
    'end is': r.toCertainty ?? '',
    text: r.source.map((s) => `${s.document}#${s.reglament} (${s.language})`).join(' ') || 'not in the corpus',
  }));
  const indent = (s: string, width = 100) => wrap(s, width).map((l, k) => (k ? `${' '.repeat(10)}${l}` : l)).join('\n');
  const why = rows.map((r, i) => [
    `${String(i + 1).padStart(3)} from: ${indent(r.why.from)}`,
    `    to:   ${indent(r.why.to)}`,
    ...r.source.map((s) => `    text: ${indent(`${s.document}#${s.reglament}: ${s.quotes.map((q) => `"${readingOf(q)}"`).join(' … ')}`)}`),
  ].join('\n'));
  return render('table', rows, flat, TABLE_COLUMNS, { service: 48, text: 30 }) + `\nwhy:\n${why.join('\n\n')}\n`;
}

export function inForceOutput(model: QueryModel, o: InForceOptions, format: OutputFormat): { stdout: string; stderr: string } {
  const rows = inForce(model, o);
  const why = rows.length ? [] : whyEmpty(model, o);
  const reasons = why.map((l) => `  ${l}\n`).join('');
  if (format !== 'table') {
    return { stdout: render(format, rows, csvRows(rows), CSV_COLUMNS), stderr: why.length ? `nothing in force on ${o.date}:\n${reasons}` : '' };
  }
  if (!rows.length) return { stdout: `nothing in force on ${o.date}:\n${why.map((l) => `${wrap(l, 110).map((x, k) => `${k ? '    ' : '  '}${x}`).join('\n')}\n`).join('')}`, stderr: '' };
  return { stdout: table(model, rows), stderr: '' };
}
