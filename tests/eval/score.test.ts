import { describe, expect, it } from 'vitest';
import type { GoldDocument, GoldReglament } from '../../schemas/gold.ts';
import { buildReport, documentCounts, score, scoreDocument } from '../../pipeline/eval/score.ts';
import { pairReglaments } from '../../pipeline/eval/pair.ts';
import { normalizeName, normalizeText } from '../../pipeline/eval/normalize.ts';

/** A tiny reglament: 4 reglament facts, 5 step facts (2 actors + 3 durations), 2 actors, 1 term = 12. */
const reglament = (ordinal: number, service: string, over: Partial<GoldReglament> = {}): GoldReglament => ({
  ordinal,
  appendix: String(ordinal),
  service,
  approvedBy: 'akimat|west-kazakhstan|2015-08-04|204',
  effect: 'new-wording',
  procedures: [{
    variant: null,
    steps: [
      { n: 1, actor: 'provider-employee', durations: ['5 minute', '15 minute'] },
      { n: 2, actor: 'provider-head', durations: ['1 working-day'] },
    ],
  }],
  actors: ['provider-employee', 'provider-head'],
  terms: [{ kind: 'total', channel: 'provider', duration: '30 minute' }],
  ...over,
});

/** 9 act facts + 1 title + 1 relation + one 12-fact reglament = 23 facts. */
const doc = (over: Partial<GoldDocument> = {}): GoldDocument => ({
  source: 'x.txt',
  language: 'ru',
  act: {
    kind: 'resolution', issuer: 'akimat', region: 'west-kazakhstan', number: '142', date: '2019-06-19',
    title: 'О внесении изменений', registration: { number: '5726', date: '2019-06-20' },
    status: 'repealed', entryIntoForce: '10-days-after-first-publication',
  },
  relations: [{ type: 'amends', target: 'akimat|west-kazakhstan|2015-08-04|204' }],
  reglaments: [reglament(1, 'Выдача направлений')],
  ...over,
});

const clone = <T>(x: T): T => structuredClone(x);
const counts = (g: GoldDocument, p: GoldDocument | null) => documentCounts(scoreDocument(g, p));
const fam = (g: GoldDocument, p: GoldDocument | null) => scoreDocument(g, p).families;

