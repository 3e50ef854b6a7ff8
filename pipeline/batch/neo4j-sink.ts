/**
 * The Neo4j store (graph/neo4j/store.ts) as a batch's graph sink (./sink.ts). Guarantees:
 * - connection settings come from the flags, else NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD /
 *   NEO4J_DATABASE; an unreachable server or a refused login fails before any document is processed,
 *   with the store's one user-facing line naming the URI and a hint;
 * - a document the graph already holds is replaced in its own transaction (`loadGraph`: its old
 *   facts deleted, the new ones written);
 * - documents the graph does not hold yet are written many per transaction (`loadNewDocuments`: UNWIND
 *   batches per label and relationship shape, their own nodes created rather than merged). That is
 *   sound because there is nothing of theirs to delete first, and every owned row carries its own
 *   `doc` (graph/model guarantees it), so later replacements and removals still find each document's
 *   facts. One writer at a time: concurrent transactions MERGing the same shared nodes (regions, roles,
 *   services) only wait on each other's locks.
 * - `flush` returns once everything handed to `write` is committed and the validity computed from the
 *   whole graph is written onto it (graph/neo4j/validity.ts); a failed write is thrown there (or by
 *   the next `write`), never lost.
 */
import { openNeo4jStore, resolveNeo4jConfig, type Neo4jStore } from '../../graph/neo4j/store.ts';
import type { Neo4jFlags } from '../../schemas/neo4j.ts';
import type { GraphRows } from '../../schemas/graph.ts';
import { hasValidity, writeValidity } from '../../graph/neo4j/validity.ts';
import type { GraphSink } from './sink.ts';

export type Neo4jSink = GraphSink & { store: Neo4jStore; busyMs(): number; close(): Promise<void> };

export interface Neo4jSinkOptions {
  /** Graph elements (nodes + relationships) per multi-document transaction. */
  batchElements?: number;
}

export async function openNeo4jSink(flags: Neo4jFlags, options: Neo4jSinkOptions = {}): Promise<Neo4jSink> {
  const config = resolveNeo4jConfig(flags);
  const store = await openNeo4jStore(config);
  const limit = options.batchElements ?? 20_000;
  let held: Set<string>;
  try {
    held = new Set((await store.documents()).map((d) => d.name));
  } catch (e) {
    await store.close(); // a sink that cannot open leaves no connection behind
    throw e;
  }
  let pending: GraphRows[] = [];
  let pendingElements = 0;
  // The single writer: every write chains on this promise.
  let writer: Promise<void> = Promise.resolve();
  let failure: unknown;
  let busy = 0;
  // Documents loaded or removed since validity was last written.
  let changed = false;

  // Writes queued on the writer and not finished yet.
  let queued = 0;
  const enqueue = (work: () => Promise<void>): Promise<void> => {
    queued++;
    const timedWork = async () => {
      const t0 = performance.now();
      try {
        await work();
      } finally {
        busy += performance.now() - t0;
      }
    };
    writer = writer.then(() => (failure ? undefined : timedWork())).catch((e) => {
      failure ??= e;
    }).finally(() => {
      queued--;
    });
    return writer;
  };
  const writeBatch = (): Promise<void> => {
    if (!pending.length) return writer;
    const graphs = pending;
    pending = [];
    pendingElements = 0;
    return enqueue(async () => {
      await store.loadNewDocuments(graphs);
    });
  };
  const check = () => {
    if (failure) throw failure;
  };

  return {
    kind: 'neo4j',
    store,
    location: `${config.uri}${config.database ? ` (database ${config.database})` : ''}`,
    async documents() {
      return new Map((await store.documents()).map((d) => [d.name, { contentHash: d.contentHash }]));
    },
    async write(g: GraphRows) {
      check();
      changed = true;
      const elements = g.nodes.length + g.rels.length;
      if (held.has(g.doc)) {
        await enqueue(async () => {
          await store.loadGraph(g);
        });
        check();
      } else {
        held.add(g.doc);
        // Back-pressure: at most one batch being written and one being filled. A write that finds the
        // batch full waits for the write in progress, then hands the full batch to the writer; so
        // memory stays bounded however far extraction runs ahead of Neo4j.
        while (pendingElements >= limit) {
          await writer;
          if (pendingElements >= limit) void writeBatch();
        }
        pending.push(g);
        pendingElements += elements;
        // A full batch goes at once when the writer is idle.
        if (pendingElements >= limit && queued === 0) void writeBatch();
        check();
      }
      return { elements };
    },
    async remove(name: string) {
      changed = true;
      await writeBatch();
      await enqueue(() => store.removeDocument(name));
      held.delete(name);
      check();
    },
    async flush() {
      await writeBatch();
      await writer;
      check();
      // Validity depends on every document: computed again once the graph has changed.
      if (changed || !(await hasValidity(store))) await enqueue(async () => { await writeValidity(store); });
      changed = false;
      await writer;
      check();
    },
    busyMs: () => busy,
    close: () => store.close(),
  };
}
