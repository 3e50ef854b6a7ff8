/**
 * Act headers as older acts and copied pages print them, in Kazakh with their Russian counterparts:
 * the status banner glued to the act line, the akimat spelled "әкімият" (also "қалалық әкімиятының"),
 * the registration note closed by "тіркелген" ("N 3105 тіркелген"), a maslikhat decision numbered by
 * its session ("… ХХ сессиясының № 222 шешімі"), and registration numbers ("№ … болып тіркелді") never
 * taken for the act's number. Header texts written here in the adilet text style (fixtures/).
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { extractFile } from '../../../pipeline/extract-file.ts';
import { localeOf } from '../../../pipeline/locales/index.ts';

const fixture = (name: string) => extractFile(join(import.meta.dirname, 'fixtures', name));
const relationsOf = (r: Awaited<ReturnType<typeof fixture>>) => r.relations.map((x) => `${x.type} ${x.target}`);

describe('a status banner glued to the act line', () => {
  it('Kazakh: "Күшін жойғанҚостанай облысы әкімдігінің … № 112 қаулысы"', async () => {
    const r = await fixture('kk-kostanay-banner-glued.txt');
    expect(r.act).toMatchObject({
      kind: 'resolution', issuer: 'akimat', region: 'kostanay', number: '112', date: '2017-03-14', status: 'repealed',
      registration: { number: '6954', date: '2017-04-05' },
      title: 'Қостанай облысы әкімдігінің 2016 жылғы 10 маусымдағы № 266 "Мемлекеттік көрсетілетін қызметтер регламенттерін бекіту туралы" қаулысына өзгерістер енгізу туралы',
    });
    expect(r.act?.evidence.status?.quote).toBe('Күшін жойған');
    expect(r.act?.evidence.number?.quote).toBe('Қостанай облысы әкімдігінің 2017 жылғы 14 наурыздағы № 112 қаулысы');
    expect(relationsOf(r)).toEqual(['amends akimat|kostanay|2016-06-10|266', 'repealed-by akimat|kostanay|2020-07-03|251']);
  });

  it('Russian: "Утративший силуПостановление акимата …" keeps the kind of its first word', async () => {
    const r = await fixture('ru-kostanay-banner-glued.txt');
    expect(r.act).toMatchObject({ kind: 'resolution', issuer: 'akimat', region: 'kostanay', number: '112', date: '2017-03-14', status: 'repealed' });
    expect(r.act?.evidence.kind?.quote).toBe('Постановление акимата Костанайской области от 14 марта 2017 года № 112');
  });
});

describe('the akimat spelled "әкімият"', () => {
  it('"Павлодар облыстық әкімиятының … № 45/3 қаулысы", registered "N 3105 тіркелген"', async () => {
    const r = await fixture('kk-pavlodar-akimiyat-registered.txt');
    expect(r.act).toMatchObject({
      kind: 'resolution', issuer: 'akimat', region: 'pavlodar', number: '45/3', date: '2008-02-12',
      registration: { number: '3105', date: '2008-03-03' }, status: 'in-force', entryIntoForce: 'on-first-publication',
      title: 'Ауыл шаруашылығы саласындағы мемлекеттік көрсетілетін қызметтер регламенттерін бекіту туралы',
    });
    expect(r.act?.evidence.registration?.quote).toBe('департаментінде 2008 жылғы 3 наурызда N 3105 тіркелген');
  });

  it('"Теміртау қалалық әкімиятының … N 47/12 қаулысы" repeals an act of the same city akimat', async () => {
    const r = await fixture('kk-temirtau-city-akimiyat.txt');
    expect(r.act).toMatchObject({ kind: 'resolution', issuer: 'akimat', region: 'karaganda', number: '47/12', date: '2009-11-17', registration: { number: '8-3-93', date: '2009-12-04' } });
    expect(relationsOf(r)).toEqual(['repeals akimat|karaganda|2008-05-05|18/4']);
  });

  it('Russian counterpart: "Павлодарского областного акимата … N 45/3", registered "за N 3105"', async () => {
    const r = await fixture('ru-pavlodar-old-registration.txt');
    expect(r.act).toMatchObject({ kind: 'resolution', issuer: 'akimat', region: 'pavlodar', number: '45/3', date: '2008-02-12', registration: { number: '3105', date: '2008-03-03' } });
  });
});

describe('registration written "тіркелген"', () => {
  it('"N 3285 тіркелген." then a repeal note; "мемлекеттік тіркелген күнінен" stays the entry-into-force rule', async () => {
    const r = await fixture('kk-atyrau-registered-participle-repealed.txt');
    expect(r.act).toMatchObject({ number: '213', date: '2015-07-22', registration: { number: '3285', date: '2015-08-20' }, status: 'repealed', entryIntoForce: 'on-registration' });
    expect(relationsOf(r)).toEqual(['repealed-by akimat|atyrau|2016-11-09|270']);
  });

  it('the locale reads the participle as the note and not the rule', () => {
    const { registration } = localeOf('kk').act;
    expect(registration.exec('Әділет басқармасында 2009 жылғы 4 желтоқсанда N 8-3-93 тіркелген')?.[0]).toMatch(/тіркелген$/);
    expect(registration.test('Әділет департаментінде мемлекеттік тіркелген күнінен бастап')).toBe(false);
  });
});

describe('a maslikhat decision numbered by its session', () => {
  it('"… 2014 жылғы 26 маусымдағы ХХ сессиясының № 222 шешімі" (Cyrillic Х): number 222, registration 2461', async () => {
    const r = await fixture('kk-zhanaozen-session-decision.txt');
    expect(r.act).toMatchObject({ kind: 'decision', issuer: 'maslikhat', region: 'mangystau', number: '222', date: '2014-06-26', registration: { number: '2461', date: '2014-07-15' } });
    expect(r.act?.evidence.number?.quote).toBe('Маңғыстау облысы Жаңаөзен қалалық мәслихатының 2014 жылғы 26 маусымдағы ХХ сессиясының № 222 шешімі');
  });

  it('"… V сайланған XIV сессиясының № 5С-14/1 шешімі"', async () => {
    const r = await fixture('kk-burabay-session-decision.txt');
    expect(r.act).toMatchObject({ kind: 'decision', issuer: 'maslikhat', region: 'akmola', number: '5С-14/1', date: '2012-12-21', registration: { number: '3587', date: '2013-01-10' }, entryIntoForce: 'date:2013-01-01' });
  });

  it('a reference to a session decision names it', () => {
    const text = 'Бурабай аудандық мәслихатының 2012 жылғы 21 желтоқсандағы кезектен тыс 35-сессиясының № 5С-35/2 шешіміне өзгерістер енгізу туралы';
    const refs = localeOf('kk').act.findReferences(text, 0, text.length, { region: 'akmola' });
    expect(refs.map((x) => x.value)).toMatchObject([{ kind: 'decision', issuer: 'maslikhat', region: 'akmola', date: '2012-12-21', number: '5С-35/2' }]);
  });

  it('Russian counterpart: "Решение XX сессии Жанаозенского городского маслихата … № 222"', async () => {
    const r = await fixture('ru-zhanaozen-session-decision.txt');
    expect(r.act).toMatchObject({ kind: 'decision', issuer: 'maslikhat', region: 'mangystau', number: '222', date: '2014-06-26', registration: { number: '2461', date: '2014-07-15' } });
  });
});

describe('a registration number is never the act\'s number', () => {
  it('an act line without a number: null with a warning, not the "№ 3285 болып тіркелді" of the note', async () => {
    const r = await fixture('kk-atyrau-registration-no-act-number.txt');
    expect(r.act).toMatchObject({ number: null, date: '2015-07-22', registration: { number: '3285', date: '2015-08-20' } });
    expect(r.diagnostics.map((d) => d.ruleId)).toContain('act/missing-number');
  });

  it('an act line without a date keeps its own number, the note its own', async () => {
    const r = await fixture('kk-atyrau-registration-dateless.txt');
    expect(r.act).toMatchObject({ number: '213', date: null, registration: { number: '3285', date: '2015-08-20' } });
  });
});
