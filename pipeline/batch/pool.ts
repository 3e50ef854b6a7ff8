/**
 * A fixed pool of extraction worker threads. Guarantees: at most `size` documents are extracted at
 * once, one per worker; tasks start in the order they are submitted; a worker that dies (a crash, out
 * of memory) fails only the document it was extracting, is replaced, and the task queued behind it
 * goes to the next free worker; a document that takes longer than the time limit fails ("extraction
 * took longer than …") and its worker is ended and replaced the same way; `close` ends every worker.
 * Each worker holds up to QUEUE_DEPTH tasks, extracting them one after another, so that it has the
 * next document at hand when it finishes one instead of waiting on the main thread (which is busy
 * reading, hashing and bookkeeping for the other worker too).
 */
import { Worker } from 'node:worker_threads';
import type { WorkerReply, WorkerTask } from './protocol.ts';
import { fromPackage, FROM_BUILD } from '../shared/package-root.ts';

/** The worker's module: built (worker.ts bundled by scripts/build.mjs) or, from the sources, a
 * loader that registers tsx in the worker's thread first. */
const ENTRY = FROM_BUILD ? fromPackage('dist', 'worker.mjs') : fromPackage('pipeline', 'batch', 'worker-entry.mjs');

const QUEUE_DEPTH = 2;

interface Pending {
  task: WorkerTask;
  resolve: (r: WorkerReply) => void;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  /** Tasks posted to the worker, in the order it extracts them: the first is in progress. */
  held: Pending[];
  dead?: boolean;
  loaded?: boolean;
  /** Ends the worker, failing the task it is extracting with this reason. */
  kill?: (reason: string) => void;
  /** The time limit of the task it is extracting. */
  timer?: NodeJS.Timeout;
  /** The task the timer runs for. */
  timed?: Pending;
}

export class WorkerPool {
  private slots: Slot[] = [];
  private queue: Pending[] = [];
  private nextId = 0;
  private closed = false;

  constructor(readonly size: number, private readonly resourceLimits?: { maxOldGenerationSizeMb?: number }, private readonly timeoutMs?: number) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** Resolves when every worker has loaded the pipeline (for timing the work apart from startup). */
  async ready(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.ready));
  }

  private spawn(): Slot {
    const worker = new Worker(ENTRY, { resourceLimits: this.resourceLimits });
    let markReady!: () => void;
    const slot: Slot = { worker, ready: new Promise((r) => (markReady = r)), held: [] };
    worker.on('message', (m: WorkerReply | { ready: true }) => {
      if ('ready' in m) {
        slot.loaded = true;
        markReady();
        this.armTimer(slot);
        return;
      }
      const i = slot.held.findIndex((p) => p.task.id === m.id);
      const [done] = slot.held.splice(i, 1);
      done?.resolve(m);
      this.armTimer(slot);
      this.dispatch();
    });
    const die = (reason: string) => {
      if (slot.dead) return; // 'error' is followed by 'exit'
      slot.dead = true;
      clearTimeout(slot.timer);
      const [current, ...waiting] = slot.held;
      slot.held = [];
      markReady();
      // The tasks queued behind the one it died on were never started: first in line for the others.
      this.queue.unshift(...waiting);
      const i = this.slots.indexOf(slot);
      if (!this.closed && i >= 0) this.slots[i] = this.spawn();
      current?.resolve({ id: current.task.id, ok: false, reason, ms: 0 });
      this.dispatch();
    };
    slot.kill = (reason) => {
      die(reason);
      void worker.terminate();
    };
    worker.on('error', (e) => die(`extraction worker died: ${e.message}`));
    worker.on('exit', (code) => {
      if (!this.closed) die(`extraction worker died: exit code ${code}`);
    });
    return slot;
  }

  /** Starts the time limit of the task a loaded worker is extracting (the first it holds), once per task. */
  private armTimer(slot: Slot): void {
    if (!this.timeoutMs || slot.dead || !slot.loaded) return;
    const current = slot.held[0];
    if (current === slot.timed) return;
    clearTimeout(slot.timer);
    slot.timed = current;
    if (!current) return;
    const limit = this.timeoutMs;
    slot.timer = setTimeout(() => slot.kill?.(`extraction took longer than ${formatSeconds(limit)}; the document was given up (--doc-timeout)`), limit);
    slot.timer.unref();
  }

  /** Extracts one document and stores its result; never rejects (a failure is a reply with ok: false). */
  extract(path: string, bytes: Uint8Array, options: Pick<WorkerTask, 'contentHash' | 'store' | 'graphRows'>): Promise<WorkerReply> {
    // Posting copies the whole ArrayBuffer under a view; a Buffer may be a view on a larger shared one
    // (Buffer#slice does not copy), so anything else is copied into a buffer of its own first.
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer
      ? bytes.buffer
      : new Uint8Array(bytes).buffer;
    const task: WorkerTask = { id: this.nextId++, path, bytes: own, ...options };
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      this.dispatch();
    });
  }

  private dispatch(): void {
    // Fill every worker's first place before any second one, so both start at once.
    for (let depth = 1; depth <= QUEUE_DEPTH; depth++) {
      for (const slot of this.slots) {
        if (slot.dead || slot.held.length >= depth) continue;
        const next = this.queue.shift();
        if (!next) return;
        slot.held.push(next);
        this.armTimer(slot);
        // Copied, not transferred: the task stays whole here until its reply, for another worker to
        // take over if this one dies (a copy of a document's bytes costs microseconds).
        slot.worker.postMessage(next.task);
      }
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const s of this.slots) clearTimeout(s.timer);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

const formatSeconds = (ms: number): string => `${Number((ms / 1000).toFixed(3))} s`;
