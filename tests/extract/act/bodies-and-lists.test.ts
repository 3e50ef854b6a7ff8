/**
 * Headers of district and city bodies, national acts, repeal lists and amendment notes, each written
 * once in Russian and once in Kazakh (fixtures in the adilet PDF-text style). The same facts are
 * expected from both languages, so the pairs also check that ru and kk agree.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { extractBytes, extractFile } from '../../../pipeline/extract-file.ts';
import { parseActReference } from '../../../pipeline/extract/act/index.ts';

const fixture = (name: string) => extractFile(join(import.meta.dirname, 'fixtures', name));
const relationsOf = (r: Awaited<ReturnType<typeof fixture>>) => r.relations.map((x) => `${x.type} ${x.target}`);
const both = (stem: string) => [`ru-${stem}.txt`, `kk-${stem}.txt`];

describe('a district maslikhat amending its budget decision', () => {
  for (const name of both('akmola-district-maslikhat-budget')) {
    it(name, async () => {
      const r = await fixture(name);
      expect(r.language).toBe(name.slice(0, 2));
      expect(r.act).toMatchObject({
        kind: 'decision', issuer: 'maslikhat', region: 'akmola', number: '6С-55/1', date: '2020-04-08',
        registration: { number: '7786', date: '2020-04-14' }, status: 'in-force', entryIntoForce: 'date:2020-01-01',
      });
      // The title names the amended decision by the district body only; its region is the carrying act's.
      expect(relationsOf(r)).toEqual(['amends maslikhat|akmola|2019-12-24|6С-51/1']);
      // The operative point names the amended act with its title first, then date and number, then registration.
      expect(r.relations[0].targetInfo).toMatchObject({ registrationNumber: '7608', publicationDate: '2020-01-10' });
    });
  }
});

describe('a city maslikhat named without its region', () => {
  for (const name of both('karaganda-city-maslikhat-repealed')) {
    it(name, async () => {
      const r = await fixture(name);
      // The region comes from the justice department that registered the decision.
      expect(r.act).toMatchObject({
        kind: 'decision', issuer: 'maslikhat', region: 'karaganda', number: '234', date: '2017-12-20',
        registration: { number: '4567', date: '2018-01-10' }, status: 'repealed', entryIntoForce: '10-days-after-first-publication',
      });
      expect(r.act?.evidence.region?.quote).toMatch(/^(Карагандинской|Қарағанды облыс)/u);
      expect(r.diagnostics.map((d) => d.ruleId)).not.toContain('act/missing-region');
      // Two amending acts in one note; two repealed acts listed in the appendix, not the act a listed title names.
      expect(relationsOf(r)).toEqual([
        'repealed-by maslikhat|karaganda|2020-09-25|548',
        'amended-by maslikhat|karaganda|2018-03-28|256',
        'amended-by maslikhat|karaganda|2018-12-24|347',
        'repeals maslikhat|karaganda|2014-03-14|287',
        'repeals maslikhat|karaganda|2015-04-10|425',
      ]);
      expect(r.relations[0].targetInfo?.entryIntoForce).toBe('10-days-after-first-publication');
    });
  }
});

describe('a ministry order repealed by an acting minister\'s order', () => {
  for (const name of both('ministry-order-repealed')) {
    it(name, async () => {
      const r = await fixture(name);
      expect(r.act).toMatchObject({
        kind: 'order', issuer: 'ministry', region: null, number: '532', date: '2020-10-16',
        registration: { number: '21478', date: '2020-10-19' }, status: 'repealed', entryIntoForce: '10-days-after-first-publication',
      });
      // The Kazakh act line opens with the state's name; it is not part of the title.
      expect(r.act?.title).toMatch(/(стандарта государственной услуги "Назначение жилищной помощи"|стандартын бекіту туралы)$/u);
      // The registration note of the repealed order ("№ 11015 ... тіркелген") names no act.
      expect(relationsOf(r)).toEqual(['repealed-by ministry|-|2022-04-24|229', 'repeals ministry|-|2015-04-09|319']);
      expect(r.diagnostics.map((d) => d.ruleId)).not.toContain('act/missing-region');
    });
  }
});

describe('a point repealing acts listed in its subpoints', () => {
  for (const name of both('pavlodar-repeals-list')) {
    it(name, async () => {
      const r = await fixture(name);
      expect(r.act).toMatchObject({ issuer: 'akimat', region: 'pavlodar', number: '45/2', date: '2020-03-03', entryIntoForce: 'on-first-publication', status: 'in-force' });
      // The items give only date and number; the amended act named in item 2's title is not repealed twice.
      expect(relationsOf(r)).toEqual(['repeals akimat|pavlodar|2015-07-10|211/7', 'repeals akimat|pavlodar|2017-05-05|98/3']);
    });
  }
});

describe('a district akim decision whose heading was reworded, repealing an earlier decision', () => {
  for (const name of both('west-district-akim-heading-amended')) {
    it(name, async () => {
      const r = await fixture(name);
      expect(r.act).toMatchObject({ kind: 'decision', issuer: 'akim', region: 'west-kazakhstan', number: '3', date: '2019-02-15', entryIntoForce: 'on-first-publication' });
      // "Заголовок в редакции решения ..." / "Тақырыбы жаңа редакцияда - ... шешімімен" is an amendment;
      // the Russian repeal point names the act before its verb.
      expect(relationsOf(r)).toEqual(['amended-by akim|west-kazakhstan|2020-11-12|17', 'repeals akim|west-kazakhstan|2014-03-05|9']);
    });
  }
});

describe('a government resolution without registration', () => {
  it('ru', async () => {
    const r = await fixture('ru-government-resolution.txt');
    expect(r.act).toMatchObject({ kind: 'resolution', issuer: 'government', region: null, number: '983', date: '2013-09-18', registration: null, status: 'repealed', entryIntoForce: 'on-signature' });
    expect(relationsOf(r)).toEqual(['repealed-by government|-|2020-12-30|953']);
    expect(r.relations[0].targetInfo?.entryIntoForce).toBe('on-signature');
  });
});

describe('footnotes in the body and notes about a part of the act', () => {
  for (const name of both('north-district-budget-footnotes')) {
    it(name, async () => {
      const r = await fixture(name);
      // "Пункт 12 утратил силу ..." / "12-тармақтың күші жойылды ..." leaves the act in force; the
      // status word the page printed before the act line is not part of the title.
      expect(r.act).toMatchObject({
        kind: 'decision', issuer: 'maslikhat', region: 'north-kazakhstan', number: '42/261', date: '2019-12-27', status: 'in-force',
        entryIntoForce: 'date:2020-01-01', registration: { number: '5841', date: '2020-01-09' },
        title: name.startsWith('ru') ? 'О районном бюджете на 2020-2022 годы' : '2020-2022 жылдарға арналған аудандық бюджет туралы',
      });
      expect(relationsOf(r)).toEqual([
        'amended-by maslikhat|north-kazakhstan|2020-05-14|47/291',
        'amended-by maslikhat|north-kazakhstan|2020-04-10|46/280',
        'amended-by maslikhat|north-kazakhstan|2020-08-12|50/305',
      ]);
    });
  }
});

describe('act references and entry-into-force phrasings', () => {
  it('a health ministry order number with its letter prefix', () => {
    const ru = parseActReference('приказом Министра здравоохранения Республики Казахстан от 30 октября 2020 года № ҚР ДСМ-175/2020 "Об утверждении перечня"', 'ru');
    expect(ru).toMatchObject({ key: 'ministry|-|2020-10-30|ҚРДСМ-175/2020', kind: 'order', issuer: 'ministry', region: null });
    const kk = parseActReference('Қазақстан Республикасы Денсаулық сақтау министрінің 2020 жылғы 30 қазандағы № ҚР ДСМ-175/2020 бұйрығымен', 'kk');
    expect(kk).toMatchObject({ key: 'ministry|-|2020-10-30|ҚРДСМ-175/2020', kind: 'order' });
    // A number followed by an ordinary word keeps to the number.
    expect(parseActReference('постановлением акимата Акмолинской области от 2 марта 2021 года № 45 Об утверждении', 'ru')?.number).toBe('45');
  });

  it('a stamp naming the act without region takes the carrying act\'s region; a law is no act of ours', () => {
    expect(parseActReference('Утвержден постановлением акимата от 4 августа 2015 года № 204', 'ru', { region: 'west-kazakhstan' })?.key)
      .toBe('akimat|west-kazakhstan|2015-08-04|204');
    expect(parseActReference('Әкімдіктің 2015 жылғы 30 желтоқсандағы № 564 қаулысымен бекітілген', 'kk', { region: 'kostanay' })?.key)
      .toBe('akimat|kostanay|2015-12-30|564');
    expect(parseActReference('Закона Республики Казахстан от 23 января 2001 года № 148 "О местном государственном управлении"', 'ru', { region: 'akmola', issuer: 'akimat' })).toBeNull();
  });

  const final = async (lang: 'ru' | 'kk', point: string) => {
    const text = lang === 'ru'
      ? `Об утверждении правил\n\nПостановление акимата Атырауской области от 2 марта 2021 года № 45. Зарегистрировано Департаментом юстиции Атырауской области 9 марта 2021 года № 4912\n      Акимат Атырауской области ПОСТАНОВЛЯЕТ:\n      1. Утвердить правила.\n      2. ${point}`
      : `Қағидаларды бекіту туралы\n\nАтырау облысы әкімдігінің 2021 жылғы 2 наурыздағы № 45 қаулысы. Атырау облысының Әділет департаментінде 2021 жылғы 9 наурызда № 4912 болып тіркелді\n      Атырау облысының әкімдігі ҚАУЛЫ ЕТЕДІ:\n      1. Қағидалар бекітілсін.\n      2. ${point}`;
    return (await extractBytes(`${lang}.txt`, new TextEncoder().encode(text))).act?.entryIntoForce;
  };
  const cases: Array<[lang: 'ru' | 'kk', point: string, rule: string]> = [
    ['ru', 'Настоящее постановление вводится в действие по истечении 10 календарных дней после дня его первого официального опубликования.', '10-days-after-first-publication'],
    ['ru', 'Настоящее постановление вступает в силу со дня государственной регистрации в органах юстиции и вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.', '10-days-after-first-publication'],
    ['ru', 'Настоящее постановление вступает в силу со дня государственной регистрации в органах юстиции.', 'on-registration'],
    ['ru', 'Настоящее постановление вводится в действие с 01.07.2021.', 'date:2021-07-01'],
    ['kk', 'Осы қаулы оның алғашқы ресми жариялануынан кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.', '10-days-after-first-publication'],
    ['kk', 'Осы қаулы алғаш рет ресми жарияланған күннен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.', '10-days-after-first-publication'],
    ['kk', 'Осы қаулы әділет органдарында мемлекеттік тіркелген күннен бастап күшіне енеді.', 'on-registration'],
    ['kk', 'Осы қаулы қол қойылған күннен бастап қолданысқа енгізіледі.', 'on-signature'],
    ['kk', 'Осы қаулы 01.07.2021 бастап қолданысқа енгізіледі.', 'date:2021-07-01'],
  ];
  for (const [lang, point, rule] of cases) it(`${lang}: ${point}`, async () => expect(await final(lang, point)).toBe(rule));
});

describe('a district akimat amending two regional resolutions named in one title', () => {
  for (const name of both('akmola-district-akimat-amends-two')) {
    it(name, async () => {
      const r = await fixture(name);
      expect(r.act).toMatchObject({ kind: 'resolution', issuer: 'akimat', region: 'akmola', number: 'а-1/12', date: '2021-01-15', registration: { number: '8310', date: '2021-01-20' }, entryIntoForce: 'on-signature' });
      // The second act of the title shares the first's issuer and region.
      expect(relationsOf(r)).toEqual(['amends akimat|akmola|2015-05-12|А-5/214', 'amends akimat|akmola|2016-06-03|А-7/266']);
    });
  }
});

describe('a district maslikhat decision repealed by a decision with a stated start date', () => {
  for (const name of both('akmola-district-maslikhat-repealed-dated')) {
    it(name, async () => {
      const r = await fixture(name);
      // The act line names the district body only in Russian; the justice department names the region.
      expect(r.act).toMatchObject({ kind: 'decision', issuer: 'maslikhat', region: 'akmola', number: 'С33-3', date: '2019-03-20', registration: { number: '7123', date: '2019-03-27' }, status: 'repealed', entryIntoForce: '10-days-after-first-publication' });
      // The law cited with its number in the preamble is no act of ours.
      expect(relationsOf(r)).toEqual(['repealed-by maslikhat|akmola|2021-05-18|С5-2', 'repeals maslikhat|akmola|2018-04-12|С23-4']);
      expect(r.relations[0].targetInfo?.entryIntoForce).toBe('date:2021-07-01');
    });
  }
});

describe('a registration note of the Ministry of Justice on a paragraph of its own', () => {
  for (const name of both('almaty-city-ministry-registration')) {
    it(name, async () => {
      const r = await fixture(name);
      // "Қазақстан Республикасының Әділет министрлігінде ..." opens the paragraph like a preamble would.
      expect(r.act).toMatchObject({ kind: 'decision', issuer: 'maslikhat', region: 'almaty', number: '95', date: '2021-12-10', registration: { number: '26011', date: '2021-12-24' }, entryIntoForce: 'date:2022-01-01' });
      expect(r.relations).toEqual([]);
    });
  }
});

describe('district names that share a region\'s adjective', () => {
  const header = (line: string, registeredBy: string) =>
    `Об утверждении правил\n\n${line}. Зарегистрировано Департаментом юстиции ${registeredBy} 9 марта 2021 года № 8123\n      Маслихат РЕШИЛ:\n      1. Утвердить правила.\n      2. Настоящее решение вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.`;
  const cases: Array<[line: string, registeredBy: string, region: string]> = [
    // Абайский район is in Karaganda region, not the region Абай.
    ['Решение маслихата Абайского района Карагандинской области от 2 марта 2021 года № 45', 'Карагандинской области', 'karaganda'],
    // Алматинский район is a district of the capital.
    ['Решение маслихата Алматинского района города Нур-Султана от 2 марта 2021 года № 45', 'города Нур-Султана', 'astana'],
    // Жамбылский район of Almaty region, named without its region: the justice department names it.
    ['Решение маслихата Жамбылского района от 2 марта 2021 года № 45', 'Алматинской области', 'almaty-region'],
    ['Решение Нур-Султанского городского маслихата от 2 марта 2021 года № 45', 'города Нур-Султана', 'astana'],
  ];
  for (const [line, registeredBy, region] of cases) {
    it(line, async () => {
      const r = await extractBytes('d.txt', new TextEncoder().encode(header(line, registeredBy)));
      expect(r.act).toMatchObject({ issuer: 'maslikhat', region, number: '45', date: '2021-03-02' });
    });
  }
});

describe('lists of amending acts whose items carry their own entry-into-force notes', () => {
  for (const name of both('atyrau-amended-by-lists')) {
    it(name, async () => {
      const r = await fixture(name);
      expect(r.act).toMatchObject({ issuer: 'akimat', region: 'atyrau', number: '45', date: '2017-03-02', status: 'in-force' });
      // The second ministry order inherits the first's issuer, not the carrying akimat's.
      expect(relationsOf(r)).toEqual([
        'amended-by akimat|atyrau|2018-02-01|27', 'amended-by akimat|atyrau|2019-06-05|130',
        'amended-by ministry|-|2020-10-10|344', 'amended-by ministry|-|2020-11-11|399',
      ]);
    });
  }
});

describe('a repeal footnote whose act number the PDF moved into the entry-into-force note', () => {
  for (const name of both('almaty-region-displaced-number')) {
    it(name, async () => {
      const r = await fixture(name);
      expect(r.act).toMatchObject({ issuer: 'maslikhat', region: 'almaty-region', number: '23-112', date: '2017-12-20', status: 'repealed', entryIntoForce: '10-days-after-first-publication' });
      // "от 25.09.2020 (вводится в действие по истечении десяти № 68-291 календарных дней ...)"
      expect(relationsOf(r)).toEqual(['repealed-by maslikhat|almaty-region|2020-09-25|68-291']);
      expect(r.relations[0].targetInfo?.entryIntoForce).toBe('10-days-after-first-publication');
    });
  }
});

describe('act lines with a missing date or number give the facts that are there', () => {
  const ext = (text: string) => extractBytes('h.txt', new TextEncoder().encode(text));
  it('ru: no date, after a title that names a dated act', async () => {
    const r = await ext('О внесении изменений в постановление акимата Акмолинской области от 12 мая 2015 года № А-5/214\n\nПостановление акимата Акмолинской области № А-3/45. Зарегистрировано Департаментом юстиции Акмолинской области 9 марта 2021 года № 8123\n      Акимат Акмолинской области ПОСТАНОВЛЯЕТ:\n      1. Внести изменения.\n      2. Настоящее постановление вводится в действие со дня подписания.');
    expect(r.act).toMatchObject({ kind: 'resolution', issuer: 'akimat', region: 'akmola', number: 'А-3/45', date: null, registration: { number: '8123', date: '2021-03-09' }, entryIntoForce: 'on-signature' });
    expect(r.act?.title).toBe('О внесении изменений в постановление акимата Акмолинской области от 12 мая 2015 года № А-5/214');
    expect(r.relations.map((x) => `${x.type} ${x.target}`)).toEqual(['amends akimat|akmola|2015-05-12|А-5/214']);
    expect(r.diagnostics.map((d) => d.ruleId)).toContain('act/missing-date');
  });
  it('kk: no date', async () => {
    const r = await ext('Қағидаларды бекіту туралы\n\nАқмола облысы әкімдігінің № А-3/45 қаулысы. Ақмола облысының Әділет департаментінде 2021 жылғы 9 наурызда № 8123 болып тіркелді\n      Ақмола облысының әкімдігі ҚАУЛЫ ЕТЕДІ:\n      1. Қағидалар бекітілсін.\n      2. Осы қаулы қол қойылған күнінен бастап қолданысқа енгізіледі.');
    expect(r.act).toMatchObject({ kind: 'resolution', issuer: 'akimat', region: 'akmola', number: 'А-3/45', date: null, title: 'Қағидаларды бекіту туралы', registration: { number: '8123', date: '2021-03-09' } });
    expect(r.diagnostics.map((d) => d.ruleId)).toContain('act/missing-date');
  });
  it('kk: no number', async () => {
    const r = await ext('Қағидаларды бекіту туралы\n\nАқмола облысы әкімдігінің 2021 жылғы 2 наурыздағы қаулысы. Ақмола облысының Әділет департаментінде 2021 жылғы 9 наурызда № 8123 болып тіркелді\n      Ақмола облысының әкімдігі ҚАУЛЫ ЕТЕДІ:\n      1. Қағидалар бекітілсін.\n      2. Осы қаулы қол қойылған күнінен бастап қолданысқа енгізіледі.');
    expect(r.act).toMatchObject({ kind: 'resolution', issuer: 'akimat', region: 'akmola', number: null, date: '2021-03-02', registration: { number: '8123', date: '2021-03-09' } });
    expect(r.diagnostics.map((d) => d.ruleId)).toContain('act/missing-number');
  });
});

describe('acts amended in the operative points of an act titled "on amending some resolutions"', () => {
  for (const name of both('zhambyl-amends-in-points')) {
    it(name, async () => {
      const r = await fixture(name);
      // The quoted new wording of the amended act's final point is not this act's entry into force.
      expect(r.act).toMatchObject({ issuer: 'akimat', region: 'zhambyl', number: '88', date: '2021-04-14', entryIntoForce: '10-days-after-first-publication', registration: { number: '22571', date: '2021-04-20' } });
      expect(relationsOf(r)).toEqual(['amends akimat|zhambyl|2019-05-16|102', 'amends akimat|zhambyl|2020-03-03|41', 'amends akimat|zhambyl|2020-06-09|120']);
      // Each amended act's registration and publication, as the point states them.
      expect(r.relations[0].targetInfo).toMatchObject({ registrationNumber: '4215', publicationDate: '2019-05-22' });
      expect(r.relations[2].targetInfo).toMatchObject({ registrationNumber: '4630', publicationDate: null });
    });
  }
});

describe('a Kazakh order of a deputy prime minister who is also a minister', () => {
  it('kk', async () => {
    const r = await fixture('kk-deputy-prime-minister-order.txt');
    // The act line opens at the first "Қазақстан Республикасы", so none of it stays in the title.
    expect(r.act).toMatchObject({ kind: 'order', issuer: 'ministry', region: null, number: '84', date: '2020-03-25', title: '"Жұмыспен қамту туралы" стандартты бекіту туралы', registration: { number: '20394', date: '2020-03-30' } });
  });
});

describe('older texts print "N 115" for "№ 115"', () => {
  it('ru', async () => {
    const r = await fixture('ru-mangystau-latin-n-numbers.txt');
    expect(r.act).toMatchObject({ kind: 'resolution', issuer: 'akimat', region: 'mangystau', number: '115', date: '2012-05-12', registration: { number: '2131', date: '2012-06-04' }, status: 'repealed' });
    expect(relationsOf(r)).toEqual(['repealed-by akimat|mangystau|2016-03-18|63', 'repeals akimat|mangystau|2010-03-03|88']);
  });
});
