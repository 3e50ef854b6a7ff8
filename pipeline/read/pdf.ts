/**
 * PDF → text layer, with pdf-parse 2.x. (Placeholder: completed by the PDF work.)
 */
import { ReadError } from './index.ts';

export async function pdfToText(path: string, _bytes: Uint8Array): Promise<string> {
  throw new ReadError(path, 'PDF reading is not implemented yet');
}
