import { describe, expect, it } from 'vitest';
import { segmentReglaments } from '../../../pipeline/structure/index.ts';
import { extractTerms } from '../../../pipeline/extract/reglament/terms.ts';
import { localeOf } from '../../../pipeline/locales/index.ts';

const heading = (lang: 'ru' | 'kk') => (lang === 'ru'
  ? ['Регламент государственной услуги "Выдача справки"', '1. Общие положения', '1. Государственная услуга "Выдача справки" (далее – государственная услуга).']
  : ['"Анықтама беру" мемлекеттік көрсетілетін қызмет регламенті', '1. Жалпы ережелер', '1. "Анықтама беру" мемлекеттік көрсетілетін қызметі.']);

function terms(lang: 'ru' | 'kk', body: string[]) {
  const text = [...heading(lang), ...body].join('\n');
  const [r] = segmentReglaments(text, localeOf(lang)).reglaments;
  return extractTerms(text, localeOf(lang), r.termBlocks).map((t) => `${t.value.kind} ${t.value.channel} ${t.value.duration}`);
}

describe('term of service', () => {
  it('gives each duration the channels named before it', () => {
    expect(terms('ru', [
      '5. Срок оказания государственной услуги:',
      '1) с момента регистрации пакета документов услугодателем – 30 минут, при обращении на портал – 1 (один) рабочий день;',
      '2) максимально допустимое время ожидания для сдачи пакета документов: у услугодателя – 30 (тридцать) минут, в Государственной корпорации – 15 (пятнадцать) минут;',
      '3) максимально допустимое время обслуживания услугополучателя – 20 минут.',
    ])).toEqual([
      'total provider 30 minute', 'total portal 1 working-day',
      'max-wait provider 30 minute', 'max-wait state-corporation 15 minute',
      'max-service null 20 minute',
    ]);
  });

  it('gives a duration the channel written right after it, and continues a subpoint on the next line', () => {
    expect(terms('ru', [
      '4. Срок оказания государственной услуги:',
      '2) максимально допустимое время ожидания – не более 10 (десять) минут при обращении к услугодателю;',
      'при обращении в ЦОН и на портал – не более 15 (пятнадцать) минут на обслуживание одного услугополучателя;',
    ])).toEqual(['max-wait provider 10 minute', 'max-wait state-corporation 15 minute', 'max-wait portal 15 minute']);
  });

  it('reads a one-sentence term and ignores a prolongation', () => {
    expect(terms('ru', [
      'Срок оказания государственной услуги с момента регистрации пакета документов услугодателем – 30 (тридцать) минут.',
      'Срок оказания государственной услуги продлевается на 1 (один) месяц в случаях проверок.',
    ])).toEqual(['total provider 30 minute']);
  });

  it('reads Kazakh terms', () => {
    expect(terms('kk', [
      '5. Мемлекеттік көрсетілетін қызметті көрсету мерзімі:',
      '1) көрсетілетін қызметті беруші құжаттардың топтамасын тіркеген сәттен бастап – 30 минут, порталға жүгінген кезде – 1 (бір) жұмыс күні;',
      '2) көрсетілетін қызметті алушының көрсетілетін қызметті берушіге құжаттар топтамасын тапсыру үшін күтудің рұқсат етілген ең ұзақ уақыты – 30 минут;',
      '3) көрсетілетін қызметті берушінің көрсетілетін қызметті алушыға қызмет көрсетуінің рұқсат етілген ең ұзақ уақыты – 20 минут.',
    ])).toEqual(['total provider 30 minute', 'total portal 1 working-day', 'max-wait provider 30 minute', 'max-service provider 20 minute']);
  });

  it('reads subpoints the PDF ran into the heading paragraph', () => {
    expect(terms('ru', [
      '5. Срок оказания государственной услуги: 1) с момента сдачи документов услугодателю – 1 рабочий день; 2) максимально допустимое время ожидания – 20 минут; 3) максимально допустимое время обслуживания у услугодателя – 20 минут.',
    ])).toEqual(['total provider 1 working-day', 'max-wait null 20 minute', 'max-service provider 20 minute']);
  });
});
