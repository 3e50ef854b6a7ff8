/**
 * The run report: what a batch run did, as a zod-validated JSON file (written under
 * <data>/reports/ and, with --report, where asked) and as a short human summary.
 * Guarantees: document counts add up (new + changed + unchanged + failed = inputs); every failed
 * document is listed with its reason; stage times are busy times summed over documents (stages
 * overlap in a concurrent run), `wallMs` is the run's elapsed time.
 */
import { z } from 'zod';
import { formatDuration } from './progress.ts';

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
  /** Every input in input order: ok, warnings (count of warning diagnostics), or failed with its reason. */
  perInput: z.array(z.object({
    path: z.string(),
    status: z.enum(['new', 'changed', 'unchanged', 'failed']),
    outcome: z.enum(['ok', 'warnings', 'failed']),
    warnings: z.number().int().nonnegative(),
    reason: z.string().optional(),
  })),
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

const mb = (b: number) => (b / 1e6).toFixed(1);

export function humanSummary(r: RunReport): string[] {
  const d = r.documents;
  const ok = r.inputs - d.failed;
  const lines = [
    `${r.inputs} documents (${ok} ok, ${d.failed} failed), ${r.totals.reglaments} reglaments, ${r.totals.steps} steps, ${r.totals.relations} relations in total`,
    `changes: ${d.new} new, ${d.changed} changed, ${d.unchanged} unchanged, ${d.failed} failed` +
      (d.removed ? `, ${d.removed} removed` : '') + `; facts +${r.facts.added} -${r.facts.removed}`,
  ];
  if (d.notInInput) lines.push(`${d.notInInput} stored documents are not in the input set (run with --prune to remove them)`);
  const s = r.stagesMs;
  const secs = r.wallMs / 1000;
  lines.push(
    `time: ${formatDuration(r.wallMs)} wall (${secs.toFixed(1)} s), ${mb(r.bytes.extracted)} MB extracted` +
      (secs > 0 ? ` (${((d.new + d.changed) / secs).toFixed(1)} docs/s)` : '') +
      `; busy per stage: read ${ms(s.read)}, hash ${ms(s.hash)}, extract ${ms(s.extract)}, embedded store ${ms(s.embedded)}` +
      (r.store === 'neo4j' ? `, neo4j ${ms(s.neo4j)}` : '') + (s.prune ? `, prune ${ms(s.prune)}` : '') +
      `; peak RSS ${mb(r.peakRssBytes)} MB`,
  );
  return lines;
}

function ms(x: number): string {
  return x >= 10_000 ? `${(x / 1000).toFixed(0)} s` : x >= 1000 ? `${(x / 1000).toFixed(1)} s` : `${Math.round(x)} ms`;
}
