import { resolve } from 'node:path';
import type { Command } from '../command.ts';
import { UsageError } from '../command.ts';
import { parse, validate } from '../args.ts';
import { RunOptions } from '../../../schemas/cli.ts';
import { collectInputs } from '../../batch/collect.ts';
import { countFacts, extractBatch, type DocumentOutcome } from '../../batch/run-batch.ts';
import { EmbeddedStore } from '../../../graph/embedded/store.ts';

const RUN_FLAGS = {
  data: { type: 'string' },
  store: { type: 'string' },
  concurrency: { type: 'string' },
  'max-bytes': { type: 'string' },
  format: { type: 'string' },
  uri: { type: 'string' },
  user: { type: 'string' },
  password: { type: 'string' },
  database: { type: 'string' },
} as const;

function optionsFrom(argv: string[], defaultPaths: string[]) {
  const { values, positionals } = parse(argv, RUN_FLAGS);
  return validate(RunOptions, {
    paths: positionals.length ? positionals : defaultPaths,
    data: values.data,
    store: values.store,
    concurrency: values.concurrency,
    maxBytes: values['max-bytes'],
    format: values.format,
    neo4j: { uri: values.uri, user: values.user, password: values.password, database: values.database },
  });
}

function printOutcomes(outcomes: DocumentOutcome[]): void {
  const rows = outcomes.map((o) => {
    if (o.status === 'failed') return { doc: o.path, status: 'FAILED', detail: o.reason };
    const c = countFacts(o.result);
    const act = o.result.act ? `${o.result.act.number ?? '?'} of ${o.result.act.date ?? '?'}` : 'no act header';
    return {
      doc: o.path,
      status: o.status,
      detail: `${o.result.language} ${act}: ${c.reglaments} reglaments, ${c.steps} steps, ${c.terms} terms, ${c.relations} relations`,
    };
  });
  const w = Math.max(...rows.map((r) => r.doc.length), 8);
  for (const r of rows) console.log(`${r.doc.padEnd(w)}  ${r.status.padEnd(8)}  ${r.detail}`);
  const ok = outcomes.filter((o) => o.status !== 'failed') as Extract<DocumentOutcome, { result: unknown }>[];
  const totals = ok.reduce((t, o) => {
    const c = countFacts(o.result);
    t.reglaments += c.reglaments;
    t.steps += c.steps;
    t.relations += c.relations;
    return t;
  }, { reglaments: 0, steps: 0, relations: 0 });
  const failed = outcomes.length - ok.length;
  console.log(`${outcomes.length} documents (${ok.length} ok, ${failed} failed), ${totals.reglaments} reglaments, ${totals.steps} steps, ${totals.relations} relations in total`);
}

async function runPipeline(argv: string[], defaultPaths: string[], load: boolean): Promise<number> {
  const opts = optionsFrom(argv, defaultPaths);
  if (opts.paths.length === 0) throw new UsageError('no input paths');
  const { files, missing } = await collectInputs(opts.paths);
  for (const m of missing) console.error(`${m}: no such file or folder`);
  if (files.length === 0) throw new UsageError(`no documents (.txt, .md, .pdf) found in ${opts.paths.join(', ')}`);
  const outcomes = await extractBatch(files, { concurrency: opts.concurrency, maxBytes: opts.maxBytes });
  // The embedded store under --data always keeps the results: it is what `ingest` produces and
  // what `run` queries by default; `run --store neo4j` loads them into Neo4j as well.
  const store = await EmbeddedStore.open(opts.data);
  for (const o of outcomes) if (o.status !== 'failed') await store.put(o.result);
  printOutcomes(outcomes);
  console.log(`store: embedded, ${resolve(store.dir)} (${store.names().length} documents)`);
  if (load && opts.store === 'neo4j') throw new UsageError('--store neo4j is not available yet');
  return outcomes.some((o) => o.status === 'failed') || missing.length ? 1 : 0;
}

export const runCommand: Command = {
  name: 'run',
  summary: 'the main job: extract documents and load them into the store (default: corpus/)',
  help: `Usage: zangraph run [paths...] [--data <dir>] [--store embedded|neo4j] [--concurrency N]

Extracts every document under the given files or folders (default: corpus/) and loads the facts
into the store. Prints per-document counts and where the store is. Exit code 1 when any input failed
(the others are still loaded), 2 on a usage error.

Options:
  --data <dir>          data folder of the embedded store (default .zangraph/)
  --store <kind>        embedded (default) or neo4j
  --concurrency <n>     documents processed at once (default: number of cores)
  --max-bytes <n>       refuse files larger than this (default 50 MiB)
  --uri, --user, --password, --database   Neo4j connection (default: NEO4J_URI, NEO4J_USERNAME,
                        NEO4J_PASSWORD, NEO4J_DATABASE)`,
  run: (argv) => runPipeline(argv, ['corpus'], true),
};

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'extract documents and keep their results in the data folder',
  help: `Usage: zangraph ingest <paths...> [--data <dir>] [--concurrency N]

Extracts every document under the given files or folders and stores each result under the data
folder (default .zangraph/), replacing earlier results of the same documents. Prints per-document
counts. Exit code 1 when any input failed.`,
  run: (argv) => runPipeline(argv, [], false),
};
