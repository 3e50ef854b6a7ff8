/**
 * The HTML reader: the five corpus documents saved as a portal's web page
 * (tests/fixtures/html/, made by scripts/make-web-word-fixtures.ts) give the facts of their gold,
 * every fact's provenance points at the visible characters of the HTML source, and each reading rule
 * (content element, site chrome, blocks, tables, entities, links) on pages written here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../pipeline/eval/run.ts';
import { extractFile } from '../../pipeline/extract-file.ts';
import { readBytes, readDocument } from '../../pipeline/read/index.ts';
import { htmlToText } from '../../pipeline/read/html.ts';
import { collectSpans } from '../helpers/spans.ts';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'html');
const DOCS = readdirSync(join(DIR, 'docs')).filter((f) => f.endsWith('.html')).sort();
const page = (body: string, head = '<title>Сайт</title>') => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

describe('acts saved as web pages', () => {
  it('each of the five gives the facts of its gold (F1 >= 0.98)', async () => {
    const { report } = await evaluate({ gold: join(DIR, 'gold'), docs: join(DIR, 'docs') });
    expect(Object.keys(report.documents).sort()).toEqual(DOCS);
    for (const [doc, r] of Object.entries(report.documents)) expect(r.f1, doc).toBeGreaterThanOrEqual(0.98);
    expect(report.overall.tp).toBeGreaterThan(700);
  }, 120_000);

  for (const file of DOCS) {
    it(`${file}: every fact quotes the HTML source, from a character of the page's text to another, never inside markup`, async () => {
      const path = join(DIR, 'docs', file);
      const source = readFileSync(path, 'utf8');
      const doc = await readDocument(path);
      expect(doc.format).toBe('html');
      expect(doc.source).toBe(source);
      const read = new Set(doc.plain.offsets.subarray(0, doc.plain.text.length));
      const result = await extractFile(path);
      const spans = collectSpans(result);
      expect(spans.length).toBeGreaterThan(10);
      const wrong = spans.filter(([, s]) => source.slice(s.start, s.end) !== s.quote || s.quote.trim() === '' || !read.has(s.start) || !read.has(s.end - 1));
      expect(wrong.map(([p, s]) => `${p} ${s.start}-${s.end} ${JSON.stringify(s.quote.slice(0, 60))}`)).toEqual([]);
      // The site's chrome is not the act's text.
      expect(doc.plain.text).not.toMatch(/Главная|Басты бет|РГП на ПХВ|dataLayer|counter\.hit|Последние документы|Соңғы құжаттар/);
    });
  }
});

describe('reading HTML', () => {
  it('leaves out the head, scripts, styles, navigation and the site header and footer', () => {
    const src = page(
      '<header><a href="/">Портал</a><nav><ul><li>Главная</li></ul></nav></header><div id="c"><p>Постановление акимата</p><script>var x = "<p>нет</p>";</script><style>p{}</style><noscript>Включите JavaScript</noscript></div><footer>© 2024 Институт</footer>',
      '<title>Заголовок сайта</title><style>body{}</style>',
    );
    expect(htmlToText(src).text.trim()).toBe('Постановление акимата');
  });

  it('prefers <main> (or role="main") and keeps the act header inside it', () => {
    const src = page('<div>Меню сайта</div><main><header><h1>Об утверждении регламента</h1></header><p>Текст</p></main><div>Подвал</div>');
    expect(htmlToText(src).text.trim()).toBe('Об утверждении регламента\nТекст');
    const byRole = page('<div>Меню сайта</div><div role="main"><p>Текст акта</p></div><div role="contentinfo">Подвал</div>');
    expect(htmlToText(byRole).text.trim()).toBe('Текст акта');
  });

  it('without <main>, takes the <article> holding most text', () => {
    const src = page('<article><p>Новость дня</p></article><article><p>Постановление акимата области от 1 июня 2019 года № 142</p></article>');
    expect(htmlToText(src).text.trim()).toBe('Постановление акимата области от 1 июня 2019 года № 142');
  });

  it('breaks lines at blocks and <br>, collapses white space, keeps link text in place, decodes entities', () => {
    const src = page('<div><p>от 4&nbsp;августа   2015\n   года <a href="/docs/V1">№&nbsp;204</a> &laquo;Об утверждении&raquo; &amp; &#8470;&#x20;5</p><p>Утвержден<br>постановлением</p></div>');
    expect(htmlToText(src).text.trim()).toBe('от 4 августа 2015 года № 204 «Об утверждении» & № 5\nУтвержден\nпостановлением');
  });

  it('reads a table row by row, cells joined by a space', () => {
    const src = page('<table><tr><th>№</th><th>Действие</th></tr><tr><td><p>1</p></td><td><p>прием</p><p>документов</p></td></tr><tr><td>2</td><td>выдача</td></tr></table>');
    expect(htmlToText(src).text.trim()).toBe('№ Действие\n1 прием документов\n2 выдача');
  });

  it('writes out the numbers of an ordered list, from its start', () => {
    const src = page('<ol start="3"><li>прием</li><li>выдача</li></ol><ul><li>пункт</li></ul>');
    expect(htmlToText(src).text.trim()).toBe('3. прием\n4. выдача\nпункт');
  });

  it('maps every character to where it stands in the source (an entity to where it starts)', () => {
    const src = page('<p>акимата&nbsp;&laquo;Ақ&raquo; &#1040;</p>');
    const m = htmlToText(src);
    const at = (ch: string) => m.offsets[m.text.indexOf(ch)]!;
    const lastAt = (ch: string) => m.offsets[m.text.lastIndexOf(ch)]!;
    expect(src.slice(at('а'), at('а') + 7)).toBe('акимата');
    expect(src.slice(at('«'), at('«') + 7)).toBe('&laquo;');
    expect(src.slice(at('Ақ'), at('Ақ') + 2)).toBe('Ақ');
    expect(src.slice(lastAt('А'), lastAt('А') + 7)).toBe('&#1040;');
  });

  it('takes HTML content whatever the file is called; .htm and .html by name', async () => {
    const bytes = new TextEncoder().encode(page('<p>Постановление акимата Костанайской области</p>'));
    expect((await readBytes('saved.txt', bytes)).format).toBe('html');
    expect((await readBytes('act.htm', new TextEncoder().encode('<p>Текст</p>'))).format).toBe('html');
    expect((await readBytes('note.txt', new TextEncoder().encode('Цена < 5 и > 3'))).format).toBe('text');
  });
});
