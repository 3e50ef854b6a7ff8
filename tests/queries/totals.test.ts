/**
 * Fastest and slowest totals on the real extraction of the corpus (graph/queries/totals.ts through
 * `compare`): alternatives per case, alternative procedure variants and a procedure's own limit are
 * never added up.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compare, type QueryModel } from '../../graph/queries/index.ts';
import { textTotals, WORKING_MINUTES } from '../../graph/queries/totals.ts';
import type { CompareCell } from '../../schemas/query.ts';
import type { DurationUnit } from '../../schemas/gold.ts';
import { embeddedModel } from './corpus.ts';
import { KOSTANAY, WK } from './point-in-time.ts';

let m: QueryModel;
beforeAll(async () => { m = await embeddedModel(); }, 120_000);

const cellOf = (date: string | undefined, service: RegExp, region: string): CompareCell => {
  const row = compare(m, { regions: [WK, KOSTANAY], date }).rows.find((r) => r.regions.some((c) => c.names.some((n) => service.test(n))) || service.test(r.service));
  if (!row) throw new Error(`no row for ${service}`);
  return row.regions.find((c) => c.region === region)!;
};
const minutesOf = (d: string) => {
  const [n, u] = d.split(' ');
  return Number(n) * WORKING_MINUTES[u as DurationUnit];
};

describe('totals', () => {
  it('Kostanay foreign-labour permit: the slowest case is 40 working days, the fastest 2, never their sum', () => {
    const c = cellOf(undefined, /иностранной рабочей силы/, KOSTANAY);
    expect(c.total.slowest).toEqual(['40 working-day', '2 hour', '20 minute']);
    expect(c.total.fastest).toEqual(['2 working-day', '2 hour', '20 minute']);
    expect(c.workingMinutes).toEqual({ fastest: 2 * 480 + 140, slowest: 40 * 480 + 140 });
  });

  it('West Kazakhstan child benefit (2015): the two paths are alternatives, the slowest is the rural akim\'s', () => {
    const c = cellOf('2015-01-01', /пособия на детей до восемнадцати/, WK);
    expect(c.variants.map((v) => [v.variant, v.total.slowest])).toEqual([
      [null, ['7 working-day', '60 minute']],
      ['при обращении к акиму сельского округа', ['15 working-day', '90 minute']],
    ]);
    expect(c.total).toEqual({ fastest: ['7 working-day', '60 minute'], slowest: ['15 working-day', '90 minute'] });
  });

  it('Semipalatinsk reglaments: alternative outcomes are one choice, an extension counts in the slowest total only', () => {
    expect(cellOf('2015-01-01', /Семипалатинском/, WK).total).toEqual({
      fastest: ['5 working-day', '60 minute'],
      slowest: ['1 month', '19 working-day', '60 minute'],
    });
    expect(cellOf('2016-03-01', /Семипалатинском/, KOSTANAY).total).toEqual({
      fastest: ['3 working-day', '5 hour', '30 minute'],
      slowest: ['18 working-day', '5 hour', '30 minute'],
    });
  });

  it('a limit stated for the whole procedure is its total', () => {
    const c = cellOf('2015-01-01', /Выдача справки, подтверждающей принадлежность/, WK);
    expect(c.variants).toEqual([expect.objectContaining({ limit: ['15 minute'], total: { fastest: ['15 minute'], slowest: ['15 minute'] } })]);
    expect(c.total.slowest).toEqual(['15 minute']);
  });

  it('no total of any corpus text holds a sum of alternatives: where the text has a choice, the slowest is below the sum of all its durations', () => {
    let withChoice = 0;
    for (const g of m.reglaments) {
      const t = textTotals(g);
      const all = g.steps.flatMap((s) => s.durations).concat(g.limits.map((l) => l.duration)).reduce((s, d) => s + minutesOf(d), 0);
      const choice = g.steps.some((s) => s.links.includes('or')) || new Set(g.steps.map((s) => s.procedure)).size > 1;
      if (!t.workingMinutes) continue;
      expect(t.workingMinutes.fastest).toBeLessThanOrEqual(t.workingMinutes.slowest);
      if (choice) {
        withChoice++;
        expect(t.workingMinutes.slowest, `${g.document}#${g.ordinal}`).toBeLessThan(Math.round(all));
      }
    }
    expect(withChoice).toBeGreaterThanOrEqual(8);
  });
});
