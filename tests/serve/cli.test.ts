/**
 * `zangraph serve` as a user starts it: the CLI in a child process over an embedded store of the
 * corpus; it prints the address it listens on (127.0.0.1 unless told otherwise), answers there, and
 * stops on SIGTERM. Bad options and an empty store are one line and exit code 2.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusStore } from './server.ts';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'zangraph.mjs');
let data = '';

beforeAll(async () => { data = await corpusStore(); }, 120_000);

async function fails(...args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    await promisify(execFile)('node', [BIN, 'serve', ...args]);
    return { code: 0, stderr: '' };
  } catch (e) {
    const x = e as { code: number; stderr: string };
    return { code: x.code, stderr: x.stderr };
  }
}

describe('zangraph serve', () => {
  it('prints its address on 127.0.0.1, answers there, and stops on SIGTERM', async () => {
    const child = spawn('node', [BIN, 'serve', '--data', data, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (b: Buffer) => {
        out += b.toString();
        const m = /open (http:\/\/\S+?)\/ /.exec(out);
        if (m) resolve(m[1]!);
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    expect(new URL(url).hostname).toBe('127.0.0.1');
    const rows = await (await fetch(`${url}/api/in-force?date=2019-09-01`)).json() as unknown[];
    expect(rows.length).toBeGreaterThan(0);
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/assets/app.js');
    expect((await fetch(`${url}/assets/app.js`)).status).toBe(200);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 60_000);

  it('a bad option is one line and exit code 2', async () => {
    const r = await fails('--data', data, '--port', 'eighty');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/port/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect((await fails('--store', 'sqlite')).code).toBe(2);
  }, 60_000);

  it('an empty store says to load one first', async () => {
    const r = await fails('--data', await mkdtemp(join(tmpdir(), 'zangraph-empty-')), '--port', '0');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/holds no documents; load some first/);
  }, 60_000);
});
