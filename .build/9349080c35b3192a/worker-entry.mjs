import {
  countFacts,
  reasonOf,
  summaryOf,
  writeResult
} from "./chunk-MKHJFURA.mjs";
import {
  extractBytes
} from "./chunk-GD227YQD.mjs";
import "./chunk-Z2SMPQQD.mjs";
import {
  toGraph
} from "./chunk-XCZL7IAR.mjs";
import "./chunk-PQ46OHWZ.mjs";
import "./chunk-ZMMWVS5X.mjs";
import "./chunk-VXHWECNZ.mjs";

// pipeline/batch/worker.ts
import { parentPort } from "node:worker_threads";
if (!parentPort) throw new Error("pipeline/batch/worker.ts must run in a worker thread");
var port = parentPort;
var queue = Promise.resolve();
port.on("message", (task) => {
  queue = queue.then(async () => {
    const t0 = performance.now();
    let reply;
    try {
      reply = await handle(task, t0);
    } catch (e) {
      reply = { id: task.id, ok: false, reason: reasonOf(e), ms: performance.now() - t0 };
    }
    port.postMessage(reply);
  });
});
async function handle(task, t0) {
  let result;
  let rows;
  try {
    result = await extractBytes(task.path, new Uint8Array(task.bytes), task.contentHash);
    if (task.graphRows) rows = JSON.stringify(toGraph(result));
  } catch (e) {
    return { id: task.id, ok: false, reason: reasonOf(e), ms: performance.now() - t0 };
  }
  const counts = countFacts(result);
  const t1 = performance.now();
  try {
    const stored = await writeResult(task.store.dir, result, JSON.stringify(result), counts, task.store.cacheKey);
    return {
      id: task.id,
      ok: true,
      stored,
      counts,
      summary: summaryOf(result),
      ...rows !== void 0 ? { rows } : {},
      ms: t1 - t0,
      writeMs: performance.now() - t1
    };
  } catch (e) {
    return { id: task.id, ok: false, storeError: true, reason: e.message, ms: t1 - t0, writeMs: performance.now() - t1 };
  }
}
port.postMessage({ ready: true });
//# sourceMappingURL=worker-entry.mjs.map
