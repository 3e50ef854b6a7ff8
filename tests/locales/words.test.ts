/** The locale that stems a name: its own letters decide, else the document's language. */
import { describe, expect, it } from 'vitest';
import { localeOf, localeOfWords } from '../../pipeline/locales/index.ts';

describe('stemming by locale', () => {
  it('a name with letters only Kazakh writes is Kazakh, even in a Russian document', () => {
    expect(localeOfWords('жұмыссыз ретінде тіркеу', 'ru').lang).toBe('kk');
    expect(localeOfWords('регистрация в качестве безработного', 'ru').lang).toBe('ru');
    expect(localeOfWords('регистрация', 'kk').lang).toBe('kk');
  });

  it('Kazakh keeps a word\'s first six letters, so case endings fall away; Russian uses the Porter stemmer', () => {
    expect(localeOf('kk').stem('қызметтерін')).toBe(localeOf('kk').stem('қызметтер'));
    expect(localeOf('kk').stem('көрсетілетін')).toBe('көрсет');
    expect(localeOf('ru').stem('безработного')).toBe(localeOf('ru').stem('безработный'));
    expect(localeOf('ru').stem('регистрации')).not.toBe('регистрации');
  });
});
