/**
 * The CLI runs its sources bundled (bin/bundle.mjs): the bundle must behave as the sources do, and be
 * rebuilt whenever a source changes.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript module of bin/, no type declarations
import { sourceFingerprint } from '../../bin/bundle.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'zangraph.mjs');
const run = (args: string[], env: Record<string, string> = {}) =>
  promisify(execFile)('node', [BIN, ...args], { maxBuffer: 1 << 26, env: { ...process.env, CI: '1', ...env } });

describe('bundled CLI', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('extracts a corpus document exactly as the sources run through tsx do', async () => {
    const doc = join(ROOT, 'corpus', '001_ad9c0be88298471a.txt');
    const [bundled, sources] = await Promise.all([run(['extract', doc]), run(['extract', doc], { ZANGRAPH_NO_BUNDLE: '1' })]);
    const result = JSON.parse(bundled.stdout) as { reglaments: unknown[] };
    expect(result.reglaments.length).toBeGreaterThan(0);
    expect(bundled.stdout).toBe(sources.stdout);
    // The first run did go through the bundle of the sources as they are.
    expect(existsSync(join(ROOT, '.build', sourceFingerprint(), 'complete'))).toBe(true);
  }, 60_000);

  it('words a bad option with the same (English) zod message bundled as from the sources', async () => {
    const args = ['ingest', join(ROOT, 'corpus'), '--concurrency', 'abc', '--data', join(tmpdir(), 'zangraph-never-written')];
    const failed = (p: Promise<unknown>) => p.then(() => { throw new Error('expected the command to fail'); }, (e: { code: number; stderr: string }) => e);
    const [bundled, sources] = await Promise.all([failed(run(args)), failed(run(args, { ZANGRAPH_NO_BUNDLE: '1' }))]);
    expect(bundled.code).toBe(2);
    expect(bundled.stderr).toContain('concurrency: Invalid input: expected number, received NaN');
    expect(bundled.stderr).toBe(sources.stderr);
  }, 60_000);

  it('ingests into a store whose results and cache key are those the sources make', async () => {
    const d = await mkdtemp(join(tmpdir(), 'zangraph-bundle-'));
    dirs.push(d);
    const docs = ['000_1599c89bdcad9835.txt', '003_23a54824322882b5.txt'].map((f) => join(ROOT, 'corpus', f));
    await run(['ingest', ...docs, '--data', join(d, 'bundled'), '--concurrency', '2', '--log-level', 'error']);
    await run(['ingest', ...docs, '--data', join(d, 'sources'), '--concurrency', '2', '--log-level', 'error'], { ZANGRAPH_NO_BUNDLE: '1' });
    const manifest = async (name: string) => {
      const m = JSON.parse(await readFile(join(d, name, 'embedded', 'manifest.json'), 'utf8')) as
        { documents: Record<string, { file: string; cacheKey: string; contentHash: string }> };
      return Object.entries(m.documents).map(([k, e]) => [k, e.file, e.cacheKey, e.contentHash]);
    };
    const bundled = await manifest('bundled');
    expect(bundled).toHaveLength(2);
    expect(bundled).toEqual(await manifest('sources'));
  }, 60_000);

  it('fingerprints the sources by path, size and time, so any edit rebuilds the bundle', async () => {
    const root = await mkdtemp(join(tmpdir(), 'zangraph-fingerprint-'));
    dirs.push(root);
    await mkdir(join(root, 'pipeline', 'extract'), { recursive: true });
    await mkdir(join(root, 'pipeline', 'lexicon'), { recursive: true });
    const source = join(root, 'pipeline', 'extract', 'dates.ts');
    await writeFile(source, 'export const a = 1;\n');
    await writeFile(join(root, 'pipeline', 'lexicon', 'months.json'), '{}');
    await utimes(source, 1_700_000_000, 1_700_000_000);
    const first = sourceFingerprint(root);
    expect(first).toMatch(/^[0-9a-f]{16}$/);
    // Not a source: documents and notes around the code do not rebuild it.
    await writeFile(join(root, 'corpus', 'notes.md'), 'x');
    expect(sourceFingerprint(root)).toBe(first);
    await utimes(source, 1_700_000_001, 1_700_000_001);
    const touched = sourceFingerprint(root);
    expect(touched).not.toBe(first);
    await writeFile(join(root, 'pipeline', 'lexicon', 'months.json'), '{"a":1}');
    const lexicon = sourceFingerprint(root);
    expect(lexicon).not.toBe(touched);
    // The packages bundled with the sources: another version of one is another bundle.
    await mkdir(join(root, 'node_modules', 'zod'), { recursive: true });
    await writeFile(join(root, 'node_modules', 'zod', 'package.json'), '{"version":"4.0.0"}');
    expect(sourceFingerprint(root)).not.toBe(lexicon);
  });
});
