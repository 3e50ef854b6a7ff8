/**
 * Neo4j parts of the benchmark: the local server (started with graph/neo4j/server.ts, idempotent),
 * emptying the database between runs, and the load rate of the batched loader (the one the CLI
 * uses: pipeline/batch/neo4j-sink.ts, many documents per transaction, UNWIND batches) against the
 * one-statement-per-row baseline (./neo4j-row-by-row.ts), both on the same documents.
 * The benchmark runs its own server (its own folder and port) so that tests sharing the default local
 * server cannot clear the graph under it, nor it theirs.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { EmbeddedStore } from '../graph/embedded/store.ts';
import { toGraph } from '../graph/model/index.ts';
import type { ExtractionResult } from '../schemas/extraction.ts';
import { openNeo4jSink } from '../pipeline/batch/neo4j-sink.ts';
import { clearGraph } from '../graph/neo4j/store.ts';
import { writeValidity } from '../graph/neo4j/validity.ts';
import { loadRowByRow } from './neo4j-row-by-row.ts';

function connection() {
  return {
    uri: process.env.NEO4J_URI!,
    user: process.env.NEO4J_USERNAME ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD!,
    database: process.env.NEO4J_DATABASE,
  };
}

let driver: Driver | undefined;
function db(): Driver {
  const c = connection();
  return (driver ??= neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password)));
}

// Not 17687 (the tests' server) nor 17688 (the crash test's own).
const BENCH_PORT = 17689;
const BENCH_PASSWORD = 'zangraph-bench-local';

/** Starts the benchmark's local server under `serverDir` unless NEO4J_URI points elsewhere; sets
 * NEO4J_* for the CLI runs. */
let startedDir: string | undefined;

/** Stops the benchmark's server if this process started it. */
export async function stopBenchNeo4j(): Promise<void> {
  await driver?.close();
  driver = undefined;
  if (!startedDir) return;
  const { stopServer } = await import('../graph/neo4j/server.ts');
  await stopServer({ dir: startedDir, port: BENCH_PORT, password: BENCH_PASSWORD, log: () => {} });
}

export async function neo4jAvailable(serverDir: string): Promise<{ ok: boolean; why: string }> {
  try {
    if (!process.env.NEO4J_URI) {
      const { startServer } = await import('../graph/neo4j/server.ts');
      const s = await startServer({ dir: serverDir, port: BENCH_PORT, password: BENCH_PASSWORD, log: () => {} });
      if (s.started) startedDir = serverDir;
      process.env.NEO4J_URI = s.uri;
      process.env.NEO4J_USERNAME = 'neo4j';
      process.env.NEO4J_PASSWORD = BENCH_PASSWORD;
      delete process.env.NEO4J_DATABASE;
    }
    await db().verifyConnectivity();
    return { ok: true, why: `${process.env.NEO4J_URI} (Neo4j 5.26 Community, local)` };
  } catch (e) {
    return { ok: false, why: (e as Error).message.split('\n')[0]! };
  }
}

/** Deletes every node and relationship (in batches: the graph of 10,000 documents is large). */
export async function resetNeo4j(): Promise<void> {
  await clearGraph(db(), connection().database);
}

export async function benchNeo4jLoad(dataDir: string, sample: number) {
  const store = await EmbeddedStore.open(dataDir);
  const names = store.names().slice(0, sample);
  const results: ExtractionResult[] = [];
  for (const n of names) results.push((await store.get(n))!);
  const graphs = results.map(toGraph);
  const elements = graphs.reduce((s, g) => s + g.nodes.length + g.rels.length, 0);

  // Only the loading is timed: connecting, creating the schema and closing are the same for both.
  type Target = Awaited<ReturnType<typeof openNeo4jSink>>;
  const timeLoad = async (load: (target: Target) => Promise<unknown>) => {
    await resetNeo4j();
    const target = await openNeo4jSink({});
    try {
      const t0 = performance.now();
      await load(target);
      return { seconds: (performance.now() - t0) / 1000 };
    } finally {
      await target.close();
    }
  };
  // Batched: the loader `run --store neo4j` uses (many documents per transaction, UNWIND batches).
  const batched = (gs: typeof graphs) => async (target: Target) => {
    for (const g of gs) await target.write(g);
    await target.flush();
  };
  // Baseline: one statement per node and per relationship, then the same validity as the batched
  // loader's flush writes, so both leave the same graph.
  const rowByRow = (gs: typeof graphs) => async (target: Target) => {
    for (const g of gs) await loadRowByRow(target.store, g);
    await writeValidity(target.store);
  };
  // Both warm up first on the whole sample (the client's and the freshly started server's JIT compiled,
  // query plans cached), then each is timed three times, alternating; the best run of each counts (a
  // single run of the batched loader is one large commit, whose fsync and server GC vary a lot here).
  await timeLoad(batched(graphs));
  await timeLoad(rowByRow(graphs));
  const runs = { batched: [] as number[], rowByRow: [] as number[] };
  for (let round = 0; round < 3; round++) {
    runs.batched.push((await timeLoad(batched(graphs))).seconds);
    runs.rowByRow.push((await timeLoad(rowByRow(graphs))).seconds);
  }
  const best = (xs: number[]) => ({ seconds: Math.min(...xs) });
  await resetNeo4j();
  await driver?.close();
  driver = undefined;
  return { documents: names.length, elements, batched: best(runs.batched), rowByRow: best(runs.rowByRow) };
}
