/**
 * `zangraph load`: the embedded store's results → a graph store (Neo4j), incrementally.
 * Guarantees: a document the graph already holds with the same content hash is not sent again; a
 * document whose content differs replaces its old facts; with `prune`, graph documents the data folder
 * does not hold are removed. Results are read one at a time (memory does not grow with the store).
 */
import pLimit from 'p-limit';
import type { EmbeddedStore } from '../../graph/embedded/store.ts';
import { toGraph } from '../../graph/model/index.ts';
import type { GraphSink } from './sink.ts';
import type { Progress } from './progress.ts';

export interface LoadReport {
  documents: number;
  loaded: number;
  unchanged: number;
  removed: number;
  notInData: number;
  wallMs: number;
}

export async function loadStore(opts: {
  embedded: EmbeddedStore;
  graph: GraphSink;
  prune?: boolean;
  concurrency?: number;
  progress?: Progress;
}): Promise<LoadReport> {
  const t0 = performance.now();
  const { embedded, graph } = opts;
  const inGraph = await graph.documents();
  const names = embedded.names();
  const report: LoadReport = { documents: names.length, loaded: 0, unchanged: 0, removed: 0, notInData: 0, wallMs: 0 };
  const limit = pLimit(opts.concurrency ?? 2);
  await Promise.all(names.map((name) => limit(async () => {
    if (inGraph.get(name)?.contentHash === embedded.entry(name)!.contentHash) report.unchanged++;
    else {
      const result = await embedded.get(name);
      if (result) {
        await graph.write(toGraph(result));
        report.loaded++;
      }
    }
    opts.progress?.tick();
  })));
  await graph.flush();
  const held = new Set(names);
  const gone = [...inGraph.keys()].filter((n) => !held.has(n)).sort();
  if (opts.prune) {
    for (const name of gone) await graph.remove(name);
    await graph.flush();
    report.removed = gone.length;
  } else report.notInData = gone.length;
  report.wallMs = performance.now() - t0;
  return report;
}
