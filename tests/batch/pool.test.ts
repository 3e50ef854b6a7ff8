/**
 * The extraction pool when a worker dies: a document that makes its worker run out of memory fails
 * with that reason, the worker is replaced, and the documents around it, the one queued behind it in
 * the same worker included, are extracted and stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBatch } from '../../pipeline/batch/run-batch.ts';
import { WorkerPool } from '../../pipeline/batch/pool.ts';
import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { corpusPath } from '../helpers/corpus.ts';

let root: string;
const inputs: string[] = [];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'zangraph-pool-'));
  inputs.push(join(root, 'a.txt'), join(root, 'b-huge.txt'), join(root, 'c.txt'), join(root, 'd.txt'));
  await copyFile(corpusPath('000'), inputs[0]!);
  // Thirty copies of the largest corpus document: far more than a worker with a 32 MB heap can hold.
  await writeFile(inputs[1]!, (await readFile(corpusPath('002'), 'utf8')).repeat(30));
  await copyFile(corpusPath('003'), inputs[2]!);
  await copyFile(corpusPath('004'), inputs[3]!);
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('a worker that dies', () => {
  it('fails only the document it was extracting; the task queued behind it goes to its replacement', async () => {
    const embedded = await EmbeddedStore.open(join(root, 'pool-data'));
    const pool = new WorkerPool(1, { maxOldGenerationSizeMb: 32 });
    try {
      // One worker holding two tasks: c.txt waits in it behind the document that kills it.
      const [a, huge, c] = inputs;
      const bytes = await Promise.all([a!, huge!, c!].map((f) => readFile(f)));
      const replies = await Promise.all([a!, huge!, c!].map((f, i) => pool.extract(f, bytes[i]!, { contentHash: createHash('sha256').update(bytes[i]!).digest('hex'), store: { dir: embedded.dir, cacheKey: 'test' }, graphRows: false })));
      expect(replies.map((r) => r.ok)).toEqual([true, false, true]);
      expect(replies[1]).toMatchObject({ ok: false, reason: expect.stringMatching(/^extraction worker died: .*memory/) });
    } finally {
      await pool.close();
    }
  });

  it('in a batch: the document fails with that reason, every other one is stored', async () => {
    const embedded = await EmbeddedStore.open(join(root, 'data'));
    const report = await runBatch({ files: inputs, embedded, concurrency: 1, workerHeapMb: 32 });
    expect(report.failures).toEqual([{ path: inputs[1], reason: expect.stringMatching(/^extraction worker died: .*memory/) }]);
    expect(report.documents).toMatchObject({ new: 3, failed: 1 });
    const stored = await EmbeddedStore.open(join(root, 'data'));
    expect(stored.names()).toEqual(['a.txt', 'c.txt', 'd.txt']);
    expect((await stored.get('c.txt'))?.reglaments.length).toBeGreaterThan(0);
  });
});
