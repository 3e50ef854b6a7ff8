/**
 * The run report built from per-document events, and its short human summary.
 * The runner emits one `document` event per input (in input order) and one `pruned` event per
 * document removed with --prune; `reduceRun` folds them into counters and `runReport` adds the run's
 * own figures. Guarantees: the counts of a report depend only on its events, so they add up
 * (new + changed + unchanged + failed = inputs) and every failed input is listed with its reason, in
 * input order. The schema is schemas/run.ts.
 */
import { PIPELINE_VERSION } from '../../schemas/extraction.ts';
import type { FactCounts } from '../../schemas/manifest.ts';
import { RunReport, type DocumentStatus, type InputOutcome, type SkippedFile, type StageTimes } from '../../schemas/run.ts';
import { totalFacts } from '../../graph/embedded/store.ts';
import { formatDuration } from './progress.ts';

/** One input's outcome, as the CLI prints it. */
export interface DocumentSummary {
  /** Position in the input list. */
  index: number;
  path: string;
  name: string;
  status: DocumentStatus;
  reason?: string;
  counts?: FactCounts;
  language?: string;
  /** "<number> of <date>" of the document's own act, null when it has no act header. */
  act?: string | null;
  warnings?: number;
  /** Whether the document went through extraction in this run. */
  extracted: boolean;
}

/** What became of one input. */
export interface DocumentEvent {
  type: 'document';
  summary: DocumentSummary;
  /** Bytes of the input read in this run (0 when its stat was trusted), and of it extracted. */
  bytesRead: number;
  bytesExtracted: number;
  /** Facts the target store held for the document before and no longer holds. */
  factsRemoved: number;
  /** Nodes + relationships written to the graph store. */
  graphElements: number;
}

export type RunEvent = DocumentEvent | { type: 'pruned'; name: string; factsRemoved: number };

export const ZERO_COUNTS: FactCounts = { acts: 0, relations: 0, reglaments: 0, steps: 0, terms: 0, actors: 0 };

export interface RunTally {
  documents: Omit<RunReport['documents'], 'notInInput'>;
  facts: RunReport['facts'];
  totals: FactCounts;
  bytes: RunReport['bytes'];
  graphElements: number;
  failures: RunReport['failures'];
  perInput: InputOutcome[];
}

export function emptyTally(): RunTally {
  return {
    documents: { new: 0, changed: 0, unchanged: 0, failed: 0, removed: 0 },
    facts: { added: 0, removed: 0 },
    totals: { ...ZERO_COUNTS },
    bytes: { read: 0, extracted: 0 },
    graphElements: 0,
    failures: [],
    perInput: [],
  };
}

/** Adds one event to the tally (in place: a run has one tally and up to a corpus of events) and
 * returns it. */
export function reduceRun(t: RunTally, e: RunEvent): RunTally {
  if (e.type === 'pruned') {
    t.documents.removed++;
    t.facts.removed += e.factsRemoved;
    return t;
  }
  const s = e.summary;
  t.documents[s.status]++;
  t.bytes.read += e.bytesRead;
  t.bytes.extracted += e.bytesExtracted;
  t.graphElements += e.graphElements;
  t.facts.removed += e.factsRemoved;
  if (s.status === 'failed') t.failures.push({ path: s.path, reason: s.reason ?? '' });
  else {
    const counts = s.counts ?? ZERO_COUNTS;
    if (s.status !== 'unchanged') t.facts.added += totalFacts(counts);
    for (const k of Object.keys(t.totals) as (keyof FactCounts)[]) t.totals[k] += counts[k];
  }
  const warnings = s.warnings ?? 0;
  t.perInput.push({
    path: s.path,
    status: s.status,
    outcome: s.status === 'failed' ? 'failed' : warnings > 0 ? 'warnings' : 'ok',
    warnings,
    ...(s.reason ? { reason: s.reason } : {}),
  });
  return t;
}

/** The run's own figures, besides what its events tell. */
export interface RunFacts {
  startedAt: Date;
  finishedAt: Date;
  cacheKey: string;
  store: RunReport['store'];
  storeLocation: string;
  concurrency: number;
  inputs: number;
  notInInput: number;
  /** Files of the input folders not read. */
  skipped?: SkippedFile[];
  stagesMs: StageTimes;
  wallMs: number;
  workerStartupMs: number;
  peakRssBytes: number;
}

export function runReport(t: RunTally, run: RunFacts): RunReport {
  return RunReport.parse({
    reportVersion: 1,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt.toISOString(),
    pipelineVersion: PIPELINE_VERSION,
    cacheKey: run.cacheKey,
    store: run.store,
    storeLocation: run.storeLocation,
    concurrency: run.concurrency,
    inputs: run.inputs,
    bytes: t.bytes,
    documents: { ...t.documents, notInInput: run.notInInput },
    failures: t.failures,
    skipped: run.skipped ?? [],
    perInput: t.perInput,
    facts: t.facts,
    totals: t.totals,
    stagesMs: run.stagesMs,
    graphElements: t.graphElements,
    wallMs: run.wallMs,
    workerStartupMs: run.workerStartupMs,
    peakRssBytes: run.peakRssBytes,
  });
}

const mb = (b: number) => (b / 1e6).toFixed(1);

export function humanSummary(r: RunReport): string[] {
  const d = r.documents;
  const ok = r.inputs - d.failed;
  const lines = [
    `${r.inputs} documents (${ok} ok, ${d.failed} failed), ${r.totals.reglaments} reglaments, ${r.totals.steps} steps, ${r.totals.relations} relations in total`,
    `changes: ${d.new} new, ${d.changed} changed, ${d.unchanged} unchanged, ${d.failed} failed` +
      (d.removed ? `, ${d.removed} removed` : '') + `; facts +${r.facts.added} -${r.facts.removed}`,
  ];
  if (r.skipped.length) {
    lines.push(`${r.skipped.length} files in the input folders not read:`);
    for (const s of r.skipped) lines.push(`  ${s.path}: ${s.reason}`);
  }
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
