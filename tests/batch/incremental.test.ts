/**
 * Incremental batch runs on real corpus documents: unchanged documents are skipped, a changed one is
 * re-extracted and its old facts replaced, removed ones are pruned only when asked, a new pipeline
 * version re-extracts everything, and a bad input fails alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBatch, type DocumentSummary } from '../../pipeline/batch/run-batch.ts';
import { collectInputs } from '../../pipeline/batch/collect.ts';
import { EmbeddedStore, totalFacts } from '../../graph/embedded/store.ts';
import { RunReport } from '../../schemas/run.ts';
import { corpusPath } from '../helpers/corpus.ts';

let root: string;
let input: string;
let data: string;
const A = '000_1599c89bdcad9835.txt'; // ru, resolution № 142 of 2019-06-19, 5 reglaments
const B = '001_ad9c0be88298471a.txt'; // kk, resolution № 272 of 2017-10-31, 3 reglaments
const C = '003_23a54824322882b5.txt'; // ru, a bare reglament without act header

async function run(extra: { prune?: boolean; cacheKey?: string; concurrency?: number } = {}) {
  const { files } = await collectInputs([input]);
  const embedded = await EmbeddedStore.open(data);
  const docs: DocumentSummary[] = [];
  const report = await runBatch({ files, embedded, concurrency: extra.concurrency ?? 2, onDocument: (d) => docs.push(d), ...extra });
  return { report: RunReport.parse(report), docs, store: await EmbeddedStore.open(data) };
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'zangraph-incr-'));
  input = join(root, 'in');
  data = join(root, 'data');
  await mkdir(input);
  for (const f of [A, B, C]) await copyFile(corpusPath(f.slice(0, 3)), join(input, f));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('incremental runs', () => {
  let firstFacts = 0;
  let factsOfA = 0;

  it('first run: every document is new and stored, facts counted', async () => {
    const { report, docs, store } = await run();
    expect(report.documents).toMatchObject({ new: 3, changed: 0, unchanged: 0, failed: 0 });
    expect(docs.map((d) => [d.name, d.status, d.extracted])).toEqual([[A, 'new', true], [B, 'new', true], [C, 'new', true]]);
    expect(store.names()).toEqual([A, B, C]);
    expect((await store.get(A))!.act!.number).toBe('142');
    expect(report.totals.reglaments).toBe(docs.reduce((n, d) => n + d.counts!.reglaments, 0));
    firstFacts = report.facts.added;
    factsOfA = totalFacts(store.entry(A)!.counts!);
    expect(firstFacts).toBe([A, B, C].reduce((n, f) => n + totalFacts(store.entry(f)!.counts!), 0));
    expect(report.facts.removed).toBe(0);
  });

  it('rerun with nothing changed: nothing extracted, same files, same totals', async () => {
    const before = (await readdir(join(data, 'embedded', 'documents'))).sort();
    const { report: first, docs } = await run();
    expect(docs.some((d) => d.extracted)).toBe(false);
    expect(first.documents).toMatchObject({ new: 0, changed: 0, unchanged: 3, failed: 0 });
    expect(first.bytes.extracted).toBe(0);
    expect(first.facts).toEqual({ added: 0, removed: 0 });
    expect(first.totals.reglaments).toBeGreaterThan(0);
    expect((await readdir(join(data, 'embedded', 'documents'))).sort()).toEqual(before);
  });

  it('a rerun reads no file whose path, size and time are as recorded, and reads every other one', async () => {
    // Files an hour old: old enough when read for their size and time to be recorded.
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const f of [A, B, C]) await utimes(join(input, f), hourAgo, hourAgo);
    const first = await run();
    expect(first.report.documents).toMatchObject({ unchanged: 3 });
    expect(first.report.bytes.read).toBeGreaterThan(0);
    const st = await stat(join(input, A));
    expect(first.store.entry(A)?.input).toEqual({ size: st.size, mtimeMs: st.mtimeMs });
    expect(Math.abs(st.mtimeMs - hourAgo.getTime())).toBeLessThan(1000);
    const again = await run();
    expect(again.report.documents).toMatchObject({ unchanged: 3, new: 0, changed: 0 });
    expect(again.report.bytes.read).toBe(0);
    // Touched but not changed: read and hashed once, found unchanged, its new time recorded.
    await utimes(join(input, B), new Date(hourAgo.getTime() + 1000), new Date(hourAgo.getTime() + 1000));
    const touched = await run();
    expect(touched.report.documents).toMatchObject({ unchanged: 3 });
    expect(touched.report.bytes.read).toBe((await stat(join(input, B))).size);
    expect(touched.store.entry(B)?.input?.mtimeMs).toBe((await stat(join(input, B))).mtimeMs);
    // Rewritten with the same size: a new time, so it is read and re-extracted.
    const text = await readFile(join(input, C), 'utf8');
    await writeFile(join(input, C), text.replace('1)', '2)'));
    const rewritten = await run();
    expect(rewritten.report.documents).toMatchObject({ unchanged: 2, changed: 1 });
    expect(rewritten.docs.find((d) => d.name === C)?.extracted).toBe(true);
  });

  it('a changed document is re-extracted and its old facts replaced', async () => {
    const path = join(input, A);
    const text = await readFile(path, 'utf8');
    expect(text).toMatch(/№\s*142\b/);
    await writeFile(path, text.replace(/№(\s*)142\b/g, '№$1143'));
    const { report, docs, store } = await run();
    expect(report.documents).toMatchObject({ new: 0, changed: 1, unchanged: 2 });
    expect(docs.find((d) => d.name === A)).toMatchObject({ status: 'changed', extracted: true });
    expect((await store.get(A))!.act!.number).toBe('143');
    expect(report.facts.removed).toBe(factsOfA);
    expect(report.facts.added).toBe(totalFacts(store.entry(A)!.counts!));
    // The old result file is gone: one file per stored document.
    expect((await readdir(join(data, 'embedded', 'documents'))).length).toBe(3);
  });

  it('a document removed from the input stays unless --prune, then its facts go', async () => {
    const factsOfC = totalFacts((await EmbeddedStore.open(data)).entry(C)!.counts!);
    await rm(join(input, C));
    const kept = await run();
    expect(kept.report.documents).toMatchObject({ unchanged: 2, removed: 0, notInInput: 1 });
    expect(kept.store.names()).toContain(C);
    const pruned = await run({ prune: true });
    expect(pruned.report.documents).toMatchObject({ unchanged: 2, removed: 1, notInInput: 0 });
    expect(pruned.report.facts.removed).toBe(factsOfC);
    expect(pruned.store.names()).toEqual([A, B]);
    expect((await readdir(join(data, 'embedded', 'documents'))).length).toBe(2);
  });

  it('a new pipeline version re-extracts everything', async () => {
    const { report, docs, store } = await run({ cacheKey: 'test-version-2' });
    expect(report.documents).toMatchObject({ new: 0, changed: 2, unchanged: 0 });
    expect(docs.every((d) => d.extracted)).toBe(true);
    expect(store.entry(A)!.cacheKey).toBe('test-version-2');
    const again = await run({ cacheKey: 'test-version-2' });
    expect(again.report.documents).toMatchObject({ unchanged: 2 });
  });

  it('a bad input fails with its reason while the others are processed; duplicate names fail', async () => {
    await writeFile(join(input, 'empty.txt'), '   \n');
    await mkdir(join(input, 'sub'));
    await copyFile(join(input, B), join(input, 'sub', B));
    const { report, docs } = await run({ cacheKey: 'test-version-3' });
    expect(report.documents).toMatchObject({ changed: 2, failed: 2 });
    expect(report.failures).toEqual([
      { path: join(input, 'empty.txt'), reason: 'empty document' },
      { path: join(input, 'sub', B), reason: expect.stringContaining(`same file name (${join(input, B)})`) },
    ]);
    expect(docs.filter((d) => d.status === 'failed').map((d) => d.name)).toEqual(['empty.txt', B]);
  });

  it('a result that cannot be written stops the run as a store failure, not as a failed document', async () => {
    const broken = join(root, 'broken-data');
    const embedded = await EmbeddedStore.open(broken);
    // The worker writes result files into documents/: make that a file, so every write fails.
    await rm(join(broken, 'embedded', 'documents'), { recursive: true });
    await writeFile(join(broken, 'embedded', 'documents'), 'not a folder');
    const { files } = await collectInputs([join(input, A)]);
    await expect(runBatch({ files, embedded, concurrency: 1 })).rejects.toThrow(
      new RegExp(`cannot store the result of ${join(input, A).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*ENOTDIR`),
    );
  });
});
