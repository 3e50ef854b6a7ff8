/**
 * Runs an evaluation: reads every `<stem>.gold.json` of a gold folder, gets the prediction for its
 * document (a precomputed `<stem>.json` extraction result under --pred, else the extraction of
 * `<source>` under --docs) and scores it (score.ts).
 * Guarantees: gold files are validated (GoldDocument) and a bad one stops the run with an error
 * naming the file; a document without a usable prediction (missing file, unreadable result, failed
 * extraction) is not fatal: it is scored as all-missed and carries a warning naming the file and reason.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { GoldDocument } from '../../schemas/gold.ts';
import type { EvalReport } from '../../schemas/eval.ts';
import { buildReport, scoreDocument, type DocumentScore } from './score.ts';
import { UserError } from '../shared/user-error.ts';

const GOLD_SUFFIX = '.gold.json';

export interface GoldFile {
  file: string;
  /** File name without `.gold.json`; the prediction under --pred is `<stem>.json`. */
  stem: string;
  gold: GoldDocument;
}

const issues = (e: { issues: { path: PropertyKey[]; message: string }[] }) =>
  e.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');

async function readJson(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UserError(`${file}: not valid JSON: ${(e as Error).message}`);
  }
}

export async function loadGoldDir(dir: string): Promise<GoldFile[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith(GOLD_SUFFIX)).sort();
  if (names.length === 0) throw new UserError(`${dir}: no *${GOLD_SUFFIX} files`);
  const out: GoldFile[] = [];
  const seen = new Map<string, string>();
  for (const name of names) {
    const file = join(dir, name);
    const parsed = GoldDocument.safeParse(await readJson(file));
    if (!parsed.success) throw new UserError(`${file}: not a gold document: ${issues(parsed.error)}`);
    const other = seen.get(parsed.data.source);
    if (other) throw new UserError(`${file}: source "${parsed.data.source}" is already annotated by ${other}`);
    seen.set(parsed.data.source, file);
    out.push({ file, stem: name.slice(0, -GOLD_SUFFIX.length), gold: parsed.data });
  }
  return out;
}

const exists = (path: string) => stat(path).then((s) => s.isFile(), () => false);

/** Reads one document's facts from whatever produced them; throws on failure. */
export type Extractor = (path: string) => Promise<unknown>;

/** The real pipeline. Loaded on first use so that --pred runs (and this module's importers) do not
 * depend on the extraction stages. */
const pipelineExtractor: Extractor = async (path) => {
  const { extractFile } = await import('../extract-file.ts');
  return extractFile(path);
};

export interface EvaluateOptions {
  gold: string;
  docs?: string;
  pred?: string;
  details?: boolean;
  extract?: Extractor;
  /** Called with each warning as it happens (the CLI prints them to stderr). */
  onWarning?: (message: string) => void;
}

interface Prediction {
  pred: GoldDocument | null;
  warnings: string[];
}

async function predictionFor(g: GoldFile, opts: EvaluateOptions): Promise<Prediction> {
  const source = g.gold.source;
  const asFacts = (value: unknown, from: string): Prediction => {
    // Extraction results are a superset of the gold shape: the default (non-strict) object schema
    // strips evidence, diagnostics and the other extra keys.
    const parsed = GoldDocument.safeParse(value);
    if (!parsed.success) return { pred: null, warnings: [`${from}: not an extraction result (${issues(parsed.error)}); all gold facts of ${source} count as missed`] };
    const warnings = parsed.data.source === source ? [] : [`${from}: its source is "${parsed.data.source}", not "${source}"; scored against ${g.file} anyway`];
    return { pred: parsed.data, warnings };
  };

  if (opts.pred) {
    const file = join(opts.pred, `${g.stem}.json`);
    if (await exists(file)) {
      let value: unknown;
      try {
        value = await readJson(file);
      } catch (e) {
        return { pred: null, warnings: [`${(e as Error).message}; all gold facts of ${source} count as missed`] };
      }
      return asFacts(value, file);
    }
    if (!opts.docs) return { pred: null, warnings: [`${file}: no such prediction; all gold facts of ${source} count as missed`] };
  }

  const path = join(opts.docs!, source);
  if (!(await exists(path))) return { pred: null, warnings: [`${path}: document not found; all gold facts of ${source} count as missed`] };
  let value: unknown;
  try {
    value = await (opts.extract ?? pipelineExtractor)(path);
  } catch (e) {
    return { pred: null, warnings: [`${path}: extraction failed (${(e as Error).message}); all gold facts of ${source} count as missed`] };
  }
  return asFacts(value, path);
}

export async function evaluate(opts: EvaluateOptions): Promise<{ report: EvalReport; documents: DocumentScore[] }> {
  const golds = await loadGoldDir(opts.gold);
  const documents: DocumentScore[] = [];
  // One document at a time: extraction is CPU-bound and the corpus is small.
  for (const g of golds) {
    const { pred, warnings } = await predictionFor(g, opts);
    for (const w of warnings) opts.onWarning?.(w);
    documents.push(scoreDocument(g.gold, pred, warnings));
  }
  return { report: buildReport(documents, { details: opts.details }), documents };
}
