import { describe, expect, it } from 'vitest';
import { stepActor as ruActor, listItemRoles as ruItem } from '../../../pipeline/extract/ru/roles.ts';
import { stepActor as kkActor, listItemRoles as kkItem } from '../../../pipeline/extract/kk/roles.ts';

const actor = (f: typeof ruActor, text: string) => f(text, 0, text.length)?.value ?? null;
const item = (f: typeof ruItem, text: string) => f(text, 0, text.length).map((r) => r.value);

describe('roles of step actors', () => {
  it('reads the Russian subject with its organization', () => {
    expect(actor(ruActor, 'работник канцелярии услугодателя регистрирует документы')).toBe('provider-clerk');
    expect(actor(ruActor, 'руководитель отдела услугодателя согласовывает решение и передает руководителю услугодателя')).toBe('provider-department-head');
    expect(actor(ruActor, 'ответственный исполнитель услугодателя изучает документы')).toBe('provider-executor');
    expect(actor(ruActor, 'заместитель руководителя услугодателя подписывает')).toBe('provider-deputy-head');
    expect(actor(ruActor, 'специалист акима сельского округа принимает документы')).toBe('other:akim-specialist');
    expect(actor(ruActor, 'аким сельского округа подписывает письмо')).toBe('akim');
    expect(actor(ruActor, 'сотрудник Государственной корпорации принимает документы')).toBe('state-corporation-employee');
    expect(actor(ruActor, 'начальник управления подписывает решение')).toBe('provider-head');
    expect(actor(ruActor, 'специалист аппарата акима сельского округа принимает документы')).toBe('other:akim-specialist');
  });

  it('reads the agent of a Russian nominalized step ("подписание руководителем")', () => {
    expect(actor(ruActor, 'подписание руководителем направления и передача его специалисту')).toBe('provider-head');
    expect(actor(ruActor, 'согласование направления заведующим сектором занятости услугодателя')).toBe('provider-department-head');
  });

  it('takes no object for the actor', () => {
    expect(actor(ruActor, 'выдача услугополучателю результата оказания государственной услуги')).toBeNull();
    expect(actor(ruActor, 'передает руководителю услугодателя')).toBeNull();
  });

  it('reads the Kazakh subject with the organization before it', () => {
    expect(actor(kkActor, 'көрсетілетін қызметті берушінің кеңсе қызметкері 2 (екі) минут ішінде тіркейді')).toBe('provider-clerk');
    expect(actor(kkActor, 'көрсетілетін қызметті берушінің басшысы жауапты орындаушыны айқындайды')).toBe('provider-head');
    expect(actor(kkActor, 'көрсетілетін қызметті берушінің жауапты орындаушысы құжаттарды қарайды')).toBe('provider-executor');
    expect(actor(kkActor, 'ХҚКО қызметкері өтінішті тіркейді')).toBe('state-corporation-employee');
    expect(actor(kkActor, 'көрсетілетін қызметті беруші кеңсесінің қызметкері құжаттарды қабылдайды')).toBe('provider-clerk');
    expect(actor(kkActor, 'ауылдық округ әкімінің маманы құжаттарды қабылдайды')).toBe('other:akim-specialist');
    expect(actor(kkActor, 'көрсетілетін қызметті берушінің басшысына жолдайды')).toBeNull();
  });
});

describe('roles of participant-list items', () => {
  it('reads items whose words the PDF shuffled', () => {
    expect(item(ruItem, 'услугодателя; специалист канцелярии')).toEqual(['provider-clerk']);
    expect(item(ruItem, 'округа; специалист акима сельского')).toEqual(['other:akim-specialist']);
    expect(item(ruItem, 'округа; аким сельского')).toEqual(['akim']);
  });

  it('reads every alternative of an item', () => {
    expect(item(ruItem, 'специалист канцелярии услугодателя или специалист сельского округа;')).toEqual(['provider-clerk', 'other:akim-specialist']);
    expect(item(ruItem, 'ответственный исполнитель услугодателя или ответственный исполнитель акима сельского округа.')).toEqual(['provider-executor', 'other:akim-executor']);
  });

  it('reads an unqualified position as the provider\'s and an organization by itself', () => {
    expect(item(ruItem, 'специалист;')).toEqual(['provider-employee']);
    expect(item(ruItem, 'ГЦВП.')).toEqual(['other:gcvp']);
    expect(item(kkItem, 'көрсетілетін қызметті берушінің қызметкері;')).toEqual(['provider-employee']);
  });
});
