/**
 * Act headers the corpus does not show: other regions, issuers, number formats, status notes and
 * entry-into-force rules, in Russian and Kazakh. Fixtures are written in the adilet PDF-text style.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { extractFile, extractBytes } from '../../../pipeline/extract-file.ts';

const fixture = (name: string) => extractFile(join(import.meta.dirname, 'fixtures', name));
const relationsOf = (r: Awaited<ReturnType<typeof fixture>>) => r.relations.map((x) => `${x.type} ${x.target}`);

describe('Russian headers', () => {
  it('a maslikhat decision of a city, with a number like 14/2, amending a decision № 5-VI', async () => {
    const r = await fixture('ru-maslikhat-almaty-in-force.txt');
    expect(r.language).toBe('ru');
    expect(r.act).toMatchObject({
      kind: 'decision', issuer: 'maslikhat', region: 'almaty', number: '14/2', date: '2019-03-25',
      registration: { number: '1553', date: '2019-04-03' }, status: 'in-force', entryIntoForce: 'on-first-publication',
      title: 'О внесении изменений в решение маслихата города Алматы от 14 декабря 2017 года № 5-VI "О Правилах оказания социальной помощи"',
    });
    expect(relationsOf(r)).toEqual(['amends maslikhat|almaty|2017-12-14|5-VI']);
    expect(r.relations[0].targetInfo).toMatchObject({ registrationNumber: '1436', publicationDate: '2018-01-11', title: 'О Правилах оказания социальной помощи' });
  });

  it('a repealed South Kazakhstan resolution № А-9/406 with a status line, two footnotes and a repealing point', async () => {
    const r = await fixture('ru-turkestan-repealed-amended.txt');
    expect(r.act).toMatchObject({
      kind: 'resolution', issuer: 'akimat', region: 'turkestan', number: 'А-9/406', date: '2016-09-07',
      registration: { number: '3855', date: '2016-09-30' }, status: 'repealed', entryIntoForce: '10-days-after-first-publication',
    });
    expect(relationsOf(r)).toEqual([
      'repealed-by akimat|turkestan|2019-02-20|32',
      'amended-by akimat|turkestan|2017-05-12|118',
      'amended-by akimat|turkestan|2017-11-03|301',
      'repeals akimat|turkestan|2015-03-14|61',
    ]);
    // The footnote states the repealing act's own entry into force; it is not this act's rule.
    expect(r.relations[0].targetInfo?.entryIntoForce).toBe('on-first-publication');
  });

  it('a subpoint repealed by a later act amends this act, and the rule in that note is not this act\'s', async () => {
    const r = await fixture('ru-mangystau-subpoint-repealed.txt');
    expect(r.act).toMatchObject({ region: 'mangystau', number: '7', date: '2015-01-12', status: 'repealed', entryIntoForce: 'on-first-publication' });
    // "3) Утратило силу постановлением ... № 298 (вводится в действие по истечении десяти ...)" stands for the
    // repealed subpoint: № 298 amended the act, № 341 repealed it.
    expect(relationsOf(r)).toEqual(['repealed-by akimat|mangystau|2015-11-09|341', 'amended-by akimat|mangystau|2015-10-05|298']);
    expect(r.act?.evidence.entryIntoForce?.quote).toBe('со дня его первого \nофициального опубликования');
  });

  it('a header without a number gives the other facts, a warning and no guessed number', async () => {
    const r = await fixture('ru-astana-missing-number.txt');
    expect(r.act).toMatchObject({ issuer: 'akimat', region: 'astana', number: null, date: '2020-03-12', entryIntoForce: 'date:2020-04-01' });
    expect(r.diagnostics.map((d) => d.ruleId)).toContain('act/missing-number');
  });

  it('a text that is not a legal act yields no facts and a warning', async () => {
    const text = 'Прогноз погоды на завтра: в Уральске солнечно, ветер северо-западный 5 метров в секунду.\nВ Костанае облачно.';
    const r = await extractBytes('weather.txt', new TextEncoder().encode(text));
    expect(r.act).toBeNull();
    expect(r.relations).toEqual([]);
    expect(r.reglaments).toEqual([]);
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['act/no-header', 'document/no-facts']));
  });
});

describe('Kazakh headers', () => {
  it('a repealing point in the future tense ("Күші жойылады деп танылсын:") and a number glued to its kind word', async () => {
    const r = await fixture('kk-akmola-repeals-glued-number.txt');
    expect(r.act).toMatchObject({ region: 'akmola', number: 'А-8/344', date: '2015-07-22', status: 'repealed' });
    // "№ А-4/118қаулысымен": the number is А-4/118, once.
    expect(relationsOf(r)).toEqual(['repealed-by akimat|akmola|2016-03-11|А-4/118', 'repeals akimat|akmola|2014-04-18|А-4/150']);
  });

  it('an akim decision of Akmola region in force from state registration, amending decision № 3', async () => {
    const r = await fixture('kk-akmola-akim-decision.txt');
    expect(r.language).toBe('kk');
    expect(r.act).toMatchObject({
      kind: 'decision', issuer: 'akim', region: 'akmola', number: '1', date: '2020-03-05',
      registration: { number: '7712', date: '2020-03-10' }, status: 'in-force', entryIntoForce: 'on-registration',
    });
    expect(relationsOf(r)).toEqual(['amends akim|akmola|2018-02-12|3']);
    expect(r.relations[0].targetInfo).toMatchObject({ registrationNumber: '6401', publicationDate: '2018-03-02' });
  });

  it('a town maslikhat takes its region; repealed by a later decision; repeals an earlier one', async () => {
    const r = await fixture('kk-kostanay-lisakov-maslikhat.txt');
    expect(r.act).toMatchObject({
      kind: 'decision', issuer: 'maslikhat', region: 'kostanay', number: '221', date: '2018-03-27',
      registration: { number: '7683', date: '2018-04-16' }, status: 'repealed', entryIntoForce: '10-days-after-first-publication',
    });
    expect(relationsOf(r)).toEqual(['repealed-by maslikhat|kostanay|2020-05-29|437', 'repeals maslikhat|kostanay|2016-03-22|15']);
  });

  it('several amending acts in one note, and a stated date of entry into force', async () => {
    const r = await fixture('kk-east-date-entry.txt');
    expect(r.act).toMatchObject({
      issuer: 'akimat', region: 'east-kazakhstan', number: '412', date: '2021-12-15', entryIntoForce: 'date:2022-01-01',
      registration: { number: '26011', date: '2021-12-24' }, status: 'in-force',
      title: 'Шығыс Қазақстан облысы бойынша мектепке дейінгі тәрбие мен оқытуға мемлекеттік білім беру тапсырысын бекіту туралы',
    });
    expect(relationsOf(r)).toEqual(['amended-by akimat|east-kazakhstan|2022-03-10|61', 'amended-by akimat|east-kazakhstan|2022-08-05|198']);
  });
});

describe('every region id is reachable from its Russian and Kazakh names', () => {
  const cases: Array<[string, string, string]> = [
    ['Акмолинской области', 'Ақмола облысы', 'akmola'], ['Актюбинской области', 'Ақтөбе облысы', 'aktobe'],
    ['Алматинской области', 'Алматы облысы', 'almaty-region'], ['Атырауской области', 'Атырау облысы', 'atyrau'],
    ['Восточно-Казахстанской области', 'Шығыс Қазақстан облысы', 'east-kazakhstan'], ['Жамбылской области', 'Жамбыл облысы', 'zhambyl'],
    ['Западно-Казахстанской области', 'Батыс Қазақстан облысы', 'west-kazakhstan'], ['Карагандинской области', 'Қарағанды облысы', 'karaganda'],
    ['Костанайской области', 'Қостанай облысы', 'kostanay'], ['Кызылординской области', 'Қызылорда облысы', 'kyzylorda'],
    ['Мангистауской области', 'Маңғыстау облысы', 'mangystau'], ['Павлодарской области', 'Павлодар облысы', 'pavlodar'],
    ['Северо-Казахстанской области', 'Солтүстік Қазақстан облысы', 'north-kazakhstan'], ['Туркестанской области', 'Түркістан облысы', 'turkestan'],
    ['области Абай', 'Абай облысы', 'abai'], ['области Жетісу', 'Жетісу облысы', 'zhetysu'], ['области Ұлытау', 'Ұлытау облысы', 'ulytau'],
    ['города Астаны', 'Астана қаласы', 'astana'], ['города Алматы', 'Алматы қаласы', 'almaty'], ['города Шымкента', 'Шымкент қаласы', 'shymkent'],
  ];
  for (const [ru, kk, id] of cases) {
    it(`${id}`, async () => {
      const rus = `Об утверждении правил\n\nПостановление акимата ${ru} от 2 марта 2021 года № 45. Зарегистрировано Департаментом юстиции ${ru} 9 марта 2021 года № 8123\n      Акимат ${ru} ПОСТАНОВЛЯЕТ:\n      1. Утвердить правила.\n      2. Настоящее постановление вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.`;
      const kaz = `Қағидаларды бекіту туралы\n\n${kk} әкімдігінің 2021 жылғы 2 наурыздағы № 45 қаулысы. ${kk}ның Әділет департаментінде 2021 жылғы 9 наурызда № 8123 болып тіркелді\n      ${kk}ның әкімдігі ҚАУЛЫ ЕТЕДІ:\n      1. Қағидалар бекітілсін.\n      2. Осы қаулы алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.`;
      for (const text of [rus, kaz]) {
        const r = await extractBytes(`${id}.txt`, new TextEncoder().encode(text));
        expect(r.act).toMatchObject({ region: id, issuer: 'akimat', kind: 'resolution', number: '45', date: '2021-03-02', entryIntoForce: '10-days-after-first-publication', registration: { number: '8123', date: '2021-03-09' } });
      }
    });
  }
});

describe('word orders and phrasings of other regions', () => {
  const ext = (name: string, text: string) => extractBytes(name, new TextEncoder().encode(text));

  it('a regional maslikhat named before its issuer word ("Акмолинского областного маслихата")', async () => {
    const r = await ext('akm.txt', 'О бюджете области\n\nРешение Акмолинского областного маслихата от 13 декабря 2019 года № 6С-38-2. Зарегистрировано Департаментом юстиции Акмолинской области 20 декабря 2019 года № 7592\n      Сноска. Внесены изменения решением Акмолинского областного маслихата от 10.04.2020 № 6С-41-3 (вводится в действие с 01.01.2020).\n      Акмолинский областной маслихат РЕШИЛ:\n      1. Утвердить бюджет.\n      2. Настоящее решение вводится в действие с 1 января 2020 года.');
    expect(r.act).toMatchObject({ kind: 'decision', issuer: 'maslikhat', region: 'akmola', number: '6С-38-2', date: '2019-12-13', entryIntoForce: 'date:2020-01-01' });
    expect(r.relations.map((x) => `${x.type} ${x.target}`)).toEqual(['amended-by maslikhat|akmola|2020-04-10|6С-41-3']);
  });

  it('the Almaty city maslikhat is the city, not Almaty region', async () => {
    const r = await ext('alm.txt', 'О тарифах\n\nРешение Алматинского городского маслихата от 5 июля 2018 года № 245. Зарегистрировано Департаментом юстиции города Алматы 19 июля 2018 года № 1489\n      Алматинский городской маслихат РЕШИЛ:\n      1. Утвердить тарифы.\n      2. Настоящее решение вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.');
    expect(r.act).toMatchObject({ issuer: 'maslikhat', region: 'almaty', number: '245' });
  });

  it('a ministry order is a national act with no region', async () => {
    const r = await ext('order.txt', 'Об утверждении стандартов государственных услуг в социально-трудовой сфере\n\nПриказ Министра здравоохранения и социального развития Республики Казахстан от 28 апреля 2015 года № 279. Зарегистрирован в Министерстве юстиции Республики Казахстан 10 июня 2015 года № 11342\n      ПРИКАЗЫВАЮ:\n      1. Утвердить стандарты.\n      2. Настоящий приказ вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.');
    expect(r.act).toMatchObject({ kind: 'order', issuer: 'ministry', region: null, number: '279', date: '2015-04-28', registration: { number: '11342', date: '2015-06-10' } });
  });

  it('Kazakh "алғаш ресми жарияланғаннан кейін" and an akim decision of a district', async () => {
    const r = await ext('kk.txt', 'Сайлау учаскелерін құру туралы\n\nБатыс Қазақстан облысы Бөрлі ауданы әкімінің 2019 жылғы 4 наурыздағы № 7 шешімі. Батыс Қазақстан облысының Әділет департаментінде 2019 жылғы 6 наурызда № 5561 болып тіркелді\n      Бөрлі ауданының әкімі ШЕШІМ ҚАБЫЛДАДЫ:\n      1. Сайлау учаскелері құрылсын.\n      2. Осы шешім алғаш ресми жарияланғаннан кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.');
    expect(r.act).toMatchObject({ kind: 'decision', issuer: 'akim', region: 'west-kazakhstan', number: '7', date: '2019-03-04', entryIntoForce: '10-days-after-first-publication', registration: { number: '5561', date: '2019-03-06' } });
  });
});

describe('headers without a registration note', () => {
  it('a Kazakh act line is told from a title that names the amended act by its nominative kind word', async () => {
    const text = 'Батыс Қазақстан облысы әкімдігінің 2015 жылғы 4 тамыздағы № 204 қаулысына өзгерістер енгізу туралы\n\nБатыс Қазақстан облысы әкімдігінің 2017 жылғы 31 қазандағы № 272 қаулысы.\n      Батыс Қазақстан облысының әкімдігі ҚАУЛЫ ЕТЕДІ:\n      1. Өзгерістер енгізілсін.\n      2. Осы қаулы қол қойылған күнінен бастап қолданысқа енгізіледі.';
    const r = await extractBytes('kk.txt', new TextEncoder().encode(text));
    expect(r.act).toMatchObject({ number: '272', date: '2017-10-31', registration: null, entryIntoForce: 'on-signature' });
    expect(r.relations.map((x) => `${x.type} ${x.target}`)).toEqual(['amends akimat|west-kazakhstan|2015-08-04|204']);
  });
});
