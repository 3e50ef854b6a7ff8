/**
 * The Markdown reader on a real Markdown document of the corpus (001, a Kazakh amending act with
 * headings, bold titles and numbered points): syntax gone, point numbers kept, every character
 * traceable to the Markdown it was read from.
 */
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../pipeline/read/index.ts';
import { corpusPath } from '../helpers/corpus.ts';

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
