/**
 * Where a batch writes: a sink takes each document's writes as they come, removes documents, and
 * `flush` returns once everything handed to it is durable (a sink may batch or write in the
 * background; a failed write is thrown by `flush` or a later call, never lost).
 * The embedded store is always a sink (it is the result cache and what `query` reads by default);
 * a graph store (Neo4j, ./neo4j-sink.ts) is one besides it.
 */
import { totalFacts, type EmbeddedStore, type StoreChange } from '../../graph/embedded/store.ts';
import type { GraphRows } from '../../schemas/graph.ts';
import { FlushPolicy } from './flush-policy.ts';

export interface Sink<Write> {
  write(w: Write): Promise<{ removed?: number; elements?: number } | void>;
  /** May say how many facts it removed. */
  remove(name: string): Promise<{ removed?: number } | void>;
  flush(): Promise<void>;
}

/** A graph store the batch loads into besides the embedded one. */
export interface GraphSink extends Sink<GraphRows> {
  readonly kind: 'neo4j';
  readonly location: string;
  /** The documents the graph holds (name → content hash), read once before the run. */
  documents(): Promise<Map<string, { contentHash: string }>>;
  /** `write` replaces the document's facts in the graph with its rows (graph/model `toGraph`), and
   * may say how many facts it removed and how many graph elements (nodes + relationships) it wrote. */
  write(rows: GraphRows): Promise<{ removed?: number; elements?: number } | void>;
  /** Time spent writing, when the sink writes in the background. */
  busyMs?(): number;
}

/** The embedded store as a batch's sink: `result`, `written` and `seen` changes go to its in-memory
 * manifest at once, and the manifest is written when `flush-policy.ts` says (after new results) and
 * at `flush`. A background manifest write that fails is thrown by `flush`. */
export function embeddedSink(store: EmbeddedStore, flushEvery: number): Sink<StoreChange> {
  const policy = new FlushPolicy(flushEvery, store.size, performance.now());
  let failure: unknown;
  const maybeFlush = () => {
    const startedAt = performance.now();
    if (!policy.documentWritten(startedAt)) return;
    store.flush().then(() => policy.flushed(startedAt, performance.now(), store.size), (e) => (failure ??= e));
  };
  return {
    async write(change) {
      await store.write([change]);
      if (change.kind === 'written' || change.kind === 'result') maybeFlush();
    },
    async remove(name) {
      const counts = store.entry(name)?.counts;
      await store.write([{ kind: 'removed', name }]);
      return counts ? { removed: totalFacts(counts) } : undefined;
    },
    async flush() {
      await store.flush();
      if (failure) throw failure;
    },
  };
}
