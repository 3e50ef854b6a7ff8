/**
 * Extraction worker: runs the whole per-document pipeline (extractBytes) on bytes the main thread
 * read, off the main thread, and writes the result file into the embedded store's folder itself.
 * Guarantees to the pool: exactly one reply per task, carrying either the stored result's manifest
 * entry with its fact counts (and the graph rows when asked), or the reason it failed; a failing
 * document never stops the worker. Only small messages go back: on two cores, every millisecond the
 * main thread spends copying or writing a result is taken from the other worker.
 */
import { parentPort } from 'node:worker_threads';
import { extractBytes } from '../extract-file.ts';
import { countFacts, writeResult } from '../../graph/embedded/store.ts';
import { toGraph } from '../../graph/model/index.ts';
import { reasonOf, summaryOf, type WorkerReply, type WorkerTask } from './protocol.ts';

if (!parentPort) throw new Error('pipeline/batch/worker.ts must run in a worker thread');
const port = parentPort;

// The pool may post the next task before this one is done: tasks are handled one after another.
let queue: Promise<void> = Promise.resolve();
port.on('message', (task: WorkerTask) => {
  queue = queue.then(async () => {
    const t0 = performance.now();
    let reply: WorkerReply;
    try {
      reply = await handle(task, t0);
    } catch (e) {
      reply = { id: task.id, ok: false, reason: reasonOf(e), ms: performance.now() - t0 }; // exactly one reply per task
    }
    port.postMessage(reply);
  });
});

async function handle(task: WorkerTask, t0: number): Promise<WorkerReply> {
  let result;
  let rows: string | undefined;
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
      ...(rows !== undefined ? { rows } : {}),
      ms: t1 - t0,
      writeMs: performance.now() - t1,
    };
  } catch (e) {
    // Not the document's fault: the batch stops on it, as on any store failure.
    return { id: task.id, ok: false, storeError: true, reason: (e as Error).message, ms: t1 - t0, writeMs: performance.now() - t1 };
  }
}

port.postMessage({ ready: true });
