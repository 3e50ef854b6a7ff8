/**
 * The CLI users run is the build in dist/ (scripts/build.mjs, run by `prepare`): it must behave as the
 * TypeScript sources run through tsx do, and `prepare` must leave a working CLI in a fresh copy.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'zangraph.mjs');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const SOURCES = join(ROOT, 'pipeline', 'cli', 'start.ts');
const exec = promisify(execFile);
const env = { ...process.env, CI: '1' };
/** The build, started as a program (its first line decides Node's flags), and the sources through tsx. */
const built = (args: string[]) => exec(BIN, args, { maxBuffer: 1 << 26, env });
const sources = (args: string[]) => exec(TSX, [SOURCES, ...args], { maxBuffer: 1 << 26, env });
const failed = (p: Promise<unknown>) => p.then(() => { throw new Error('expected the command to fail'); }, (e: { code: number; stderr: string }) => e);

describe('built CLI (dist/)', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('extracts a corpus document exactly as the sources run through tsx do', async () => {
    const doc = join(ROOT, 'corpus', '001_ad9c0be88298471a.txt');
    const [fromBuild, fromSources] = await Promise.all([built(['extract', doc]), sources(['extract', doc])]);
    const result = JSON.parse(fromBuild.stdout) as { language: string; act: { number: string }; reglaments: unknown[] };
    expect([result.language, result.act.number]).toEqual(['kk', '272']);
    expect(result.reglaments.length).toBeGreaterThan(0);
    expect(fromBuild.stdout).toBe(fromSources.stdout);
  }, 120_000);

  it('words a bad option with the same (English) zod message as the sources, in one line and exit code 2', async () => {
    const args = ['ingest', join(ROOT, 'corpus'), '--concurrency', 'abc', '--data', join(tmpdir(), 'zangraph-never-written')];
    const [fromBuild, fromSources] = await Promise.all([failed(built(args)), failed(sources(args))]);
    expect(fromBuild.code).toBe(2);
    expect(fromBuild.stderr).toBe('zangraph ingest: --concurrency abc: not a number\nRun `zangraph ingest --help` for usage.\n');
    expect(fromBuild.stderr).toBe(fromSources.stderr);
  }, 120_000);

  it('ingests with its worker threads into a store whose results and cache key are those the sources make', async () => {
    const d = await mkdtemp(join(tmpdir(), 'zangraph-build-'));
    dirs.push(d);
    const docs = ['000_1599c89bdcad9835.txt', '003_23a54824322882b5.txt'].map((f) => join(ROOT, 'corpus', f));
    const args = (name: string) => ['ingest', ...docs, '--data', join(d, name), '--concurrency', '2', '--log-level', 'error'];
    await built(args('built'));
    await sources(args('sources'));
    const manifest = async (name: string) => {
      const m = JSON.parse(await readFile(join(d, name, 'embedded', 'manifest.json'), 'utf8')) as
        { documents: Record<string, { file: string; cacheKey: string; contentHash: string }> };
      return Object.entries(m.documents).map(([k, e]) => [k, e.file, e.cacheKey, e.contentHash]);
    };
    const fromBuild = await manifest('built');
    expect(fromBuild).toHaveLength(2);
    expect(fromBuild).toEqual(await manifest('sources'));
  }, 120_000);

  it('is built by `prepare` (what `npm ci` runs after installing) in a copy without dist/, which then runs', async () => {
    const copy = await mkdtemp(join(tmpdir(), 'zangraph-prepare-'));
    dirs.push(copy);
    for (const entry of ['package.json', 'package-lock.json', 'bin', 'pipeline', 'schemas', 'graph', 'scripts']) {
      await cp(join(ROOT, entry), join(copy, entry), { recursive: true });
    }
    await symlink(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
    expect(existsSync(join(copy, 'dist'))).toBe(false);
    await exec('npm', ['run', 'prepare', '--silent'], { cwd: copy, env });
    expect(existsSync(join(copy, 'dist', 'cli.mjs'))).toBe(true);
    expect(existsSync(join(copy, 'dist', 'worker.mjs'))).toBe(true);
    const doc = join(ROOT, 'corpus', '002_e21e414c054581b8.txt');
    const [fromCopy, fromHere] = await Promise.all([exec(join(copy, 'bin', 'zangraph.mjs'), ['extract', doc], { maxBuffer: 1 << 26, env }), built(['extract', doc])]);
    expect(JSON.parse(fromCopy.stdout).act.number).toBe('177');
    expect(fromCopy.stdout).toBe(fromHere.stdout);
  }, 180_000);

  it('says how to build when dist/ is missing', async () => {
    const copy = await mkdtemp(join(tmpdir(), 'zangraph-nodist-'));
    dirs.push(copy);
    await cp(join(ROOT, 'bin'), join(copy, 'bin'), { recursive: true });
    const r = await failed(exec(join(copy, 'bin', 'zangraph.mjs'), ['--help'], { env }));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('npm run build');
  });
});
