/**
 * Bytes → text. UTF-8 (with or without BOM) for now; the bad-input issue extends this with
 * detection of UTF-16 and single-byte Cyrillic code pages.
 */
import { ReadError } from './index.ts';

export function decodeText(path: string, bytes: Uint8Array): { text: string; notes: string[] } {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
    if (text.includes('\u0000')) throw new ReadError(path, 'binary content (NUL bytes), not a text, Markdown or PDF document');
    return { text, notes: start ? ['utf-8 with BOM'] : [] };
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError(path, 'not valid UTF-8 text and not a PDF');
  }
}
