/**
 * `reglament` answers on the corpus, as a suite any store runs (the embedded store in
 * reglament.test.ts, Neo4j in tests/neo4j/parity.suite.ts): one reglament text in full, every fact
 * with the line and the quote the corpus file holds there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Evidence, ReglamentAnswer } from '../../schemas/query.ts';
import type { GraphSource } from '../../graph/queries/source.ts';
import type { QueryModel } from '../../graph/queries/model.ts';
import { QueryError } from '../../graph/queries/history.ts';
import { reglament } from '../../graph/queries/reglament.ts';
import { CORPUS_DIR } from '../helpers/corpus.ts';
import { ACT_131, ACT_142, ACT_177, ACT_204, ACT_564, KOSTANAY, WK } from './point-in-time.ts';

export interface OpenStore { model: QueryModel; source: GraphSource }

const FOREIGN_LABOUR_RU = 'Выдача разрешения иностранному работнику на трудоустройство и работодателям на привлечение иностранной рабочей силы для осуществления трудовой деятельности на территории соответствующей административно-территориальной единицы и их продление';

/** Every piece of evidence of an answer. */
function evidenceOf(a: ReglamentAnswer): Evidence[] {
  const t = a.text;
  const all: (Evidence | null)[] = [a.service.evidence, a.approvedBy?.evidence ?? null, a.wordingBy?.evidence ?? null];
  for (const p of t?.procedures ?? []) {
    all.push(p.evidence);
    for (const s of p.steps) all.push(s.evidence, s.actorEvidence, ...s.durationEvidence);
  }
  for (const p of t?.participants ?? []) all.push(p.evidence);
  for (const x of t?.terms ?? []) all.push(x.evidence);
  return all.filter((e): e is Evidence => e !== null);
}

/** Each piece of evidence against the corpus file: the quote at its span, starting on its line. */
function misquoted(a: ReglamentAnswer): string[] {
  return evidenceOf(a).flatMap((e) => {
    const text = readFileSync(join(CORPUS_DIR, e.document), 'utf8');
    const line = text.slice(0, e.start).split(/\r\n|\r|\n/).length;
    return text.slice(e.start, e.end) === e.quote && e.line === line ? [] : [`${e.document}:${e.line} ${e.start}-${e.end}`];
  });
}

