/**
 * Input folders as they are found on real machines: symbolic links (followed, loops walked once, a
 * broken one a failed input), a subfolder or file this user cannot read (one failed input, the run
 * goes on), and a file name that is not valid UTF-8 (read by its bytes).
 * Unreadable means unreadable to the user running the CLI: as root nothing is, so as root the CLI
 * runs as `nobody` (setpriv) for that test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RunReport } from '../../schemas/run.ts';
import { corpusPath } from '../helpers/corpus.ts';
import { BIN, zangraph } from './cli.ts';

const A = '000_1599c89bdcad9835.txt'; // ru, resolution № 142 of 2019-06-19
const B = '001_ad9c0be88298471a.txt'; // kk, resolution № 272 of 2017-10-31
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'zangraph-inputs-'));
  chmodSync(root, 0o755);
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('symbolic links in an input folder', () => {
  it('links to files are followed, a link loop is walked once, a broken link fails alone', async () => {
    const input = join(root, 'links');
    const outside = join(root, 'outside');
    await mkdir(join(input, 'sub'), { recursive: true });
    await mkdir(outside);
    await copyFile(corpusPath('000'), join(input, A));
    await copyFile(corpusPath('001'), join(outside, B));
    await symlink(join(outside, B), join(input, 'sub', 'linked.txt'));
    await symlink(join(input, A), join(input, 'sub', 'alias.txt')); // the same file as A
    await symlink(input, join(input, 'sub', 'loop')); // back to the input folder
    await symlink(join(root, 'nowhere.txt'), join(input, 'broken.txt'));
    const data = join(root, 'links-data');
    const r = await zangraph(['run', input, '--data', data]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n').filter((l) => l.startsWith(input));
    expect(lines.map((l) => l.replace(/\s+/g, ' ').split(' ').slice(0, 2).join(' '))).toEqual([
      `${join(input, A)} new`,
      `${join(input, 'broken.txt')} FAILED`,
      `${join(input, 'sub', 'linked.txt')} new`,
    ]);
    expect(r.stdout).toMatch(/broken\.txt\s+FAILED\s+broken symbolic link \(ENOENT\)/);
    expect(r.stdout).toMatch(/linked\.txt\s+new\s+kk 272 of 2017-10-31/);
  }, 300_000);
});

describe('what the user cannot read', () => {
  it('an unreadable subfolder and an unreadable file are one failed input each; the others are stored', async () => {
    const input = join(root, 'perm');
    await mkdir(join(input, 'locked'), { recursive: true });
    await copyFile(corpusPath('000'), join(input, A));
    await copyFile(corpusPath('001'), join(input, 'locked', B));
    await copyFile(corpusPath('003'), join(input, 'secret.txt'));
    chmodSync(join(input, 'locked'), 0o000);
    chmodSync(join(input, 'secret.txt'), 0o000);
    const data = join(root, 'perm-data');
    await mkdir(data);
    const asRoot = process.getuid?.() === 0;
    if (asRoot) chownSync(data, 65534, 65534);
    const command = asRoot ? 'setpriv' : 'node';
    const args = [...(asRoot ? ['--reuid=65534', '--regid=65534', '--clear-groups', 'node'] : []), BIN, 'run', input, '--data', data];
    const r = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, CI: '1', HOME: root } });
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`${A}\\s+new\\s+ru 142 of 2019-06-19`));
    expect(r.stdout).toMatch(/perm\/locked\s+FAILED\s+cannot read folder \(EACCES\)/);
    expect(r.stdout).toMatch(/secret\.txt\s+FAILED\s+cannot read file \(EACCES\)/);
    const report = RunReport.parse(JSON.parse(await readFile(join(data, 'run-report.json'), 'utf8')));
    expect(report.documents).toMatchObject({ new: 1, failed: 2 });
  }, 300_000);
});

describe('file names', () => {
  it('a name that is not valid UTF-8 is read by its bytes', async () => {
    const input = join(root, 'names');
    await mkdir(input);
    const raw = Buffer.concat([Buffer.from(`${input}/act-`), Buffer.from([0xff, 0xfe]), Buffer.from('.txt')]);
    await writeFile(raw, await readFile(corpusPath('000')));
    const r = await zangraph(['run', input, '--data', join(root, 'names-data')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/act-\ufffd\ufffd\.txt\s+new\s+ru 142 of 2019-06-19: 5 reglaments/);
  }, 300_000);
});
