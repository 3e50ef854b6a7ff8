/**
 * The noise text extraction leaves in real acts (tests/fixtures/extraction-noise/README.md): page
 * numbers and footers, form feeds, publisher's notes and footnotes inside reglaments, BOM, CRLF and
 * tabs. Each document is scored against its hand-made gold, and the facts the noise used to spoil are
 * read off directly.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBytes, extractFile } from '../../pipeline/extract-file.ts';
import { mismatchesAgainstGold } from '../helpers/gold.ts';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'extraction-noise');
const doc = (name: string) => extractFile(join(DIR, 'docs', name));

describe('extraction noise', () => {
  it('every fact of the gold, nothing else', async () => {
    const { mismatches, report } = await mismatchesAgainstGold(DIR);
    expect(mismatches).toEqual([]);
    expect(Object.keys(report.documents)).toHaveLength(7);
    expect(report.overall.tp).toBeGreaterThan(250);
  });

  it('page numbers and footers between a number and its unit, or inside a list, are no part of the text', async () => {
    const r = await doc('01_kostanay_2016_ru.txt');
    const first = r.reglaments[0]!;
    expect(first.procedures[0]!.steps[0]!.durations).toEqual(['15 minute']);
    expect(first.terms).toContainEqual(expect.objectContaining({ kind: 'total', channel: 'provider', duration: '1 working-day' }));
    expect(first.actors).toContain('provider-executor');
  });

  it('a form feed opening a page is no indentation', async () => {
    const r = await doc('08_aktobe_2017_kk.txt');
    const steps = r.reglaments[0]!.procedures[0]!.steps;
    expect(steps.at(-1)!.durations).toEqual(['20 minute']);
  });

  it('footnotes inside a Kazakh reglament give no durations; the point on taking effect decides over the one on entering into force', async () => {
    const r = await doc('02_pavlodar_2016_kk.txt');
    // "Ескерту. 4-тармақ жаңа редакцияда - … (… күнтізбелік он күн өткен соң қолданысқа енгізіледі) қаулысымен."
    expect(r.reglaments.flatMap((g) => g.terms.map((t) => t.duration))).not.toContain('10 calendar-day');
    expect(r.reglaments.flatMap((g) => g.procedures.flatMap((p) => p.steps.flatMap((s) => s.durations)))).not.toContain('10 calendar-day');
    // "3. … тіркелген күннен бастап күшіне енеді." then "4. … күнтізбелік он күн өткен соң қолданысқа енгізіледі."
    expect(r.act?.entryIntoForce).toBe('10-days-after-first-publication');
  });

  it('a newspaper issue ("№ 17 (17241)") is no act', async () => {
    const text = [
      'О внесении изменения в постановление акимата Восточно-Казахстанской области от 30 декабря 2015 года № 355',
      'Постановление акимата Восточно-Казахстанской области от 14 апреля 2017 года № 98. Зарегистрировано Департаментом юстиции Восточно-Казахстанской области 5 мая 2017 года № 4962',
      '      В соответствии с Законом Республики Казахстан от 15 апреля 2013 года "О государственных услугах" акимат Восточно-Казахстанской области ПОСТАНОВЛЯЕТ:',
      '      1. Внести в постановление акимата Восточно-Казахстанской области от 30 декабря 2015 года № 355 (зарегистрировано в Реестре государственной регистрации нормативных правовых актов за номером 4366, опубликовано в газетах "Дидар" от 11 февраля 2016 года № 17 (17241) и "Рудный Алтай" от 11 февраля 2016 года № 17 (19740)) следующее изменение:',
      '      2. Настоящее постановление вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.',
    ].join('\n');
    const r = await extractBytes('amending.txt', new TextEncoder().encode(text));
    expect(r.relations.map((x) => `${x.type} ${x.target}`)).toEqual(['amends akimat|east-kazakhstan|2015-12-30|355']);
  });
});
