import {
  openNeo4jStore,
  resolveNeo4jConfig
} from "./chunk-IC6PFQQR.mjs";
import "./chunk-XCZL7IAR.mjs";
import "./chunk-PQ46OHWZ.mjs";
import "./chunk-VXHWECNZ.mjs";

// pipeline/batch/neo4j-target.ts
async function openNeo4jTarget(flags, options = {}) {
  const config = resolveNeo4jConfig(flags);
  const store = await openNeo4jStore(config);
  const limit = options.batchElements ?? 2e4;
  const held = new Set((await store.documents()).map((d) => d.name));
  let pending = [];
  let pendingElements = 0;
  let writer = Promise.resolve();
  let failure;
  let busy = 0;
  let queued = 0;
  const enqueue = (work) => {
    queued++;
    const timedWork = async () => {
      const t0 = performance.now();
      try {
        await work();
      } finally {
        busy += performance.now() - t0;
      }
    };
    writer = writer.then(() => failure ? void 0 : timedWork()).catch((e) => {
      failure ??= e;
    }).finally(() => {
      queued--;
    });
    return writer;
  };
  const writeBatch = () => {
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
    kind: "neo4j",
    store,
    location: `${config.uri}${config.database ? ` (database ${config.database})` : ""}`,
    async documents() {
      return new Map((await store.documents()).map((d) => [d.name, { contentHash: d.contentHash }]));
    },
    async load(g) {
      check();
      const elements = g.nodes.length + g.rels.length;
      if (held.has(g.doc)) {
        await enqueue(async () => {
          await store.loadGraph(g);
        });
        check();
      } else {
        held.add(g.doc);
        while (pendingElements >= limit) {
          await writer;
          if (pendingElements >= limit) void writeBatch();
        }
        pending.push(g);
        pendingElements += elements;
        if (pendingElements >= limit && queued === 0) void writeBatch();
        check();
      }
      return { elements };
    },
    async remove(name) {
      await writeBatch();
      await enqueue(() => store.removeDocument(name));
      held.delete(name);
      check();
    },
    async flush() {
      await writeBatch();
      await writer;
      check();
    },
    busyMs: () => busy,
    close: () => store.close()
  };
}
export {
  openNeo4jTarget
};
//# sourceMappingURL=neo4j-target-5EBDBPF3.mjs.map
