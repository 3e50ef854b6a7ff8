/**
 * `zangraph run` / `ingest` / `load` as a user sees them: per-document lines and totals on the corpus,
 * a rerun that skips everything, the run report, exit codes, and the progress display.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RunReport } from '../../schemas/run.ts';
import { Progress } from '../../pipeline/batch/progress.ts';
import { CORPUS_DIR } from '../helpers/corpus.ts';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'zangraph.mjs');
let root: string;

async function zangraph(...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [BIN, ...args], { maxBuffer: 1 << 24, env: { ...process.env, CI: '1' } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'zangraph-runcli-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('zangraph run', () => {
  const data = () => join(root, 'data');

  it('loads the corpus: one line per document, totals, where the store is, the report file', async () => {
    const r = await zangraph('run', CORPUS_DIR, '--data', data());
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => /\/corpus\/00\d_\w+\.txt\s+new\s+(ru|kk) /.test(l))).toHaveLength(5);
    expect(r.stdout).toMatch(/003_23a54824322882b5\.txt\s+new\s+ru no act header: 1 reglaments/);
    expect(r.stdout).toMatch(/000_1599c89bdcad9835\.txt\s+new\s+ru 142 of 2019-06-19: 5 reglaments/);
    expect(r.stdout).toMatch(/^5 documents \(5 ok, 0 failed\), 33 reglaments, \d+ steps, \d+ relations in total$/m);
    expect(r.stdout).toMatch(/^changes: 5 new, 0 changed, 0 unchanged, 0 failed; facts \+\d+ -0$/m);
    expect(r.stdout).toContain(`store: embedded, ${join(data(), 'embedded')} (5 documents)`);
    const report = RunReport.parse(JSON.parse(await readFile(join(data(), 'run-report.json'), 'utf8')));
    expect(report.documents.new).toBe(5);
    expect(report.totals.reglaments).toBe(33);
  });

  it('a rerun skips every unchanged document and keeps the totals; --format json prints the report', async () => {
    const r = await zangraph('run', CORPUS_DIR, '--data', data(), '--format', 'json');
    expect(r.code).toBe(0);
    const report = RunReport.parse(JSON.parse(r.stdout));
    expect(report.documents).toMatchObject({ new: 0, changed: 0, unchanged: 5, failed: 0 });
    expect(report.totals.reglaments).toBe(33);
    expect(report.bytes.extracted).toBe(0);
  });

  it('a failed input: its reason, exit code 1, the others still stored', async () => {
    const bad = join(root, 'bad.txt');
    await writeFile(bad, '');
    const r = await zangraph('ingest', join(CORPUS_DIR, '003_23a54824322882b5.txt'), bad, '--data', join(root, 'd2'), '--log-level', 'error');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/bad\.txt\s+FAILED\s+empty document/);
    expect(r.stdout).toMatch(/^2 documents \(1 ok, 1 failed\)/m);
    expect(r.stderr).toBe('');
  });

  it('usage errors exit 2 with one line; load without a graph store or results is refused clearly', async () => {
    const lvl = await zangraph('run', CORPUS_DIR, '--data', data(), '--log-level', 'loud');
    expect(lvl.code).toBe(2);
    expect(lvl.stderr).toMatch(/^zangraph run: --log-level loud: Invalid option: expected one of/);
    const load = await zangraph('load', '--data', join(root, 'empty'));
    expect(load.code).toBe(1);
    expect(load.stderr).toMatch(/no extraction results to load/);
    expect(load.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("Node's flags (bin/zangraph.mjs)", () => {
  /** The CLI started as a program, as `npx zangraph` starts it: its first line decides Node's flags. */
  const asProgram = (args: string[], env: NodeJS.ProcessEnv = {}) => {
    const child = execFile(BIN, [...args, '--log-level', 'debug', '--format', 'json'], { env: { ...process.env, CI: '1', ...env }, maxBuffer: 1 << 24 });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    return new Promise<{ pid: number; code: number | null; stderr: string }>((done) => child.on('close', (code) => done({ pid: child.pid!, code, stderr })));
  };
  const heapLimitMb = (stderr: string) => Number(/heap limit (\d+) MB/.exec(stderr)?.[1]);

  it('caps the heap at 1 GB in the one process it runs in; a heap limit in NODE_OPTIONS wins', async () => {
    const args = ['ingest', CORPUS_DIR, '--data', join(root, 'flags-data')];
    const capped = await asProgram(args);
    expect(capped.code).toBe(0);
    // The process the CLI reports is the one started: no second Node process.
    expect(capped.stderr).toContain(`node process ${capped.pid}, `);
    expect(heapLimitMb(capped.stderr)).toBeGreaterThanOrEqual(1024);
    expect(heapLimitMb(capped.stderr)).toBeLessThan(1200);
    const own = await asProgram(args, { NODE_OPTIONS: '--max-old-space-size=2048' });
    expect(own.code).toBe(0);
    expect(heapLimitMb(own.stderr)).toBeGreaterThanOrEqual(2048);
    expect(heapLimitMb(own.stderr)).toBeLessThan(2200);
  }, 120_000);
});

describe('progress', () => {
  const sink = (isTTY: boolean) => {
    const out: string[] = [];
    return { out, write: (s: string) => out.push(s), isTTY, columns: 100 };
  };

  it('is line-oriented when not a terminal: done/total, rate, ETA', () => {
    const s = sink(false);
    const p = new Progress(10, { out: s, lineEverySeconds: 0 });
    expect(p.interactive).toBe(false);
    p.tick(3);
    p.stop();
    expect(s.out).toHaveLength(1);
    expect(s.out[0]).toMatch(/^progress: 3\/10 documents \(30%\), [\d.]+ docs\/s, ETA \S+\n$/);
  });

  it('draws a bar in place on a terminal', async () => {
    const s = sink(true);
    const p = new Progress(4, { out: s, interactive: true });
    p.tick(2);
    await new Promise((r) => setTimeout(r, 250));
    p.stop();
    expect(s.out.some((x) => /^\r\[#+-+\] 2\/4 documents \(50%\)/.test(x))).toBe(true);
    expect(s.out.at(-1)).toBe('\r\x1b[K');
  });
});
