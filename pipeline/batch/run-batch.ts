/**
 * Runs the per-document pipeline over many files, incrementally and concurrently.
 *
 * Guarantees to the CLI and the stores:
 * - each document is isolated: a failure is recorded with its reason and the batch goes on;
 * - a document whose content hash and pipeline cache key match what the target store holds is not
 *   read past its hash (status `unchanged`); a changed one is re-extracted and its old facts replaced;
 *   with `prune`, stored documents absent from the input set are removed;
 * - the embedded store under --data is always written: it is the result cache (a Neo4j run reuses a
 *   cached result instead of extracting again) and what `query` reads by default;
 * - results do not depend on the concurrency: extraction is deterministic, every store write is keyed
 *   by document, the manifest is written with sorted keys, and `onDocument` is called in input order;
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
import { toGraph } from '../../graph/model/index.ts';
import { PIPELINE_VERSION } from '../../schemas/extraction.ts';
import { EmbeddedStore, totalFacts, type FactCounts, type ManifestEntry } from '../../graph/embedded/store.ts';
import { DEFAULT_MAX_BYTES } from '../read/limits.ts';
import { FlushPolicy } from './flush-policy.ts';
import { WorkerPool } from './pool.ts';
import { summaryOf } from './protocol.ts';
import { pipelineCacheKey } from './version.ts';
import { Logger, Progress } from './progress.ts';
import { RunReport, type StageTimes } from './report.ts';

export type DocumentStatus = 'new' | 'changed' | 'unchanged' | 'failed';

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

/** A graph store the batch loads into besides the embedded one (Neo4j). */
export interface GraphTarget {
  readonly kind: 'neo4j';
  readonly location: string;
  /** The documents the graph holds (name → content hash), read once before the run. */
  documents(): Promise<Map<string, { contentHash: string }>>;
  /** Replaces the document's facts in the graph with its rows (graph/model `toGraph`); may say how
   * many facts it removed and how many graph elements (nodes + relationships) it wrote. */
  load(rows: GraphRows): Promise<{ removed?: number; elements?: number } | void>;
  remove(name: string): Promise<{ removed?: number } | void>;
  /** Returns once everything loaded is committed (a target may batch writes). */
  flush?(): Promise<void>;
  /** Time spent writing, when the target writes in the background (else the time `load` took). */
  busyMs?(): number;
}

export interface BatchOptions {
  files: string[];
  embedded: EmbeddedStore;
  graph?: GraphTarget;
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
  /** Manifest flush cadence: after this many written documents (default 500) or a tenth of the
   * manifest, whichever is more, or 5 seconds (see flush-policy.ts). */
  flushEvery?: number;
}

export class InputError extends Error {
  constructor(readonly path: string, readonly reason: string) {
    super(`${path}: ${reason}`);
    this.name = 'ReadError';
  }
}

const ZERO_COUNTS: FactCounts = { acts: 0, relations: 0, reglaments: 0, steps: 0, terms: 0, actors: 0 };

/** A file modified this recently when it was read may change again within its file system's
 * timestamp resolution without its time changing, so its size and time are not recorded. */
const STAT_TRUST_MS = 2000;

/** An input's size and time, as the manifest records them. */
type InputStat = NonNullable<ManifestEntry['input']>;