export function reglamentSuite(store: string, open: () => Promise<OpenStore>): void {
  describe(`query reglament on the ${store} store`, () => {
    let m: QueryModel;
    let source: GraphSource;
    beforeAll(async () => { ({ model: m, source } = await open()); }, 300_000);

    it('Kostanay\'s foreign-labour permit on 2016-03-01 by a Kazakh word of its name: the text of № 564, a line on every step', async () => {
      const { answers, why } = await reglament(m, source, { region: KOSTANAY, service: 'шетелдік', date: '2016-03-01' });
      expect(why).toEqual([]);
      expect(answers).toHaveLength(1);
      const [a] = answers;
      expect(a!.text).toMatchObject({ document: '004_175c6b83b6895c2f.txt', reglament: 6, language: 'kk' });
      expect(a!.service.name).toMatch(/^Шетелдік қызметкерге жұмысқа орналасуға/);
      expect(a!.service.catalog).toEqual({ id: 'foreign-labour-permit', ru: FOREIGN_LABOUR_RU, kk: expect.stringMatching(/^Шетелдік қызметкерге/) });
      expect(a!.approvedBy).toMatchObject({ key: ACT_564, inCorpus: true });
      expect(a!.approvedBy!.evidence).toMatchObject({ line: 1066, reading: 'Әкімдіктің 2015 жылғы 30 желтоқсандағы № 564 қаулысымен' });
      expect(a!.validity!.from).toMatchObject({ date: '2016-02-06', certainty: 'estimated' });
      expect(a!.validity!.to).toMatchObject({ date: '2016-06-21', certainty: 'estimated' });
      const steps = a!.text!.procedures.flatMap((p) => p.steps);
      expect(steps.map((s) => [s.n, s.actor?.id, s.evidence.line])).toEqual([
        [1, 'provider-employee', 1134], [2, 'provider-head', 1137], [3, 'provider-executor', 1141], [4, 'provider-head', 1154], [5, 'provider-employee', 1158],
      ]);
      // Step 3's five durations, each where the text states it.
      expect(steps[2]!.durationEvidence.map((d) => [d.line, d.reading])).toEqual([
        [1145, '40 (қырық) жұмыс күні'], [1146, '30 (отыз) жұмыс күні'], [1147, '7 (жеті) жұмыс күні'], [1150, '30 (отыз) жұмыс күні'], [1151, '2 (екі) жұмыс күні'],
      ]);
      // The five are alternatives (one per case), and the totals take one of them, never their sum.
      expect(steps[2]!.links).toEqual(['then', 'or', 'or', 'or', 'or']);
      expect(a!.text!.total).toEqual({ fastest: ['2 working-day', '2 hour', '20 minute'], slowest: ['40 working-day', '2 hour', '20 minute'] });
      expect(a!.text!.procedures[0]).toMatchObject({ limit: [], total: a!.text!.total, workingMinutes: { fastest: 1100, slowest: 19340 } });
      // Roles labelled in the language of the text.
      expect(a!.text!.participants.map((p) => p.role.label)).toEqual([
        'көрсетілетін қызметті берушінің қызметкері', 'көрсетілетін қызметті берушінің басшысы', 'көрсетілетін қызметті берушінің жауапты орындаушысы',
      ]);
      expect(misquoted(a!)).toEqual([]);
    });

    it('the Russian catalog name finds the same Kazakh text', async () => {
      const kk = await reglament(m, source, { region: KOSTANAY, service: 'шетелдік', date: '2016-03-01' });
      const ru = await reglament(m, source, { region: KOSTANAY, service: FOREIGN_LABOUR_RU, date: '2016-03-01' });
      expect(ru).toEqual(kk);
    });

    it('West Kazakhstan\'s oralman status on 2019-09-01: № 142\'s new wording of № 204\'s text, two variants, terms with lines, Russian labels', async () => {
      const { answers } = await reglament(m, source, { region: WK, service: 'оралман', date: '2019-09-01' });
      expect(answers).toHaveLength(1);
      const [a] = answers;
      expect(a).toMatchObject({ wording: 'new-wording', approvedBy: { key: ACT_204, inCorpus: false }, wordingBy: { key: ACT_142, inCorpus: true } });
      expect(a!.text!.procedures.map((p) => p.variant)).toEqual(['При присвоении статуса оралмана', 'При продлении статуса оралмана']);
      expect(a!.text!.procedures.every((p) => p.evidence !== null && p.steps.every((s) => s.evidence.line !== null))).toBe(true);
      expect(a!.text!.terms.length).toBe(6);
      expect(a!.text!.terms.every((t) => t.evidence.line !== null && t.evidence.reading.length > 0)).toBe(true);
      expect(a!.text!.procedures[0]!.steps[0]!.actor).toEqual({ id: 'provider-clerk', label: 'работник канцелярии услугодателя' });
      // The end is an inferred repeal, and the reason says so.
      expect(a!.validity!.to!.why).toMatch(/repeal of № 204 of 2015-08-04 inferred: № 131 of 2020-06-05/);
      expect(a!.validity!.to!.basis).toContain(ACT_131);
      expect(misquoted(a!)).toEqual([]);
    });

    it('by document and number: № 177\'s "Присвоение статуса оралмана" (2014) keeps its own name, exact end, estimated start', async () => {
      const { answers } = await reglament(m, source, { document: 'corpus/002_e21e414c054581b8.txt', reglament: 18 });
      const [a] = answers;
      expect(a!.service.name).toBe('Присвоение статуса оралмана');
      expect(a!.service.catalog!.ru).toBe('Присвоение или продление статуса оралмана');
      expect(a!.approvedBy!.key).toBe(ACT_177);
      expect(a!.validity!.from).toMatchObject({ date: '2014-08-18', certainty: 'estimated' });
      expect(a!.validity!.to).toMatchObject({ date: '2015-10-14', certainty: 'exact' });
      expect(misquoted(a!)).toEqual([]);
    });

    it('a time limit stated for the whole procedure is its total: West Kazakhstan\'s targeted-assistance certificate (002, reglament 16), 15 minutes', async () => {
      const { answers } = await reglament(m, source, { document: '002_e21e414c054581b8.txt', reglament: 16 });
      const [p] = answers[0]!.text!.procedures;
      expect(p).toMatchObject({ limit: ['15 minute'], total: { fastest: ['15 minute'], slowest: ['15 minute'] } });
      expect(p!.limitEvidence).toHaveLength(1);
      expect(p!.limitEvidence[0]).toMatchObject({ document: '002_e21e414c054581b8.txt', line: 3304 });
      expect(p!.limitEvidence[0]!.quote.replace(/\s+/g, '')).toBe('15(пятнадцать)минут');
      expect(p!.steps.every((s) => s.durations.length === 0)).toBe(true);
      expect(answers[0]!.text!.total).toEqual({ fastest: ['15 minute'], slowest: ['15 minute'] });
    });

    it('a version whose text the corpus lacks is answered without text, saying why (№ 204 on 2016-01-01: exact start, estimated end)', async () => {
      const { answers } = await reglament(m, source, { region: WK, service: 'оралман', date: '2016-01-01' });
      expect(answers).toHaveLength(1);
      expect(answers[0]).toMatchObject({ text: null, approvedBy: { key: ACT_204 }, wordingBy: { key: ACT_204 } });
      expect(answers[0]!.validity!.from).toMatchObject({ date: '2015-10-14', certainty: 'exact' });
      expect(answers[0]!.validity!.to).toMatchObject({ date: '2019-07-01', certainty: 'estimated' });
      expect(answers[0]!.notes.join(' ')).toMatch(/text not in the corpus.*new wording by № 142/);
    });

    it('a text with no act is answered without validity, saying why', async () => {
      const { answers } = await reglament(m, source, { document: '003_23a54824322882b5.txt', reglament: 1 });
      expect(answers[0]!.validity).toBeNull();
      expect(answers[0]!.notes).toEqual(['not placed in time: no approving act and no carrying act']);
      expect(answers[0]!.text!.procedures[0]!.steps.length).toBeGreaterThan(0);
    });

    it('nothing in force on a date: no answer, and why (the last text and what ended it)', async () => {
      const { answers, why } = await reglament(m, source, { region: WK, service: 'оралман', date: '2021-01-01' });
      expect(answers).toEqual([]);
      expect(why).toEqual([expect.stringMatching(/^west-kazakhstan, "Присвоение или продление статуса оралмана": the last text \(wording of № 142 of 2019-06-19\) ended on 2020-06-16 \(estimated\): repeal of № 204 of 2015-08-04 inferred/)]);
    });

    it('unknown service, document or reglament number: an error naming the closest', async () => {
      await expect(reglament(m, source, { region: WK, service: 'оралмна' })).rejects.toThrow(/no service is named like "оралмна"; closest: "Присвоение или продление статуса оралмана"/);
      await expect(reglament(m, source, { document: '004_175c6b83b6895c2.txt', reglament: 1 })).rejects.toThrow(/no document "004_175c6b83b6895c2.txt" in the store; closest: "004_175c6b83b6895c2f.txt"/);
      await expect(reglament(m, source, { document: '004_175c6b83b6895c2f.txt', reglament: 7 })).rejects.toThrow(/has no reglament 7; it holds 1 "Оралман мәртебесін беру"; 2 /);
      await expect(reglament(m, source, { region: KOSTANAY, service: 'Присвоение статуса оралмана', date: '2016-03-01' }).then((r) => r.answers[0]!.text!.document)).resolves.toBe('004_175c6b83b6895c2f.txt');
      await expect(reglament(m, source, { region: KOSTANAY, service: 'справки о регистрации в качестве безработного' })).rejects.toThrow(/no reglament of "справки о регистрации в качестве безработного" in kostanay in the corpus; the corpus has it in west-kazakhstan/);
      await expect(reglament(m, source, { region: WK, service: 'безработн' })).rejects.toThrow(QueryError);
      await expect(reglament(m, source, { region: WK, service: 'безработн' })).rejects.toThrow(/"безработн" names 4 services in west-kazakhstan: .*; give more of the name/);
    });
  });
}

/** Every corpus text answered by document and number, for comparing stores. */
export async function everyText(m: QueryModel, source: GraphSource): Promise<ReglamentAnswer[]> {
  const out: ReglamentAnswer[] = [];
  for (const g of [...m.reglaments].sort((a, b) => a.document.localeCompare(b.document) || a.ordinal - b.ordinal)) {
    out.push(...(await reglament(m, source, { document: g.document, reglament: g.ordinal })).answers);
  }
  return out;
}
