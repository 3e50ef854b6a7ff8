/**
 * A fixed pool of extraction worker threads. Guarantees: at most `size` documents are extracted at
 * once, one per worker; tasks start in the order they are submitted; a worker that dies (a crash, out
 * of memory) fails only the document it held and is replaced; `close` ends every worker.
 */
import { Worker } from 'node:worker_threads';
import type { WorkerReply, WorkerTask } from './protocol.ts';

const ENTRY = new URL('./worker-entry.mjs', import.meta.url);

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  busy?: { task: WorkerTask; resolve: (r: WorkerReply) => void };
  dead?: boolean;
}

export class WorkerPool {
  private slots: Slot[] = [];
  private queue: { task: WorkerTask; resolve: (r: WorkerReply) => void }[] = [];
  private nextId = 0;
  private closed = false;

  constructor(readonly size: number, private readonly resourceLimits?: { maxOldGenerationSizeMb?: number }) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** Resolves when every worker has loaded the pipeline (for timing the work apart from startup). */
  async ready(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.ready));
  }

  private spawn(): Slot {
    const worker = new Worker(ENTRY, { resourceLimits: this.resourceLimits });
    let markReady!: () => void;
    const slot: Slot = { worker, ready: new Promise((r) => (markReady = r)) };
    worker.on('message', (m: WorkerReply | { ready: true }) => {
      if ('ready' in m) {
        markReady();
        return;
      }
      const busy = slot.busy;
      slot.busy = undefined;
      busy?.resolve(m);
      this.dispatch();
    });
    const die = (reason: string) => {
      if (slot.dead) return; // 'error' is followed by 'exit'
      slot.dead = true;
      const busy = slot.busy;
      slot.busy = undefined;
      markReady();
      const i = this.slots.indexOf(slot);
      if (!this.closed && i >= 0) this.slots[i] = this.spawn();
      busy?.resolve({ id: busy.task.id, ok: false, reason: `extraction worker died: ${reason}`, ms: 0 });
      this.dispatch();
    };
    worker.on('error', (e) => die(e.message));
    worker.on('exit', (code) => {
      if (!this.closed) die(`exit code ${code}`);
    });
    return slot;
  }

  /** Extracts one document and stores its result; never rejects (a failure is a reply with ok: false). */
  extract(path: string, bytes: Uint8Array, options: Pick<WorkerTask, 'store' | 'graphRows'>): Promise<WorkerReply> {
    // Transfer needs a buffer of its own; a Buffer may be a view on a larger shared one (and
    // Buffer#slice does not copy), so anything else is copied into a fresh Uint8Array.
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
    for (const slot of this.slots) {
      if (slot.busy) continue;
      const next = this.queue.shift();
      if (!next) return;
      slot.busy = next;
      slot.worker.postMessage(next.task, [next.task.bytes]);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
