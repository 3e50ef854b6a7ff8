/**
 * PDF input for real: fixtures written by a real PDF writer (pdfkit, scripts/make-pdf-fixtures.ts)
 * from corpus text, read back through pdf.js, reach the same eval score as the text they came from.
 */
import { describe, expect, it } from 'vitest';
import { copyFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { readBytes, readDocument } from '../../pipeline/read/index.ts';
import { extractFile } from '../../pipeline/extract-file.ts';
import { evaluate } from '../../pipeline/eval/run.ts';
import { CORPUS_DIR, GOLD_DIR } from '../helpers/corpus.ts';
import { mismatchesAgainstGold } from '../helpers/gold.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'pdf');
const STEMS = ['000_1599c89bdcad9835', '004_175c6b83b6895c2f'];
const pdf = (name: string) => join(FIXTURES, name);

describe('reading PDFs', () => {
  it('leaves the native built-ins in place that pdf.js legacy core-js replaces (push, JSON.parse)', async () => {
    const natives = [Array.prototype.push, JSON.parse, Function.prototype.toString];
    const doc = await readDocument(pdf('000_1599c89bdcad9835.pdf'));
    expect(doc.source).toContain('1) работник услугодателя:');
    expect([Array.prototype.push, JSON.parse, Function.prototype.toString]).toEqual(natives);
    expect(Array.prototype.push.toString()).toContain('[native code]');
    // What pdf.js added (missing on Node 20) stays, so a second PDF reads as well as the first.
    expect(typeof (Promise as unknown as { withResolvers?: unknown }).withResolvers).toBe('function');
    expect((await readDocument(pdf('004_175c6b83b6895c2f.pdf'))).source).toContain('№ 564');
  });

  it('reads the Kazakh text layer with its letters and the act line', async () => {
    const doc = await readDocument(pdf('004_175c6b83b6895c2f.pdf'));
    expect(doc.format).toBe('pdf');
    expect(doc.source).toContain('Қостанай облысы әкімдігінің 2015 жылғы 30 желтоқсандағы № 564 қаулысы.');
  });

  it('keeps paragraph indentation from the line positions', async () => {
    const doc = await readDocument(pdf('000_1599c89bdcad9835.pdf'));
    expect(doc.source.split('\n')).toContain('      1) работник услугодателя:');
  });

  it('gives back every source line with its indentation, Kazakh letters included', async () => {
    for (const stem of STEMS) {
      const doc = await readDocument(pdf(`${stem}.pdf`));
      const nonBlank = (t: string) => t.split('\n').map((l) => l.trimEnd()).filter((l) => l.trim() !== '');
      const source = nonBlank(await readFile(join(CORPUS_DIR, `${stem}.txt`), 'utf8'));
      expect(nonBlank(doc.source)).toEqual(source);
      expect(source.length).toBeGreaterThan(500);
    }
    const kk = (await readDocument(pdf('004_175c6b83b6895c2f.pdf'))).source;
    for (const letter of 'әғқңөұүіӘҚӨҮІ') expect(kk, letter).toContain(letter);
  });

  it('extracts the same facts from the PDF as from the text it was made of', async () => {
    const strip = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(strip)
        : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'evidence' && k !== 'actorMentions').map(([k, x]) => [k, strip(x)]))
          : v;
    for (const stem of STEMS) {
      const fromPdf = await extractFile(pdf(`${stem}.pdf`));
      const fromText = await extractFile(join(CORPUS_DIR, `${stem}.txt`));
      expect(strip({ act: fromPdf.act, relations: fromPdf.relations, reglaments: fromPdf.reglaments }))
        .toEqual(strip({ act: fromText.act, relations: fromText.relations, reglaments: fromText.reglaments }));
    }
  });

  it('every evidence span of a PDF result quotes the PDF text layer', async () => {
    for (const stem of STEMS) {
      const result = await extractFile(pdf(`${stem}.pdf`));
      const { source } = await readDocument(pdf(`${stem}.pdf`));
      expect(result.format).toBe('pdf');
      const spans: Array<{ start: number; end: number; quote: string }> = [];
      const walk = (v: unknown): void => {
        if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === 'object') {
          const o = v as Record<string, unknown>;
          if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.quote === 'string') spans.push(o as never);
          Object.values(o).forEach(walk);
        }
      };
      walk(result);
      expect(spans.length).toBeGreaterThan(50);
      for (const s of spans) expect(source.slice(s.start, s.end)).toBe(s.quote);
    }
  });

  it('reaches the same eval score from the PDFs as from the text', async () => {
    const gold = await mkdtemp(join(tmpdir(), 'zangraph-pdf-gold-'));
    for (const stem of STEMS) await copyFile(join(GOLD_DIR, `${stem}.gold.json`), join(gold, `${stem}.gold.json`));
    const fromText = await evaluate({ gold, docs: CORPUS_DIR });
    const fromPdf = await evaluate({ gold, docs: CORPUS_DIR, extract: (path) => extractFile(pdf(basename(path).replace(/\.txt$/, '.pdf'))) });
    expect(fromPdf.report.overall).toEqual(fromText.report.overall);
    expect(fromPdf.report.overall.tp).toBeGreaterThan(200);
  });
});

