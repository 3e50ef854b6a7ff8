/** Messages between the batch runner and its extraction workers (one task in, one reply out). */
import type { StoredResult } from '../../graph/embedded/store.ts';
import type { FactCounts } from '../../schemas/manifest.ts';
import type { ExtractionResult } from '../../schemas/extraction.ts';
import { ReadError } from '../read/read-error.ts';

/** What the run prints and reports of one document besides its counts. */
export interface ResultSummary {
  language: string;
  /** "<number> of <date>" of the document's own act, null when it has no act header. */
  act: string | null;
  /** Diagnostics above the info level. */
  warnings: number;
}

export function summaryOf(result: ExtractionResult): ResultSummary {
  return {
    language: result.language,
    act: result.act ? `${result.act.number ?? '?'} of ${result.act.date ?? '?'}` : null,
    warnings: result.diagnostics.filter((d) => d.severity !== 'info').length,
  };
}

export interface WorkerTask {
  id: number;
  path: string;
  /** The file's bytes (the whole buffer is the document). */
  bytes: ArrayBuffer;
  /** Their SHA-256, which the batch runner computed already. */
  contentHash: string;
  /** The embedded store's folder, where the worker writes the result file, and the cache key it is
   * written under. The worker writes the file so that the result never crosses threads as a string. */
  store: { dir: string; cacheKey: string };
  /** Also send back the document's graph rows (graph/model), serialized, for a graph target. */
  graphRows: boolean;
}

export type WorkerReply =
  | {
    id: number;
    ok: true;
    /** The result file written, for the store to adopt. */
    stored: StoredResult;
    counts: FactCounts;
    summary: ResultSummary;
    /** JSON of the GraphRows, when the task asked for them. */
    rows?: string;
    /** Time spent extracting, and writing the result file. */
    ms: number;
    writeMs: number;
  }
  | {
    id: number;
    ok: false;
    reason: string;
    /** The document was extracted but its result could not be written: the store's failure, not the document's. */
    storeError?: true;
    ms: number;
    writeMs?: number;
  };

/** The reason of a failure as the user should read it: a ReadError's own reason, else the message. */
export function reasonOf(e: unknown): string {
  if (e instanceof ReadError) return e.reason;
  return (e as Error)?.message ?? String(e);
}
