import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../../pipeline/extract-file.ts';
import { corpusPath } from '../../helpers/corpus.ts';
import { rolesOfListItem, stepActor } from '../../../pipeline/extract/reglament/roles.ts';
import { localeOf, type Locale } from '../../../pipeline/locales/index.ts';

const ru = localeOf('ru');
const kk = localeOf('kk');
const actor = (locale: Locale, text: string) => stepActor(text, locale, 0, text.length)?.value ?? null;
const item = (locale: Locale, text: string) => rolesOfListItem(text, locale, 0, text.length).map((r) => r.value);

describe('roles of step actors', () => {
  it('reads the Russian subject with its organization', () => {
    expect(actor(ru, 'работник канцелярии услугодателя регистрирует документы')).toBe('provider-clerk');
    expect(actor(ru, 'руководитель отдела услугодателя согласовывает решение и передает руководителю услугодателя')).toBe('provider-department-head');
    expect(actor(ru, 'ответственный исполнитель услугодателя изучает документы')).toBe('provider-executor');
    expect(actor(ru, 'заместитель руководителя услугодателя подписывает')).toBe('provider-deputy-head');
    expect(actor(ru, 'специалист акима сельского округа принимает документы')).toBe('other:akim-specialist');
    expect(actor(ru, 'аким сельского округа подписывает письмо')).toBe('akim');
    expect(actor(ru, 'сотрудник Государственной корпорации принимает документы')).toBe('state-corporation-employee');
    expect(actor(ru, 'начальник управления подписывает решение')).toBe('provider-head');
    expect(actor(ru, 'специалист аппарата акима сельского округа принимает документы')).toBe('other:akim-specialist');
  });

  it('reads the agent of a Russian nominalized step ("подписание руководителем")', () => {
    expect(actor(ru, 'подписание руководителем направления и передача его специалисту')).toBe('provider-head');
    expect(actor(ru, 'согласование направления заведующим сектором занятости услугодателя')).toBe('provider-department-head');
  });

  it('takes no object for the actor', () => {
    expect(actor(ru, 'выдача услугополучателю результата оказания государственной услуги')).toBeNull();
    expect(actor(ru, 'передает руководителю услугодателя')).toBeNull();
  });

  it('reads the Kazakh subject with the organization before it', () => {
    expect(actor(kk, 'көрсетілетін қызметті берушінің кеңсе қызметкері 2 (екі) минут ішінде тіркейді')).toBe('provider-clerk');
    expect(actor(kk, 'көрсетілетін қызметті берушінің басшысы жауапты орындаушыны айқындайды')).toBe('provider-head');
    expect(actor(kk, 'көрсетілетін қызметті берушінің жауапты орындаушысы құжаттарды қарайды')).toBe('provider-executor');
    expect(actor(kk, 'ХҚКО қызметкері өтінішті тіркейді')).toBe('state-corporation-employee');
    expect(actor(kk, 'көрсетілетін қызметті беруші кеңсесінің қызметкері құжаттарды қабылдайды')).toBe('provider-clerk');
    expect(actor(kk, 'ауылдық округ әкімінің маманы құжаттарды қабылдайды')).toBe('other:akim-specialist');
    expect(actor(kk, 'көрсетілетін қызметті берушінің басшысына жолдайды')).toBeNull();
  });
});

