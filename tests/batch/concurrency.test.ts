/**
 * Output identical whatever the concurrency: `zangraph ingest` with --concurrency 1 and 2 over the
 * corpus plus generated documents writes byte-identical results, the same manifest (but for write
 * times) and the same stdout (but for the timing line).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, readdir, readFile, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../scripts/generate-corpus.ts';
import { CORPUS_DIR } from '../helpers/corpus.ts';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'zangraph.mjs');
let root: string;

async function ingest(data: string, concurrency: number) {
  const { stdout } = await promisify(execFile)('node', [BIN, 'ingest', CORPUS_DIR, join(root, 'gen', 'docs'), '--data', data,
    '--concurrency', String(concurrency)], { maxBuffer: 1 << 24, env: { ...process.env, CI: '1' } });
  return stdout;
}

async function snapshot(data: string) {
  const dir = join(data, 'embedded', 'documents');
  const files = (await readdir(dir)).sort();
  const contents = await Promise.all(files.map((f) => readFile(join(dir, f), 'utf8')));
  const manifest = JSON.parse(await readFile(join(data, 'embedded', 'manifest.json'), 'utf8'));
  for (const e of Object.values<{ updatedAt?: string; resultMtimeMs?: number }>(manifest.documents)) {
    delete e.updatedAt;
    delete e.resultMtimeMs;
  }
  return { files, contents, manifest };
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'zangraph-conc-'));
  await generateCorpus({ count: 6, out: join(root, 'gen'), seed: 3, from: CORPUS_DIR, gold: join(import.meta.dirname, '..', 'gold'), lexicon: join(CORPUS_DIR, '..', 'pipeline', 'lexicon', 'regions.json') });
  // Both runs must find the inputs equally old: a file read within 2 s of its last change has no size
  // and time recorded in the manifest, one read later has.
  const hourAgo = new Date(Date.now() - 3_600_000);
  for (const f of await readdir(join(root, 'gen', 'docs'))) await utimes(join(root, 'gen', 'docs', f), hourAgo, hourAgo);
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('concurrency', () => {
  it('--concurrency 1 and 2 give byte-identical stores and the same report lines', async () => {
    const out1 = await ingest(join(root, 'c1'), 1);
    const out2 = await ingest(join(root, 'c2'), 2);
    const [s1, s2] = [await snapshot(join(root, 'c1')), await snapshot(join(root, 'c2'))];
    expect(s1.files.length).toBe(11);
    expect(s2.files).toEqual(s1.files);
    expect(s2.contents).toEqual(s1.contents);
    expect(s2.manifest).toEqual(s1.manifest);
    expect(Object.keys(s1.manifest.documents)).toEqual([...Object.keys(s1.manifest.documents)].sort());
    const stable = (s: string) => s.split('\n').filter((l) => !/^(time|store|report):/.test(l));
    expect(stable(out2)).toEqual(stable(out1));
    expect(out1).toMatch(/^11 documents \(11 ok, 0 failed\), \d+ reglaments/m);
  }, 180_000);
});
