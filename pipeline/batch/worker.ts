/**
 * Extraction worker: runs the whole per-document pipeline (extractBytes) on bytes the main thread
 * read, off the main thread. Guarantees to the pool: exactly one reply per task, carrying either the
 * result already serialized (so the main thread writes it without serializing again) with its fact
 * counts, or the reason it failed; a failing document never stops the worker.
 */
import { parentPort } from 'node:worker_threads';
import { extractBytes } from '../extract-file.ts';
import { countFacts } from '../../graph/embedded/store.ts';
import { reasonOf, type WorkerReply, type WorkerTask } from './protocol.ts';

if (!parentPort) throw new Error('pipeline/batch/worker.ts must run in a worker thread');
const port = parentPort;

port.on('message', async (task: WorkerTask) => {
  const t0 = performance.now();
  let reply: WorkerReply;
  try {
    const result = await extractBytes(task.path, new Uint8Array(task.bytes));
    reply = {
      id: task.id,
      ok: true,
      meta: { source: result.source, contentHash: result.contentHash, pipelineVersion: result.pipelineVersion, path: result.path },
      json: JSON.stringify(result),
      counts: countFacts(result),
      language: result.language,
      act: result.act ? `${result.act.number ?? '?'} of ${result.act.date ?? '?'}` : null,
      warnings: result.diagnostics.filter((d) => d.severity !== 'info').length,
      ms: performance.now() - t0,
    };
  } catch (e) {
    reply = { id: task.id, ok: false, reason: reasonOf(e), ms: performance.now() - t0 };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true });
