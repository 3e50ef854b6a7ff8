/**
 * Reglament wordings of other regions and years that the corpus does not show
 * (tests/fixtures/other-regions/README.md): each document scored against its hand-made gold, and the
 * facts each wording carries read off directly.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../pipeline/eval/run.ts';
import { extractFile } from '../../../pipeline/extract-file.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'other-regions');
const doc = (name: string) => extractFile(join(DIR, 'docs', name));
const steps = (r: Awaited<ReturnType<typeof doc>>, ordinal: number) =>
  r.reglaments[ordinal - 1]!.procedures.flatMap((p) => p.steps.map((s) => [s.n, s.actor, s.durations]));

describe('reglaments of other regions and years', () => {
  it('every fact of the gold, nothing else', async () => {
    const { report } = await evaluate({ gold: join(DIR, 'gold'), docs: join(DIR, 'docs'), details: true });
    const mismatches = Object.entries(report.documents).flatMap(([d, r]) =>
      [...(r.mismatches?.fp ?? []).map((m) => `${d} fp ${JSON.stringify(m)}`), ...(r.mismatches?.fn ?? []).map((m) => `${d} fn ${JSON.stringify(m)}`)]);
    expect(mismatches).toEqual([]);
    expect(Object.keys(report.documents)).toHaveLength(9);
    expect(report.overall.tp).toBeGreaterThan(400);
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
});
