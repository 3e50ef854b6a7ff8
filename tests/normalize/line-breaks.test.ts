/**
 * Words the layout broke at a line end, read as written: a soft hyphen dropped, a compound's hyphen
 * kept, a letter-spaced word split over two lines joined, with the source span of a joined word
 * covering its hyphen and line break. Then the corpus re-wrapped as a word processor with hyphenation
 * prints it (scripts/make-hyphenated-fixtures.ts) scored against its gold.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBytes } from '../../pipeline/read/index.ts';
import { normalize } from '../../pipeline/normalize/index.ts';
import { evaluate } from '../../pipeline/eval/run.ts';
import { extractFile } from '../../pipeline/extract-file.ts';
import { fixtureDocuments, hyphenationPoints, SETS } from '../../scripts/make-hyphenated-fixtures.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

async function normalizedText(text: string) {
  return normalize(await readBytes('written.txt', new TextEncoder().encode(text)));
}

/** The normalized text and the source quote of the last occurrence of `word` in it. */
async function read(text: string, word: string) {
  const doc = await normalizedText(text);
  const at = doc.text.lastIndexOf(word);
  return { text: doc.text, quote: at < 0 ? null : doc.span(at, at + word.length).quote };
}

const RU = '      1. Государственная услуга оказывается услугодателем. Руководитель услугодателя ознакомляется с документами.\n';
const KK = '      1. Мемлекеттік көрсетілетін қызметті облыстың жергілікті атқарушы органы көрсетеді және осы қаулы бекітілген күннен бастап қолданысқа енгізіледі.\n';

describe('a word hyphenated at a line end', () => {
  it('drops a soft hyphen when the document writes the joined word elsewhere; the quote keeps the hyphen and the break', async () => {
    const r = await read(`${RU}      2. Заявление услугополучателя принимается. Канцелярия регистрирует заявление услугополуча-\nтеля и передает его.\n`, 'услугополучателя и');
    expect(r.text).toContain('регистрирует заявление услугополучателя и передает');
    expect(r.quote).toBe('услугополуча-\nтеля и');
  });

  it('drops it for a word the document writes with another ending, and by default for a word nobody writes', async () => {
    expect((await read(`${RU}      2. Документы передаются руководи-\nтелю услугодателя.\n`, '')).text).toContain('передаются руководителю услугодателя');
    expect((await read(`${RU}      2. Сотрудник проверяет полноту докумен-\nтации заявителя.\n`, '')).text).toContain('полноту документации заявителя');
  });

  it('keeps the hyphen of a compound: the locale\'s compound patterns, a capital after it, a number', async () => {
    const { text } = await read(`${RU}      2. Услуги в социально-\nтрудовой сфере оказывает акимат Западно-\nКазахстанской области по постановлению № 68-\n291 от 2015 года.\n`, '');
    expect(text).toContain('в социально-трудовой сфере оказывает акимат Западно-Казахстанской области по постановлению № 68-291 от');
  });

  it('keeps the hyphen of a compound the document writes with it elsewhere', async () => {
    const { text } = await read(`${RU}      2. Услуга оказывается через веб-портал "электронного правительства". Заявление подается через веб-\nпортал.\n`, '');
    expect(text).toContain('подается через веб-портал.');
  });

  it('Kazakh: a soft hyphen dropped, a compound\'s and an abbreviation\'s kept, a suffix after a break joined', async () => {
    const { text } = await read(
      `${KK}      2. Көрсетілетін қызметті алушы өтініш береді. Көрсетілетін қыз-\nметті берушінің кеңсе қызметкері құжаттарды қабылдайды. Әлеуметтік-\nеңбек саласындағы қызмет ЭЦҚ-\nмен қол қойылған құжат арқылы халыққа қызмет көрсету орталық-\nтарымен көрсетіледі.\n`, '');
    expect(text).toContain('Көрсетілетін қызметті берушінің кеңсе қызметкері');
    expect(text).toContain('Әлеуметтік-еңбек саласындағы қызмет ЭЦҚ-мен қол қойылған');
    expect(text).toContain('халыққа қызмет көрсету орталықтарымен көрсетіледі');
  });
});

