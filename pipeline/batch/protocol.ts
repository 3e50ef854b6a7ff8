/** Messages between the batch runner and its extraction workers (one task in, one reply out). */
import type { FactCounts, StagedMeta } from '../../graph/embedded/store.ts';

export interface WorkerTask {
  id: number;
  path: string;
  /** The file's bytes, transferred (not copied) to the worker. */
  bytes: ArrayBuffer;
}

export type WorkerReply =
  | { id: number; ok: true; meta: StagedMeta; json: string; counts: FactCounts; language: string; act: string | null; warnings: number; ms: number }
  | { id: number; ok: false; reason: string; ms: number };

/** The reason of a failure as the user should read it: a ReadError's own reason, else the message. */
export function reasonOf(e: unknown): string {
  const err = e as Error & { reason?: string };
  if (err?.name === 'ReadError' && err.reason) return err.reason;
  return err?.message ?? String(e);
}
