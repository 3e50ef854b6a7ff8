/**
 * `changes` on the real extraction of the corpus: what happened to West Kazakhstan's and Kostanay's
 * reglaments between two dates, with the act, its date and certainty.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { changes } from '../../graph/queries/changes.ts';
import type { QueryModel } from '../../graph/queries/index.ts';
import { embeddedModel } from './corpus.ts';
import { ACT_131, ACT_142, ACT_204, ACT_272, ACT_564, KOSTANAY, WK } from './point-in-time.ts';

let m: QueryModel;
beforeAll(async () => { m = await embeddedModel(); }, 120_000);

const summary = (rows: ReturnType<typeof changes>) => rows.map((r) => [r.date, r.change, r.act, r.serviceId, r.certainty]);

describe('changes', () => {
  it('2017-2019 in West Kazakhstan: № 272 rewords one reglament and adds two, № 142 rewords four and adds one', () => {
    expect(summary(changes(m, { region: WK, from: '2017-01-01', to: '2019-12-31' }))).toEqual([
      ['2017-12-01', 'new-wording', ACT_272, 'active-employment-measures', 'estimated'],
      ['2017-12-01', 'came-into-force', ACT_272, 'jobseeker-registration', 'estimated'],
      ['2017-12-01', 'came-into-force', ACT_272, 'jobseeker-registration-as-unemployed', 'estimated'],
      ['2019-07-01', 'new-wording', ACT_142, 'active-employment-measures', 'estimated'],
      ['2019-07-01', 'new-wording', ACT_142, 'oralman-status', 'estimated'],
      ['2019-07-01', 'new-wording', ACT_142, 'jobseeker-registration', 'estimated'],
      ['2019-07-01', 'new-wording', ACT_142, 'jobseeker-registration-as-unemployed', 'estimated'],
      ['2019-07-01', 'came-into-force', ACT_142, 'unemployed-registration-certificate', 'estimated'],
    ]);
  });

  it('2015: the eighteen texts of № 177 cease when № 204 takes effect, exactly on 2015-10-14; a replaced wording is not also reported as ceased', () => {
    const rows = changes(m, { region: WK, from: '2015-01-01', to: '2015-12-31' });
    const ceased = rows.filter((r) => r.change === 'ceased');
    expect(ceased).toHaveLength(18);
    expect(new Set(ceased.map((r) => [r.date, r.act, r.certainty, r.actInCorpus].join(' ')))).toEqual(new Set([`2015-10-14 ${ACT_204} exact false`]));
    expect(ceased.every((r) => r.documents.length === 1 && r.documents[0]!.startsWith('002_'))).toBe(true);
    // № 204's own texts come into force that day; the corpus knows them only because later acts reword them.
    expect(rows.filter((r) => r.change === 'came-into-force').map((r) => [r.act, r.documents])).toEqual([[ACT_204, []], [ACT_204, []]]);
    expect(changes(m, { region: WK, from: '2017-01-01', to: '2020-12-31' }).filter((r) => r.change === 'ceased' && r.date < '2020-01-01')).toEqual([]);
  });

  it('2020: everything of № 204 ceases through № 131, estimated because the repeal is inferred', () => {
    const rows = changes(m, { region: WK, from: '2020-01-01', to: '2020-12-31' });
    expect(rows.map((r) => [r.date, r.change, r.act, r.certainty])).toEqual(Array(5).fill(['2020-06-16', 'ceased', ACT_131, 'estimated']));
    expect(rows[0]!.basis).toMatch(/repeal inferred/);
  });

  it('Kostanay in 2016: the six texts of № 564 come into force and cease', () => {
    const rows = changes(m, { region: KOSTANAY, from: '2016-01-01', to: '2016-12-31' });
    expect(rows.filter((r) => r.change === 'came-into-force').map((r) => r.act)).toEqual(Array(6).fill(ACT_564));
    expect(rows.filter((r) => r.change === 'ceased')).toHaveLength(6);
    expect(changes(m, { region: KOSTANAY, from: '2017-01-01', to: '2017-12-31' })).toEqual([]);
  });

  it('rejects a period that ends before it starts', () => {
    expect(() => changes(m, { region: WK, from: '2020-01-01', to: '2019-01-01' })).toThrow(/--from must not be after --to/);
  });
});