function statInput(path: string, maxBytes: number): InputStat {
  let st: InputStat;
  try {
    // Synchronous: a stat answers from the inode cache in microseconds, and through the thread pool
    // it cost a round trip per document (a rerun of 1,000 unchanged documents: 66 ms, now 46 ms).
    const s = statSync(path);
    if (!s.isFile()) throw new InputError(path, 'not a regular file');
    st = { size: s.size, mtimeMs: s.mtimeMs };
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(path, `cannot read file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (st.size > maxBytes) throw new InputError(path, `file is ${st.size} bytes, over the size limit of ${maxBytes} bytes`);
  return st;
}

/** Whether the stored entry was made from this very file: the same path, size and time as when its
 * input was read, by the same pipeline. Its recorded content hash then stands without a read. */
function storedFromSameFile(cached: ManifestEntry | undefined, path: string, st: InputStat, cacheKey: string): cached is ManifestEntry & { input: InputStat } {
  return !!cached?.input && cached.cacheKey === cacheKey && cached.path === path
    && cached.input.size === st.size && cached.input.mtimeMs === st.mtimeMs;
}

/**
 * How many of these files `runBatch` would read (new, changed, moved, or not to be trusted by their
 * size and time), counting up to `upTo + 1` at most: the others it finds unchanged by their stat alone
 * (`storedFromSameFile`). An input it could not stat counts as read (the run will say why).
 */
export async function inputsToRead(files: string[], embedded: EmbeddedStore, opts: { upTo: number; maxBytes?: number; cacheKey?: string }): Promise<number> {
  const cacheKey = opts.cacheKey ?? (await pipelineCacheKey());
  let n = 0;
  for (const path of files) {
    if (n > opts.upTo) break;
    let st: InputStat;
    try {
      st = statInput(path, opts.maxBytes ?? DEFAULT_MAX_BYTES);
    } catch {
      n++;
      continue;
    }
    if (!storedFromSameFile(embedded.entry(basename(path)), path, st, cacheKey)) n++;
  }
  return n;
}

async function readInput(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (e) {
    throw new InputError(path, `cannot read file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

export async function runBatch(opts: BatchOptions): Promise<RunReport> {
  const startedAt = new Date();
  const t0 = performance.now();
  const log = opts.logger ?? new Logger('silent');
  const cacheKey = opts.cacheKey ?? (await pipelineCacheKey());
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const { embedded, graph } = opts;
  const stages: StageTimes = { collect: 0, read: 0, hash: 0, extract: 0, embedded: 0, neo4j: 0, prune: 0 };
  const docs = { new: 0, changed: 0, unchanged: 0, failed: 0, removed: 0, notInInput: 0 };
  const facts = { added: 0, removed: 0 };
  const totals = { ...ZERO_COUNTS };
  const bytes = { read: 0, extracted: 0 };
  let graphElements = 0;
  const failures: { index: number; path: string; reason: string }[] = [];

  const graphDocs = graph ? await timed('neo4j', () => graph.documents()) : undefined;

  // Documents are keyed by file name in both stores; a second input with the same name would
  // silently replace the first, so it fails instead.
  const firstPathOf = new Map<string, string>();
  for (const f of opts.files) if (!firstPathOf.has(basename(f))) firstPathOf.set(basename(f), f);

  let pool: WorkerPool | undefined;
  let workerStartupMs = 0;
  const extractor = () => {
    if (!pool) {
      const s = performance.now();
      pool = new WorkerPool(opts.concurrency, { maxOldGenerationSizeMb: opts.workerHeapMb ?? 320 });
      void pool.ready().then(() => (workerStartupMs = performance.now() - s));
    }
    return pool;
  };

  // In-order delivery of summaries, whatever order documents finish in.
  const pending = new Map<number, DocumentSummary>();
  let nextToEmit = 0;
  // Every input's outcome, for the report: ok, warnings, or failed with its reason.
  const perInput: Array<{ path: string; status: DocumentStatus; outcome: 'ok' | 'warnings' | 'failed'; warnings: number; reason?: string }> = [];
  const emit = (d: DocumentSummary) => {
    pending.set(d.index, d);
    while (pending.has(nextToEmit)) {
      const s = pending.get(nextToEmit)!;
      pending.delete(nextToEmit++);
      perInput.push({
        path: s.path,
        status: s.status,
        outcome: s.status === 'failed' ? 'failed' : (s.warnings ?? 0) > 0 ? 'warnings' : 'ok',
        warnings: s.warnings ?? 0,
        ...(s.reason ? { reason: s.reason } : {}),
      });
      opts.onDocument?.(s);
    }
  };

  const flushes = new FlushPolicy(opts.flushEvery ?? 500, embedded.size, performance.now());
  let flushError: unknown;
  const maybeFlush = () => {
    const startedAt = performance.now();
    if (!flushes.documentWritten(startedAt)) return;
    embedded.flush().then(() => flushes.flushed(startedAt, performance.now(), embedded.size), (e) => (flushError ??= e));
  };

  async function timed<T>(stage: keyof StageTimes, f: () => Promise<T> | T): Promise<T> {
    const s = performance.now();
    try {
      return await f();
    } finally {
      stages[stage] += performance.now() - s;
    }
  }

  const processOne = async (path: string, index: number): Promise<DocumentSummary> => {
    const name = basename(path);
    const fail = (reason: string): DocumentSummary => {
      docs.failed++;
      failures.push({ index, path, reason });
      log.warn(`${path}: ${reason}`);
      return { index, path, name, status: 'failed', reason, extracted: false };
    };
    if (firstPathOf.get(name) !== path) {
      return fail(`another input has the same file name (${firstPathOf.get(name)}); documents are keyed by file name`);
    }
    let st: InputStat;
    try {
      st = await timed('read', () => statInput(path, maxBytes));
    } catch (e) {
      return fail(e instanceof InputError ? e.reason : (e as Error).message);
    }
    const cached = embedded.entry(name);
    let data: Buffer | undefined;
    let contentHash: string;
    let input: InputStat | undefined;
    if (storedFromSameFile(cached, path, st, cacheKey)) {
      contentHash = cached.contentHash;
      input = cached.input;
    } else {
      const readAt = Date.now();
      try {
        data = await timed('read', () => readInput(path));
      } catch (e) {
        return fail(e instanceof InputError ? e.reason : (e as Error).message);
      }
      bytes.read += data.length;
      const hashed = data;
      contentHash = await timed('hash', () => createHash('sha256').update(hashed).digest('hex'));
      input = st.mtimeMs < readAt - STAT_TRUST_MS && st.size === data.length ? st : undefined;
    }
    const cacheHit = !!cached && cached.contentHash === contentHash && cached.cacheKey === cacheKey;
    const prior = graph ? graphDocs!.get(name) : cached;
    const status: DocumentStatus = !prior ? 'new'
      : prior.contentHash === contentHash && cacheHit ? 'unchanged' : 'changed';

    if (status === 'unchanged') {
      embedded.relocate(name, path);
      embedded.noteInput(name, input);
      docs.unchanged++;
      const counts = cached?.counts ?? ZERO_COUNTS;
      addTotals(counts);
      return { index, path, name, status, counts, extracted: false };
    }

    // Facts the target held for this document before (the cached counts describe what the embedded
    // store holds; for Neo4j they are right when the cache holds the same content).
    const priorCounts = status === 'changed' && cached?.counts && (!graph || cached.contentHash === prior!.contentHash)
      ? cached.counts : undefined;

    let counts: FactCounts;
    let rows: GraphRows | undefined;
    let summary: Pick<DocumentSummary, 'language' | 'act' | 'warnings'> = {};
    if (cacheHit) {
      counts = cached.counts ?? ZERO_COUNTS;
      if (cached.path !== path) embedded.relocate(name, path);
      embedded.noteInput(name, input);
      if (graph) {
        // Cached, but not in the graph yet: its rows are made from the stored result.
        const result = JSON.parse((await timed('embedded', () => embedded.getSerialized(name)))!) as ExtractionResult;
        summary = summaryOf(result);
        rows = toGraph(result);
      }
    } else {
      // The worker extracts, writes the result file and (for a graph) makes the rows.
      const inputBytes = data!.length;
      const reply = await extractor().extract(path, data!, { contentHash, store: { dir: embedded.dir, cacheKey }, graphRows: !!graph });
      stages.extract += reply.ms;
      stages.embedded += reply.writeMs ?? 0;
      if (!reply.ok) {
        if (reply.storeError) throw new Error(`${embedded.dir}: cannot store the result of ${path}: ${reply.reason}`);
        return fail(reply.reason);
      }
      bytes.extracted += inputBytes;
      counts = reply.counts;
      summary = reply.summary;
      embedded.adopt(reply.stored, input);
      maybeFlush();
      if (reply.rows !== undefined) rows = JSON.parse(reply.rows) as GraphRows;
    }
    let removed = priorCounts ? totalFacts(priorCounts) : 0;
    if (graph && rows) {
      const r = await timed('neo4j', () => graph.load(rows));
      if (r && typeof r.removed === 'number') removed = r.removed;
      if (r && typeof r.elements === 'number') graphElements += r.elements;
    }
    docs[status]++;
    facts.added += totalFacts(counts);
    facts.removed += removed;
    addTotals(counts);
    return { index, path, name, status, counts, ...summary, extracted: !cacheHit };
  };

  function addTotals(c: FactCounts) {
    for (const k of Object.keys(totals) as (keyof FactCounts)[]) totals[k] += c[k];
  }

  const limit = pLimit(opts.concurrency * 2 + 2);
  try {
    await Promise.all(opts.files.map((path, index) => limit(async () => {
      // A store write that throws is not the document's fault: it stops the run.
      const started = performance.now();
      const d = await processOne(path, index);
      log.debug(`${path}: ${d.status}${d.extracted ? ', extracted' : ''} in ${Math.round(performance.now() - started)} ms`);
      opts.progress?.tick();
      emit(d);
    })));
  } finally {
    await pool?.close();
  }

  // Stored documents that are not inputs any more.
  const inputNames = new Set(firstPathOf.keys());
  const stored = graph ? [...graphDocs!.keys()] : embedded.names();
  const gone = stored.filter((n) => !inputNames.has(n)).sort();
  docs.notInInput = opts.prune ? 0 : gone.length;
  if (opts.prune) {
    await timed('prune', async () => {
      for (const name of gone) {
        const c = embedded.entry(name)?.counts;
        let removed = c ? totalFacts(c) : 0;
        if (graph) {
          const r = await graph.remove(name);
          if (r && typeof r.removed === 'number') removed = r.removed;
        }
        embedded.unstage(name);
        facts.removed += removed;
        docs.removed++;
        log.debug(`pruned ${name}`);
      }
    });
  }
  if (graph?.flush) await timed('neo4j', () => graph.flush!());
  if (graph?.busyMs) stages.neo4j = graph.busyMs();
  await timed('embedded', () => embedded.flush());
  if (flushError) throw flushError;

  return RunReport.parse({
    reportVersion: 1,
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    pipelineVersion: PIPELINE_VERSION,
    cacheKey,
    store: graph ? 'neo4j' : 'embedded',
    storeLocation: graph ? graph.location : embedded.dir,
    concurrency: opts.concurrency,
    inputs: opts.files.length,
    bytes,
    documents: docs,
    failures: failures.sort((a, b) => a.index - b.index).map(({ path, reason }) => ({ path, reason })),
    perInput,
    facts,
    totals,
    stagesMs: stages,
    graphElements,
    wallMs: performance.now() - t0,
    workerStartupMs,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  });
}
