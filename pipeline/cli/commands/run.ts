/**
 * `zangraph run` (extract + load, the main job), `zangraph ingest` (extract into the data folder) and
 * `zangraph load` (the data folder's results into Neo4j).
 * Guarantees: stdout carries the result (one line per document in input order, totals, where the
 * store is; or the run report as JSON with --format json), stderr the progress and log lines; the
 * run report is also written to <data>/run-report.json (and --report <file>); exit code 1 when any
 * input failed (the others are still stored), 2 on a usage error.
 */
import { availableParallelism } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import type { Command } from '../command.ts';
import { UsageError } from '../command.ts';
import { NEO4J_FLAGS, NEO4J_HELP, neo4jFlags, parse, validate } from '../args.ts';
import { RunOptions } from '../../../schemas/cli.ts';
import { collectInputs } from '../../batch/collect.ts';
import { runBatch, type DocumentSummary } from '../../batch/run-batch.ts';
import type { GraphSink } from '../../batch/sink.ts';
import { loadStore } from '../../batch/load.ts';
import { humanSummary } from '../../batch/report.ts';
import type { RunReport } from '../../../schemas/run.ts';
import { LogLevel, Logger, Progress } from '../../batch/progress.ts';
import { EmbeddedStore } from '../../../graph/embedded/store.ts';
import { UserError } from '../../shared/user-error.ts';
import { checkDataFolder, dataFolderWriteError, lockDataFolder } from '../../batch/data-folder.ts';

const RUN_FLAGS = {
  data: { type: 'string' },
  store: { type: 'string' },
  concurrency: { type: 'string' },
  'max-bytes': { type: 'string' },
  format: { type: 'string' },
  prune: { type: 'boolean' },
  'log-level': { type: 'string' },
  report: { type: 'string' },
  wait: { type: 'boolean' },
  'doc-timeout': { type: 'string' },
  ...NEO4J_FLAGS,
} as const;

/** The batch options on top of the shared run options. */
const BatchRunOptions = RunOptions.extend({
  prune: z.boolean().default(false),
  logLevel: LogLevel.default('info'),
  report: z.string().min(1).optional(),
  wait: z.boolean().default(false),
});
type BatchRunOptions = z.infer<typeof BatchRunOptions>;

function optionsFrom(argv: string[], defaultPaths: string[], defaultStore: 'embedded' | 'neo4j'): BatchRunOptions {
  const { values, positionals } = parse(argv, RUN_FLAGS);
  return validate(BatchRunOptions, {
    paths: positionals.length ? positionals : defaultPaths,
    data: values.data,
    store: values.store ?? defaultStore,
    concurrency: values.concurrency,
    maxBytes: values['max-bytes'],
    format: values.format,
    prune: values.prune,
    logLevel: values['log-level'],
    report: values.report,
    wait: values.wait,
    docTimeout: values['doc-timeout'],
    neo4j: neo4jFlags(values),
  });
}

function documentLine(d: DocumentSummary, width: number): string {
  const status = d.status === 'failed' ? 'FAILED' : d.status;
  let detail: string;
  if (d.status === 'failed') detail = d.reason ?? '';
  else {
    const c = d.counts!;
    const head = d.language ? `${d.language} ${d.act ?? 'no act header'}: ` : '';
    detail = `${head}${c.reglaments} reglaments, ${c.steps} steps, ${c.terms} terms, ${c.relations} relations` +
      (d.warnings ? ` (${d.warnings} warnings)` : '');
  }
  return `${d.path.padEnd(width)}  ${status.padEnd(9)}  ${detail}`;
}

async function writeReports(report: RunReport, opts: BatchRunOptions): Promise<void> {
  const json = JSON.stringify(report, null, 2) + '\n';
  await mkdir(opts.data, { recursive: true });
  await writeFile(join(opts.data, 'run-report.json'), json);
  if (opts.report) {
    await mkdir(dirname(opts.report), { recursive: true });
    await writeFile(opts.report, json);
  }
}

async function graphTarget(opts: BatchRunOptions): Promise<GraphSink & { close(): Promise<void> } | undefined> {
  if (opts.store !== 'neo4j') return undefined;
  // Loaded only here: neo4j-driver is slow to load, and most runs never need it.
  const { openNeo4jSink } = await import('../../batch/neo4j-sink.ts');
  return openNeo4jSink(opts.neo4j);
}

