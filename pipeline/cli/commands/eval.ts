/**
 * `zangraph eval`: validates its options (EvalOptions), runs pipeline/eval and prints the report.
 * Guarantees: in table format the last stdout line is exactly `overall F1 0.xxx`; warnings (documents
 * without a prediction) go to stderr, so stdout stays the report; json prints an EvalReport.
 */
import { stat } from 'node:fs/promises';
import type { Command } from '../command.ts';
import { UsageError } from '../command.ts';
import { parse, validate } from '../args.ts';
import { EvalOptions, type EvalReport, type Score } from '../../../schemas/eval.ts';
import { FAMILIES, LANGUAGES } from '../../../schemas/gold.ts';
import type { DocumentScore } from '../../eval/score.ts';
import { evaluate } from '../../eval/run.ts';

const f3 = (x: number) => x.toFixed(3);
const HEADER = ['precision', 'recall', 'f1', 'tp', 'fp', 'fn'];

/** The numeric cells of a table row; "-" for P/R/F1 when neither side has a fact (nothing scored). */
function cells(s: Score | undefined): string[] {
  if (!s) return ['-', '-', '-', '0', '0', '0'];
  const empty = s.tp + s.fp + s.fn === 0;
  return [...(empty ? ['-', '-', '-'] : [f3(s.precision), f3(s.recall), f3(s.f1)]), String(s.tp), String(s.fp), String(s.fn)];
}

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  // First two columns are names (left-aligned), the rest numbers (right-aligned).
  return rows.map((r) => r.map((v, c) => (c < 2 ? v.padEnd(widths[c]) : v.padStart(widths[c]))).join('  ').trimEnd());
}

function details(documents: DocumentScore[]): string[] {
  const out: string[] = [];
  for (const d of documents) {
    out.push(`${d.source} (${d.language}): ${d.fp.length} extra (fp), ${d.fn.length} missed (fn)`);
    // The document is the first element of every tuple; the heading already names it.
    for (const f of d.fp) out.push(`  fp  ${f.family.padEnd(9)} ${JSON.stringify(f.tuple.slice(1))}`);
    for (const f of d.fn) out.push(`  fn  ${f.family.padEnd(9)} ${JSON.stringify(f.tuple.slice(1))}`);
  }
  return out;
}

export function formatTable(report: EvalReport, documents: DocumentScore[], withDetails: boolean): string[] {
  const out: string[] = [];
  if (withDetails) out.push('Mismatches by document (tuples as in tests/gold/README.md, without the document)', ...details(documents), '');

  out.push('Documents');
  out.push(...table([
    ['document', 'lang', ...HEADER],
    ...Object.entries(report.documents).map(([src, d]) => [src, d.language, ...cells(d), ...(d.warnings.length ? ['(no prediction)'] : [])]),
  ].map((r) => (r.length < 9 ? [...r, ''] : r))));
  out.push('');

  out.push('Families × language (micro-averaged)');
  const rows: string[][] = [['family', 'lang', ...HEADER]];
  for (const f of FAMILIES) {
    for (const l of LANGUAGES) rows.push([f, l, ...cells(report.families[f].byLanguage[l])]);
    rows.push([f, 'all', ...cells(report.families[f])]);
  }
  for (const l of LANGUAGES) rows.push(['overall', l, ...cells(report.languages[l])]);
  rows.push(['overall', 'all', ...cells(report.overall)]);
  out.push(...table(rows));
  out.push('');
  out.push(`overall F1 ${f3(report.overall.f1)}`);
  return out;
}

async function requireDir(flag: string, path: string | undefined): Promise<void> {
  if (path === undefined) return;
  const s = await stat(path).catch(() => null);
  if (!s) throw new UsageError(`--${flag} ${path}: no such folder`);
  if (!s.isDirectory()) throw new UsageError(`--${flag} ${path}: not a folder`);
}

export const evalCommand: Command = {
  name: 'eval',
  help: `Usage: zangraph eval --gold <dir> --docs <dir> [--pred <dir>] [--format table|json] [--details]

Scores extraction against hand-written gold facts as tests/gold/README.md defines it: gold and
prediction are flattened into fact tuples (families act, title, relation, reglament, step, actor,
term), reglaments are paired by service name and then by position, and precision, recall and F1 are
micro-averaged per family and overall, per language (ru, kk) and in total.

For every <stem>.gold.json under --gold, the prediction is <stem>.json under --pred (an extraction
result as \`zangraph extract\` prints it) when that file exists, else the extraction of the gold's
<source> document under --docs. A document without a prediction is scored as all missed, with a
warning on stderr.

Options:
  --gold <dir>      folder of *.gold.json files (e.g. tests/gold)
  --docs <dir>      folder of the documents the gold files name (e.g. corpus)
  --pred <dir>      folder of precomputed extraction results <stem>.json (either this or --docs is required)
  --format <f>      table (default; the last line is "overall F1 0.xxx") or json
  --details         also list every extra (fp) and missed (fn) fact tuple per document
                    (--explain is the same)

Precision = tp/(tp+fp), recall = tp/(tp+fn); with no fact on either side both are 1, otherwise
an empty denominator gives 0. In the table, "-" marks a cell with no fact on either side.`,
  async run(argv) {
    const { values, positionals } = parse(argv, {
      gold: { type: 'string' },
      docs: { type: 'string' },
      pred: { type: 'string' },
      format: { type: 'string' },
      details: { type: 'boolean' },
      explain: { type: 'boolean' },
    });
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const opts = validate(EvalOptions, {
      gold: values.gold,
      docs: values.docs,
      pred: values.pred,
      format: values.format,
      details: Boolean(values.details || values.explain),
    });
    await requireDir('gold', opts.gold);
    await requireDir('docs', opts.docs);
    await requireDir('pred', opts.pred);

    const { report, documents } = await evaluate({
      ...opts,
      onWarning: (w) => console.error(`warning: ${w}`),
    });
    if (opts.format === 'json') console.log(JSON.stringify(report, null, 2));
    else console.log(formatTable(report, documents, opts.details).join('\n'));
    return 0;
  },
};
