/**
 * Writes the bad-input fixtures of tests/fixtures/bad/ (committed; rerun to regenerate):
 * every kind of input a real batch contains besides good acts, each with the outcome it must get.
 * Text fixtures are cut from corpus documents; PDFs are written by pdfkit (a real PDF writer).
 * Usage: npx tsx scripts/make-bad-inputs.ts [out dir]
 */
import PDFDocument from 'pdfkit';
import iconv from 'iconv-lite';
import { createWriteStream, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanPng } from './make-pdf-fixtures-scan.ts';
import { PACKAGE_ROOT as root } from '../pipeline/shared/package-root.ts';

const out = process.argv[2] ?? join(root, 'tests', 'fixtures', 'bad');
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
mkdirSync(out, { recursive: true });

const corpus = (prefix: string) => readFileSync(join(root, 'corpus', `${prefix}.txt`), 'utf8');
const header = corpus('002_e21e414c054581b8').split('\n').slice(0, 20).join('\n').replace(/№/g, 'N');
const w = (name: string, data: string | Uint8Array) => writeFileSync(join(out, name), data);

w('empty.txt', '');
w('whitespace-only.txt', ' \n\t\n   \n');
// A PNG image, renamed .txt.
w('scan.png.txt', scanPng(40, 20));
w('header-cp1251.txt', iconv.encode(header, 'windows-1251'));
w('header-koi8r.txt', iconv.encode(header, 'koi8-r'));
w('header-utf16.txt', iconv.encode(corpus('004_175c6b83b6895c2f').slice(0, 3000), 'utf-16le', { addBOM: true }));
w('not-an-act.txt', 'Прогноз погоды на 5 июня 2020 года: в Уральске солнечно, ветер северо-западный 5 метров в секунду.\nВ Костанае облачно, без осадков.\n');
w('header-without-number.txt', corpus('000_1599c89bdcad9835').slice(0, 1200).replace('от 19 июня 2019 года № \n142.', 'от 19 июня 2019 года.'));

const pdf = (name: string, draw: (doc: PDFKit.PDFDocument) => void, options: PDFKit.PDFDocumentOptions = {}) =>
  new Promise<void>((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 40, info: { CreationDate: new Date(Date.UTC(2024, 0, 1)) }, ...options });
    const s = createWriteStream(join(out, name));
    s.on('finish', () => resolve());
    s.on('error', reject);
    doc.pipe(s);
    doc.font(FONT).fontSize(10);
    draw(doc);
    doc.end();
  });

await pdf('encrypted.pdf', (d) => d.text('Постановление акимата Западно-Казахстанской области'), { userPassword: 'secret-password', ownerPassword: 'owner-password' });
await pdf('scanned.pdf', (d) => d.image(scanPng(), 60, 60, { width: 420 }));
await pdf('whole.pdf', (d) => d.text(header.replace(/N /g, '№ ')));
const whole = readFileSync(join(out, 'whole.pdf'));
rmSync(join(out, 'whole.pdf'));
w('truncated.pdf', whole.subarray(0, Math.floor(whole.length / 3)));
console.log(`wrote the bad inputs to ${out}`);
