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
import { CompareResult, InForceRow } from '../../schemas/query.ts';
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
    expect(lines[0]).toBe('relation,act,date,inCorpus,effective,certainty,basis,statedBy,title,changes,inferredFrom');
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2).join(' '))).toEqual([
      'repeals akimat|west-kazakhstan|2014-07-01|177',
      'amended-by akimat|west-kazakhstan|2017-10-31|272',
      'amended-by akimat|west-kazakhstan|2019-06-19|142',
      'repealed-by akimat|west-kazakhstan|2020-06-05|131',
    ]);
  }, 60_000);

  it('compare as a table shows each service with a line per region, each text with its validity', async () => {
    const r = await zangraph('compare', '--regions', 'west-kazakhstan,kostanay');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Присвоение или продление статуса оралмана\n  west-kazakhstan  № 142 of 2019-06-19 \| in force 2019-07-01\.\.2020-06-16 \(estimated\).*\n  kostanay         № 564 of 2015-12-30 \| in force 2016-02-06\.\.2016-06-21 \(estimated\)/);
  }, 60_000);

  it('compare --format json: Kostanay\'s foreign-labour permit has a slowest total with 40 working days and a fastest with 2', async () => {
    const r = await zangraph('compare', '--regions', 'west-kazakhstan,kostanay', '--format', 'json');
    expect(r.code).toBe(0);
    const result = CompareResult.parse(JSON.parse(r.stdout));
    const permit = result.rows.find((x) => x.serviceId === 'foreign-labour-permit')!;
    const kostanay = permit.regions.find((c) => c.region === 'kostanay')!;
    expect(kostanay.total.slowest).toContain('40 working-day');
    expect(kostanay.total.fastest).toContain('2 working-day');
    expect(kostanay.total.slowest).not.toContain('109 working-day');
    expect(kostanay.workingMinutes).toEqual({ fastest: 1100, slowest: 19340 });
  }, 60_000);

  it('compare without --date takes each region at its latest text, never a repealed 2014 text, and says the periods do not meet', async () => {
    const r = await zangraph('compare', '--regions', 'west-kazakhstan,kostanay', '--format', 'json');
    const result = CompareResult.parse(JSON.parse(r.stdout));
    expect(result.regions.map((x) => [x.region, x.asOf, x.from, x.to])).toEqual([
      ['west-kazakhstan', '2019-07-01', '2019-07-01', '2020-06-16'],
      ['kostanay', '2016-02-06', '2016-02-06', '2016-06-21'],
    ]);
    expect(result.overlap).toBe(false);
    expect(result.notes.join('\n')).toMatch(/never in force on the same day.*cover 2016-02-06\.\.2016-06-21 together/);
    const acts = result.rows.flatMap((x) => x.regions.map((c) => c.wordingBy)).filter(Boolean);
    expect(acts).not.toContain('akimat|west-kazakhstan|2014-07-01|177');
    const table = await zangraph('compare', '--regions', 'west-kazakhstan,kostanay');
    expect(table.stdout).toMatch(/^west-kazakhstan: as of 2019-07-01/);
    expect(table.stdout).toMatch(/note: the compared texts are never in force on the same day/);
  }, 60_000);

  it('compare --date: a text in force outside the corpus is told from a service the corpus does not regulate', async () => {
    const r = await zangraph('compare', '--regions', 'west-kazakhstan,kostanay', '--date', '2016-03-01', '--format', 'json');
    const result = CompareResult.parse(JSON.parse(r.stdout));
    expect(result.overlap).toBe(true);
    const wk = (id: string) => result.rows.find((x) => x.serviceId === id)!.regions[0]!;
    expect(wk('active-employment-measures')).toMatchObject({ status: 'text-not-in-corpus', note: 'text in force not in the corpus (№ 204 of 2015-08-04)', validFrom: '2015-10-14' });
    expect(wk('foreign-labour-permit')).toMatchObject({ status: 'not-regulated', note: 'not regulated in the corpus' });
    const early = CompareResult.parse(JSON.parse((await zangraph('compare', '--regions', 'west-kazakhstan,kostanay', '--date', '2015-01-01', '--format', 'json')).stdout));
    expect(early.notes).toEqual(['kostanay: no text of the corpus is in force on 2015-01-01; its texts cover 2016-02-06..2016-06-21']);
  }, 60_000);

  it('compare --format csv: one row per region, service and step', async () => {
    const r = await zangraph('compare', '--regions', 'west-kazakhstan,kostanay', '--format', 'csv');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('service,serviceId,region,status,wordingBy,validFrom,validTo,certainty,variant,step,actor,durations,fastest,slowest,note');
    const permit = lines.filter((l) => l.includes(',foreign-labour-permit,kostanay,'));
    expect(permit).toHaveLength(5);
    expect(permit[2]).toContain(',3,provider-executor,40 working-day or 30 working-day or 7 working-day or 30 working-day or 2 working-day,2 working-day + 2 hour + 20 minute,40 working-day + 2 hour + 20 minute,');
    expect(lines.filter((l) => l.includes(',foreign-labour-permit,west-kazakhstan,not-regulated,'))).toHaveLength(1);
  }, 60_000);

  it('changes --format csv and table: a line per change and service, with the act, its date and certainty', async () => {
    const csv = await zangraph('changes', '--region', 'west-kazakhstan', '--from', '2019-01-01', '--to', '2020-12-31', '--format', 'csv');
    expect(csv.code).toBe(0);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe('date,certainty,change,act,actInCorpus,service,serviceId,approvedBy,documents,basis');
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 4).join(' '))).toEqual([
      ...Array(4).fill('2019-07-01 estimated new-wording akimat|west-kazakhstan|2019-06-19|142'),
      '2019-07-01 estimated came-into-force akimat|west-kazakhstan|2019-06-19|142',
      ...Array(5).fill('2020-06-16 estimated ceased akimat|west-kazakhstan|2020-06-05|131'),
    ]);
    const table = await zangraph('changes', '--region', 'west-kazakhstan', '--from', '2015-10-01', '--to', '2015-10-31');
    expect(table.stdout).toMatch(/2015-10-14 +exact +ceased +№ 204 of 2015-08-04 \(text not in corpus\) +Выдача справок безработным гражданам +002_/);
    const missing = await zangraph('changes', '--region', 'west-kazakhstan', '--from', '2015-10-01');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/changes needs --region R --from YYYY-MM-DD --to YYYY-MM-DD/);
  }, 60_000);

  it('history as a table says what each amending act changed, which repeal is inferred and from what, and that № 204\'s text is not in the corpus', async () => {
    const r = await zangraph('history', '--region', 'west-kazakhstan', '--number', '204');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('№ 272 of 2017-10-31 rewords sub-point 17 of point 1: "Адамдарға жұмыспен қамтуға жәрдемдесудің белсенді шараларына қатысуға жолдамалар беру" [001_ad9c0be88298471a.txt]');
    expect(r.stdout).toContain('№ 142 of 2019-06-19 adds the reglament "Выдача справки о регистрации в качестве безработного" (appendix 5 of № 142 of 2019-06-19)');
    expect(r.stdout).toMatch(/inferred, not stated: repealed-by № 131 of 2020-06-05, from 000_1599c89bdcad9835\.txt: akimat\|west-kazakhstan\|2019-06-19\|142 repealed-by/);
    expect(r.stdout).toMatch(/warning: the text of № 204 of 2015-08-04 is not in the corpus/);
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
