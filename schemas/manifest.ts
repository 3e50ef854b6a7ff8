/**
 * The embedded store's manifest (<data>/embedded/manifest.json), as zod schemas: which documents the
 * store holds, the result file of each, and what an incremental run compares to skip a document.
 */
import { z } from 'zod';

/** How many facts of each kind one stored result holds. */
export const FactCounts = z.object({
  acts: z.number().int().nonnegative(),
  relations: z.number().int().nonnegative(),
  reglaments: z.number().int().nonnegative(),
  steps: z.number().int().nonnegative(),
  terms: z.number().int().nonnegative(),
  actors: z.number().int().nonnegative(),
});
export type FactCounts = z.infer<typeof FactCounts>;

/** An input file's size and modification time, as recorded when it was read. */
export const InputStat = z.object({ size: z.number().int().nonnegative(), mtimeMs: z.number() });
export type InputStat = z.infer<typeof InputStat>;

export const ManifestEntry = z.object({
  contentHash: z.string(),
  pipelineVersion: z.string(),
  path: z.string(),
  file: z.string(),
  updatedAt: z.string(),
  /** What the incremental runner compares: pipeline version plus a digest of the pipeline code
   * and lexicons that produced the result (absent for results stored by older writers). */
  cacheKey: z.string().optional(),
  /** Fact counts of the stored result, so a rerun can report totals without reading it. */
  counts: FactCounts.optional(),
  /** Size of the result file in bytes. */
  bytes: z.number().int().nonnegative().optional(),
  /** SHA-256 of the result file and its modification time when written: a rerun that finds another
   * size or time hashes the file, and a file that is missing or does not match is extracted again. */
  resultHash: z.string().optional(),
  resultMtimeMs: z.number().optional(),
  /** Size and modification time of the input file when it was read, recorded only when the file was
   * old enough then to be trusted later: a rerun that finds the same path, size and time takes the
   * content hash as recorded instead of reading the file again (as git's index does). */
  input: InputStat.optional(),
});
export type ManifestEntry = z.infer<typeof ManifestEntry>;

export const Manifest = z.object({
  version: z.literal(1),
  documents: z.record(z.string(), ManifestEntry),
});
export type Manifest = z.infer<typeof Manifest>;
