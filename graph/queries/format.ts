/**
 * Output of query rows as an aligned text table, JSON or CSV (RFC 4180: fields with a comma, quote
 * or line break are quoted, quotes doubled). JSON is the rows as the library returns them; table and
 * CSV are flat projections of them, one line per row.
 */
import type { OutputFormat } from '../../schemas/query.ts';

export type Flat = Record<string, string | number | boolean | null>;

function csvField(v: Flat[string]): string {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: Flat[], columns: string[]): string {
  return [columns.join(','), ...rows.map((r) => columns.map((c) => csvField(r[c] ?? null)).join(','))].join('\n') + '\n';
}

export function toTable(rows: Flat[], columns: string[]): string {
  const cells = rows.map((r) => columns.map((c) => (r[c] === null || r[c] === undefined ? '' : String(r[c]))));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]!.length)));
  const line = (xs: string[]) => xs.map((x, i) => x.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}

export function render(format: OutputFormat, json: unknown, rows: Flat[], columns: string[]): string {
  if (format === 'json') return JSON.stringify(json, null, 2) + '\n';
  if (format === 'csv') return toCsv(rows, columns);
  return rows.length ? toTable(rows, columns) : '(none)\n';
}

/** `akimat|west-kazakhstan|2015-08-04|204` → `№ 204 of 2015-08-04` for tables. */
export const shortAct = (key: string | null): string => {
  if (!key) return '';
  const [, , date, number] = key.split('|');
  return `№ ${number} of ${date}`;
};