describe('a letter-spaced word split over two lines', () => {
  it('is one word again when the document writes it ("б е к і" / "т і л г е н")', async () => {
    const r = await read(`${KK}      Облыс әкімдігінің қаулысымен\nб е к і\nт і л г е н\n`, 'бекітілген');
    expect(r.text).toContain('қаулысымен бекітілген');
    expect(r.quote).toBe('б е к і\nт і л г е н');
  });

  it('is one word when neither half is a word of the text; two words split at their gap stay two', async () => {
    const { text } = await read(`${RU}      Стандарт государственной услуги в сфере\nс о ц и а л ь н о й\nз а щ и т ы  н а с е л е н и я ;\nу с л у г о п о л у ч а т е л ь  п о в ы ш\nе н и е  квалификации\n`, '');
    expect(text).toContain('в сфере социальной защиты населения; услугополучатель повышение квалификации');
  });
});

describe('hyphenation rules of the fixture script', () => {
  it('breaks between syllables, never leaving one letter or a part without a vowel', () => {
    expect(hyphenationPoints('услугополучателя', 'ru').map((k) => 'услугополучателя'.slice(k))).toContain('теля');
    expect(hyphenationPoints('руководитель', 'ru').map((k) => 'руководитель'.slice(0, k))).toEqual(['ру', 'руко', 'руково', 'руководи']);
    expect(hyphenationPoints('қызметкері', 'kk').map((k) => 'қызметкері'.slice(0, k))).toEqual(['қыз', 'қызмет', 'қызметке']);
    expect(hyphenationPoints('район', 'ru')).toEqual([]);
    expect(hyphenationPoints('акт', 'ru')).toEqual([]);
  });
});

describe('the corpus as a word processor with hyphenation prints it', () => {
  for (const set of SETS) {
    it(`${set.dir}: the fixture is what the script writes`, () => {
      const docs = fixtureDocuments(set.splitSpaced);
      expect(docs).toHaveLength(5);
      for (const d of docs) expect(readFileSync(join(FIXTURES, set.dir, 'docs', d.name), 'utf8')).toBe(d.text);
      const text = docs.map((d) => d.text).join('\n');
      expect(text.match(/\p{Ll}-\n\p{Ll}/gu)!.length).toBeGreaterThan(300);
      expect(text).toMatch(/Западно-\nКазахстанской/);
      if (set.splitSpaced) expect(text).toMatch(/^(?:\S ){2,}\S\n(?:\S ){2,}\S/mu);
    });

    it(`${set.dir}: every span quotes the source exactly, hyphens and line breaks of joined words included`, async () => {
      let joined = 0;
      for (const d of fixtureDocuments(set.splitSpaced)) {
        const path = join(FIXTURES, set.dir, 'docs', d.name);
        const spans: Array<{ start: number; end: number; quote: string }> = [];
        const collect = (v: unknown): void => {
          if (v && typeof v === 'object' && typeof (v as { quote?: unknown }).quote === 'string' && typeof (v as { start?: unknown }).start === 'number') spans.push(v as never);
          else if (v && typeof v === 'object') Object.values(v).forEach(collect);
        };
        collect(await extractFile(path));
        for (const sp of spans) expect(d.text.slice(sp.start, sp.end)).toBe(sp.quote);
        joined += spans.filter((sp) => /\p{Ll}-\n\p{Ll}/u.test(sp.quote)).length;
      }
      expect(joined).toBeGreaterThan(10);
    });

    it(`${set.dir}: F1 ≥ 0.98 overall and ≥ 0.95 in every family and language`, async () => {
      const { report } = await evaluate({ gold: join(FIXTURES, set.dir, 'gold'), docs: join(FIXTURES, set.dir, 'docs') });
      expect(report.overall.f1).toBeGreaterThanOrEqual(0.98);
      for (const [family, score] of Object.entries(report.families)) {
        for (const [lang, s] of Object.entries(score.byLanguage)) {
          expect({ family, lang, f1: s!.f1 >= 0.95 }).toEqual({ family, lang, f1: true });
        }
      }
      for (const [lang, s] of Object.entries(report.languages)) expect({ lang, f1: s.f1 >= 0.95 }).toEqual({ lang, f1: true });
    });
  }
});
