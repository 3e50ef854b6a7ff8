import { describe, expect, it } from 'vitest';
import { normalized } from '../../helpers/corpus.ts';
import { extractReglaments } from '../../../pipeline/extract/reglament/index.ts';
import { extractActHeader } from '../../../pipeline/extract/act/index.ts';
import { normalize, type NormalizedDocument } from '../../../pipeline/normalize/index.ts';
import { structure } from '../../../pipeline/structure/index.ts';
import { ExtractedAct } from '../../../schemas/extraction.ts';
import { identityMapped } from '../../../pipeline/shared/mapped-text.ts';
import type { SourceDocument } from '../../../pipeline/read/index.ts';

const act = (region: string, date: string, number: string) => ExtractedAct.parse({
  kind: 'resolution', issuer: 'akimat', region, number, date, title: null, registration: null,
  status: null, entryIntoForce: null, evidence: {},
});

/** The reglaments of a normalized document, after its structure stage. */
const reglamentsWith = (doc: NormalizedDocument, act: ExtractedAct | null) => extractReglaments(doc, structure(doc), { act });

/** The document's reglaments, with the carrying act read from its own header. */
async function reglamentsOf(prefix: string) {
  const doc = await normalized(prefix);
  const carrier = extractActHeader(doc).act;
  return { doc, carrier, ...reglamentsWith(doc, carrier) };
}

/** A plain-text document whose paragraphs are indented, as in the PDF text layer. */
function textDoc(paragraphs: string[]): SourceDocument {
  const text = paragraphs.map((p) => `    ${p}`).join('\n');
  return { path: 'snippet.txt', name: 'snippet.txt', format: 'text', contentHash: '', byteLength: text.length, source: text, plain: identityMapped(text), notes: [] };
}

describe('reglaments of the corpus', () => {
  it('reads a step with three durations (004, reglament 3, step 3)', async () => {
    const { reglaments } = await reglamentsOf('004');
    const step = reglaments[2].procedures[0].steps[2];
    expect(step.actor).toBe('provider-executor');
    expect(step.durations).toEqual(['18 working-day', '3 working-day', '3 working-day']);
  });

  it('reads both variants of a procedure (000, reglament 2)', async () => {
    const { reglaments } = await reglamentsOf('000');
    const r = reglaments[1];
    expect(r.procedures.map((p) => p.variant)).toEqual(['При присвоении статуса оралмана', 'При продлении статуса оралмана']);
    expect(r.procedures[1].steps.map((s) => s.actor)).toEqual(['provider-clerk', 'provider-head', 'provider-executor', 'provider-department-head', 'provider-head', 'provider-executor']);
    expect(r.actors).toEqual(['provider-clerk', 'provider-head', 'provider-department-head', 'provider-executor']);
  });

  it('tells new wordings from an added reglament, and reads the approval stamp (000)', async () => {
    const { reglaments } = await reglamentsOf('000');
    expect(reglaments.map((r) => [r.appendix, r.effect, r.approvedBy])).toEqual([
      ['1', 'new-wording', 'akimat|west-kazakhstan|2015-08-04|204'],
      ['2', 'new-wording', 'akimat|west-kazakhstan|2015-08-04|204'],
      ['3', 'new-wording', 'akimat|west-kazakhstan|2015-08-04|204'],
      ['4', 'new-wording', 'akimat|west-kazakhstan|2015-08-04|204'],
      ['5', 'added', null],
    ]);
  });

  it('reads the terms of service by channel (000, reglament 4)', async () => {
    const { reglaments } = await reglamentsOf('000');
    expect(reglaments[3].terms.map((t) => `${t.kind} ${t.channel} ${t.duration}`)).toEqual([
      'total state-corporation 1 working-day', 'total provider 1 working-day', 'total portal 1 working-day',
      'max-wait state-corporation 30 minute', 'max-wait provider 30 minute',
      'max-service state-corporation 20 minute', 'max-service provider 20 minute',
    ]);
  });

  it('numbers an appendix whose label is missing from the operative text, and keeps its missing stamp null (001)', async () => {
    const { reglaments } = await reglamentsOf('001');
    expect(reglaments.map((r) => [r.appendix, r.effect, r.approvedBy])).toEqual([
      ['1', 'new-wording', 'akimat|west-kazakhstan|2015-08-04|204'],
      ['2', 'added', null],
      ['3', 'added', 'akimat|west-kazakhstan|2015-08-04|204'],
    ]);
  });

  it('gives reglaments an act approves to that act (002, 004)', async () => {
    const expected: Record<string, string> = { '002': 'akimat|west-kazakhstan|2014-07-01|177', '004': 'akimat|kostanay|2015-12-30|564' };
    for (const [prefix, key] of Object.entries(expected)) {
      const { reglaments } = await reglamentsOf(prefix);
      expect(new Set(reglaments.map((r) => `${r.appendix} ${r.effect} ${r.approvedBy}`)), prefix).toEqual(new Set([`null approved ${key}`]));
    }
  });

  it('reads a bare reglament with no carrying act (003)', async () => {
    const { reglaments, carrier } = await reglamentsOf('003');
    expect(carrier).toBeNull();
    expect(reglaments).toHaveLength(1);
    const [r] = reglaments;
    expect([r.appendix, r.effect, r.approvedBy]).toEqual([null, null, null]);
    expect(r.procedures[0].steps.map((s) => [s.actor, s.durations])).toEqual([
      ['provider-employee', ['30 minute']], ['provider-department-head', ['3 minute']], ['provider-head', ['2 minute']], [null, ['5 minute']],
    ]);
    expect(r.terms.map((t) => `${t.kind} ${t.channel} ${t.duration}`)).toEqual(['total provider 30 minute', 'total portal 1 working-day']);
  });

  it('takes the service name from the title, not from a scrambled point 1 (002, reglament 11)', async () => {
    const { reglaments } = await reglamentsOf('002');
    expect(reglaments[10].service).toBe('Оформление документов на оказание специальных социальных услуг в медико-социальных учреждениях (организациях)');
  });

  it('gives every fact an evidence span whose quote is the source text there', async () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const { doc, reglaments } = await reglamentsOf(prefix);
      const spans = reglaments.flatMap((r) => [
        ...Object.values(r.evidence).filter((s) => s !== undefined),
        ...r.actorMentions.map((a) => a.evidence),
        ...r.terms.map((t) => t.evidence),
        ...r.procedures.flatMap((p) => p.steps.flatMap((s) => [s.evidence.step, ...(s.evidence.actor ? [s.evidence.actor] : []), ...s.evidence.durations])),
      ]);
      expect(spans.length).toBeGreaterThan(0);
      for (const s of spans) expect(doc.source.slice(s.start, s.end)).toBe(s.quote);
    }
  });
});

