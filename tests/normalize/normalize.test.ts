import { describe, expect, it } from 'vitest';
import { normalized, corpusFiles } from '../helpers/corpus.ts';
import { rejoinLetterSpacing, repairDisplacedFragment } from '../../pipeline/normalize/lines.ts';
import { detectLanguage } from '../../pipeline/normalize/language.ts';
import { LATIN_HOMOGLYPHS } from '../../pipeline/normalize/text-layout.ts';

const line = (s: string) => ({ text: s, offs: Int32Array.from({ length: s.length }, (_, i) => i) });
const text = (l: { text: string }) => l.text;

describe('line repairs', () => {
  it('rejoins letter-spaced words and the gaps between them', () => {
    expect(text(rejoinLetterSpacing(line('У т в е р ж д е н')))).toBe('Утвержден');
    expect(text(rejoinLetterSpacing(line('с о ц и а л ь н о й  з а щ и т ы  н а с е л е н и я :')))).toBe('социальной защиты населения:');
    expect(text(rejoinLetterSpacing(line('п р о т е з н о - о р т о п е д и ч е с к о й')))).toBe('протезно-ортопедической');
  });

  it('leaves ordinary short words alone', () => {
    expect(text(rejoinLetterSpacing(line('в и к услугодателю')))).toBe('в и к услугодателю');
  });

  // A letter-spaced word is a run of at least four one-character tokens with at least three letters.
  it.each([
    ['д о м а', 'дома', 'four tokens, four letters: at the token threshold'],
    ['т о м 2', 'том2', 'four tokens, three letters: at the letter threshold'],
    ['д о м ответ', 'д о м ответ', 'three tokens: below the token threshold'],
    ['с л о в о  в и к', 'слово в и к', 'three tokens after a rejoined word: below the token threshold'],
    ['т о 1 2', 'т о 1 2', 'four tokens, two letters: below the letter threshold'],
    ['1 2 3 4', '1 2 3 4', 'four digits: no letters'],
  ])('%j → %j (%s)', (input, output) => {
    const fixed = rejoinLetterSpacing(line(input));
    expect(fixed.text).toBe(output);
    fixed.text.split('').forEach((c, i) => expect(input[fixed.offs[i]!]).toBe(c));
  });

  it.each([
    ['б а с ш ы с ы;', 'басшысы;'],
    ['б а с ш ы с ы:', 'басшысы:'],
    ['с о ц и а л ь н о й,', 'социальной,'],
    ['У т в е р ж д е н.', 'Утвержден.'],
  ])('a punctuation mark glued to the last letter ends the word: %j → %j', (input, output) => {
    const fixed = rejoinLetterSpacing(line(input));
    expect(fixed.text).toBe(output);
    fixed.text.split('').forEach((c, i) => expect(input[fixed.offs[i]!]).toBe(c));
  });

  it('punctuation set apart by a space, as letter-spacing prints it, joins the word too', () => {
    expect(text(rejoinLetterSpacing(line('с л у х у " ;')))).toBe('слуху";');
  });

  it('puts displaced link text back into its gap', () => {
    expect(text(repairDisplacedFragment(line('      в :пункте 1')))).toBe('      в пункте 1:');
    expect(text(repairDisplacedFragment(line('      1)  и постановка на учет безработных граждан";"Регистрация'))))
      .toBe('      1) "Регистрация и постановка на учет безработных граждан";');
    expect(text(repairDisplacedFragment(line('       изложить в новой редакции следующего содержания:подпункт 18'))))
      .toBe('      подпункт 18 изложить в новой редакции следующего содержания:');
    expect(text(repairDisplacedFragment(line('      1. Внести в  акимата области от 4 постановление'))))
      .toBe('      1. Внести в постановление акимата области от 4');
  });

  it('keeps offsets of moved characters', () => {
    const fixed = repairDisplacedFragment(line('      в :пункте 1'));
    const source = '      в :пункте 1';
    fixed.text.split('').forEach((c, i) => expect(source[fixed.offs[i]]).toBe(c));
  });

  it('does not move an opening quote that follows a space', () => {
    const s = 'области от 4 августа 2015 года № 204 "Об утверждении';
    expect(text(repairDisplacedFragment(line(s)))).toBe(s);
  });
});

