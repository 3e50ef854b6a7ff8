/**
 * Writes the five corpus documents as a saved web page and as a Word file, each with the gold of the
 * document it was made from (its `source` renamed).
 * The act's paragraphs are the corpus document's paragraphs as the pipeline's normalize stage reads
 * them (a web page or a Word file holds paragraphs, not the line breaks of a text export).
 * - HTML (tests/fixtures/html/): a portal's page around the act: <head> with title, styles and scripts,
 *   the site's header with navigation and a search form, a sidebar, a footer with links and a counter
 *   script; entities for quotes and no-break spaces, links around act references, bold and italic
 *   runs, right-aligned stamps, source lines wrapped inside paragraphs. Even-numbered documents put the
 *   act in <main><article>, odd ones in a plain <div> of <body> (the site's chrome left out by tag).
 * - DOCX (tests/fixtures/docx/): A4, justified paragraphs, right-aligned stamps, a bold centred title,
 *   bold runs, a page header and footer with the page number, a comment on the title, and runs of
 *   points "1) … 2) …" written as Word's automatic numbering (the number is not in the text runs).
 * Usage: npx tsx scripts/make-web-word-fixtures.ts
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AlignmentType, Document, Footer, Header, LevelFormat, Packer, PageNumber, Paragraph, TextRun,
  CommentRangeStart, CommentRangeEnd, CommentReference,
} from 'docx';
import { readDocument } from '../pipeline/read/index.ts';
import { normalize } from '../pipeline/normalize/index.ts';

const ROOT = join(import.meta.dirname, '..');
const CORPUS = join(ROOT, 'corpus');
const GOLD = join(ROOT, 'tests', 'gold');

/** A stamp or appendix line: right-aligned in both layouts. */
const STAMP = /^(?:Приложение|Утвержден|к постановлению|.{0,80}(?:қосымша|бекітілген)\s*$)/;
/** An act reference a portal links: a date and number, or a number alone. */
const ACT_REFERENCE = /(?:\d{2}\.\d{2}\.\d{4}\s*(?:года\s*)?)?№\s*\d[\d/A-Яа-яA-Za-z-]*/g;
/** "1) text": a point Word numbers automatically. */
const NUMBERED_POINT = /^(\d{1,2})\)\s+(?=\S)/;

