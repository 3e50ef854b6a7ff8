/**
 * Runs the per-document pipeline over many files, incrementally and concurrently, in three parts:
 * the plan (./plan.ts: what to do with each input, decided from its stat, the manifest and what the
 * target store holds), extraction (./pool.ts: worker threads), and sinks (./sink.ts: the embedded
 * store, and Neo4j besides it). Each document ends in one event, and the run report is folded from
 * those events (./report.ts).
 *
 * Guarantees to the CLI and the stores:
 * - each document is isolated: a failure is recorded with its reason and the batch goes on; a sink
 *   that fails to write is not the document's fault and stops the run;
 * - a document whose content hash and pipeline cache key match what the target store holds is not
 *   read past its hash (status `unchanged`); a changed one is re-extracted and its old facts replaced;
 *   with `prune`, stored documents absent from the input set are removed;
 * - the embedded store under --data is always written: it is the result cache (a Neo4j run reuses a
 *   cached result instead of extracting again) and what `query` reads by default;
 * - results do not depend on the concurrency: extraction is deterministic, every store write is keyed
 *   by document, the manifest is written with sorted keys, and events (`onDocument`, the report) come
 *   in input order;
 * - memory is bounded by the documents in flight (about 2 × concurrency), not by the corpus: results
 *   are written as they come and only counters are kept.
 */
import pLimit from 'p-limit';
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ExtractionResult } from '../../schemas/extraction.ts';
import type { GraphRows } from '../../schemas/graph.ts';
import type { RunReport, StageTimes, SkippedFile } from '../../schemas/run.ts';
import type { FactCounts, InputStat, ManifestEntry } from '../../schemas/manifest.ts';
import { toGraph } from '../../graph/model/index.ts';
import { totalFacts, type EmbeddedStore } from '../../graph/embedded/store.ts';
import { DEFAULT_MAX_BYTES } from '../read/limits.ts';
import { decide, firstPathByName, notInInput, probe, trustedStat, type Probe, type StatResult } from './plan.ts';
import { WorkerPool } from './pool.ts';
import { summaryOf } from './protocol.ts';
import { pipelineCacheKey } from './version.ts';
import { Logger, Progress } from './progress.ts';
import { ZERO_COUNTS, emptyTally, reduceRun, runReport, type DocumentEvent, type DocumentSummary } from './report.ts';
import { embeddedSink, type GraphSink } from './sink.ts';
import { fsPath } from './collect.ts';
import { UserError } from '../shared/user-error.ts';

export type { DocumentSummary } from './report.ts';

export interface BatchOptions {
  files: string[];
  /** Files of the input folders not read, for the report. */
  skipped?: SkippedFile[];
  embedded: EmbeddedStore;
  graph?: GraphSink;
  concurrency: number;
  maxBytes?: number;
  prune?: boolean;
  /** Overrides the pipeline cache key (tests simulate a new pipeline version with it). */
  cacheKey?: string;
  logger?: Logger;
  progress?: Progress;
  /** Called once per input document, in input order. */
  onDocument?: (d: DocumentSummary) => void;
  /** Old-generation heap limit of each extraction worker (MB). V8 collects lazily below its
   * default limit (a quarter of the machine's memory), so without a cap a worker's heap grows with the
   * documents it has seen even though nothing is retained; the cap keeps peak RSS flat in N. */
  workerHeapMb?: number;
  /** Inputs the folder scan found but could not read (path → why): each fails as one document. */
  unreadable?: ReadonlyMap<string, string>;
  /** A document whose extraction takes longer fails, and its worker is replaced (default: no limit). */
  docTimeoutMs?: number;
  /** Manifest flush cadence: after this many written documents (default 500) or a tenth of the
   * manifest, whichever is more, or 5 seconds (see flush-policy.ts). */
  flushEvery?: number;
}

/** An input's content hash and the stat to record for it; its bytes when they were read. */
interface Content {
  contentHash: string;
  input: InputStat | undefined;
  data?: Buffer;
  bytesRead: number;
}

/** A document's result, from the cache or a worker. */
interface Produced {
  counts: FactCounts;
  summary: Partial<Pick<DocumentSummary, 'language' | 'act' | 'warnings'>>;
  /** Its graph rows, when a graph sink is written. */
  rows?: GraphRows;
  bytesExtracted: number;
}

/** Synchronous: a stat answers from the inode cache, and through the thread pool it would cost a
 * round trip per document. */
function statOf(path: string): StatResult {
  try {
    const s = statSync(fsPath(path));
    return s.isFile() ? { kind: 'file', stat: { size: s.size, mtimeMs: s.mtimeMs } } : { kind: 'not-a-file' };
  } catch (e) {
    return { kind: 'error', detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message };
  }
}