describe('normalize on the corpus', () => {
  for (const prefix of ['000', '001', '002', '003', '004']) {
    it(`${prefix}: keeps its guarantees and maps every character to the source`, async () => {
      const doc = await normalized(prefix);
      expect(doc.text).not.toMatch(/\n\n|\t|\r| \n|\n | {2}/);
      expect(doc.text).toBe(doc.text.trim());
      const mismatched: number[] = [];
      for (let i = 0; i < doc.text.length; i++) {
        const c = doc.text[i]!;
        const printed = doc.source[doc.offsets[i]!]!;
        // Guarantee 6: a Latin letter inside a Cyrillic word reads as the Cyrillic one it looks like.
        const read = String.fromCharCode(LATIN_HOMOGLYPHS.get(printed.charCodeAt(0)) ?? printed.charCodeAt(0));
        if (c !== ' ' && c !== '\n' && printed !== c && read !== c) mismatched.push(i);
      }
      expect(mismatched).toEqual([]);
      const span = doc.span(0, 40);
      expect(span.quote).toBe(doc.source.slice(span.start, span.end));
    });
  }

  it('reads Latin letters inside Cyrillic words as the Cyrillic ones (004 prints "мемлекеттiк" with a Latin i)', async () => {
    const doc = await normalized('004');
    const at = doc.source.indexOf('бiржолғы мемлекеттiк ақшалай');
    expect(at).toBeGreaterThan(0);
    expect(doc.text).not.toMatch(/\p{Script=Cyrillic}i|i\p{Script=Cyrillic}/u);
    // The space that joins a wrapped line carries the offset of the line's first character too.
    const i = doc.offsets.findIndex((o, k) => o === at && doc.text[k] !== ' ');
    expect(doc.text.slice(i, i + 'біржолғы мемлекеттік ақшалай'.length)).toBe('біржолғы мемлекеттік ақшалай');
    // Provenance still quotes the letters as printed.
    expect(doc.span(i, i + 'біржолғы мемлекеттік ақшалай'.length).quote).toBe('бiржолғы мемлекеттiк ақшалай');
    const latinOnly = await normalized('000');
    expect(latinOnly.text).toContain('www.egov.kz');
  });

  it('repairs the displaced approval list of the 2014 resolution', async () => {
    const doc = await normalized('002');
    expect(doc.text).toContain('1) "Регистрация и постановка на учет безработных граждан";');
    expect(doc.text).toContain('Утвержден постановлением акимата Западно-Казахстанской области от 1 июля 2014 года № 177');
  });

  it('joins wrapped lines into paragraphs that start at indented lines', async () => {
    const doc = await normalized('000');
    const lines = doc.text.split('\n');
    expect(lines).toContain('в пункте 1:');
    expect(lines.some((l) => l.startsWith('1) работник услугодателя:'))).toBe(true);
    expect(lines.some((l) => l.startsWith('4. Настоящее постановление вводится в действие по истечении десяти календарных дней после дня первого официального опубликования.'))).toBe(true);
  });

  it('reads Markdown blocks as lines with their list markers', async () => {
    const doc = await normalized('001');
    expect(doc.format).toBe('markdown');
    expect(doc.text).not.toContain('**');
    expect(doc.text.split('\n')).toContain('4. Осы қаулы алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.');
  });
});

describe('language detection', () => {
  it('tells Kazakh from Russian on every corpus document', async () => {
    const langs = await Promise.all(['000', '001', '002', '003', '004'].map(async (p) => (await normalized(p)).language));
    expect(langs).toEqual(['ru', 'kk', 'ru', 'ru', 'kk']);
    expect(corpusFiles()).toHaveLength(5);
  });

  it('is not fooled by Kazakh newspaper names in a Russian text', () => {
    expect(detectLanguage('опубликованное 3 октября 2015 года в газетах "Орал өңірі" и "Приуралье" следующие изменения и дополнения в постановление').language).toBe('ru');
  });
});