/** The process and the heap limit it runs with (bin/zangraph.mjs decides Node's flags), for debugging. */
function logNode(log: Logger): void {
  log.debug(`node process ${process.pid}, heap limit ${Math.round(getHeapStatistics().heap_size_limit / 2 ** 20)} MB`);
}

/** Workers per core above which more only costs memory (each worker holds its own pipeline and heap). */
const MAX_WORKERS_PER_CORE = 4;

/** The concurrency asked for, capped at MAX_WORKERS_PER_CORE per core with a warning. */
function cappedConcurrency(asked: number | undefined, log: Logger): number {
  const cores = availableParallelism();
  const cap = MAX_WORKERS_PER_CORE * cores;
  if (asked === undefined) return cores;
  if (asked <= cap) return asked;
  log.warn(`--concurrency ${asked} is more than ${MAX_WORKERS_PER_CORE} workers per core (${cores} cores): using ${cap}`);
  return cap;
}

async function runPipeline(argv: string[], defaultPaths: string[], withGraph: boolean): Promise<number> {
  const opts = optionsFrom(argv, defaultPaths, 'embedded');
  if (opts.paths.length === 0) throw new UsageError('no input paths');
  if (!withGraph && opts.store !== 'embedded') throw new UsageError('ingest keeps results in the data folder only; use `run --store neo4j` or `load --store neo4j`');
  const log = new Logger(opts.logLevel);
  logNode(log);
  const concurrency = cappedConcurrency(opts.concurrency, log);
  await checkDataFolder(opts.data);
  const t0 = performance.now();
  const { files, missing, skipped, unreadable } = await collectInputs(opts.paths, { dataDir: opts.data });
  const collectMs = performance.now() - t0;
  for (const m of missing) log.error(`${m}: no such file or folder`);
  if (files.length === 0) {
    const notRead = skipped.length ? `; not read: ${skipped.slice(0, 5).map((s) => `${s.path} (${s.reason})`).join(', ')}${skipped.length > 5 ? ', ...' : ''}` : '';
    throw new UsageError(`no documents (.txt, .md, .pdf, .html, .docx) found in ${opts.paths.join(', ')}${notRead}`);
  }
  const lock = await lockDataFolder(opts.data, `zangraph ${withGraph ? 'run' : 'ingest'}`, { wait: opts.wait, onWait: (m) => log.info(m) });
  let graph: Awaited<ReturnType<typeof graphTarget>>;
  try {
    // Opened under the lock: another writer may have changed the manifest until then.
    const embedded = await EmbeddedStore.open(opts.data);
    graph = withGraph ? await graphTarget(opts) : undefined;
    const progress = new Progress(files.length, { enabled: log.enabled('info') && opts.format === 'table' });
    const table = opts.format === 'table';
    const width = Math.min(Math.max(...files.map((f) => f.length), 8), 60);
    log.debug(`${files.length} documents, concurrency ${concurrency}`);
    const report = await runBatch({
      files, skipped, unreadable, embedded, graph, concurrency, maxBytes: opts.maxBytes, prune: opts.prune, docTimeoutMs: opts.docTimeout * 1000,
      logger: new Logger(opts.logLevel, process.stderr, () => progress.clear()),
      progress,
      onDocument: table ? (d) => { progress.clear(); console.log(documentLine(d, width)); } : undefined,
    });
    progress.stop();
    report.stagesMs.collect = collectMs;
    await writeReports(report, opts);
    if (table) {
      for (const line of humanSummary(report)) console.log(line);
      console.log(`store: embedded, ${resolve(embedded.dir)} (${embedded.names().length} documents)`);
      if (graph) console.log(`store: neo4j, ${graph.location}`);
      console.log(`report: ${resolve(opts.report ?? join(opts.data, 'run-report.json'))}`);
    } else console.log(JSON.stringify(report, null, 2));
    return report.documents.failed || missing.length ? 1 : 0;
  } catch (e) {
    throw dataFolderWriteError(opts.data, e);
  } finally {
    await graph?.close();
    lock.release();
  }
}

