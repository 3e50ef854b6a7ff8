/**
 * `zangraph query` as a user runs it: the real corpus extraction in an embedded store on disk, the
 * CLI in a child process, its JSON / CSV / table output parsed back.
 */
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { InForceRow } from '../../schemas/query.ts';
import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { corpusResults } from './corpus.ts';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'zangraph.mjs');
let data = '';

async function zangraph(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [BIN, 'query', ...args, '--data', data], { maxBuffer: 1 << 24 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

beforeAll(async () => {
  data = await mkdtemp(join(tmpdir(), 'zangraph-cli-'));
  const store = await EmbeddedStore.open(data);
  await store.write((await corpusResults()).map((result) => ({ kind: 'result' as const, result })), { flush: true });
}, 120_000);

describe('zangraph query', () => {
  it('in-force --format json: rows with service, region, approvedBy, wordingBy, validity, certainty and source', async () => {
    const r = await zangraph('in-force', '--date', '2018-06-01', '--region', 'west-kazakhstan', '--service', 'белсенді шараларына', '--format', 'json');
    expect(r.code).toBe(0);
    const rows = InForceRow.array().parse(JSON.parse(r.stdout));
    expect(rows.map((x) => [x.region, x.approvedBy, x.wordingBy, x.validFrom, x.certainty]))
      .toEqual([['west-kazakhstan', 'akimat|west-kazakhstan|2015-08-04|204', 'akimat|west-kazakhstan|2017-10-31|272', '2017-12-01', 'estimated']]);
    expect(rows[0]!.source[0]!.document).toMatch(/^001_/);
  }, 60_000);

  it('in-force prints an empty JSON array when nothing is in force', async () => {
    const r = await zangraph('in-force', '--date', '2013-01-01', '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  }, 60_000);

  it('history --format csv: a header and one line per relation, in date order', async () => {
    const r = await zangraph('history', '--region', 'west-kazakhstan', '--number', '204', '--format', 'csv');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('relation,act,date,inCorpus,effective,certainty,basis,statedBy,title');
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2).join(' '))).toEqual([
      'repeals akimat|west-kazakhstan|2014-07-01|177',
      'amended-by akimat|west-kazakhstan|2017-10-31|272',
      'amended-by akimat|west-kazakhstan|2019-06-19|142',
      'repealed-by akimat|west-kazakhstan|2020-06-05|131',
    ]);
  }, 60_000);

  it('compare as a table shows each service with a line per region', async () => {
    const r = await zangraph('compare', '--regions', 'west-kazakhstan,kostanay');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Присвоение или продление статуса оралмана\n  west-kazakhstan  № 142 of 2019-06-19.*\n  kostanay         № 564 of 2015-12-30/);
  }, 60_000);

  it('rejects bad options with a clear message and exit code 2', async () => {
    const bad = await zangraph('in-force', '--date', '2018-13-45');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/date: not a calendar date/);
    const region = await zangraph('compare', '--regions', 'west-kazakhstan,atlantis');
    expect(region.code).toBe(2);
    expect(region.stderr).toMatch(/regions\.1/);
    const act = await zangraph('history', 'akimat|west-kazakhstan|2001-01-01|1');
    expect(act.code).toBe(2);
    expect(act.stderr).toMatch(/no act akimat\|west-kazakhstan\|2001-01-01\|1 in the graph/);
  }, 60_000);
});
