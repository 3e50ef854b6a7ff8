/**
 * The run report of `zangraph run` / `ingest`, as zod schemas: what a batch run did, written as JSON
 * under the data folder (and with --report where asked).
 * Guarantees of a valid report: document counts add up (new + changed + unchanged + failed = inputs);
 * every failed document is listed with its reason; stage times are busy times summed over documents
 * (stages overlap in a concurrent run), `wallMs` is the run's elapsed time.
 */
import { z } from 'zod';

export const DocumentStatus = z.enum(['new', 'changed', 'unchanged', 'failed']);
export type DocumentStatus = z.infer<typeof DocumentStatus>;

export const StageTimes = z.object({
  collect: z.number(),
  read: z.number(),
  hash: z.number(),
  extract: z.number(),
  embedded: z.number(),
  neo4j: z.number(),
  prune: z.number(),
});
export type StageTimes = z.infer<typeof StageTimes>;

/** One input's outcome: ok, warnings (count of warning diagnostics), or failed with its reason. */
export const InputOutcome = z.object({
  path: z.string(),
  status: DocumentStatus,
  outcome: z.enum(['ok', 'warnings', 'failed']),
  warnings: z.number().int().nonnegative(),
  reason: z.string().optional(),
});
export type InputOutcome = z.infer<typeof InputOutcome>;

/** A file of an input folder that was not read, and why ("unsupported kind .xlsx"). */
export const SkippedFile = z.object({ path: z.string(), reason: z.string() });
export type SkippedFile = z.infer<typeof SkippedFile>;

export const RunReport = z.object({
  reportVersion: z.literal(1),
  startedAt: z.string(),
  finishedAt: z.string(),
  pipelineVersion: z.string(),
  cacheKey: z.string(),
  store: z.enum(['embedded', 'neo4j']),
  storeLocation: z.string(),
  concurrency: z.number().int().positive(),
  inputs: z.number().int().nonnegative(),
  bytes: z.object({ read: z.number(), extracted: z.number() }),
  documents: z.object({
    new: z.number().int(),
    changed: z.number().int(),
    unchanged: z.number().int(),
    failed: z.number().int(),
    /** Documents of the store not in the input set: removed with --prune, else only counted. */
    removed: z.number().int(),
    notInInput: z.number().int(),
  }),
  failures: z.array(z.object({ path: z.string(), reason: z.string() })),
  /** Files found in input folders and not read (not counted in `inputs`, never a failure). */
  skipped: z.array(SkippedFile),
  /** Every input in input order. */
  perInput: z.array(InputOutcome),
  facts: z.object({ added: z.number().int(), removed: z.number().int() }),
  /** Totals of reglaments, steps, ... over the input set as now stored (unchanged documents included). */
  totals: z.object({ reglaments: z.number(), steps: z.number(), relations: z.number(), terms: z.number(), actors: z.number(), acts: z.number() }),
  stagesMs: StageTimes,
  /** Nodes + relationships written to Neo4j (0 for the embedded store). */
  graphElements: z.number().int().nonnegative(),
  wallMs: z.number(),
  /** Wall time from starting the extraction workers until all of them had loaded the pipeline (0
   * when nothing needed extracting); throughput figures leave it out. */
  workerStartupMs: z.number(),
  peakRssBytes: z.number(),
});
export type RunReport = z.infer<typeof RunReport>;