/** Calls `deliver` with each event in input order, whatever order documents finish in. */
function inInputOrder(deliver: (e: DocumentEvent) => void) {
  const pending = new Map<number, DocumentEvent>();
  let next = 0;
  return (e: DocumentEvent) => {
    pending.set(e.summary.index, e);
    while (pending.has(next)) {
      const ready = pending.get(next)!;
      pending.delete(next++);
      deliver(ready);
    }
  };
}

export async function runBatch(opts: BatchOptions): Promise<RunReport> {
  const startedAt = new Date();
  const t0 = performance.now();
  const log = opts.logger ?? new Logger('silent');
  const cacheKey = opts.cacheKey ?? (await pipelineCacheKey());
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const { embedded, graph } = opts;
  const stages: StageTimes = { collect: 0, read: 0, hash: 0, extract: 0, embedded: 0, neo4j: 0, prune: 0 };
  const tally = emptyTally();

  async function timed<T>(stage: keyof StageTimes, f: () => Promise<T> | T): Promise<T> {
    const s = performance.now();
    try {
      return await f();
    } finally {
      stages[stage] += performance.now() - s;
    }
  }

  const graphDocs = graph ? await timed('neo4j', () => graph.documents()) : undefined;
  const firstPathOf = firstPathByName(opts.files, basename);
  const cache = embeddedSink(embedded, opts.flushEvery ?? 500);

  let pool: WorkerPool | undefined;
  let workerStartupMs = 0;
  const extractor = () => {
    if (!pool) {
      const s = performance.now();
      pool = new WorkerPool(opts.concurrency, { maxOldGenerationSizeMb: opts.workerHeapMb ?? 320 }, opts.docTimeoutMs);
      void pool.ready().then(() => (workerStartupMs = performance.now() - s));
    }
    return pool;
  };

  const emit = inInputOrder((e) => {
    reduceRun(tally, e);
    opts.onDocument?.(e.summary);
  });

  /** The input's content hash: as recorded when its stat can be trusted, else read and hashed. */
  const contentOf = async (path: string, probed: Exclude<Probe, { action: 'fail' }>): Promise<Content | { reason: string }> => {
    if (probed.action === 'trust') return { contentHash: probed.contentHash, input: probed.input, bytesRead: 0 };
    const readAt = Date.now();
    let data: Buffer;
    try {
      data = await timed('read', () => readFile(fsPath(path)));
    } catch (e) {
      return { reason: `cannot read file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
    }
    const contentHash = await timed('hash', () => createHash('sha256').update(data).digest('hex'));
    return { contentHash, data, input: trustedStat(probed.stat, readAt, data.length), bytesRead: data.length };
  };

  /** The stored result stands: the cache records where its input was found; a graph gets rows made
   * from the stored result. */
  const fromCache = async (name: string, path: string, cached: ManifestEntry, content: Content): Promise<Produced> => {
    await cache.write({ kind: 'seen', name, path, input: content.input });
    if (!graph) return { counts: cached.counts ?? ZERO_COUNTS, summary: {}, bytesExtracted: 0 };
    const result = JSON.parse((await timed('embedded', () => embedded.getSerialized(name)))!) as ExtractionResult;
    return { counts: cached.counts ?? ZERO_COUNTS, summary: summaryOf(result), rows: toGraph(result), bytesExtracted: 0 };
  };

  /** A worker extracts the document, writes its result file and (for a graph) makes its rows; the
   * cache then points at the new result. */
  const fromWorker = async (path: string, content: Content): Promise<Produced | { reason: string }> => {
    const data = content.data!;
    const reply = await extractor().extract(path, data, { contentHash: content.contentHash, store: { dir: embedded.dir, cacheKey }, graphRows: !!graph });
    stages.extract += reply.ms;
    stages.embedded += reply.writeMs ?? 0;
    if (!reply.ok) {
      // A result that cannot be written is the store's failure, not the document's: the run stops.
      if (reply.storeError) {
        // The file system's error code travels in the reason ("ENOSPC: no space left on device, write").
        const code = /^(E[A-Z]+):/.exec(reply.reason)?.[1];
        const message = `${embedded.dir}: cannot store the result of ${path}: ${reply.reason}`;
        throw code ? Object.assign(new Error(message), { code }) : new UserError(message);
      }
      return { reason: reply.reason };
    }
    await cache.write({ kind: 'written', stored: reply.stored, input: content.input });
    return {
      counts: reply.counts,
      summary: reply.summary,
      ...(reply.rows !== undefined ? { rows: JSON.parse(reply.rows) as GraphRows } : {}),
      bytesExtracted: data.length,
    };
  };

  /** One document: plan it, take its hash, take the cached result or extract, write to the sinks. */
  const processOne = async (path: string, index: number): Promise<DocumentEvent> => {
    const name = basename(path);
    const event = (summary: Omit<DocumentSummary, 'index' | 'path' | 'name'>, figures: Partial<Omit<DocumentEvent, 'type' | 'summary'>> = {}): DocumentEvent => ({
      type: 'document',
      summary: { index, path, name, ...summary },
      bytesRead: 0, bytesExtracted: 0, factsRemoved: 0, graphElements: 0,
      ...figures,
    });
    const fail = (reason: string, bytesRead = 0) => {
      log.warn(`${path}: ${reason}`);
      return event({ status: 'failed', reason, extracted: false }, { bytesRead });
    };

    const unreadable = opts.unreadable?.get(path);
    if (unreadable) return fail(unreadable);
    const cached = embedded.entry(name);
    const stat = await timed('read', () => statOf(path));
    const probed = probe({ path, firstPath: firstPathOf.get(name)!, stat, maxBytes, cached, cacheKey });
    if (probed.action === 'fail') return fail(probed.reason);
    // A stored result file deleted or damaged since it was written is no cache: the document is read and extracted again.
    const resultState = cached ? await timed('embedded', () => embedded.resultState(name)) : 'intact';
    if (resultState !== 'intact') log.warn(`${path}: its stored result ${resultState === 'missing' ? 'is missing' : 'is damaged'}; extracting it again`);
    const toRead = probed.action === 'trust' && resultState !== 'intact' ? { action: 'read' as const, stat: probed.input } : probed;
    const content = await contentOf(path, toRead);
    if ('reason' in content) return fail(content.reason);
    const { bytesRead } = content;

    const plan = decide({ contentHash: content.contentHash, cacheKey, cached, cachedIntact: resultState === 'intact', ...(graph ? { graph: { held: graphDocs!.get(name) } } : {}) });
    if (plan.status === 'unchanged') {
      await cache.write({ kind: 'seen', name, path, input: content.input });
      return event({ status: 'unchanged', counts: cached?.counts ?? ZERO_COUNTS, extracted: false }, { bytesRead });
    }
    const produced = plan.source === 'cache' ? await fromCache(name, path, cached!, content) : await fromWorker(path, content);
    if ('reason' in produced) return fail(produced.reason, bytesRead);

    let factsRemoved = plan.priorCounts ? totalFacts(plan.priorCounts) : 0;
    let graphElements = 0;
    if (graph && produced.rows) {
      const rows = produced.rows;
      const r = await timed('neo4j', () => graph.write(rows));
      if (r && typeof r.removed === 'number') factsRemoved = r.removed;
      if (r && typeof r.elements === 'number') graphElements = r.elements;
    }
    return event(
      { status: plan.status, counts: produced.counts, ...produced.summary, extracted: plan.source === 'extract' },
      { bytesRead, bytesExtracted: produced.bytesExtracted, factsRemoved, graphElements },
    );
  };

  const limit = pLimit(opts.concurrency * 2 + 2);
  try {
    await Promise.all(opts.files.map((path, index) => limit(async () => {
      const started = performance.now();
      const e = await processOne(path, index);
      log.debug(`${path}: ${e.summary.status}${e.summary.extracted ? ', extracted' : ''} in ${Math.round(performance.now() - started)} ms`);
      opts.progress?.tick();
      emit(e);
    })));
  } finally {
    await pool?.close();
  }

  const gone = notInInput(graph ? graphDocs!.keys() : embedded.names(), new Set(firstPathOf.keys()));
  if (opts.prune) {
    await timed('prune', async () => {
      for (const name of gone) {
        // The graph's own count of removed facts, when it gives one, else the cache's.
        const fromGraph = graph ? await graph.remove(name) : undefined;
        const fromCache = await cache.remove(name);
        const factsRemoved = fromGraph?.removed ?? fromCache?.removed ?? 0;
        reduceRun(tally, { type: 'pruned', name, factsRemoved });
        log.debug(`pruned ${name}`);
      }
    });
  }
  if (graph) await timed('neo4j', () => graph.flush());
  if (graph?.busyMs) stages.neo4j = graph.busyMs();
  await timed('embedded', () => cache.flush());

  return runReport(tally, {
    startedAt,
    finishedAt: new Date(),
    cacheKey,
    store: graph ? 'neo4j' : 'embedded',
    storeLocation: graph ? graph.location : embedded.dir,
    concurrency: opts.concurrency,
    inputs: opts.files.length,
    notInInput: opts.prune ? 0 : gone.length,
    skipped: opts.skipped,
    stagesMs: stages,
    wallMs: performance.now() - t0,
    workerStartupMs,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  });
}
