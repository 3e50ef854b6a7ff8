/**
 * Bad inputs (tests/fixtures/bad, made by scripts/make-bad-inputs.ts), one by one through
 * extractFile and as a batch with one good document: every input is accounted for, each bad one
 * with its reason, the good one is stored, and the CLI's exit code says that something failed.
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { extractFile } from '../../pipeline/extract-file.ts';
import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { runBatch, type DocumentSummary } from '../../pipeline/batch/run-batch.ts';
import { corpusPath } from '../helpers/corpus.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BAD = join(ROOT, 'tests', 'fixtures', 'bad');
const bad = (name: string) => join(BAD, name);

/** The inputs that must fail, each with its reason. */
const failures: Array<[string, RegExp]> = [
  ['empty.txt', /^empty document$/],
  ['whitespace-only.txt', /^empty document$/],
  ['scan.png.txt', /^unsupported format: PNG image/],
  ['encrypted.pdf', /^PDF is encrypted \(password-protected\)/],
  ['scanned.pdf', /^PDF has no text layer \(scanned image\?\); OCR is not supported$/],
  ['truncated.pdf', /^corrupt or truncated PDF/],
];

describe('each bad input gets its own clear outcome', () => {
  for (const [name, reason] of failures) {
    it(`${name}: fails with a reason naming the file`, async () => {
      const err = await extractFile(bad(name)).catch((e) => e);
      expect(err.name).toBe('ReadError');
      expect(err.message.startsWith(`${bad(name)}: `)).toBe(true);
      expect(err.reason).toMatch(reason);
    });
  }

  it('Windows-1251 and KOI8-R headers decode to the same facts', async () => {
    for (const name of ['header-cp1251.txt', 'header-koi8r.txt']) {
      const r = await extractFile(bad(name));
      expect(r.diagnostics.map((d) => d.message)).toContain(name.includes('cp1251') ? 'encoding: windows-1251' : 'encoding: koi8-r');
      expect(r.act).toMatchObject({ region: 'west-kazakhstan', date: '2014-07-01', title: 'Об утверждении регламентов государственных услуг в сфере социальной защиты населения' });
    }
  });

  it('a UTF-16 Kazakh text decodes', async () => {
    const r = await extractFile(bad('header-utf16.txt'));
    expect(r.language).toBe('kk');
    expect(r.act).toMatchObject({ region: 'kostanay', number: '564', date: '2015-12-30' });
  });

  it('a text that is not a legal act: no facts, a warning', async () => {
    const r = await extractFile(bad('not-an-act.txt'));
    expect([r.act, r.relations, r.reglaments]).toEqual([null, [], []]);
    expect(r.diagnostics.some((d) => d.ruleId === 'document/no-facts' && d.severity === 'warning')).toBe(true);
  });

  it('a text named .pdf: read for what it holds, with a warning that it is no PDF', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zangraph-named-pdf-'));
    const named = join(dir, 'resolution.pdf');
    await copyFile(corpusPath('001'), named);
    const r = await extractFile(named);
    expect(r.format).toBe('markdown');
    expect(r.act).toMatchObject({ region: 'west-kazakhstan', number: '272', date: '2017-10-31' });
    expect(r.diagnostics.filter((d) => d.ruleId === 'read/not-a-pdf')).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/^named \.pdf but holds no PDF \(no %PDF- header in its first 1024 bytes\)/) })]);
    const real = await extractFile(corpusPath('000'));
    expect(real.diagnostics.some((d) => d.ruleId === 'read/not-a-pdf')).toBe(false);
  });

  it('a header without its number: the other facts, a warning, no guessed number', async () => {
    const r = await extractFile(bad('header-without-number.txt'));
    expect(r.act).toMatchObject({ number: null, date: '2019-06-19', region: 'west-kazakhstan', registration: { number: '5726', date: '2019-06-20' } });
    expect(r.diagnostics.map((d) => d.ruleId)).toContain('act/missing-number');
  });

  it('a file over the size limit is refused before it is read', async () => {
    const err = await extractFile(corpusPath('002'), { maxBytes: 1000 }).catch((e) => e);
    expect(err.message).toMatch(/002_e21e414c054581b8\.txt: file is \d+ bytes, over the size limit of 1000 bytes/);
  });
});

