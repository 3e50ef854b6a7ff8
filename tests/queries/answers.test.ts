/**
 * Answers that explain themselves, on the corpus (embedded store): an empty in-force answer says why,
 * unknown services, regions and acts name the closest known ones, regions are accepted by their names
 * and abbreviations, each end of a validity has its own certainty and a short reason, and table cells
 * wrap at spaces.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryModel } from '../../graph/queries/model.ts';
import { history, inForce } from '../../graph/queries/index.ts';
import { whyEmpty } from '../../graph/queries/in-force.ts';
import { regionHelp, resolveRegion } from '../../graph/queries/regions.ts';
import { toTable, wrap } from '../../graph/queries/format.ts';
import { REGION_IDS } from '../../schemas/gold.ts';
import { embeddedModel } from './corpus.ts';
import { ACT_204, KOSTANAY, WK } from './point-in-time.ts';

let m: QueryModel;
beforeAll(async () => { m = await embeddedModel(); }, 120_000);

describe('regions by name', () => {
  it('Russian and Kazakh names and abbreviations, in any case, give the region id', () => {
    for (const name of ['west-kazakhstan', 'Западно-Казахстанская', 'западно-казахстанская область', 'Батыс Қазақстан', 'БАТЫС ҚАЗАҚСТАН ОБЛЫСЫ', 'ЗКО', 'зко', 'WKO', 'wko', 'West Kazakhstan']) {
      expect(resolveRegion(name)).toBe('west-kazakhstan');
    }
    expect(resolveRegion('Костанайская')).toBe('kostanay');
    expect(resolveRegion('Қостанай облысы')).toBe('kostanay');
    expect(resolveRegion('Алматы')).toBe('almaty');
    expect(resolveRegion('Алматы облысы')).toBe('almaty-region');
  });

  it('an unknown region names the closest ones', () => {
    expect(() => resolveRegion('Западно-Казахстанск')).toThrow(/unknown region "Западно-Казахстанск"; closest: "west-kazakhstan \(Западно-Казахстанская область\)"/);
  });

  it('--help lists every region id', () => {
    expect(regionHelp().map((l) => l.split(':')[0])).toEqual([...REGION_IDS]);
  });
});

describe('unknown answers name the closest', () => {
  it('a service named like nothing known', () => {
    expect(() => inForce(m, { date: '2019-09-01', region: WK, service: 'xyzzy' })).toThrow(/no service is named like "xyzzy"; closest: "[^"]+", "[^"]+", "[^"]+"/);
    expect(() => inForce(m, { date: '2019-09-01', service: 'статус оралмна' })).toThrow(/closest: "Присвоение или продление статуса оралмана"/);
  });

  it('an act the graph does not hold', () => {
    expect(() => history(m, { region: WK, number: '205' })).toThrow(/no act № 205 in west-kazakhstan in the graph; closest: "№ 204 of 2015-08-04 in west-kazakhstan"/);
    expect(() => history(m, { act: 'akimat|west-kazakhstan|2015-08-05|204' })).toThrow(/closest: "akimat\|west-kazakhstan\|2015-08-04\|204"/);
  });
});

describe('empty answers say why', () => {
  it('on 2021-01-01 in West Kazakhstan: the last texts and what ended them, with certainty', () => {
    expect(inForce(m, { date: '2021-01-01', region: WK })).toEqual([]);
    const why = whyEmpty(m, { date: '2021-01-01', region: WK });
    expect(why).toEqual([
      expect.stringMatching(/^west-kazakhstan, 16 services: the last text \(wording of № 177 of 2014-07-01\) ended on 2015-10-14 \(exact\): № 177 of 2014-07-01 repealed by № 204 of 2015-08-04/),
      expect.stringMatching(/^west-kazakhstan, 5 services: the last text \(wording of № 142 of 2019-06-19\) ended on 2020-06-16 \(estimated\): repeal of № 204 of 2015-08-04 inferred: № 131 of 2020-06-05 repeals every act amending it/),
    ]);
  });

  it('before the first text: when the first one starts', () => {
    expect(whyEmpty(m, { date: '2013-01-01' })).toEqual([
      'no reglament at all is in force yet on 2013-01-01: the first text found is in force from 2014-08-18 (estimated), approved by № 177 of 2014-07-01, in force 10 calendar days after publication; publication not stated, registration 2014-08-07 taken',
    ]);
  });

  it('a service regulated in the region once, or only elsewhere', () => {
    expect(whyEmpty(m, { date: '2019-09-01', region: KOSTANAY, service: 'оралман' })).toEqual([
      expect.stringMatching(/^kostanay, "Присвоение или продление статуса оралмана": the last text \(wording of № 564 of 2015-12-30\) ended on 2016-06-21 \(estimated\): № 564 of 2015-12-30 repealed by № 266 of 2016-06-10/),
    ]);
    expect(whyEmpty(m, { date: '2016-03-01', region: KOSTANAY, service: 'Регистрация лиц, ищущих работу' })).toEqual([
      'the corpus holds no reglament of "Регистрация лиц, ищущих работу" in kostanay',
      'it is regulated in the corpus in: west-kazakhstan',
    ]);
    expect(whyEmpty(m, { date: '2016-03-01', region: KOSTANAY })).toEqual([]);
  });
});

describe('each end of a validity has its own certainty and reason', () => {
  it('on 2016-01-01 № 204\'s texts start exactly (published 2015-10-03, stated by № 142) and end by estimate', () => {
    const rows = inForce(m, { date: '2016-01-01', region: WK });
    expect(rows.length).toBe(2);
    for (const r of rows) {
      expect(r).toMatchObject({ approvedBy: ACT_204, validFrom: '2015-10-14', fromCertainty: 'exact', toCertainty: 'estimated', certainty: 'estimated' });
      expect(r.why.from).toBe('approved by № 204 of 2015-08-04, in force 10 calendar days after publication (stated in 002_e21e414c054581b8.txt); published 2015-10-03 (stated in 000_1599c89bdcad9835.txt)');
      expect(r.why.to).toMatch(/^new wording by № (272 of 2017-10-31|142 of 2019-06-19), in force 10 calendar days after publication; publication not stated, registration \d{4}-\d{2}-\d{2} taken$/);
    }
  });
});

describe('table cells wrap at spaces', () => {
  it('never cuts a word, and a word longer than the width stays whole', () => {
    expect(wrap('Присвоение или продление статуса оралмана', 20)).toEqual(['Присвоение или', 'продление статуса', 'оралмана']);
    expect(wrap('административно-территориальной единицы', 10)).toEqual(['административно-территориальной', 'единицы']);
    const table = toTable([{ a: 'один два три четыре', b: 'x' }], ['a', 'b'], { a: 9 });
    expect(table).toBe('a         b\n--------  -\nодин два  x\nтри\nчетыре\n');
  });
});
