/**
 * A folder scan names what it does not read: a folder holding good documents (text, a saved web page,
 * a Word file) beside a spreadsheet, a binary file and a legacy Word file. The good ones are stored,
 * the others listed with their reason in the summary and the run report without failing the run;
 * named on the command line, the same files fail it. Hidden files, a README and the data folder
 * inside the input folder are passed over quietly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { RunReport } from '../../schemas/run.ts';
import { collectInputs } from '../../pipeline/batch/collect.ts';
import { corpusPath } from '../helpers/corpus.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'zangraph.mjs');
let dir: string;

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
  dir = await mkdtemp(join(tmpdir(), 'zangraph-skipped-'));
  const docs = join(dir, 'acts');
  await mkdir(join(docs, 'word'), { recursive: true });
  await copyFile(corpusPath('000'), join(docs, '000.txt'));
  await copyFile(join(ROOT, 'tests', 'fixtures', 'html', 'docs', '004_175c6b83b6895c2f.html'), join(docs, '004.html'));
  await copyFile(join(ROOT, 'tests', 'fixtures', 'docx', 'docs', '003_23a54824322882b5.docx'), join(docs, 'word', '003.docx'));
  await writeFile(join(docs, 'register.xlsx'), zipSync({ 'xl/workbook.xml': new TextEncoder().encode('<workbook/>') }));
  await writeFile(join(docs, 'dump.bin'), Uint8Array.from([0, 1, 2, 3, 255, 254]));
  await writeFile(join(docs, 'word', 'old.doc'), Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  await writeFile(join(docs, '.~lock.000.txt#'), 'lock');
  await writeFile(join(docs, 'README.md'), '# Acts of 2019\n');
  // A data folder inside the input folder, with a file of its own.
  await mkdir(join(docs, 'store'), { recursive: true });
  await writeFile(join(docs, 'store', 'run-report.json'), '{}');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('files a folder scan does not read', () => {
  it('collectInputs lists them with their reason, and passes over hidden files, the README and the data folder', async () => {
    const docs = join(dir, 'acts');
    const r = await collectInputs([docs], { dataDir: join(docs, 'store') });
    expect(r.files.map((f) => f.slice(docs.length + 1))).toEqual(['000.txt', '004.html', 'word/003.docx']);
    expect(r.skipped.map((s) => [s.path.slice(docs.length + 1), s.reason])).toEqual([
      ['dump.bin', 'unsupported kind .bin'],
      ['register.xlsx', 'unsupported kind .xlsx'],
      ['word/old.doc', 'unsupported kind .doc: save it as .docx, plain text or PDF'],
    ]);
  });

  it('a run stores the good documents, names the others in the summary and the report, and exits 0', async () => {
    const docs = join(dir, 'acts');
    const data = join(docs, 'store');
    const r = await zangraph('ingest', docs, '--data', data);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^3 documents \(3 ok, 0 failed\)/m);
    expect(r.stdout).toContain('3 files in the input folders not read:');
    expect(r.stdout).toContain(`  ${join(docs, 'register.xlsx')}: unsupported kind .xlsx`);
    expect(r.stdout).toContain(`  ${join(docs, 'dump.bin')}: unsupported kind .bin`);
    const report = RunReport.parse(JSON.parse(await readFile(join(data, 'run-report.json'), 'utf8')));
    expect(report.documents).toMatchObject({ new: 3, failed: 0 });
    expect(report.skipped.map((s) => s.reason)).toEqual(['unsupported kind .bin', 'unsupported kind .xlsx', 'unsupported kind .doc: save it as .docx, plain text or PDF']);
    const embedded = await import('../../graph/embedded/store.ts').then((m) => m.EmbeddedStore.open(data));
    expect(embedded.names().sort()).toEqual(['000.txt', '003.docx', '004.html']);
  }, 120_000);

  it('named on the command line, they fail the run with their reason', async () => {
    const docs = join(dir, 'acts');
    const r = await zangraph('ingest', join(docs, '000.txt'), join(docs, 'register.xlsx'), join(docs, 'word', 'old.doc'), '--data', join(dir, 'named'), '--format', 'json');
    expect(r.code).toBe(1);
    const report = RunReport.parse(JSON.parse(r.stdout));
    expect(report.skipped).toEqual([]);
    expect(report.documents).toMatchObject({ new: 1, failed: 2 });
    expect(report.failures.map((f) => f.reason)).toEqual([
      expect.stringMatching(/^unsupported format: ZIP archive/),
      expect.stringMatching(/^a binary Word \(\.doc\).*save it as \.docx/),
    ]);
  }, 120_000);
});