async function paragraphsOf(file: string): Promise<string[]> {
  const doc = normalize(await readDocument(join(CORPUS, file)));
  return doc.text.split('\n').map((l) => l.trim()).filter(Boolean);
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Quotes and spaces as a portal's editor writes them. */
function entities(s: string): string {
  return escapeHtml(s)
    .replace(/"/g, '&quot;')
    .replace(/«/g, '&laquo;').replace(/»/g, '&raquo;')
    .replace(/№ (?=\d)/g, '№&nbsp;');
}

/** Wraps a paragraph's HTML in lines of about 90 characters, as a page's source is indented. */
function wrapSource(html: string, indent: string): string {
  const out: string[] = [];
  let line = '';
  for (const word of html.split(' ')) {
    if (line.length + word.length > 90 && line) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out.join(`\n${indent}`);
}

function htmlParagraph(p: string, i: number): string {
  if (i === 0) return `<h1 class="doc-title">${entities(p)}</h1>`;
  const linked = entities(p).replace(ACT_REFERENCE, (m) => `<a href="/rus/docs/V${m.replace(/\D/g, '').slice(0, 9)}" class="doc-link">${m}</a>`);
  const first = linked.indexOf(' ');
  // A bold lead word ("Сноска.", "1.") or an italic status line.
  const body = /^(?:Утративший силу|Күшін жойған)$/.test(p) ? `<em>${linked}</em>`
    : first > 0 && first < 20 ? `<strong>${linked.slice(0, first)}</strong>${linked.slice(first)}` : linked;
  const attrs = STAMP.test(p) ? ' style="text-align: right"' : ' style="text-align: justify; text-indent: 1.25cm"';
  return `<p${attrs}>${wrapSource(body, '          ')}</p>`;
}

function htmlPage(paragraphs: string[], withMain: boolean, lang: string): string {
  const site = lang === 'kk' ? ['Басты бет', 'Құжаттар', 'Жаңалықтар', 'Байланыс'] : ['Главная', 'Документы', 'Новости', 'Контакты'];
  const content = paragraphs.map(htmlParagraph).map((p) => `        ${p}`).join('\n');
  const act = withMain
    ? `  <main id="content">\n    <article class="document">\n${content}\n    </article>\n  </main>`
    : `  <div id="content" class="container">\n    <div class="document">\n${content}\n    </div>\n  </div>`;
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <title>${entities(paragraphs[0]!.slice(0, 80))} - ИПС &laquo;Әділет&raquo;</title>
  <style>body { font-family: serif } .doc-title { text-align: center } nav li { display: inline }</style>
  <script>window.dataLayer = window.dataLayer || []; function gtag(){ dataLayer.push(arguments); } gtag('js', new Date());</script>
</head>
<body>
  <header class="site-header">
    <div class="logo"><a href="/">Әділет</a> &mdash; ${lang === 'kk' ? 'Нормативтік құқықтық актілердің ақпараттық-құқықтық жүйесі' : 'Информационно-правовая система нормативных правовых актов'}</div>
    <nav><ul>${site.map((s, i) => `<li><a href="/${i}">${s}</a></li>`).join('')}</ul></nav>
    <form role="search" action="/search"><input type="text" name="q" placeholder="Поиск"><button>Найти</button></form>
  </header>
  <aside class="sidebar"><h3>${lang === 'kk' ? 'Соңғы құжаттар' : 'Последние документы'}</h3><ul><li><a href="/rus/docs/V1">Постановление акимата от 1 января 2020 года № 1</a></li></ul></aside>
${act}
  <footer class="site-footer">
    <p>&copy; 2012-2024 РГП на ПХВ &laquo;Институт законодательства и правовой информации Республики Казахстан&raquo;</p>
    <p><a href="/about">${site[3]}</a> | <a href="/rss">RSS</a></p>
  </footer>
  <script src="/js/counter.js"></script>
  <script>counter.hit('${paragraphs.length}');</script>
</body>
</html>
`;
}

/** A paragraph's runs: a bold lead word, and the rest split in runs of a few words (Word splits runs). */
function runs(text: string, bold = false): TextRun[] {
  const words = text.split(' ');
  const out: TextRun[] = [];
  const leadBold = !bold && words.length > 3 && words[0]!.length < 20;
  if (leadBold) out.push(new TextRun({ text: words.shift()! + ' ', bold: true }));
  for (let i = 0; i < words.length; i += 7) {
    const chunk = words.slice(i, i + 7).join(' ') + (i + 7 < words.length ? ' ' : '');
    out.push(new TextRun({ text: chunk, bold }));
  }
  return out;
}

function wordDocument(paragraphs: string[]): Document {
  const body: Paragraph[] = [];
  let list = 0;
  let expected = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (i === 0) {
      body.push(new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new CommentRangeStart(0), ...runs(p, true), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })],
      }));
      continue;
    }
    const point = NUMBERED_POINT.exec(p);
    // A run of points 1), 2), 3) … becomes one automatically numbered list; anything else ends it.
    const n = point ? Number(point[1]) : 0;
    if (n === 1 || (n > 1 && n === expected)) {
      if (n === 1) list++;
      expected = n + 1;
      body.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, numbering: { reference: 'points', level: 0, instance: list }, children: runs(p.slice(point![0].length)) }));
      continue;
    }
    expected = 0;
    const stamp = STAMP.test(p);
    body.push(new Paragraph({ alignment: stamp ? AlignmentType.RIGHT : AlignmentType.JUSTIFIED, indent: stamp ? undefined : { firstLine: 709 }, children: runs(p) }));
  }
  return new Document({
    comments: { children: [{ id: 0, author: 'Редактор', date: new Date('2024-01-15T10:00:00Z'), children: [new Paragraph({ children: [new TextRun('Проверить редакцию от 19 июня 2019 года № 142')] })] }] },
    numbering: {
      config: [{
        reference: 'points',
        levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1)', start: 1, alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 709, hanging: 360 } } } }],
      }],
    },
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 850 } } },
      headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun('Информационно-правовая система нормативных правовых актов Республики Казахстан № 1')] })] }) },
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Страница ', PageNumber.CURRENT, ' из ', PageNumber.TOTAL_PAGES] })] })] }) },
      children: body,
    }],
  });
}

function writeGold(dir: string, stem: string, ext: string): void {
  const gold = JSON.parse(readFileSync(join(GOLD, `${stem}.gold.json`), 'utf8'));
  gold.source = `${stem}.${ext}`;
  writeFileSync(join(dir, 'gold', `${stem}.gold.json`), JSON.stringify(gold, null, 2) + '\n');
}

async function main(): Promise<void> {
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();
  for (const kind of ['html', 'docx']) for (const sub of ['docs', 'gold']) mkdirSync(join(ROOT, 'tests', 'fixtures', kind, sub), { recursive: true });
  for (const [i, file] of files.entries()) {
    const stem = file.replace(/\.txt$/, '');
    const paragraphs = await paragraphsOf(file);
    const lang = JSON.parse(readFileSync(join(GOLD, `${stem}.gold.json`), 'utf8')).language as string;
    const html = join(ROOT, 'tests', 'fixtures', 'html');
    writeFileSync(join(html, 'docs', `${stem}.html`), htmlPage(paragraphs, i % 2 === 0, lang));
    writeGold(html, stem, 'html');
    const docx = join(ROOT, 'tests', 'fixtures', 'docx');
    writeFileSync(join(docx, 'docs', `${stem}.docx`), await Packer.toBuffer(wordDocument(paragraphs)));
    writeGold(docx, stem, 'docx');
    console.log(`${stem}: ${paragraphs.length} paragraphs`);
  }
}

await main();
