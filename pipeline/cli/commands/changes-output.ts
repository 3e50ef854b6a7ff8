/**
 * `zangraph query changes` output: a line per change and service (table and CSV), the ChangeRow list
 * as the library returns it (JSON). The table names each act by number and date and says whether its
 * own text is in the corpus.
 */
import type { ChangeRow, OutputFormat } from '../../../schemas/query.ts';
import { render, shortAct, type Flat } from '../../../graph/queries/format.ts';

const COLUMNS = ['date', 'certainty', 'change', 'act', 'actInCorpus', 'service', 'serviceId', 'approvedBy', 'documents', 'basis'];
const TABLE_COLUMNS = ['date', 'certainty', 'change', 'act', 'service', 'text'];

/** Why a table has no row: nothing changed between the dates, and on which dates the region's texts do change. */
export function noChangeNote(region: string, from: string, to: string, changeDates: string[]): string {
  const dates = [...new Set(changeDates)].sort();
  return `nothing changed in ${region} between ${from} and ${to}: no reglament text came into force, got a new wording or ceased; `
    + (dates.length ? `its texts change on ${dates.join(', ')}\n` : 'the corpus has no text of it placed in time\n');
}

/** `empty`: the table's answer when there is no row (JSON and CSV stay pure data). */
export function renderChanges(format: OutputFormat, rows: ChangeRow[], empty = ''): string {
  const flat: Flat[] = rows.map((r) => ({
    date: r.date, certainty: r.certainty, change: r.change, act: r.act, actInCorpus: r.actInCorpus, service: r.service,
    serviceId: r.serviceId, approvedBy: r.approvedBy, documents: r.documents.join('; '), basis: r.basis,
  }));
  if (format !== 'table') return render(format, rows, flat, COLUMNS);
  if (!rows.length && empty) return empty;
  const table = rows.map((r) => ({
    date: r.date, certainty: r.certainty, change: r.change,
    act: `${shortAct(r.act)}${r.actInCorpus ? '' : ' (text not in corpus)'}`,
    service: r.service,
    text: r.documents.join('; ') || 'not in corpus',
  }));
  return render('table', rows, table, TABLE_COLUMNS);
}
