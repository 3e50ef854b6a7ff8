/**
 * Entry into force and relation handling, rule by rule. The dates are those the corpus states
 * (№ 204 published 3 October 2015; № 177 registered 7 August 2014; № 564 registered 26 January 2016).
 */
import { describe, expect, it } from 'vitest';
import { ActInfo } from '../../schemas/query.ts';
import { entryIntoForce, addDays } from '../../graph/temporal/validity.ts';
import { canonicalRelations } from '../../graph/temporal/relations.ts';
import type { RelationRow } from '../../schemas/graph-source.ts';

const fact = (value: string, own = true, document = 'doc.txt') => ({ value, own, document, quote: value });
function act(key: string, extra: Partial<ActInfo> = {}): ActInfo {
  const [issuer, region, date, number] = key.split('|');
  return ActInfo.parse({
    key, issuer, region: region === '-' ? null : region, date, number, inCorpus: true, documents: [], kind: null, title: null,
    registrationNumber: null, registrationDate: null, publicationDate: null, entryIntoForce: null, status: null, conflicts: [], ...extra,
  });
}

describe('entry into force', () => {
  it('ten calendar days after first publication: publication + 11 days, exact when the publication date is stated', () => {
    const a = act('akimat|west-kazakhstan|2015-08-04|204', {
      publicationDate: fact('2015-10-03', false, '000.txt'),
      entryIntoForce: fact('10-days-after-first-publication'),
    });
    expect(entryIntoForce(a)).toMatchObject({ date: '2015-10-14', certainty: 'exact' });
    expect(entryIntoForce(a).basis).toContain('000.txt');
  });

  it('without a publication date: estimated from the registration date, else from the adoption date', () => {
    const rule = { entryIntoForce: fact('10-days-after-first-publication') };
    expect(entryIntoForce(act('akimat|west-kazakhstan|2014-07-01|177', { ...rule, registrationDate: fact('2014-08-07') })))
      .toMatchObject({ date: '2014-08-18', certainty: 'estimated' });
    expect(entryIntoForce(act('akimat|west-kazakhstan|2020-06-05|131', rule))).toMatchObject({ date: '2020-06-16', certainty: 'estimated' });
  });

  it('an unstated rule is assumed to be ten days after publication, and the date is estimated', () => {
    const e = entryIntoForce(act('akimat|kostanay|2016-06-10|266'));
    expect(e).toMatchObject({ date: '2016-06-21', certainty: 'estimated' });
    expect(e.basis).toMatch(/not stated/);
  });

  it('a stated publication date without a stated rule: the date follows the assumed rule and is estimated, the basis says so', () => {
    const published = { publicationDate: fact('2015-10-03', false, '000.txt') };
    const e = entryIntoForce(act('akimat|west-kazakhstan|2015-08-04|204', published));
    expect(e).toMatchObject({ date: '2015-10-14', certainty: 'estimated' });
    expect(e.basis).toContain('rule not stated, 10-days-after-first-publication assumed');
    expect(e.basis).toContain('published 2015-10-03 (stated in 000.txt)');

    const onPublication = entryIntoForce(act('akimat|kostanay|2015-12-30|564', { publicationDate: fact('2016-02-05') }));
    expect(onPublication).toMatchObject({ date: '2016-02-16', certainty: 'estimated' });
  });

  it('the rule and the publication date both stated: exact, and the basis names the rule, not an assumption', () => {
    const e = entryIntoForce(act('akimat|west-kazakhstan|2015-08-04|204', {
      publicationDate: fact('2015-10-03', false, '000.txt'),
      entryIntoForce: fact('10-days-after-first-publication', false, '001.txt'),
    }));
    expect(e).toMatchObject({ date: '2015-10-14', certainty: 'exact' });
    expect(e.basis).toContain('rule 10-days-after-first-publication (stated in 001.txt)');
    expect(e.basis).not.toContain('assumed');
    const onPublication = entryIntoForce(act('akimat|kostanay|2015-12-30|564', { publicationDate: fact('2016-02-05'), entryIntoForce: fact('on-first-publication') }));
    expect(onPublication).toMatchObject({ date: '2016-02-05', certainty: 'exact' });
    expect(onPublication.basis).not.toContain('assumed');
  });

  it('other rules: on publication, on registration, on signature, on a fixed date', () => {
    const k = 'akimat|kostanay|2015-12-30|564';
    expect(entryIntoForce(act(k, { entryIntoForce: fact('on-first-publication'), publicationDate: fact('2016-02-05') }))).toMatchObject({ date: '2016-02-05', certainty: 'exact' });
    expect(entryIntoForce(act(k, { entryIntoForce: fact('on-registration'), registrationDate: fact('2016-01-26') }))).toMatchObject({ date: '2016-01-26', certainty: 'exact' });
    expect(entryIntoForce(act(k, { entryIntoForce: fact('on-registration') }))).toMatchObject({ date: '2015-12-30', certainty: 'estimated' });
    expect(entryIntoForce(act(k, { entryIntoForce: fact('on-signature') }))).toMatchObject({ date: '2015-12-30', certainty: 'exact' });
    expect(entryIntoForce(act(k, { entryIntoForce: fact('date:2016-01-01') }))).toMatchObject({ date: '2016-01-01', certainty: 'exact' });
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2015-12-30', 11)).toBe('2016-01-10');
    expect(addDays('2016-02-20', 11)).toBe('2016-03-02');
  });
});

