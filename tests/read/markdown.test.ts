/**
 * The Markdown reader on a real Markdown document of the corpus (001, a Kazakh amending act with
 * headings, bold titles and numbered points): syntax gone, point numbers kept, every character
 * traceable to the Markdown it was read from.
 */
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../pipeline/read/index.ts';
import { join } from 'node:path';
import { CORPUS_DIR, corpusPath } from '../helpers/corpus.ts';

describe('reading Markdown', async () => {
  const doc = await readDocument(corpusPath('001'));
  const { text, offsets } = doc.plain;
  const lines = text.split('\n');

  it('is recognised as Markdown from its content', () => {
    expect(doc.format).toBe('markdown');
    // The plain-text corpus documents are not taken for Markdown.
    return Promise.all(['000', '004'].map(async (p) => expect((await readDocument(corpusPath(p))).format).toBe('text')));
  });

  it('maps every copied character to the same character of the source', () => {
    const inserted: string[] = [];
    let last = -1;
    for (let i = 0; i < text.length; i++) {
      if (text[i] !== doc.source[offsets[i]]) inserted.push(text[i]);
      else {
        // Copied characters keep the source order.
        expect(offsets[i]).toBeGreaterThan(last);
        last = offsets[i];
      }
    }
    // Only the line breaks between blocks are made up; the source has blank lines there.
    expect(new Set(inserted)).toEqual(new Set(['\n']));
    expect(offsets[text.length]).toBe(doc.source.length);
  });

  it('drops emphasis and heading marks but keeps the text', () => {
    expect(doc.source).toContain('## **"Адамдарға жұмыспен қамтуға');
    expect(text).not.toMatch(/\*\*|^#/m);
    expect(lines).toContain('1. Жалпы ережелер');
    expect(lines[0]).toBe(
      'Батыс Қазақстан облысы әкімдігінің 2015 жылғы 4 тамыздағы № 204 "Әлеуметтік-еңбек саласындағы мемлекеттік көрсетілетін қызметтер регламенттерін бекіту туралы" қаулысына өзгерістер мен толықтырулар енгізу туралы',
    );
  });

  it('keeps the numbers of ordered points, one block per line', () => {
    const point = lines.find((l) => l.startsWith('3. Осы қаулының орындалуын бақылау'));
    expect(point).toBe('3. Осы қаулының орындалуын бақылау Батыс Қазақстан облысы әкімінің орынбасары Б.Т. Қонысбаеваға жүктелсін.');
    const at = text.indexOf(point!);
    expect(doc.source.slice(offsets[at], offsets[at + point!.length - 1] + 1)).toBe(point);
    expect(lines.filter((l) => l.trim() === '')).toEqual([]);
  });
});

/** Every construct the reader handles, in one document (lists nested and empty, quotes, code, HTML,
 * links, images, escapes, entities, both kinds of hard break, setext and closed ATX headings). */
const CONSTRUCTS = [
  '# Заголовок #',
  '',
  'Қаулы **бекітілді** және _жарияланды_, [сілтеме](http://adilet.zan.kz "title") мен ![сурет](x.png) бар.',
  'Жалғасы келесі жолда  ',
  'қатты үзіліспен\\',
  'және кері қиғашпен.',
  '',
  'Setext тақырыбы',
  '---------------',
  '',
  '1. Бірінші тармақ:',
  '   - ішкі тармақ `код` бар',
  '   - екінші ішкі',
  '2)',
  '',
  '- - ішкі тізім бірінші жолда',
  '',
  '> Дәйексөз \\* жұлдызша мен &amp; белгісі',
  '> жалғасы',
  '',
  '```',
  'қоршалған код',
  '```',
  '',
  '    шегініспен код',
  '',
  '<div>HTML блок</div>',
  '',
  'Соңғы <b>inline HTML</b> абзац.',
].join('\n');

describe('reading Markdown agrees with remark-parse', async () => {
  const { remarkMarkdownToText } = await import('./remark-oracle.ts');
  const { markdownToText } = await import('../../pipeline/read/markdown.ts');
  const { readFile } = await import('node:fs/promises');
  const inputs: Array<[string, string]> = [
    ['corpus 001', await readFile(corpusPath('001'), 'utf8')],
    ['the corpus README (lists with continuation lines, inline code)', await readFile(join(CORPUS_DIR, 'README.md'), 'utf8')],
    ['every construct', CONSTRUCTS],
  ];
  for (const [what, source] of inputs) {
    it(`${what}: the same plain text, and offsets that quote each character wherever they differ`, () => {
      const ours = markdownToText(source);
      const remark = remarkMarkdownToText(source);
      expect(ours.text).toBe(remark.text);
      const differing: number[] = [];
      for (let i = 0; i < ours.text.length; i++) {
        if (ours.offsets[i] === remark.offsets[i]) continue;
        differing.push(i);
        // remark anchors a text node whose value is not its source (escapes, stripped indentation) at
        // the node's start; ours maps each character to itself.
        if (!/\s/.test(ours.text[i]!)) expect(source[ours.offsets[i]!], `character ${i} "${ours.text[i]}"`).toBe(ours.text[i]);
      }
      if (what === 'corpus 001') expect(differing).toEqual([]);
    });
  }

  it('every construct with CRLF line endings: the same text as with LF, each character quoted', () => {
    const source = CONSTRUCTS.replace(/\n/g, '\r\n');
    const ours = markdownToText(source);
    // remark keeps a soft break's "\r\n" in the text (the normalizer drops the "\r"); ours gives "\n".
    expect(ours.text).toBe(remarkMarkdownToText(source).text.replace(/\r\n/g, '\n'));
    expect(ours.text).toBe(markdownToText(CONSTRUCTS).text);
    for (let i = 0; i < ours.text.length; i++) {
      if (!/\s/.test(ours.text[i]!) && ours.text[i] !== '&') expect(source[ours.offsets[i]!], `character ${i}`).toBe(ours.text[i]);
    }
  });

  it('maps an escaped character to itself and an entity to where it starts', () => {
    const source = 'Дәйексөз \\* мен &amp; белгісі';
    const { text, offsets } = markdownToText(source);
    expect(text).toBe('Дәйексөз * мен & белгісі');
    expect(source[offsets[text.indexOf('*')]!]).toBe('*');
    expect(source.slice(offsets[text.indexOf('&')]!)).toMatch(/^&amp;/);
  });
});
