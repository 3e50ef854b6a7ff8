/**
 * Output of query rows as an aligned text table, JSON or CSV (RFC 4180: fields with a comma, quote
 * or line break are quoted, quotes doubled). JSON is the rows as the library returns them; table and
 * CSV are flat projections of them, one record per row. A table cell longer than its column's width
 * wraps at spaces onto more lines, never cut inside a word (a word longer than the width widens the
 * column); rows that wrap are set apart by a blank line.
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

/** Widest a table column grows before its cells wrap, unless a column is given its own. */
export const COLUMN_WIDTH = 60;

/** A number sign stays with the number after it ("№ 204"). */
const NUMBER_SIGN = /(№) (?=\S)/g;

/** The words of `text` on lines of at most `width` characters (a longer word stays whole on its own line). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let cur = '';
  const words = text.replace(NUMBER_SIGN, '$1\u0000').split(/\s+/).filter(Boolean).map((w) => w.replace(/\u0000/g, ' '));
  for (const word of words) {
    if (!cur) cur = word;
    else if (cur.length + 1 + word.length <= width) cur += ` ${word}`;
    else {
      lines.push(cur);
      cur = word;
    }
  }
  if (cur) lines.push(cur);
  return lines.length ? lines : [''];
}

export function toTable(rows: Flat[], columns: string[], widthOf: Record<string, number> = {}): string {
  const cells = rows.map((r) => columns.map((c) => wrap(r[c] === null || r[c] === undefined ? '' : String(r[c]), widthOf[c] ?? COLUMN_WIDTH)));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => Math.max(...r[i]!.map((l) => l.length)))));
  const line = (xs: string[]) => xs.map((x, i) => x.padEnd(widths[i]!)).join('  ').trimEnd();
  const wrapped = cells.some((r) => r.some((c) => c.length > 1));
  const body = cells.map((r) => {
    const height = Math.max(...r.map((c) => c.length));
    return Array.from({ length: height }, (_, k) => line(r.map((c) => c[k] ?? ''))).join('\n');
  });
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), body.join(wrapped ? '\n\n' : '\n')].join('\n') + '\n';
}

export function render(format: OutputFormat, json: unknown, rows: Flat[], columns: string[], widthOf: Record<string, number> = {}): string {
  if (format === 'json') return JSON.stringify(json, null, 2) + '\n';
  if (format === 'csv') return toCsv(rows, columns);
  return rows.length ? toTable(rows, columns, widthOf) : '(none)\n';
}

/** `akimat|west-kazakhstan|2015-08-04|204` → `№ 204 of 2015-08-04` for tables. */
export const shortAct = (key: string | null): string => {
  if (!key) return '';
  const [, , date, number] = key.split('|');
  return `№ ${number} of ${date}`;
};

/** A step's durations as the text links them: "40 working-day or 30 working-day", "17 working-day + 1 month (extension)". */
export function linkedDurations(durations: string[], links: string[]): string {
  return durations.map((d, i) => {
    const link = links[i] ?? 'then';
    if (i === 0) return link === 'extension' ? `+${d} (extension)` : d;
    return link === 'or' ? ` or ${d}` : link === 'extension' ? ` + ${d} (extension)` : ` then ${d}`;
  }).join('');
}

/** A fastest/slowest total for a reader: "fastest 2 working-day + 2 hour, slowest 40 working-day + 2 hour". */
export const totalLine = (t: { fastest: string[]; slowest: string[] }): string =>
  t.fastest.length || t.slowest.length ? `fastest ${t.fastest.join(' + ') || '—'}, slowest ${t.slowest.join(' + ') || '—'}` : 'no durations stated';