describe('relations in one direction', () => {
  const A = 'akimat|west-kazakhstan|2014-07-01|177';
  const B = 'akimat|west-kazakhstan|2015-08-04|204';
  const M1 = 'akimat|west-kazakhstan|2017-10-31|272';
  const M2 = 'akimat|west-kazakhstan|2019-06-19|142';
  const R = 'akimat|west-kazakhstan|2020-06-05|131';
  const row = (from: string, type: RelationRow['type'], to: string, document: string): RelationRow => ({ from, type, to, document, quote: `${type} ${to}` });

  it('"A repealed-by B" and "B repeals A" are one relation stated twice', () => {
    const rels = canonicalRelations([row(A, 'repealed-by', B, 'a.txt'), row(B, 'repeals', A, 'b.txt'), row(A, 'repealed-by', B, 'a.txt')]);
    expect(rels).toHaveLength(1);
    expect(rels[0]).toMatchObject({ from: B, type: 'repeals', to: A, basis: 'stated' });
    expect(rels[0]!.statedBy.map((s) => s.document)).toEqual(['a.txt', 'b.txt']);
  });

  it('"amended-by" becomes "amends" from the amending act', () => {
    expect(canonicalRelations([row(B, 'amended-by', M1, 'x.txt')])).toMatchObject([{ from: M1, type: 'amends', to: B }]);
  });

  it('infers the repeal of an act whose amending acts are all repealed by one act, and marks it inferred', () => {
    const rels = canonicalRelations([
      row(M1, 'amends', B, 'm1.txt'), row(M1, 'repealed-by', R, 'm1.txt'),
      row(M2, 'amends', B, 'm2.txt'), row(M2, 'repealed-by', R, 'm2.txt'),
    ]);
    const inferred = rels.filter((r) => r.basis === 'inferred');
    expect(inferred).toMatchObject([{ from: R, type: 'repeals', to: B }]);
    expect(inferred[0]!.statedBy.map((s) => s.document)).toEqual(['m1.txt', 'm2.txt']);
  });

  it('infers nothing when one amending act is not repealed, or the act\'s own repeal is stated', () => {
    const partial = canonicalRelations([row(M1, 'amends', B, 'm1.txt'), row(M1, 'repealed-by', R, 'm1.txt'), row(M2, 'amends', B, 'm2.txt')]);
    expect(partial.some((r) => r.basis === 'inferred')).toBe(false);
    const stated = canonicalRelations([row(M1, 'amends', B, 'm1.txt'), row(M1, 'repealed-by', R, 'm1.txt'), row(B, 'repealed-by', A, 'b.txt')]);
    expect(stated.filter((r) => r.to === B && r.type === 'repeals').map((r) => r.from)).toEqual([A]);
  });
});
