/**
 * Runs the per-document pipeline over many files. Each document is isolated: a failure is recorded
 * with its reason and the batch goes on; nothing of one document touches another's results.
 */
import pLimit from 'p-limit';
import { availableParallelism } from 'node:os';
import type { ExtractionResult } from '../../schemas/extraction.ts';
import { extractFile } from '../extract-file.ts';

export type DocumentOutcome =
  | { status: 'ok' | 'warnings'; path: string; result: ExtractionResult; ms: number }
  | { status: 'failed'; path: string; reason: string; ms: number };

export interface BatchOptions {
  concurrency?: number;
  maxBytes?: number;
  /** Called as each document finishes (in completion order). */
  onDocument?: (outcome: DocumentOutcome) => void | Promise<void>;
}

export function reasonOf(e: unknown): string {
  const err = e as Error & { reason?: string };
  if (err?.name === 'ReadError' && err.reason) return err.reason;
  return err?.message ?? String(e);
}

export async function extractBatch(files: string[], options: BatchOptions = {}): Promise<DocumentOutcome[]> {
  const limit = pLimit(options.concurrency ?? availableParallelism());
  const outcomes = await Promise.all(
    files.map((path) =>
      limit(async (): Promise<DocumentOutcome> => {
        const t0 = performance.now();
        let outcome: DocumentOutcome;
        try {
          const result = await extractFile(path, { maxBytes: options.maxBytes });
          const warned = result.diagnostics.some((d) => d.severity !== 'info');
          outcome = { status: warned ? 'warnings' : 'ok', path, result, ms: performance.now() - t0 };
        } catch (e) {
          outcome = { status: 'failed', path, reason: reasonOf(e), ms: performance.now() - t0 };
        }
        await options.onDocument?.(outcome);
        return outcome;
      }),
    ),
  );
  return outcomes; // in input order
}

export interface DocumentCounts {
  reglaments: number;
  steps: number;
  relations: number;
  terms: number;
}

export function countFacts(r: ExtractionResult): DocumentCounts {
  return {
    reglaments: r.reglaments.length,
    steps: r.reglaments.reduce((n, g) => n + g.procedures.reduce((m, p) => m + p.steps.length, 0), 0),
    relations: r.relations.length,
    terms: r.reglaments.reduce((n, g) => n + g.terms.length, 0),
  };
}
