import { describe, expect, it } from 'vitest';
import { normalized } from '../helpers/corpus.ts';
import { segmentReglaments, structure } from '../../pipeline/structure/index.ts';
import { localeOf } from '../../pipeline/locales/index.ts';

const slice = (text: string, r: { start: number; end: number } | null) => (r ? text.slice(r.start, r.end) : null);

describe('segmenting documents into reglaments', () => {
  it('finds every reglament of each corpus document, in order', async () => {
    const counts: Record<string, number> = { '000': 5, '001': 3, '002': 18, '003': 1, '004': 6 };
    for (const [prefix, n] of Object.entries(counts)) {
      const doc = await normalized(prefix);
      expect(structure(doc).reglaments, prefix).toHaveLength(n);
    }
  });

  it('reads the heading of a reglament carried by an amending act (000, appendix 2)', async () => {
    const doc = await normalized('000');
    const r = structure(doc).reglaments[1];
    expect(r.appendixLabel?.number).toBe('2');
    expect(slice(doc.text, r.stamp)).toBe('Утвержден постановлением акимата Западно-Казахстанской области от 4 августа 2015 года №204');
    expect(slice(doc.text, r.titleName)).toBe('Присвоение или продление статуса оралмана');
  });

  it('makes one reglament of a heading the PDF printed twice (000, appendix 4)', async () => {
    const doc = await normalized('000');
    const rs = structure(doc).reglaments;
    expect(rs.map((r) => r.appendixLabel?.number)).toEqual(['1', '2', '3', '4', '5']);
    expect(rs[3].procedures[0].steps.map((s) => s.n)).toEqual([1, 2, 3]);
  });

  it('splits a procedure into its variants (000 appendix 2: assigning and extending the oralman status)', async () => {
    const doc = await normalized('000');
    const r = structure(doc).reglaments[1];
    expect(r.procedures.map((p) => p.variant?.text)).toEqual(['При присвоении статуса оралмана', 'При продлении статуса оралмана']);
    expect(r.procedures.map((p) => p.steps.length)).toEqual([9, 6]);
  });

  it('splits variants written in lower case (002, reglament 6: provider or rural akim)', async () => {
    const doc = await normalized('002');
    const r = structure(doc).reglaments[5];
    // The PDF scrambled the first heading ("п р и услугодателю: обращении к"): its name is not guessed.
    expect(r.procedures.map((p) => p.variant?.text ?? null)).toEqual([null, 'при обращении к акиму сельского округа']);
    expect(r.procedures[0].steps).toHaveLength(5);
    expect(r.procedures[1].steps).toHaveLength(10);
  });

  it('does not make a variant of a single heading (002, reglament 16)', async () => {
    const doc = await normalized('002');
    const r = structure(doc).reglaments[15];
    expect(r.procedures).toHaveLength(1);
    expect(r.procedures[0].variant).toBeNull();
  });

  it('reads steps written "действие N –" and stops before the term statement (003)', async () => {
    const doc = await normalized('003');
    const r = structure(doc).reglaments[0];
    const steps = r.procedures[0].steps;
    expect(steps.map((s) => s.n)).toEqual([1, 2, 3, 4]);
    expect(doc.text.slice(steps[3].start, steps[3].end)).not.toMatch(/Срок оказания/);
    expect(r.participants.map((p) => doc.text.slice(p.bodyStart, p.end))).toEqual(['специалист;', 'заведующий сектором занятости;', 'руководитель.']);
    expect(r.termBlocks).toHaveLength(2);
  });

  it('takes the participants of section 3, not the sequence described after them (004)', async () => {
    const doc = await normalized('004');
    const r = structure(doc).reglaments[0];
    expect(r.participants.map((p) => doc.text.slice(p.bodyStart, p.end))).toEqual([
      'көрсетілетін қызметті берушінің қызметкері;',
      'көрсетілетін қызметті берушінің жауапты орындаушысы;',
      'көрсетілетін қызметті берушінің басшысы.',
    ]);
    expect(r.procedures[0].steps).toHaveLength(5);
  });

  it('finds a Kazakh reglament with no heading stamp and keeps its title (001, second reglament)', async () => {
    const doc = await normalized('001');
    const r = structure(doc).reglaments[1];
    expect(r.stamp).toBeNull();
    expect(r.appendixLabel).toBeNull();
    expect(slice(doc.text, r.titleName)).toBe('Жұмыссыз ретінде жұмыс іздеп жүрген адамдарды тіркеу');
  });

  it('segments a hand-written Russian reglament with chapters ("Глава 2.")', () => {
    const text = [
      'Регламент государственной услуги «Выдача справки»',
      'Глава 1. Общие положения',
      '1. Государственная услуга «Выдача справки» (далее – государственная услуга).',
      'Глава 2. Описание порядка действий структурных подразделений (работников) услугодателя',
      '5. Содержание каждой процедуры (действия), входящей в состав процесса оказания государственной услуги, длительность его выполнения:',
      '1) работник канцелярии принимает документы – 15 минут;',
      '2) руководитель услугодателя подписывает справку – 1 час.',
      'Глава 3. Описание порядка взаимодействия структурных подразделений (работников) услугодателя',
      '6. Перечень структурных подразделений (работников) услугодателя:',
      '1) работник канцелярии;',
      '2) руководитель услугодателя.',
    ].join('\n');
    const [r] = segmentReglaments(text, localeOf('ru')).reglaments;
    expect(slice(text, r.titleName)).toBe('Выдача справки');
    expect(r.procedures[0].steps.map((s) => s.n)).toEqual([1, 2]);
    expect(r.participants).toHaveLength(2);
  });
});

