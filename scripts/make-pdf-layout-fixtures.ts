/**
 * Writes PDF fixtures laid out as word processors lay out akimat acts, unlike the line-for-line
 * fixtures of make-pdf-fixtures.ts: A4, justified paragraphs with a 1.25 cm first-line indent (the
 * stretched gaps between words), centred bold headings, the approval stamp right-aligned at the top
 * right, two-column signatures, running headers and footers, text written per line, per word or in
 * glyph runs, page breaks inside a paragraph. One or two features per file (PLANS); each file's gold is
 * the hand-made gold of the document it was made from.
 * Usage: npx tsx scripts/make-pdf-layout-fixtures.ts   (writes tests/fixtures/pdf/layouts/{docs,gold})
 */
import PDFDocument from 'pdfkit';
import { writePdf } from './pdf-writer.ts';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT as ROOT } from '../pipeline/shared/package-root.ts';

/** Where each plan's text and gold come from: documents of the test fixtures with hand-made gold. */
const SOURCES: Record<string, { text: string; gold: string }> = {
  '003_23a54824322882b5': { text: 'corpus/003_23a54824322882b5.txt', gold: 'tests/gold/003_23a54824322882b5.gold.json' },
  ...Object.fromEntries(['02_karaganda_2019_ru', '05_atyrau_2017_kk', '06_mangystau_2018_ru', '07_turkestan_2019_kk', 'b03_almaty_region_2015_ru']
    .map((s) => [s, { text: `tests/fixtures/other-regions/docs/${s}.txt`, gold: `tests/fixtures/other-regions/gold/${s}.gold.json` }])),
  ...Object.fromEntries(['01_kostanay_2016_ru', '03_zhambyl_2015_ru', '08_aktobe_2017_kk']
    .map((s) => [s, { text: `tests/fixtures/extraction-noise/docs/${s}.txt`, gold: `tests/fixtures/extraction-noise/gold/${s}.gold.json` }])),
};
const OUT = join(ROOT, 'tests', 'fixtures', 'pdf', 'layouts');
const FONTS = '/usr/share/fonts/truetype/dejavu/';
const SERIF = { regular: FONTS + 'DejaVuSerif.ttf', bold: FONTS + 'DejaVuSerif-Bold.ttf' };
const SANS = { regular: FONTS + 'DejaVuSans.ttf', bold: FONTS + 'DejaVuSans-Bold.ttf' };
const MM = 72 / 25.4;

type Items = 'line' | 'word' | 'glyph';
interface Plan {
  stem: string;
  feature: string;
  font?: typeof SERIF;
  size?: number;
  /** Source lines kept as PDF lines (adilet export) instead of reflowing paragraphs (word processor). */
  keepLines?: boolean;
  items?: Items;
  justify?: boolean;
  /** First-line indent of a paragraph, points. */
  firstIndent?: number;
  headings?: 'center-bold' | 'left';
  stamp?: 'right-box' | 'left';
  signature?: 'two-column' | 'inline';
  /** Running header/footer. */
  furniture?: 'none' | 'browser-print' | 'page-number-top' | 'page-of-bottom' | 'dash-number-bottom';
  /** A reglament stamp starts a new page (appendix on its own page). */
  appendixNewPage?: boolean;
  /** Force a page break after the first line of the first paragraph matching this. */
  breakIn?: RegExp[];
}

const PLANS: Plan[] = [
  { stem: '02_karaganda_2019_ru', feature: 'reflow-justify' },
  { stem: '05_atyrau_2017_kk', feature: 'browser-print-furniture', furniture: 'browser-print' },
  { stem: '03_zhambyl_2015_ru', feature: 'stamp-right', stamp: 'right-box', appendixNewPage: true },
  { stem: '06_mangystau_2018_ru', feature: 'center-bold-headings', headings: 'center-bold' },
  { stem: '07_turkestan_2019_kk', feature: 'two-column-signature', signature: 'two-column' },
  { stem: 'b03_almaty_region_2015_ru', feature: 'word-items', items: 'word' },
  { stem: '08_aktobe_2017_kk', feature: 'glyph-runs', items: 'glyph' },
  { stem: '003_23a54824322882b5', feature: 'adilet-lines-breakmid', keepLines: true, furniture: 'dash-number-bottom', breakIn: [/действие 2/, /действие 5/] },
  { stem: '01_kostanay_2016_ru', feature: 'pagenum-breakmid', furniture: 'page-number-top', breakIn: [/^\s*2\)/, /^\s*4\) /] },
];