describe('score()', () => {
  it('gives 1 when neither side has a fact and 0 for an empty denominator otherwise', () => {
    expect(score({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(score({ tp: 0, fp: 0, fn: 4 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(score({ tp: 0, fp: 3, fn: 0 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    const s = score({ tp: 3, fp: 1, fn: 2 });
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(0.6);
    expect(s.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
  });
});

describe('scoreDocument', () => {
  it('a perfect prediction matches every fact', () => {
    const d = scoreDocument(doc(), clone(doc()));
    expect(d.families).toEqual({
      act: { tp: 9, fp: 0, fn: 0 }, title: { tp: 1, fp: 0, fn: 0 }, relation: { tp: 1, fp: 0, fn: 0 },
      reglament: { tp: 4, fp: 0, fn: 0 }, step: { tp: 5, fp: 0, fn: 0 }, actor: { tp: 2, fp: 0, fn: 0 },
      term: { tp: 1, fp: 0, fn: 0 },
    });
    expect(score(documentCounts(d)).f1).toBe(1);
  });

  it('missing facts lower recall only', () => {
    const p = clone(doc());
    p.relations = [];
    p.reglaments[0].procedures[0].steps[0].durations = ['5 minute'];
    const c = counts(doc(), p);
    expect(c).toEqual({ tp: 21, fp: 0, fn: 2 });
    expect(score(c).precision).toBe(1);
    expect(score(c).recall).toBeCloseTo(21 / 23);
  });

  it('extra facts lower precision only', () => {
    const p = clone(doc());
    p.reglaments[0].terms.push({ kind: 'max-wait', channel: 'provider', duration: '15 minute' });
    p.reglaments[0].actors.push('provider-clerk');
    const c = counts(doc(), p);
    expect(c).toEqual({ tp: 23, fp: 2, fn: 0 });
    expect(score(c).precision).toBeCloseTo(23 / 25);
    expect(score(c).recall).toBe(1);
  });

  it('a wrong value is one extra and one missed fact', () => {
    const p = clone(doc());
    p.act!.number = '143';
    const d = scoreDocument(doc(), p);
    expect(d.families.act).toEqual({ tp: 8, fp: 1, fn: 1 });
    expect(d.fp.map((f) => f.tuple)).toEqual([['x.txt', 'number', '143']]);
    expect(d.fn.map((f) => f.tuple)).toEqual([['x.txt', 'number', '142']]);
  });

  it('a duration in another position of the step is wrong (the index is part of the tuple)', () => {
    const p = clone(doc());
    p.reglaments[0].procedures[0].steps[0].durations = ['15 minute', '5 minute'];
    expect(fam(doc(), p).step).toEqual({ tp: 3, fp: 2, fn: 2 });
  });

  it('scores only the families of the gold scope', () => {
    const g = doc({ scope: ['act', 'relation'] });
    const p = clone(doc());
    p.act!.title = 'Другой заголовок';
    p.reglaments[0].service = 'Другая услуга';
    p.reglaments.push(reglament(2, 'Лишний регламент'));
    const d = scoreDocument(g, p);
    expect(Object.keys(d.families)).toEqual(['act', 'relation']);
    expect(documentCounts(d)).toEqual({ tp: 10, fp: 0, fn: 0 });
    expect(d.fp).toEqual([]);
  });

  it('without a prediction every gold fact in scope is missed', () => {
    expect(counts(doc(), null)).toEqual({ tp: 0, fp: 0, fn: 23 });
    expect(counts(doc({ scope: ['reglament', 'term'] }), null)).toEqual({ tp: 0, fp: 0, fn: 5 });
  });

  it('gold act null: predicted act fields and title are extra', () => {
    const g = doc({ act: null, relations: [] });
    const p = clone(g);
    p.act = { kind: 'resolution', issuer: 'akimat', region: null, number: null, date: null, title: 'Заголовок', registration: null, status: null, entryIntoForce: null };
    const d = scoreDocument(g, p);
    expect(d.families.act).toEqual({ tp: 0, fp: 2, fn: 0 });
    expect(d.families.title).toEqual({ tp: 0, fp: 1, fn: 0 });
  });

  it('a null act field gives no fact: predicting it is extra, leaving it null is missed', () => {
    const g = doc();
    g.act!.registration = null;
    g.act!.entryIntoForce = null;
    const p = clone(doc()); // states registration number, date and entry into force
    expect(fam(g, p).act).toEqual({ tp: 6, fp: 3, fn: 0 });
    expect(fam(doc(), g).act).toEqual({ tp: 6, fp: 0, fn: 3 });
  });
});

describe('actor null in gold', () => {
  const g = () => {
    const d = doc();
    d.reglaments[0].procedures[0].steps[1].actor = null;
    return d;
  };

  it('a predicted actor for that step is neither tp nor fp', () => {
    const d = scoreDocument(g(), clone(doc())); // prediction says provider-head for step 2
    expect(d.families.step).toEqual({ tp: 4, fp: 0, fn: 0 });
  });

  it('a predicted actor for a step with an actor is still scored', () => {
    const p = clone(doc());
    p.reglaments[0].procedures[0].steps[0].actor = 'provider-clerk';
    expect(fam(g(), p).step).toEqual({ tp: 3, fp: 1, fn: 1 });
  });

  it('a predicted null actor where gold has a role is a missed fact', () => {
    const p = clone(doc());
    p.reglaments[0].procedures[0].steps[0].actor = null;
    expect(fam(doc(), p).step).toEqual({ tp: 4, fp: 0, fn: 1 });
  });
});

describe('reglament pairing', () => {
  const g = () => doc({ reglaments: [reglament(1, 'Услуга А', { appendix: '1' }), reglament(2, 'Услуга Б', { appendix: '2' })] });

  it('pairs by service name when the order differs', () => {
    const p = g();
    // Same reglaments, found in the other order (so with each other's ordinals).
    p.reglaments = [
      reglament(1, 'Услуга Б', { appendix: '2' }),
      reglament(2, 'Услуга А', { appendix: '1' }),
    ];
    expect(pairReglaments(g().reglaments, p.reglaments).predToGold).toEqual([1, 0]);
    const d = scoreDocument(g(), p);
    expect(d.families.reglament).toEqual({ tp: 8, fp: 0, fn: 0 });
    expect(d.families.step).toEqual({ tp: 10, fp: 0, fn: 0 });
  });

  it('pairs the rest by position among the unpaired when names differ', () => {
    const p = g();
    p.reglaments[0].service = 'Услуга А (неточно)';
    expect(pairReglaments(g().reglaments, p.reglaments).predToGold).toEqual([0, 1]);
    const d = scoreDocument(g(), p);
    expect(d.families.reglament).toEqual({ tp: 7, fp: 1, fn: 1 });
    expect(d.fp.map((f) => f.tuple)).toEqual([['x.txt', 1, 'service', 'услуга а (неточно)']]);
    expect(d.families.step).toEqual({ tp: 10, fp: 0, fn: 0 });
  });

  it('name pairs first, then the k-th unpaired prediction with the k-th unpaired gold', () => {
    const gold = [reglament(1, 'A'), reglament(2, 'B'), reglament(3, 'C'), reglament(4, 'D')];
    const pred = [reglament(1, 'D'), reglament(2, 'x'), reglament(3, 'B'), reglament(4, 'y')];
    // D→D, B→B by name; x and y pair with A and C in order.
    expect(pairReglaments(gold, pred).predToGold).toEqual([3, 0, 1, 2]);
  });

  it('the first unused gold reglament of a name takes a repeated name', () => {
    const gold = [reglament(1, 'A'), reglament(2, 'A')];
    expect(pairReglaments(gold, [reglament(1, 'A'), reglament(2, 'A')]).predToGold).toEqual([0, 1]);
  });

  it('a missed gold reglament only adds missed facts and does not shift the others', () => {
    const gold = doc({ reglaments: [reglament(1, 'A'), reglament(2, 'B'), reglament(3, 'C')] });
    const p = doc({ reglaments: [reglament(1, 'A'), reglament(2, 'C', { appendix: '3' })] });
    const d = scoreDocument(gold, p);
    expect(documentCounts(d)).toEqual({ tp: 11 + 24, fp: 0, fn: 12 });
    expect(new Set(d.fn.map((f) => f.tuple[1]))).toEqual(new Set([2]));
  });

  it('an extra predicted reglament only adds extra facts, under an ordinal no gold fact has', () => {
    const p = g();
    p.reglaments.push(reglament(3, 'Лишняя услуга'));
    const d = scoreDocument(g(), p);
    expect(documentCounts(d)).toEqual({ tp: 11 + 24, fp: 12, fn: 0 });
    expect(new Set(d.fp.map((f) => f.tuple[1]))).toEqual(new Set(['unpaired:3']));
  });
});

describe('normalization', () => {
  it('maps quotes, ё, dashes and whitespace; lower-cases only names', () => {
    expect(normalizeText('  «Ёлка» —  „ещё“\u00a0– “да”\n')).toBe('"Елка" - "еще" - "да"');
    expect(normalizeText('А-9/406')).toBe('А-9/406');
    expect(normalizeName('Выдача «Справки»')).toBe('выдача "справки"');
    // Decomposed й (и + combining breve) composes to й.
    expect(normalizeText('и\u0306')).toBe('й');
  });

  it('a service or title differing in quotes, ё, dashes, spaces and case still matches', () => {
    const g = doc({ reglaments: [reglament(1, 'Выдача справок «о зачёте» — лицам')] });
    g.act!.title = 'Об утверждении «Регламента»';
    const p = clone(g);
    p.reglaments[0].service = 'выдача  справок "о зачете" - лицам ';
    p.act!.title = 'ОБ УТВЕРЖДЕНИИ "РЕГЛАМЕНТА"';
    const d = scoreDocument(g, p);
    expect(d.families.reglament).toEqual({ tp: 4, fp: 0, fn: 0 });
    expect(d.families.title).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('keeps case in other values: an act number differing in case does not match', () => {
    const g = doc();
    g.act!.number = 'А-9/406';
    const p = clone(g);
    p.act!.number = 'а–9/406';
    expect(fam(g, p).act).toEqual({ tp: 8, fp: 1, fn: 1 });
    p.act!.number = 'А–9/406';
    expect(fam(g, p).act).toEqual({ tp: 9, fp: 0, fn: 0 });
  });
});

describe('buildReport', () => {
  it('micro-averages per family, per language and overall', () => {
    const ru = scoreDocument(doc(), null); // 23 fn
    const kkGold = doc({ source: 'y.txt', language: 'kk', scope: ['act'] });
    const kkPred = clone(kkGold);
    kkPred.act!.status = 'in-force';
    const kk = scoreDocument(kkGold, kkPred); // act: 8 tp, 1 fp, 1 fn
    const r = buildReport([ru, kk], { details: true });
    expect(r.overall).toMatchObject({ tp: 8, fp: 1, fn: 24 });
    expect(r.overall.precision).toBeCloseTo(8 / 9);
    expect(r.overall.recall).toBeCloseTo(8 / 32);
    expect(r.languages.ru).toMatchObject({ tp: 0, fp: 0, fn: 23, documents: 1 });
    expect(r.languages.kk).toMatchObject({ tp: 8, fp: 1, fn: 1, documents: 1 });
    expect(r.families.act).toMatchObject({ tp: 8, fp: 1, fn: 10 });
    expect(r.families.act.byLanguage.kk).toMatchObject({ tp: 8, fp: 1, fn: 1 });
    expect(r.families.step).toMatchObject({ tp: 0, fp: 0, fn: 5 });
    expect(r.families.step.byLanguage.kk).toBeUndefined();
    expect(r.documents['y.txt'].mismatches).toEqual({
      fp: [{ family: 'act', tuple: ['y.txt', 'status', 'in-force'] }],
      fn: [{ family: 'act', tuple: ['y.txt', 'status', 'repealed'] }],
    });
    expect(Object.keys(r)).toEqual(['overall', 'families', 'languages', 'documents']);
  });
});
