/**
 * The point-in-time answers as a suite that runs on any store's model, so that every store
 * is held to the same answers (parity). Run by done-when.test.ts on the real extraction of the corpus.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compare, history, inForce, type QueryModel } from '../../graph/queries/index.ts';

export const WK = 'west-kazakhstan' as const;
export const KOSTANAY = 'kostanay' as const;
export const ACT_204 = 'akimat|west-kazakhstan|2015-08-04|204';
export const ACT_177 = 'akimat|west-kazakhstan|2014-07-01|177';
export const ACT_272 = 'akimat|west-kazakhstan|2017-10-31|272';
export const ACT_142 = 'akimat|west-kazakhstan|2019-06-19|142';
export const ACT_131 = 'akimat|west-kazakhstan|2020-06-05|131';
export const ACT_564 = 'akimat|kostanay|2015-12-30|564';

const ACTIVE_MEASURES = 'Выдача направлений лицам на участие в активных мерах содействия занятости';

export function pointInTimeSuite(store: string, load: () => Promise<QueryModel>): void {
  describe(`point in time on the ${store} store`, () => {
    let m: QueryModel;
    beforeAll(async () => { m = await load(); }, 120_000);

    it('history of № 204: repeals № 177, amended by № 272 and № 142, repealed by № 131, in date order', () => {
      const h = history(m, { region: WK, number: '204' });
      expect(h.act.key).toBe(ACT_204);
      expect(h.relations.map((r) => [r.relation, r.other])).toEqual([
        ['repeals', ACT_177],
        ['amended-by', ACT_272],
        ['amended-by', ACT_142],
        ['repealed-by', ACT_131],
      ]);
      // № 131 is outside the corpus, № 177, 272 and 142 are in it.
      expect(h.relations.map((r) => r.otherInCorpus)).toEqual([true, true, true, false]);
    });

    it('history of № 204 says what each amending act changed, and that № 204\'s own text is not in the corpus', () => {
      const h = history(m, { region: WK, number: '204' });
      const by = (act: string) => h.relations.find((r) => r.other === act)!.changes.map((c) => [c.part, c.number, c.change]);
      expect(by(ACT_272)).toEqual([
        ['subpoint', '17', 'new-wording'], ['subpoint', '19', 'added'], ['subpoint', '20', 'added'],
        ['appendix', '1', 'new-wording'], ['appendix', '2', 'added'], ['appendix', '3', 'added'],
      ]);
      expect(by(ACT_142)).toEqual([
        ['subpoint', '18', 'new-wording'], ['subpoint', '19', 'new-wording'], ['subpoint', '21', 'added'],
        ['appendix', '1', 'new-wording'], ['appendix', '2', 'new-wording'], ['appendix', '3', 'new-wording'], ['appendix', '4', 'new-wording'], ['appendix', '5', 'added'],
      ]);
      expect(h.warnings).toEqual(['the text of № 204 of 2015-08-04 is not in the corpus: what it says is known only from the acts that name it']);
    });

    it('the inferred repeal of № 204 is stated by no document; it names the statements of № 142\'s and № 272\'s repeal it rests on', () => {
      const r = history(m, { region: WK, number: '204' }).relations.find((x) => x.other === ACT_131)!;
      expect(r).toMatchObject({ basis: 'inferred', statedBy: [], quotes: [] });
      expect(r.inferredFrom.map((i) => [i.document.slice(0, 3), i.statement.split(' (')[0]])).toEqual([
        ['000', `${ACT_142} repealed-by ${ACT_131}`],
        ['001', `${ACT_272} repealed-by ${ACT_131}`],
      ]);
    });

    it('history inverts relations: № 177 is repealed by № 204, which the corpus states only from № 177\'s side', () => {
      const h = history(m, { act: ACT_177 });
      expect(h.relations.map((r) => [r.relation, r.other, r.basis])).toEqual([['repealed-by', ACT_204, 'stated']]);
      expect(h.relations[0]!.effective).toBe('2015-10-14');
    });

    it('№ 204 enters into force on 2015-10-14, exactly: published 2015-10-03, stated only by the acts amending it', () => {
      const a = m.acts.get(ACT_204)!;
      expect(a.inCorpus).toBe(false);
      expect(a.publicationDate).toMatchObject({ value: '2015-10-03', own: false });
      expect(m.validity.get(ACT_204)!.from).toMatchObject({ date: '2015-10-14', certainty: 'exact' });
    });

    it('№ 204\'s reglaments are in force from its first day, 2015-10-14, and not the day before, the last day of № 177\'s', () => {
      const firstDay = inForce(m, { date: '2015-10-14', region: WK });
      expect(firstDay.length).toBeGreaterThan(0);
      expect(firstDay.every((r) => r.approvedBy === ACT_204 && r.wordingBy === ACT_204)).toBe(true);
      const dayBefore = inForce(m, { date: '2015-10-13', region: WK });
      expect(dayBefore.filter((r) => r.approvedBy === ACT_204)).toEqual([]);
      expect(dayBefore).toHaveLength(18);
      expect(new Set(dayBefore.map((r) => r.wordingBy))).toEqual(new Set([ACT_177]));
    });

    it('on 2018-06-01 the active-measures reglament in force in West Kazakhstan is the Kazakh text of № 272', () => {
      const rows = inForce(m, { date: '2018-06-01', region: WK, service: ACTIVE_MEASURES });
      expect(rows).toHaveLength(1);
      const [r] = rows;
      expect(r).toMatchObject({ approvedBy: ACT_204, wordingBy: ACT_272, wording: 'new-wording', certainty: 'estimated' });
      expect(r!.source.map((s) => s.language)).toEqual(['kk']);
      expect(r!.names.join(' ')).toMatch(/белсенді шараларына/);
    });

    it('on 2019-09-01 it is the wording of № 142; on 2021-01-01 nothing of № 204 is in force', () => {
      const rows = inForce(m, { date: '2019-09-01', region: WK, service: ACTIVE_MEASURES });
      expect(rows.map((r) => [r.approvedBy, r.wordingBy])).toEqual([[ACT_204, ACT_142]]);
      expect(rows[0]!.source.map((s) => s.language)).toEqual(['ru']);
      const later = inForce(m, { date: '2021-01-01', region: WK });
      expect(later.filter((r) => r.approvedBy === ACT_204 || r.wordingBy === ACT_204)).toEqual([]);
      expect(inForce(m, { date: '2019-09-01', region: WK }).length).toBeGreaterThan(0);
    });

    it('on 2015-01-01 and still on 2015-09-01 the 18 reglaments of № 177 are in force in West Kazakhstan', () => {
      const approvedBy177 = m.reglaments.filter((g) => g.carrier === ACT_177 && g.effect === 'approved');
      expect(approvedBy177).toHaveLength(18);
      for (const date of ['2015-01-01', '2015-09-01']) {
        const rows = inForce(m, { date, region: WK });
        expect(rows).toHaveLength(18);
        expect(new Set(rows.map((r) => r.wordingBy))).toEqual(new Set([ACT_177]));
        expect(rows.every((r) => r.source.length === 1 && r.certainty === 'estimated')).toBe(true);
      }
      // From 2015-10-14 № 204 takes over.
      expect(inForce(m, { date: '2015-10-14', region: WK }).some((r) => r.approvedBy === ACT_177)).toBe(false);
    });

    it('on 2016-03-01 in Kostanay the six reglaments of № 564 are in force, estimated; on 2016-07-01 none', () => {
      const rows = inForce(m, { date: '2016-03-01', region: KOSTANAY });
      expect(rows).toHaveLength(6);
      expect(rows.every((r) => r.approvedBy === ACT_564 && r.wordingBy === ACT_564 && r.certainty === 'estimated')).toBe(true);
      expect(inForce(m, { date: '2016-07-01', region: KOSTANAY }).filter((r) => r.approvedBy === ACT_564)).toEqual([]);
    });

    it('compare without a date lines up Kostanay "Оралман мәртебесін беру" with West Kazakhstan "Присвоение или продление статуса оралмана"', () => {
      const rows = compare(m, { regions: [WK, KOSTANAY] }).rows;
      const oralman = rows.filter((r) => r.regions.some((c) => c.names.some((n) => /Оралман мәртебесін беру/.test(n))));
      expect(oralman).toHaveLength(1);
      const [wk, kos] = oralman[0]!.regions;
      expect(wk!.names.some((n) => /Присвоение или продление статуса оралмана/.test(n))).toBe(true);
      expect(wk!.wordingBy).toBe(ACT_142);
      expect(kos!.wordingBy).toBe(ACT_564);
      // West Kazakhstan's 2019 texts and Kostanay's 2016 texts share two services: active measures and oralman status.
      expect(rows.filter((r) => r.regions.every((c) => c.present)).map((r) => r.serviceId).sort()).toEqual(['active-employment-measures', 'oralman-status']);
    });
  });
}