describe('a batch with bad inputs', () => {
  it('runBatch: the good document is ok, each bad one failed with its own reason, nothing thrown', async () => {
    const data = await mkdtemp(join(tmpdir(), 'zangraph-bad-api-'));
    const names = (await readdir(BAD)).sort();
    const files = [...names.map(bad), corpusPath('004')];
    const seen: DocumentSummary[] = [];
    const report = await runBatch({ files, embedded: await EmbeddedStore.open(data), concurrency: 2, onDocument: (d) => seen.push(d) });
    expect(seen.map((d) => d.path)).toEqual(files);
    const byName = new Map(seen.map((d) => [d.name, d]));
    for (const [name, reason] of failures) {
      expect(byName.get(name)?.status, name).toBe('failed');
      expect(byName.get(name)?.reason, name).toMatch(reason);
    }
    const ok = seen.filter((d) => d.status !== 'failed').map((d) => d.name).sort();
    expect(ok).toEqual(['004_175c6b83b6895c2f.txt', ...names.filter((n) => !failures.some(([f]) => f === n))].sort());
    expect(byName.get('004_175c6b83b6895c2f.txt')).toMatchObject({ status: 'new', act: expect.stringContaining('564'), counts: { reglaments: 6 } });
    expect(byName.get('not-an-act.txt')).toMatchObject({ act: null, counts: { acts: 0, reglaments: 0 } });
    expect(report.failures.map((f: { path: string }) => f.path).sort()).toEqual(failures.map(([n]) => bad(n)).sort());
  }, 120_000);

  it('processes the good document, reports every failure with its reason and exits 1', async () => {
    const data = await mkdtemp(join(tmpdir(), 'zangraph-bad-'));
    const good = corpusPath('004');
    const run = await promisify(execFile)(process.execPath, [join(ROOT, 'bin', 'zangraph.mjs'), 'run', BAD, good, '--data', data, '--log-level', 'error'], { cwd: ROOT })
      .then(() => ({ code: 0 }), (e) => ({ code: e.code as number, stdout: e.stdout as string }));
    expect(run.code).toBe(1);
    const report = JSON.parse(await readFile(join(data, 'run-report.json'), 'utf8'));
    expect(report.inputs).toBe(12);
    expect(report.failures.map((f: { path: string }) => f.path.split('/').pop()).sort()).toEqual(
      ['empty.txt', 'encrypted.pdf', 'scan.png.txt', 'scanned.pdf', 'truncated.pdf', 'whitespace-only.txt'],
    );
    for (const f of report.failures) expect(f.reason.length).toBeGreaterThan(10);
    // Every input is accounted for: ok, warnings or failed (with its reason).
    expect(report.perInput).toHaveLength(12);
    const outcome = (name: string) => report.perInput.find((p: { path: string }) => p.path.endsWith(`/${name}`));
    expect(outcome('004_175c6b83b6895c2f.txt')).toMatchObject({ outcome: 'ok', status: 'new' });
    expect(outcome('not-an-act.txt')).toMatchObject({ outcome: 'warnings' });
    expect(outcome('truncated.pdf')).toMatchObject({ outcome: 'failed', reason: expect.stringMatching(/^corrupt or truncated PDF/) });
    const store = await EmbeddedStore.open(data);
    expect(store.names()).toContain('004_175c6b83b6895c2f.txt');
    expect((await store.get('004_175c6b83b6895c2f.txt'))?.reglaments).toHaveLength(6);
    expect(store.names()).toHaveLength(6);
  }, 120_000);
});
