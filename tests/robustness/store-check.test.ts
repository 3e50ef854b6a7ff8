/**
 * The embedded store checks itself: a result file deleted or truncated behind the store's back is
 * extracted again by the next run, and a query on such a store says what is wrong and how to fix it
 * in one line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFile, mkdir, mkdtemp, rm, truncate, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { corpusPath } from '../helpers/corpus.ts';
import { zangraph } from './cli.ts';

const A = '000_1599c89bdcad9835.txt'; // ru, resolution № 142 of 2019-06-19
const B = '001_ad9c0be88298471a.txt'; // kk, resolution № 272 of 2017-10-31
let root: string;
let input: string;
let data: string;

async function resultFile(name: string): Promise<string> {
  const store = await EmbeddedStore.open(data);
  return join(store.dir, 'documents', store.entry(name)!.file);
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'zangraph-storecheck-'));
  input = join(root, 'in');
  data = join(root, 'data');
  await mkdir(input);
  for (const f of [A, B]) await copyFile(corpusPath(f.slice(0, 3)), join(input, f));
  expect((await zangraph(['run', input, '--data', data])).code).toBe(0);
}, 300_000);
afterAll(() => rm(root, { recursive: true, force: true }));

describe('a damaged embedded store', () => {
  it('a query names the damaged document and the fix in one line, exit code 1', async () => {
    await truncate(await resultFile(A), 100);
    const r = await zangraph(['query', 'catalog', '--data', data]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`the stored result of ${A} does not match the hash the store recorded`);
    expect(r.stderr).toContain('run `zangraph run` again to repair the store');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 300_000);

  it('a rerun extracts again the documents whose result file is truncated or deleted', async () => {
    await unlink(await resultFile(B));
    const r = await zangraph(['run', input, '--data', data]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`${A}\\s+changed\\s+ru 142 of 2019-06-19`));
    expect(r.stdout).toMatch(new RegExp(`${B}\\s+changed\\s+kk 272 of 2017-10-31`));
    expect(r.stderr).toContain(`${A}: its stored result is damaged; extracting it again`);
    expect(r.stderr).toContain(`${B}: its stored result is missing; extracting it again`);
    const store = await EmbeddedStore.open(data);
    expect((await store.get(A))!.act!.number).toBe('142');
    expect((await store.get(B))!.act!.number).toBe('272');
    const q = await zangraph(['query', 'catalog', '--data', data]);
    expect(q.code).toBe(0);
  }, 300_000);
});
