/**
 * The data folder as operators misuse it: a file, an empty string, a read-only folder (found before
 * any document is read), a full disk (one line, no temporary file left), and two writers at once
 * (the second waits with --wait, else exits naming the first; a lock left by a killed run is taken over).
 * The read-only folder and the full disk are real: a read-only bind mount and a 64 KiB tmpfs in a
 * private mount namespace (`unshare --map-root-user --mount`), so the tests need no privileges.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { corpusPath } from '../helpers/corpus.ts';
import { BIN, startZangraph, zangraph } from './cli.ts';

const A = '000_1599c89bdcad9835.txt'; // ru, resolution № 142 of 2019-06-19
const B = '001_ad9c0be88298471a.txt'; // kk, resolution № 272 of 2017-10-31
let root: string;
let input: string;

/** Documents enough to keep a one-worker run busy for seconds: distinct copies of the largest corpus act. */
async function busyDocuments(dir: string): Promise<string[]> {
  const host = await readFile(corpusPath('002'), 'utf8');
  const names: string[] = [];
  for (let i = 0; i < 40; i++) {
    const name = `busy-${String(i).padStart(2, '0')}.txt`;
    await writeFile(join(dir, name), `${host}\n${name}\n`);
    names.push(name);
  }
  return names;
}

/** Runs a shell script in a private mount namespace as the namespace's root. */
function inMountNamespace(script: string): { code: number; out: string } {
  const r = spawnSync('unshare', ['--map-root-user', '--mount', 'sh', '-c', script], { encoding: 'utf8', env: { ...process.env, CI: '1' } });
  return { code: r.status ?? -1, out: r.stdout + r.stderr };
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'zangraph-datafolder-'));
  input = join(root, 'in');
  await mkdir(input);
  for (const f of [A, B]) await copyFile(corpusPath(f.slice(0, 3)), join(input, f));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('--data problems are one line', () => {
  it('a file: exit 1, names it (run and query)', async () => {
    const file = join(root, 'a-file');
    await writeFile(file, 'x');
    const r = await zangraph(['run', input, '--data', file]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`zangraph run: --data ${file}: is a file, not a folder`);
    const q = await zangraph(['query', 'catalog', '--data', file]);
    expect(q.code).toBe(1);
    expect(q.stderr.trim()).toBe(`zangraph query: --data ${file}: is a file, not a folder (or holds one where the store goes)`);
  });

  it('an empty string: a usage error for run and query', async () => {
    for (const args of [['run', input, '--data', ''], ['query', 'catalog', '--data', '']]) {
      const r = await zangraph(args);
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n')[0]).toContain('--data "": is empty: give the data folder (default .zangraph/)');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(existsSync(join(process.cwd(), 'embedded'))).toBe(false);
  });

  it('a read-only folder: found before any document is read', () => {
    const data = join(root, 'ro');
    execFileSync('mkdir', ['-p', data]);
    const r = inMountNamespace(`mount --bind ${data} ${data} && mount -o remount,ro,bind ${data} && node ${BIN} run ${input} --data ${data}; echo "exit=$?"`);
    expect(r.out).toContain(`zangraph run: --data ${data}: the folder is not writable`);
    expect(r.out).toContain('exit=1');
    expect(r.out).not.toMatch(/\bnew\b/);
    expect(r.out).not.toMatch(/\n\s+at /);
  });

  it('a full disk: one line, exit 1, no temporary file left, the store as it was', () => {
    const mnt = join(root, 'tiny');
    execFileSync('mkdir', ['-p', mnt]);
    const r = inMountNamespace(`mount -t tmpfs -o size=64k tmpfs ${mnt} && node ${BIN} run ${input} --data ${mnt}/data; echo "exit=$?"; echo "files:"; find ${mnt} -type f`);
    expect(r.out).toContain('exit=1');
    const errors = r.out.split('\n').filter((l) => l.startsWith('zangraph run:'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/no space left on device|the disk is full/i);
    expect(r.out).not.toMatch(/\n\s+at /);
    const files = r.out.slice(r.out.indexOf('files:')).split('\n').slice(1).filter(Boolean);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('one writer per data folder', () => {
  it('a second run exits 1 naming the first; with --wait it waits and then runs', async () => {
    const slowIn = join(root, 'slow');
    await mkdir(slowIn);
    const slow = await busyDocuments(slowIn);
    for (const f of [A, B]) await copyFile(corpusPath(f.slice(0, 3)), join(slowIn, f));
    const data = join(root, 'shared');
    // No time limit that a busy machine could reach: the first run must succeed, only slowly.
    const first = startZangraph(['run', slowIn, '--data', data, '--concurrency', '1', '--doc-timeout', '3600']);
    const lock = join(data, 'lock');
    for (let i = 0; i < 600 && !existsSync(lock); i++) await new Promise((r) => setTimeout(r, 50));
    expect(existsSync(lock)).toBe(true);

    const second = await zangraph(['run', input, '--data', data]);
    expect(second.code).toBe(1);
    expect(second.stderr.trim()).toMatch(new RegExp(`^zangraph run: --data ${data}: the data folder is being written by zangraph run \\(pid ${first.child.pid} on ${hostname()}, since [^)]+\\); wait for it to finish, or run with --wait$`));

    const waiting = await zangraph(['run', input, '--data', data, '--wait']);
    expect(await first.done).toBe(0);
    expect(waiting.code).toBe(0);
    expect(waiting.stderr).toContain(`waiting for the data folder ${data}: it is being written by zangraph run (pid ${first.child.pid}`);
    expect(waiting.stdout).toMatch(new RegExp(`${A}\\s+unchanged`));
    const store = await EmbeddedStore.open(data);
    expect([...store.names()].sort()).toEqual([A, B, ...slow].sort());
    for (const name of slow) expect(store.resultState(name)).toBe('intact');
    expect(existsSync(lock)).toBe(false);
  }, 600_000);

  it('a lock left by a killed run is taken over', async () => {
    const data = join(root, 'stale');
    await mkdir(data, { recursive: true });
    const dead = spawnSync('node', ['-e', 'process.pid'], {}).pid!;
    await writeFile(join(data, 'lock'), JSON.stringify({ pid: dead, host: hostname(), processStart: '1', command: 'zangraph run', since: '2026-01-01T00:00:00.000Z' }));
    const r = await zangraph(['run', input, '--data', data]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`${A}\\s+new\\s+ru 142 of 2019-06-19`));
    expect(await readdir(data)).not.toContain('lock');
  }, 300_000);
});