/** A paragraph of the source: its text (lines joined) and lines, and the kind of block it is in. */
interface Para { text: string; lines: string[]; indented: boolean; kind: 'title' | 'status' | 'stamp' | 'heading' | 'body' | 'signature' }

const STAMP_RE = /^(?:Приложение|Утвержден|Утверждены|Бекітілген|Қосымша)|(?:қосымша|бекітілген|к постановлению|к решению|қаулысына|шешіміне)/iu;
const SIGNATURE_RE = /^((?:Облыс|Аудан|Қала)?\s*(?:Аким|Әкім|әкімі|Председатель|Секретарь|хатшысы|төрағасы)[^.;:]*?)\s+((?:\p{Lu}\.\s?){1,2}\p{Lu}[\p{Ll}\-]+)$/u;

function parse(text: string): Para[] {
  const blocks: string[][] = [];
  let cur: string[] = [];
  let previous = '';
  for (const raw of text.split('\n')) {
    // The source's own page furniture (form feeds, page-number lines) is not text: the PDF gets its own.
    const line = raw.replace(/^\f+/, '');
    const pageNumber = /^\s*\d{1,3}\s*$/.test(line) && !/№\s*$/.test(previous);
    if (line.trim() !== '') previous = line;
    if (line.trim() === '' || pageNumber) {
      if (cur.length) blocks.push(cur);
      cur = [];
    } else cur.push(line.replace(/\s+$/, ''));
  }
  if (cur.length) blocks.push(cur);
  const out: Para[] = [];
  let prevStamp = false;
  blocks.forEach((block, bi) => {
    const paras: Array<{ lines: string[]; indented: boolean }> = [];
    for (const line of block) {
      const indented = /^ {4,}/.test(line);
      const prev = paras.at(-1);
      // The txt normalizer's rule: an indented line, or an uppercase/digit/quote start after a sentence end.
      const sentence = prev && /[.;:!?]$/.test(prev.lines.at(-1)!) && /^[\p{Lu}\d"«“„]/u.test(line.trim());
      if (!prev || indented || sentence) paras.push({ lines: [line.trim()], indented });
      else prev.lines.push(line.trim());
    }
    // adilet's text splits a stamp with blank lines: short flush blocks right after a stamp continue it
    const flushShort = block.every((l) => !/^ {4,}/.test(l) && l.trim().length <= 50);
    const isStamp = block.every((l) => !/^ {4,}/.test(l)) && block.length <= 7
      && (STAMP_RE.test(block[0].trim()) || (prevStamp && flushShort && !/^(?:Регламент|Справочник|\d+\.|Глава|\p{Lu}{4,})/u.test(block[0].trim())));
    prevStamp = isStamp;
    const isStatus = /^(?:Утративший силу|Күшін жойған|Жаңа редакция|Новая редакция)/u.test(block[0].trim());
    for (const p of paras) {
      const joined = joinLines(p.lines);
      let kind: Para['kind'] = 'body';
      if (bi === 0 && !p.indented) kind = 'title';
      else if (isStatus) kind = 'status';
      else if (isStamp) kind = 'stamp';
      else if (!p.indented && block.every((l) => !/^ {4,}/.test(l))) kind = 'heading';
      else if (p.indented && SIGNATURE_RE.test(joined)) kind = 'signature';
      out.push({ text: joined, lines: p.lines, indented: p.indented, kind });
    }
  });
  return out;
}

function joinLines(lines: string[]): string {
  let s = '';
  for (const l of lines) {
    if (!s) s = l;
    else if (/\p{L}-$/u.test(s) && /^\p{Ll}/u.test(l)) s += l;
    else s += ' ' + l;
  }
  return s;
}

async function render(plan: Plan): Promise<string> {
  const font = plan.font ?? SERIF;
  const size = plan.size ?? (plan.keepLines ? 10 : 13);
  const leading = size * 1.2;
  const items = plan.items ?? 'line';
  const justify = plan.justify ?? true;
  const firstIndent = plan.firstIndent ?? 1.25 * 72 / 2.54;
  const margins = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
  const doc = new PDFDocument({ size: 'A4', margins, compress: true, autoFirstPage: true, bufferPages: true, info: { CreationDate: new Date(Date.UTC(2024, 0, 1)) } });
  const pageW = doc.page.width;
  const pageH = doc.page.height;
  const width = pageW - margins.left - margins.right;
  const bottom = pageH - margins.bottom;
  const source = readFileSync(join(ROOT, SOURCES[plan.stem]!.text), 'utf8');
  const paras = parse(source);
  const title = paras.find((p) => p.kind === 'title')?.text ?? '';
  let y = margins.top;
  const fontFor = (bold: boolean) => (bold ? font.bold : font.regular);

  const newPage = () => {
    doc.addPage({ size: 'A4', margins });
    y = margins.top;
  };
  const needLine = () => {
    if (y + leading > bottom) newPage();
  };

  /** Draws one line of words from x, spread to `w` when justified. */
  const drawLine = (words: string[], x: number, w: number, just: boolean, bold: boolean) => {
    doc.font(fontFor(bold)).fontSize(size);
    const space = doc.widthOfString(' ');
    const ws = words.map((t) => doc.widthOfString(t));
    const natural = ws.reduce((a, b) => a + b, 0);
    const gap = just && words.length > 1 ? Math.max(space, (w - natural) / (words.length - 1)) : space;
    if (items === 'line') {
      const text = words.join(' ');
      if (gap > space + 0.01) doc.text(text, x, y, { lineBreak: false, wordSpacing: gap - space });
      else doc.text(text, x, y, { lineBreak: false });
    } else {
      let cx = x;
      words.forEach((word, i) => {
        if (items === 'word') doc.text(word, cx, y, { lineBreak: false });
        else {
          // glyph runs of 1-3 characters, each positioned on its own (as some producers write them)
          let at = 0;
          let k = 0;
          while (at < word.length) {
            const n = 1 + ((k++ * 7 + word.length) % 3);
            const run = word.slice(at, at + n);
            doc.text(run, cx + doc.widthOfString(word.slice(0, at)), y, { lineBreak: false });
            at += n;
          }
        }
        cx += ws[i] + gap;
      });
    }
    y += leading;
  };

  /** Greedy wrap into lines of at most w (first line w - indent). */
  const wrap = (text: string, w: number, indent: number, bold: boolean): string[][] => {
    doc.font(fontFor(bold)).fontSize(size);
    const space = doc.widthOfString(' ');
    const lines: string[][] = [];
    let line: string[] = [];
    let lw = 0;
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const ww = doc.widthOfString(word);
      const avail = w - (lines.length === 0 ? indent : 0);
      if (line.length && lw + space + ww > avail) {
        lines.push(line);
        line = [word];
        lw = ww;
      } else {
        lw += (line.length ? space : 0) + ww;
        line.push(word);
      }
    }
    if (line.length) lines.push(line);
    return lines;
  };

  const broken = new Set<number>();
  const paragraph = (p: Para, idx: number) => {
    const forceBreak = (plan.breakIn ?? []).some((re, i) => !broken.has(i) && re.test(p.text) && (broken.add(i), true));
    if (plan.keepLines) {
      // adilet export: the source's own lines; a paragraph's first line indented, all but its last justified
      const srcLines = p.lines;
      srcLines.forEach((l, i) => {
        needLine();
        const indent = i === 0 && p.indented ? firstIndent : 0;
        drawLine(l.split(/\s+/), margins.left + indent, width - indent, justify && i < srcLines.length - 1, false);
        if (forceBreak && i === 0) newPage();
      });
      return;
    }
    const kind = p.kind;
    if (kind === 'stamp' && plan.stamp === 'right-box') {
      const boxW = 75 * MM;
      const x = pageW - margins.right - boxW;
      for (const words of wrap(p.text, boxW, 0, false)) {
        needLine();
        drawLine(words, x, boxW, false, false);
      }
      return;
    }
    if ((kind === 'heading' || kind === 'title') && plan.headings === 'center-bold') {
      for (const words of wrap(p.text, width * 0.85, 0, true)) {
        needLine();
        doc.font(fontFor(true)).fontSize(size);
        const w = doc.widthOfString(words.join(' '));
        drawLine(words, margins.left + (width - w) / 2, w, false, true);
      }
      return;
    }
    if (kind === 'signature' && plan.signature === 'two-column') {
      const m = SIGNATURE_RE.exec(p.text)!;
      y += leading; // blank line before the signature
      needLine();
      doc.font(fontFor(true)).fontSize(size);
      const saveY = y;
      drawLine(m[1].split(/\s+/), margins.left, width, false, true);
      y = saveY;
      const nameW = doc.font(fontFor(true)).fontSize(size).widthOfString(m[2]);
      drawLine(m[2].split(/\s+/), pageW - margins.right - nameW, nameW, false, true);
      y += leading;
      return;
    }
    const indent = p.indented ? firstIndent : 0;
    const lines = wrap(p.text, width, indent, false);
    lines.forEach((words, i) => {
      needLine();
      drawLine(words, margins.left + (i === 0 ? indent : 0), width - (i === 0 ? indent : 0), justify && i < lines.length - 1, false);
      if (forceBreak && i === 0 && lines.length > 1) newPage();
    });
  };

  let prevKind: Para['kind'] | undefined;
  paras.forEach((p, i) => {
    if (!plan.keepLines && prevKind !== undefined && p.kind !== prevKind) y += leading * 0.6; // spacing between blocks
    if (plan.appendixNewPage && p.kind === 'stamp' && prevKind !== 'stamp' && prevKind !== undefined) newPage();
    if (plan.keepLines && i > 0 && p.kind !== 'body' && p.kind !== prevKind) y += leading;
    paragraph(p, i);
    prevKind = p.kind;
  });

  // Running header/footer on every page.
  const range = doc.bufferedPageRange();
  const total = range.count;
  for (let i = 0; i < total; i++) {
    doc.switchToPage(i);
    const n = i + 1;
    const saveBottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(SANS.regular).fontSize(8);
    const at = (text: string, x: number, yy: number) => doc.text(text, x, yy, { lineBreak: false });
    const right = (text: string, yy: number) => at(text, pageW - 10 * MM - doc.widthOfString(text), yy);
    const center = (text: string, yy: number) => at(text, (pageW - doc.widthOfString(text)) / 2, yy);
    switch (plan.furniture ?? 'none') {
      case 'browser-print': {
        at('14.03.2024, 10:42', 10 * MM, 6 * MM);
        center(title.length > 70 ? title.slice(0, 67) + '...' : title, 6 * MM);
        at('https://adilet.zan.kz/kaz/docs/V17E0003835', 10 * MM, pageH - 8 * MM);
        right(`${n}/${total}`, pageH - 8 * MM);
        break;
      }
      case 'page-number-top':
        if (n > 1) center(String(n), 10 * MM);
        break;
      case 'page-of-bottom':
        right(`Страница ${n} из ${total}`, pageH - 10 * MM);
        break;
      case 'dash-number-bottom':
        center(`- ${n} -`, pageH - 10 * MM);
        break;
    }
    doc.page.margins.bottom = saveBottom;
  }
  const name = `${plan.stem}__${plan.feature}`;
  await writePdf(doc, join(OUT, 'docs', name + '.pdf'));
  const gold = JSON.parse(readFileSync(join(ROOT, SOURCES[plan.stem]!.gold), 'utf8'));
  gold.source = name + '.pdf';
  writeFileSync(join(OUT, 'gold', name + '.gold.json'), JSON.stringify(gold, null, 2) + '\n');
  return name;
}

mkdirSync(join(OUT, 'docs'), { recursive: true });
mkdirSync(join(OUT, 'gold'), { recursive: true });
for (const plan of PLANS) console.log('wrote', await render(plan));