async function runLoad(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, RUN_FLAGS);
  if (positionals.length) throw new UsageError(`load takes no paths (it loads the results under --data); got ${positionals.join(' ')}`);
  const opts = optionsFrom(argv, [], 'neo4j');
  if (opts.store !== 'neo4j') throw new UsageError(`load fills a graph store from the data folder: --store neo4j (got ${values.store})`);
  const log = new Logger(opts.logLevel);
  logNode(log);
  const embedded = await EmbeddedStore.open(opts.data);
  if (embedded.names().length === 0) throw new UserError(`${resolve(opts.data)}: no extraction results to load (run \`zangraph ingest <paths>\` first)`);
  const graph = (await graphTarget(opts))!;
  try {
    const progress = new Progress(embedded.names().length, { enabled: log.enabled('info') && opts.format === 'table' });
    const r = await loadStore({ embedded, graph, prune: opts.prune, concurrency: opts.concurrency ?? availableParallelism(), progress });
    progress.stop();
    if (opts.format === 'json') console.log(JSON.stringify(r, null, 2));
    else {
      console.log(`${r.documents} documents: ${r.loaded} loaded, ${r.unchanged} unchanged` + (r.removed ? `, ${r.removed} removed` : '') +
        (r.notInData ? `; ${r.notInData} graph documents are not in the data folder (run with --prune to remove them)` : ''));
      console.log(`time: ${(r.wallMs / 1000).toFixed(1)} s`);
      console.log(`store: neo4j, ${graph.location}`);
    }
    return 0;
  } finally {
    await graph.close();
  }
}

const COMMON_HELP = `  --data <dir>          data folder of the embedded store (default .zangraph/)
  --concurrency <n>     documents extracted at once, one worker thread each (default: number of cores)
  --prune               remove from the store the documents that are not in the input set any more
  --log-level <level>   silent, error, warn, info (default; progress on stderr), debug
  --format <f>          table (default) or json (the run report on stdout)
  --report <file>       also write the run report there (it is always in <data>/run-report.json)
  --max-bytes <n>       refuse files larger than this (default 50 MiB)
  --doc-timeout <s>     fail a document whose extraction takes longer than this many seconds; its
                        worker is replaced and the run goes on (default 120)
  --wait                when another run is writing the data folder, wait for it (default: exit 1
                        naming it)`;

export const runCommand: Command = {
  name: 'run',
  help: `Usage: zangraph run [paths...] [--data <dir>] [--store embedded|neo4j] [--concurrency N] [--prune]

Extracts every document under the given files or folders (default: corpus/) and loads the facts
into the store. Incremental: a document whose content and pipeline are unchanged since the last run
is skipped; a changed one is re-extracted and its old facts replaced. Prints per-document counts,
totals and where the store is; writes the run report. Exit code 1 when any input failed (the others
are still loaded), 2 on a usage error.

Options:
  --store <kind>        embedded (default) or neo4j (the embedded store is kept as the cache too)
${COMMON_HELP}
${NEO4J_HELP}`,
  run: (argv) => runPipeline(argv, ['corpus'], true),
};

export const ingestCommand: Command = {
  name: 'ingest',
  help: `Usage: zangraph ingest <paths...> [--data <dir>] [--concurrency N] [--prune]

Extracts every document under the given files or folders and stores each result under the data
folder (default .zangraph/), replacing earlier results of the same documents; unchanged documents
are skipped. Prints per-document counts. Exit code 1 when any input failed.

Options:
${COMMON_HELP}`,
  run: (argv) => runPipeline(argv, [], false),
};

export const loadCommand: Command = {
  name: 'load',
  help: `Usage: zangraph load [--store neo4j] [--data <dir>] [--prune]

Loads every result under the data folder (written by \`ingest\` or \`run\`) into Neo4j, skipping
documents the graph already holds with the same content; with --prune, removes from the graph the
documents the data folder does not hold.

Options:
  --store neo4j         the graph store to load (the only one)
  --data <dir>          data folder (default .zangraph/)
  --prune               remove graph documents not in the data folder
  --concurrency <n>     documents loaded at once
  --log-level <level>   silent, error, warn, info (default), debug
  --format <f>          table (default) or json
${NEO4J_HELP}`,
  run: (argv) => runLoad(argv),
};
