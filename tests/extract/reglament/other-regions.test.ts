/**
 * Reglament wordings of other regions and years that the corpus does not show
 * (tests/fixtures/other-regions/README.md): each document scored against its hand-made gold, and the
 * facts each wording carries read off directly.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../../pipeline/extract-file.ts';
import { mismatchesAgainstGold } from '../../helpers/gold.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'other-regions');
const doc = (name: string) => extractFile(join(DIR, 'docs', name));
const steps = (r: Awaited<ReturnType<typeof doc>>, ordinal: number) =>
  r.reglaments[ordinal - 1]!.procedures.flatMap((p) => p.steps.map((s) => [s.n, s.actor, s.durations]));

describe('reglaments of other regions and years', () => {
  it('every fact of the gold, nothing else', async () => {
    const { mismatches, report } = await mismatchesAgainstGold(DIR);
    expect(mismatches).toEqual([]);
    expect(Object.keys(report.documents)).toHaveLength(16);
    expect(report.overall.tp).toBeGreaterThan(600);
  });

  it('steps marked "процедура 1:" (Mangystau, 2018 layout)', async () => {
    const r = await doc('06_mangystau_2018_ru.txt');
    expect(steps(r, 1)).toEqual([
      [1, 'provider-clerk', ['15 minute']], [2, 'provider-head', ['1 hour']], [3, 'provider-executor', ['3 working-day']],
      [4, 'provider-head', ['3 hour']], [5, 'provider-clerk', ['30 minute']],
    ]);
  });

  it('the rural-district akim\'s office specialist, "рұқсат берілген" service time, "күнтізбелік 7 күн" (Turkestan, Kazakh)', async () => {
    const r = await doc('07_turkestan_2019_kk.txt');
    expect(steps(r, 1).map((s) => s[1])).toEqual(['other:akim-specialist', 'akim', 'other:akim-specialist']);
    expect(r.reglaments[0]!.actors).toEqual(['other:akim-specialist', 'akim']);
    expect(steps(r, 2)[2]).toEqual([3, 'provider-executor', ['7 calendar-day']]);
    expect(r.reglaments[1]!.terms.filter((t) => t.kind === 'max-service').map((t) => [t.channel, t.duration]))
      .toEqual([['provider', '15 minute'], ['state-corporation', '15 minute']]);
  });

  it('the Kazakh plural procedure point "рәсімдердің (іс-қимылдардың) мазмұны" (Pavlodar)', async () => {
    const r = await doc('11_pavlodar_2015_kk.txt');
    expect(steps(r, 1)).toEqual([
      [1, 'provider-clerk', ['20 minute']], [2, 'provider-head', ['3 hour']], [3, 'provider-executor', ['6 working-day']],
      [4, 'provider-head', ['3 hour']], [5, 'provider-clerk', ['30 minute']],
    ]);
  });

  it('the rule of taking effect decides when a clause also says when the act enters into force', async () => {
    // "вступает в силу со дня государственной регистрации … и вводится в действие с 1 января 2016 года"
    expect((await doc('b03_almaty_region_2015_ru.txt')).act?.entryIntoForce).toBe('date:2016-01-01');
    expect((await doc('b06_burabay_district_2015_ru.txt')).act?.entryIntoForce).toBe('on-signature');
    // "… тіркелген күнінен бастап күшіне енеді және 2016 жылғы 1 қаңтардан бастап қолданысқа енгізіледі"
    expect((await doc('b07_burabay_maslikhat_2015_kk.txt')).act?.entryIntoForce).toBe('date:2016-01-01');
    // "алғашқы ресми жарияланған күнінен бастап күнтізбелік он күн өткен соң"
    expect((await doc('b09_kyzylorda_2016_kk.txt')).act?.entryIntoForce).toBe('10-days-after-first-publication');
  });

  it('the appendix list of repealed acts after the signatures (Almaty city maslikhat)', async () => {
    const r = await doc('b04_almaty_maslikhat_2016_ru.txt');
    expect(r.relations.filter((x) => x.type === 'repeals')).toHaveLength(3);
  });

  it('term clauses run together on one line keep their own kinds (Astana)', async () => {
    const r = await doc('b01_astana_2019_ru.txt');
    expect(r.reglaments[0]!.terms.map((t) => [t.kind, t.channel, t.duration])).toEqual([
      ['total', 'provider', '15 working-day'], ['max-wait', null, '15 minute'], ['max-service', null, '15 minute'],
    ]);
  });
});
