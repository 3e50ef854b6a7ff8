import { describe, expect, it } from 'vitest';
import { readOperativeText } from '../../../pipeline/extract/reglament/index.ts';
import { localeOf } from '../../../pipeline/locales/index.ts';

const effects = (text: string, lang: 'ru' | 'kk') => {
  const { byAppendix, approvedAll } = readOperativeText(text, { start: 0, end: text.length }, localeOf(lang));
  return { byAppendix: Object.fromEntries([...byAppendix].map(([n, v]) => [n, v.effect])), approvedAll: approvedAll !== null };
};

describe('what the carrying act does with its appendices', () => {
  it('reads new wordings and additions of an amending act (Russian)', () => {
    expect(effects([
      'регламент государственной услуги "А" изложить в новой редакции согласно приложению 1 к настоящему постановлению;',
      'регламент государственной услуги "Б" изложить в редакции согласно приложениям 2, 3 к настоящему постановлению;',
      'указанное постановление дополнить регламентом государственной услуги "В" согласно приложению 4 к настоящему постановлению.',
    ].join('\n'), 'ru')).toEqual({ byAppendix: { 1: 'new-wording', 2: 'new-wording', 3: 'new-wording', 4: 'added' }, approvedAll: false });
  });

  it('carries the verb of a heading clause to its list items and reads ranges', () => {
    expect(effects([
      '1. Утвердить:',
      '1) регламент государственной услуги "А" согласно приложению 1 к настоящему постановлению;',
      '2) регламенты государственных услуг согласно приложениям 2-4 к настоящему постановлению.',
      '2. Контроль за исполнением настоящего постановления возложить на заместителя акима.',
    ].join('\n'), 'ru')).toEqual({ byAppendix: { 1: 'approved', 2: 'approved', 3: 'approved', 4: 'approved' }, approvedAll: false });
  });

  it('gives list items the Kazakh verb written after the last of them', () => {
    expect(effects([
      '1. Қоса беріліп отырған:',
      '1) осы қаулының 1-қосымшасына сәйкес "А" мемлекеттік көрсетілетін қызмет регламенті;',
      '2) осы қаулының 2-қосымшасына сәйкес "Б" мемлекеттік көрсетілетін қызмет регламенті бекітілсін.',
      '2. Осы қаулының орындалуын бақылау облыс әкімінің орынбасарына жүктелсін.',
    ].join('\n'), 'kk')).toEqual({ byAppendix: { 1: 'approved', 2: 'approved' }, approvedAll: false });
  });

  it('reads an act approving the attached reglaments without appendix numbers (Kazakh)', () => {
    expect(effects('1. Қоса беріліп отырған мынадай мемлекеттік көрсетілетін қызметтер регламенттері бекітілсін:', 'kk'))
      .toEqual({ byAppendix: {}, approvedAll: true });
  });

  it('reads Kazakh new wordings and additions, not the amended act\'s own appendix numbers', () => {
    expect(effects([
      'көрсетілген қаулымен бекітілген "А" мемлекеттік көрсетілетін қызмет регламенті осы қаулының 1 - қосымшасына сәйкес жаңа редакцияда жазылсын;',
      'осы қаулының 2, 3 - қосымшаларына сәйкес 19, 20 - қосымшалармен толықтырылсын.',
    ].join('\n'), 'kk')).toEqual({ byAppendix: { 1: 'new-wording', 2: 'added', 3: 'added' }, approvedAll: false });
  });

  it('keeps an unnumbered appendix under the empty number', () => {
    expect(effects('регламент государственной услуги "А" изложить в новой редакции согласно приложению к настоящему постановлению.', 'ru'))
      .toEqual({ byAppendix: { '': 'new-wording' }, approvedAll: false });
  });
});
