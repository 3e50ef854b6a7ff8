/**
 * Reglament versions built from rows the way a store hands them out: approval, new wording (which
 * proves an earlier wording the corpus may not carry), one act's Russian and Kazakh texts as one
 * version, end at the approving act's repeal.
 */
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../graph/queries/model.ts';
import type { GraphSource } from '../../graph/queries/source.ts';
import type { ActStatementRow, ReglamentRow, RelationRow } from '../../schemas/graph-source.ts';

const BASE = 'akimat|west-kazakhstan|2015-08-04|204';
const AMEND = 'akimat|west-kazakhstan|2017-10-31|272';
const REPEAL = 'akimat|west-kazakhstan|2020-06-05|131';

const stmt = (act: string, over: Partial<ActStatementRow>): ActStatementRow => ({
  act, document: 'd.txt', self: true, kind: 'resolution', title: null, registrationNumber: null, registrationDate: null,
  publicationDate: null, entryIntoForce: '10-days-after-first-publication', status: null, quotes: [], ...over,
});
const reg = (over: Partial<ReglamentRow>): ReglamentRow => ({
  document: 'd.txt', language: 'ru', ordinal: 1, appendix: '1', service: 'Присвоение статуса оралмана', carrier: BASE,
  approvedBy: BASE, effect: 'approved', steps: [], limits: [], actors: [], terms: [], quotes: [], ...over,
});

function source(acts: ActStatementRow[], relations: RelationRow[], reglaments: ReglamentRow[]): GraphSource {
  return {
    label: 'rows', close: async () => {}, documents: async () => [], amendments: async () => [], reglamentTexts: async () => [],
    actStatements: async () => acts, relations: async () => relations, reglaments: async () => reglaments,
  };
}

describe('reglament versions', () => {
  it('a new wording ends the wording before it, which is kept without text when the corpus lacks it', async () => {
    const m = await loadModel(source(
      [stmt(BASE, { self: false, publicationDate: '2015-10-03' }), stmt(AMEND, { document: 'a.txt', registrationDate: '2017-11-20' })],
      [{ from: AMEND, type: 'amends', to: BASE, document: 'a.txt', quote: 'q' }],
      [reg({ document: 'a.txt', carrier: AMEND, effect: 'new-wording', service: 'Оралман мәртебесін беру', language: 'kk' })],
    ));
    expect(m.versions.map((v) => [v.wordingBy, v.from.date, v.to?.date ?? null, v.texts.length])).toEqual([
      [BASE, '2015-10-14', '2017-12-01', 0],
      [AMEND, '2017-12-01', null, 1],
    ]);
  });

  it('the Russian and Kazakh texts of one act are one version in two languages', async () => {
    const m = await loadModel(source([stmt(BASE, {})], [], [
      reg({ document: 'ru.txt' }),
      reg({ document: 'kk.txt', language: 'kk', service: 'Оралман мәртебесін беру' }),
    ]));
    expect(m.versions).toHaveLength(1);
    expect(m.versions[0]!.texts.map((t) => t.language)).toEqual(['kk', 'ru']);
  });

  it('a version ends when the repeal of its approving act takes effect; an added text starts with the amending act', async () => {
    const m = await loadModel(source(
      [stmt(BASE, { registrationDate: '2015-09-01' }), stmt(AMEND, { document: 'a.txt', registrationDate: '2017-11-20' })],
      [{ from: BASE, type: 'repealed-by', to: REPEAL, document: 'd.txt', quote: 'q' }, { from: AMEND, type: 'amends', to: BASE, document: 'a.txt', quote: 'q' }],
      [reg({}), reg({ document: 'a.txt', carrier: AMEND, approvedBy: null, effect: 'added', service: 'Регистрация лиц, ищущих работу' })],
    ));
    expect(m.versions.map((v) => [v.serviceId, v.approvedBy, v.wordingBy, v.from.date, v.to?.date])).toEqual([
      ['jobseeker-registration', BASE, AMEND, '2017-12-01', '2020-06-16'],
      ['oralman-status', BASE, BASE, '2015-09-12', '2020-06-16'],
    ]);
    expect(m.versions.every((v) => v.to?.certainty === 'estimated')).toBe(true);
  });

  it('a reglament with neither an approving nor a carrying act is reported unplaced, not dated', async () => {
    const m = await loadModel(source([], [], [reg({ carrier: null, approvedBy: null, effect: null })]));
    expect(m.versions).toEqual([]);
    expect(m.unplaced.map((u) => u.reason)).toEqual(['no approving act and no carrying act']);
  });
});
