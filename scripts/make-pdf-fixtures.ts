/**
 * Writes PDF fixtures made from corpus text by a real PDF writer (pdfkit, DejaVu Sans for Cyrillic
 * and Kazakh letters): each source line becomes a line of the PDF, its leading indentation kept, so
 * the PDF's text layer has the structure the normalizer expects of adilet PDFs.
 * Usage: npx tsx scripts/make-pdf-fixtures.ts [out dir]   (default tests/fixtures/pdf)
 * Also writes bad PDFs for the error tests: encrypted, no text layer.
 */
import PDFDocument from 'pdfkit';
import { writePdf } from './pdf-writer.ts';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { scanPng } from './make-pdf-fixtures-scan.ts';
import { fromPackage } from '../pipeline/shared/package-root.ts';

const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
/** Average glyph width of DejaVu Sans at 9 pt, in points. */
const CHAR_WIDTH = 5.2;
const out = process.argv[2] ?? fromPackage('tests', 'fixtures', 'pdf');
const corpus = fromPackage('corpus');

if (!existsSync(FONT)) {
  console.error(`${FONT} is missing: apt-get install -y fonts-dejavu-core`);
  process.exit(1);
}
mkdirSync(out, { recursive: true });

function newDoc(options: PDFKit.PDFDocumentOptions = {}): PDFKit.PDFDocument {
  // A fixed creation date keeps the files byte-stable between runs.
  const doc = new PDFDocument({ size: 'A4', margin: 40, compress: true, info: { CreationDate: new Date(Date.UTC(2024, 0, 1)) }, ...options });
  doc.font(FONT).fontSize(9);
  return doc;
}

async function fromText(source: string, file: string): Promise<void> {
  const doc = newDoc();
  const lineHeight = 11;
  let y = 40;
  for (const line of readFileSync(source, 'utf8').split('\n')) {
    // Indentation is a horizontal offset, as in adilet's PDFs (one space = one average glyph width).
    const indent = /^ */.exec(line)![0].length;
    const text = line.slice(indent).trimEnd();
    if (text) doc.text(text, 40 + indent * CHAR_WIDTH, y, { lineBreak: false });
    y += lineHeight;
    if (y > 800) {
      doc.addPage();
      y = 40;
    }
  }
  await writePdf(doc, file);
}

const wanted = (process.env.PDF_FIXTURES ?? '000,004').split(',');
for (const f of readdirSync(corpus).filter((x) => wanted.some((w) => x.startsWith(w)) && x.endsWith('.txt'))) {
  const target = join(out, basename(f, '.txt') + '.pdf');
  await fromText(join(corpus, f), target);
  console.log(`wrote ${target}`);
}

// An encrypted PDF and a PDF with no text layer, for the error tests.
const enc = newDoc({ userPassword: 'secret-password', ownerPassword: 'owner-password' });
enc.text('Постановление акимата');
await writePdf(enc, join(out, 'encrypted.pdf'));
const scan = newDoc();
// A scan: a page image (and a vector frame), no text.
scan.image(scanPng(), 60, 60, { width: 420 });
scan.rect(50, 50, 440, 620).stroke('#777777');
await writePdf(scan, join(out, 'no-text-layer.pdf'));
console.log(`wrote ${join(out, 'encrypted.pdf')}, ${join(out, 'no-text-layer.pdf')}`);