describe('headings of new wordings', () => {
  it('takes the carrying act\'s appendix label, not the amended act\'s label repeated under it', () => {
    const text = [
      'Приложение 2 к постановлению акимата области от 1 марта 2019 года № 50 Приложение 7 к постановлению акимата области от 4 августа 2015 года № 204 Регламент государственной услуги "Выдача справки" 1. Общие положения',
      '1. Государственная услуга "Выдача справки" (далее – государственная услуга).',
    ].join('\n');
    const [r] = segmentReglaments(text, localeOf('ru')).reglaments;
    expect(r.appendixLabel?.number).toBe('2');
  });
});

describe('steps', () => {
  const reglament = (steps: string[]) => [
    'Регламент электронной государственной услуги "Выдача справки" 1. Общие положения',
    '1. Электронная государственная услуга "Выдача справки" (далее – государственная услуга).',
    '2. Описание порядка действий структурных подразделений (работников) услугодателя',
    '5. Содержание каждой процедуры (действия), входящей в состав процесса оказания государственной услуги:',
    ...steps,
    '6. Результат процедуры (действия).',
  ].join('\n');

  it('starts a new procedure when numbering restarts without a heading', () => {
    const text = reglament(['1) работник канцелярии принимает документы – 15 минут;', '2) руководитель подписывает – 1 час;', '1) сотрудник Государственной корпорации принимает документы – 15 минут;', '2) руководитель подписывает – 1 час.']);
    const [r] = segmentReglaments(text, localeOf('ru')).reglaments;
    expect(r.titleName && text.slice(r.titleName.start, r.titleName.end)).toBe('Выдача справки');
    expect(r.procedures.map((p) => p.steps.map((s) => s.n))).toEqual([[1, 2], [1, 2]]);
  });

  it('keeps a numbered sub-list inside the step that opens it with a colon', () => {
    const text = reglament(['1) работник канцелярии принимает документы – 15 минут;', '2) ответственный исполнитель готовит:', '1) решение – 2 рабочих дня;', '3) руководитель подписывает – 1 час.']);
    const [r] = segmentReglaments(text, localeOf('ru')).reglaments;
    expect(r.procedures.map((p) => p.steps.map((s) => s.n))).toEqual([[1, 2, 3]]);
    expect(text.slice(r.procedures[0].steps[1].start, r.procedures[0].steps[1].end)).toContain('решение – 2 рабочих дня');
  });
});

describe('steps run into one paragraph', () => {
  it('splits a paragraph before a step marker the PDF ran into it', () => {
    const text = [
      'Регламент государственной услуги "Выдача справки" 1. Общие положения',
      '1. Государственная услуга "Выдача справки" (далее – государственная услуга).',
      '2. Описание порядка действий структурных подразделений (работников) услугодателя',
      '5. Содержание каждой процедуры (действия), входящей в состав процесса оказания государственной услуги:',
      '1) работник канцелярии принимает документы – 15 минут. Результат – регистрация документов; 2) руководитель подписывает справку – 1 час.',
      '6. Результат процедуры (действия).',
    ].join('\n');
    const [r] = segmentReglaments(text, localeOf('ru')).reglaments;
    const steps = r.procedures[0].steps;
    expect(steps.map((s) => s.n)).toEqual([1, 2]);
    expect(text.slice(steps[1].start, steps[1].end)).toBe('2) руководитель подписывает справку – 1 час.');
    expect(text.slice(steps[0].start, steps[0].end)).toBe('1) работник канцелярии принимает документы – 15 минут. Результат – регистрация документов;');
  });
});

describe('participants run into one paragraph', () => {
  it('splits list items the PDF ran together', () => {
    const text = [
      'Регламент государственной услуги "Выдача справки" 1. Общие положения',
      '1. Государственная услуга "Выдача справки" (далее – государственная услуга).',
      '3. Описание порядка взаимодействия структурных подразделений (работников) услугодателя',
      '7. Перечень структурных подразделений (работников) услугодателя, которые участвуют в процессе оказания государственной услуги:',
      '1) работник канцелярии услугодателя; 2) руководитель услугодателя.',
    ].join('\n');
    const [r] = segmentReglaments(text, localeOf('ru')).reglaments;
    expect(r.participants.map((p) => text.slice(p.bodyStart, p.end))).toEqual(['работник канцелярии услугодателя;', 'руководитель услугодателя.']);
  });
});

describe('structure invariants on the corpus', () => {
  it('keeps reglaments in order, apart, and every part inside its reglament', async () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const doc = await normalized(prefix);
      const { reglaments, preamble } = structure(doc);
      let prevEnd = preamble.end;
      for (const r of reglaments) {
        expect(r.range.start, prefix).toBeGreaterThanOrEqual(prevEnd);
        expect(r.range.end).toBeGreaterThan(r.range.start);
        const parts = [r.titleName, r.serviceName, r.stamp, r.appendixLabel, ...r.procedures.flatMap((p) => p.steps), ...r.participants]
          .filter((x): x is { start: number; end: number } => x !== null);
        for (const p of parts) {
          expect(p.start, prefix).toBeGreaterThanOrEqual(r.range.start);
          expect(p.end, prefix).toBeLessThanOrEqual(r.range.end);
          expect(p.end).toBeGreaterThan(p.start);
        }
        prevEnd = r.range.end;
      }
    }
  });
});