describe('hand-written reglaments', () => {
  it('reads a Kazakh reglament with variants, an appendix label and a stamp', () => {
    const paragraphs = [
      '1. Қоса беріліп отырған мемлекеттік көрсетілетін қызмет регламенті осы қаулының 1-қосымшасына сәйкес бекітілсін.',
      'Облыс әкімі',
      'Ақмола облысы әкімдігінің 2016 жылғы 5 ақпандағы № 30 қаулысына 1-қосымша Ақмола облысы әкімдігінің 2016 жылғы 5 ақпандағы № 30 қаулысымен бекітілген',
      '"Анықтама беру" мемлекеттік көрсетілетін қызмет регламенті',
      '1. Жалпы ережелер',
      '1. "Анықтама беру" мемлекеттік көрсетілетін қызметі (бұдан әрі – мемлекеттік көрсетілетін қызмет).',
      '2. Мемлекеттік қызмет көрсету процесінде көрсетілетін қызметті берушінің іс-қимыл тәртібін сипаттау',
      '5. Мемлекеттік қызметті көрсету процесінің құрамына кіретін әрбір рәсімнің (іс-қимылдың) мазмұны, оның орындалу ұзақтығы:',
      'көрсетілетін қызметті берушіге жүгінген кезде:',
      '1) көрсетілетін қызметті берушінің кеңсе қызметкері құжаттарды тіркейді, 15 (он бес) минут;',
      '2) көрсетілетін қызметті берушінің басшысы қол қояды, 1 (бір) сағат.',
      'ауылдық округ әкіміне жүгінген кезде:',
      '1) ауылдық округ әкімі құжаттарды қарайды, 1 (бір) жұмыс күні.',
      '3. Мемлекеттік қызмет көрсету процесінде көрсетілетін қызметті берушінің құрылымдық бөлімшелерінің өзара іс-қимыл тәртібін сипаттау',
      '6. Мемлекеттік қызмет көрсету процесіне қатысатын құрылымдық бөлімшелердің тізбесі:',
      '1) көрсетілетін қызметті берушінің кеңсе қызметкері;',
      '2) көрсетілетін қызметті берушінің басшысы;',
      '3) ауылдық округ әкімі.',
    ];
    const doc = normalize(textDoc(paragraphs));
    expect(doc.language).toBe('kk');
    const carrier = act('akmola', '2016-02-05', '30');
    const { reglaments } = reglamentsWith(doc, carrier);
    expect(reglaments).toHaveLength(1);
    const [r] = reglaments;
    expect([r.appendix, r.service, r.effect, r.approvedBy]).toEqual(['1', 'Анықтама беру', 'approved', 'akimat|akmola|2016-02-05|30']);
    expect(r.procedures.map((p) => [p.variant, p.steps.map((s) => `${s.n} ${s.actor} ${s.durations.join(',')}`)])).toEqual([
      ['көрсетілетін қызметті берушіге жүгінген кезде', ['1 provider-clerk 15 minute', '2 provider-head 1 hour']],
      ['ауылдық округ әкіміне жүгінген кезде', ['1 akim 1 working-day']],
    ]);
    expect(r.actors).toEqual(['provider-clerk', 'provider-head', 'akim']);
  });

  it('skips a service standard, which has no procedure section', () => {
    const paragraphs = [
      'Стандарт государственной услуги "Выдача справки"',
      '1. Общие положения',
      '1. Государственная услуга "Выдача справки" (далее – государственная услуга).',
      '2. Порядок оказания государственной услуги',
      '4. Срок оказания государственной услуги: 1 (один) рабочий день.',
    ];
    const { reglaments } = reglamentsWith(normalize(textDoc(paragraphs)), null);
    expect(reglaments).toEqual([]);
  });
});