describe('positions outside the role lexicon', () => {
  const mention = (locale: Locale, text: string) => {
    const m = stepActor(text, locale, 0, text.length);
    return m && { role: m.value, position: m.unknownPosition ?? null, quote: text.slice(m.start, m.end) };
  };

  it('a Russian position phrase before the provider or the state corporation in the genitive: its generic employee, the position named', () => {
    expect(mention(ru, 'ветеринарный врач услугодателя проводит осмотр животного')).toEqual({ role: 'provider-employee', position: 'ветеринарный врач', quote: 'ветеринарный врач услугодателя' });
    expect(mention(ru, 'юрист Государственной корпорации проверяет документы')).toEqual({ role: 'state-corporation-employee', position: 'юрист', quote: 'юрист Государственной корпорации' });
    expect(mention(ru, 'главный специалист отдела услугодателя рассматривает документы')?.role).toBe('provider-employee');
  });

  it('no position where the organization is not the subject\'s: an object, another case, words before a verb', () => {
    expect(mention(ru, 'передает документы услугодателю')).toBeNull();
    expect(mention(ru, 'проверка документов услугодателем')).toBeNull();
    expect(mention(ru, 'выдача результата оказания государственной услуги через канцелярию услугодателя')).toBeNull();
  });

  it('a Kazakh position after the provider in the genitive: its generic employee', () => {
    expect(mention(kk, 'көрсетілетін қызметті берушінің ветеринар дәрігері жануарды тексереді')).toEqual({
      role: 'provider-employee', position: 'ветеринар дәрігері', quote: 'көрсетілетін қызметті берушінің ветеринар дәрігері' });
    expect(mention(kk, 'көрсетілетін қызметті берушінің құжаттарды қабылдауы')).toBeNull();
  });

  it('a document\'s step with such a position: the role, and a diagnostic naming the position for the lexicon', async () => {
    const path = corpusPath('003');
    const text = readFileSync(path, 'utf8').replace('действие 1 – осуществление специалистом услугодателя приема', 'действие 1 – ветеринарный врач услугодателя осуществляет прием');
    const r = await extractBytes(path, new TextEncoder().encode(text));
    const step = r.reglaments.flatMap((g) => g.procedures.flatMap((p) => p.steps)).find((s) => s.evidence.step.quote.includes('ветеринарный врач'));
    expect(step).toMatchObject({ n: 1, actor: 'provider-employee', evidence: { actor: { quote: 'ветеринарный врач услугодателя' } } });
    const unknown = r.diagnostics.filter((d) => d.ruleId === 'reglament/unknown-position');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]!.message).toContain('"ветеринарный врач"');
    expect(unknown[0]!.span?.quote).toBe('ветеринарный врач');
  });

  it('the Kazakh agent of a nominalized step in the genitive, never the recipient who possesses what is handled', () => {
    expect(mention(kk, 'көрсетілетін қызметті берушінің кеңсе қызметкерінің құжаттарды қабылдауы')).toEqual({
      role: 'provider-clerk', position: null, quote: 'көрсетілетін қызметті берушінің кеңсе қызметкері' });
    expect(mention(kk, 'кеңсе қызметкерінің құжаттарды тіркеуі')?.role).toBe('provider-clerk');
    expect(mention(kk, 'көрсетілетін қызметті берушінің басшысының құжаттарды қарауы')?.role).toBe('provider-head');
    expect(mention(kk, 'көрсетілетін қызметті алушының құжаттарды тапсыруы')).toBeNull();
    expect(mention(kk, 'кеңсе қызметкерінің құжаттары')).toBeNull();
  });
});

describe('roles of participant-list items', () => {
  it('reads items whose words the PDF shuffled', () => {
    expect(item(ru, 'услугодателя; специалист канцелярии')).toEqual(['provider-clerk']);
    expect(item(ru, 'округа; специалист акима сельского')).toEqual(['other:akim-specialist']);
    expect(item(ru, 'округа; аким сельского')).toEqual(['akim']);
  });

  it('reads every alternative of an item', () => {
    expect(item(ru, 'специалист канцелярии услугодателя или специалист сельского округа;')).toEqual(['provider-clerk', 'other:akim-specialist']);
    expect(item(ru, 'ответственный исполнитель услугодателя или ответственный исполнитель акима сельского округа.')).toEqual(['provider-executor', 'other:akim-executor']);
  });

  it('reads an unqualified position as the provider\'s and an organization by itself', () => {
    expect(item(ru, 'специалист;')).toEqual(['provider-employee']);
    expect(item(ru, 'ГЦВП.')).toEqual(['other:gcvp']);
    expect(item(kk, 'көрсетілетін қызметті берушінің қызметкері;')).toEqual(['provider-employee']);
  });
});
