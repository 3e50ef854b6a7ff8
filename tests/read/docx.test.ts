/**
 * The DOCX reader: the five corpus documents as Word files (tests/fixtures/docx/, made by
 * scripts/make-web-word-fixtures.ts) give the facts of their gold with provenance into the reader's
 * text; page headers, footers and comments are left out, Word's automatic numbering is written out,
 * tables read row by row; binary Word and RTF files are refused with what to convert them to.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../pipeline/eval/run.ts';
import { extractFile } from '../../pipeline/extract-file.ts';
import { readBytes, readDocument } from '../../pipeline/read/index.ts';
import { collectSpans } from '../helpers/spans.ts';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'docx');
const DOCS = readdirSync(join(DIR, 'docs')).filter((f) => f.endsWith('.docx')).sort();

async function docxBytes(doc: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('acts as Word files', () => {
  it('each of the five gives the facts of its gold (F1 >= 0.98)', async () => {
    const { report } = await evaluate({ gold: join(DIR, 'gold'), docs: join(DIR, 'docs') });
    expect(Object.keys(report.documents).sort()).toEqual(DOCS);
    for (const [doc, r] of Object.entries(report.documents)) expect(r.f1, doc).toBeGreaterThanOrEqual(0.98);
    expect(report.overall.tp).toBeGreaterThan(700);
  }, 120_000);

  for (const file of DOCS) {
    it(`${file}: every fact quotes the reader's text; header, footer and comment left out`, async () => {
      const path = join(DIR, 'docs', file);
      const doc = await readDocument(path);
      expect(doc.format).toBe('docx');
      const result = await extractFile(path);
      const spans = collectSpans(result);
      expect(spans.length).toBeGreaterThan(10);
      const wrong = spans.filter(([, s]) => doc.source.slice(s.start, s.end) !== s.quote || s.quote.trim() === '');
      expect(wrong).toEqual([]);
      // The fixture's page header, footer and comment.
      expect(doc.source).not.toMatch(/Информационно-правовая система|Страница|Проверить редакцию|Редактор/);
    });
  }

  it('writes out the numbers Word generates for its "1)" lists', async () => {
    const path = join(DIR, 'docs', '000_1599c89bdcad9835.docx');
    const xml = new TextDecoder().decode(unzipSync(readFileSync(path))['word/document.xml']!);
    // The fixture holds numbered paragraphs whose runs do not carry the number.
    expect((xml.match(/<w:numPr>/g) ?? []).length).toBeGreaterThan(10);
    const result = await extractFile(path);
    const steps = result.reglaments.flatMap((g) => g.procedures.flatMap((p) => p.steps));
    expect(steps.length).toBeGreaterThan(20);
    const numbered = steps.filter((s) => /^\d+\) /.test(s.evidence.step.quote));
    expect(numbered.length).toBeGreaterThan(10);
    for (const p of result.reglaments.flatMap((g) => g.procedures)) expect(p.steps.map((s) => s.n)).toEqual(p.steps.map((_, i) => i + 1));
  });

  it('numbers levels, restarts deeper levels and other formats as Word shows them', async () => {
    const doc = new Document({
      numbering: {
        config: [{
          reference: 'n',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 3, alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2)', start: 1, alignment: AlignmentType.LEFT },
            { level: 2, format: LevelFormat.LOWER_LETTER, text: '%3)', start: 1, alignment: AlignmentType.LEFT },
          ],
        }, { reference: 'b', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT }] }],
      },
      sections: [{
        children: [
          new Paragraph({ numbering: { reference: 'n', level: 0 }, children: [new TextRun('Общие положения')] }),
          new Paragraph({ numbering: { reference: 'n', level: 1 }, children: [new TextRun('прием')] }),
          new Paragraph({ numbering: { reference: 'n', level: 2 }, children: [new TextRun('заявление')] }),
          new Paragraph({ numbering: { reference: 'n', level: 2 }, children: [new TextRun('удостоверение')] }),
          new Paragraph({ numbering: { reference: 'n', level: 1 }, children: [new TextRun('выдача')] }),
          new Paragraph({ numbering: { reference: 'n', level: 0 }, children: [new TextRun('Порядок')] }),
          new Paragraph({ numbering: { reference: 'n', level: 1 }, children: [new TextRun('регистрация')] }),
          new Paragraph({ numbering: { reference: 'b', level: 0 }, children: [new TextRun('пункт списка')] }),
        ],
      }],
    });
    const read = await readBytes('list.docx', await docxBytes(doc));
    expect(read.source.split('\n')).toEqual(['3. Общие положения', '3.1) прием', 'a) заявление', 'b) удостоверение', '3.2) выдача', '4. Порядок', '4.1) регистрация', 'пункт списка']);
  });

  it('reads a table row by row and joins runs, tabs and breaks as Word shows them', async () => {
    const cell = (...texts: string[]) => new TableCell({ children: texts.map((t) => new Paragraph({ children: [new TextRun(t)] })) });
    const doc = new Document({
      sections: [{
        children: [
          new Paragraph({ children: [new TextRun({ text: 'Утвержден ', bold: true }), new TextRun('постановлением'), new TextRun({ text: 'акимата', break: 1 })] }),
          new Table({ rows: [new TableRow({ children: [cell('1'), cell('прием', 'документов')] }), new TableRow({ children: [cell('2'), cell('выдача')] })] }),
          new Paragraph({ children: [new TextRun('Срок'), new TextRun({ text: '\t15 минут' })] }),
        ],
      }],
    });
    const read = await readBytes('table.docx', await docxBytes(doc));
    expect(read.source).toBe('Утвержден постановлением\nакимата\n1 прием документов\n2 выдача\nСрок 15 минут');
  });

  it('refuses binary Word and RTF files, saying what to convert them to', async () => {
    const doc = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(readBytes('act.doc', doc)).rejects.toThrow(/act\.doc: a binary Word \(\.doc\).*save it as \.docx/);
    const rtf = new TextEncoder().encode('{\\rtf1\\ansi Постановление}');
    await expect(readBytes('act.rtf', rtf)).rejects.toThrow(/act\.rtf: an RTF document is not read: save it as \.docx/);
  });

  it('a .docx that is damaged or holds no Word body says so', async () => {
    const bytes = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Текст')] }] })));
    await expect(readBytes('cut.docx', bytes.subarray(0, bytes.length >> 1))).rejects.toThrow(/^cut\.docx: damaged or not a Word document/);
    const { zipSync } = await import('fflate');
    await expect(readBytes('sheet.docx', zipSync({ 'xl/workbook.xml': new Uint8Array([60, 97, 47, 62]) }))).rejects.toThrow(/no word\/document\.xml/);
  });

  it('a ZIP archive that is no Word document keeps its own reason', async () => {
    const { zipSync } = await import('fflate');
    const xlsx = zipSync({ 'xl/workbook.xml': new TextEncoder().encode('<workbook/>') });
    await expect(readBytes('table.xlsx', xlsx)).rejects.toThrow(/unsupported format: ZIP archive/);
  });
});
