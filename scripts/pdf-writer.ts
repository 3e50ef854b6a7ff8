/** Writing a pdfkit document to a file, for the PDF fixture scripts. */
import { createWriteStream } from 'node:fs';
import type PDFDocument from 'pdfkit';

/** Ends the document and resolves once `file` holds all of it. */
export function writePdf(doc: InstanceType<typeof PDFDocument>, file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const stream = createWriteStream(file);
    stream.on('finish', () => resolve());
    stream.on('error', reject);
    doc.pipe(stream);
    doc.end();
  });
}