describe('PDFs laid out as word processors lay out acts (scripts/make-pdf-layout-fixtures.ts)', () => {
  const LAYOUTS = join(FIXTURES, 'layouts');

  it('every fact of the gold, whatever the layout: justified, centred headings, the stamp at the right, per-word items, running headers', async () => {
    const { mismatches, report } = await mismatchesAgainstGold(LAYOUTS);
    expect(mismatches).toEqual([]);
    expect(Object.keys(report.documents)).toHaveLength(9);
    expect(report.overall.tp).toBeGreaterThan(400);
  }, 60_000);

  it('a justified line is one space between words, however the line stretches them', async () => {
    const doc = await readDocument(join(LAYOUTS, 'docs', '02_karaganda_2019_ru__reflow-justify.pdf'));
    expect(doc.source).toContain('области от 28 сентября 2015 года № 55/01 «Об утверждении');
    expect(doc.source).not.toMatch(/\p{L} {2,}\p{L}/u);
  });

  it('the approval stamp set at the top right reads as one block', async () => {
    const r = await extractFile(join(LAYOUTS, 'docs', '03_zhambyl_2015_ru__stamp-right.pdf'));
    expect(r.reglaments.length).toBeGreaterThan(0);
    for (const g of r.reglaments) expect(g.approvedBy).toBe(r.reglaments[0]!.approvedBy);
    expect(r.reglaments[0]!.approvedBy).toMatch(/^akimat\|zhambyl\|/);
  });
});

describe('bad PDFs get a clear reason', () => {
  it('a truncated PDF', async () => {
    const bytes = await readFile(pdf('004_175c6b83b6895c2f.pdf'));
    await expect(readBytes('cut.pdf', bytes.subarray(0, 2000))).rejects.toThrow(/^cut\.pdf: corrupt or truncated PDF/);
  });

  it('garbage behind a PDF header', async () => {
    await expect(readBytes('junk.pdf', new TextEncoder().encode('%PDF-1.7\nthis is not a PDF at all\n'))).rejects.toThrow(/^junk\.pdf: corrupt or truncated PDF/);
  });

  it('a password-protected PDF', async () => {
    await expect(readDocument(pdf('encrypted.pdf'))).rejects.toThrow(/encrypted\.pdf: PDF is encrypted \(password-protected\)/);
  });

  it('a PDF with no text layer', async () => {
    await expect(readDocument(pdf('no-text-layer.pdf'))).rejects.toThrow(/no-text-layer\.pdf: PDF has no text layer \(scanned image\?\); OCR is not supported/);
  });
});
