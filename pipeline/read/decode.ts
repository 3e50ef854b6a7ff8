/**
 * Bytes → text, for everything that is not a PDF.
 *
 * Guarantees: the returned text has no BOM; it was decoded from UTF-8 (with or without BOM),
 * UTF-16 LE/BE (with BOM), Windows-1251 or KOI8-R; anything else is refused with a ReadError naming
 * what was seen (a known binary format, or the encoding chardet guessed). Decoding is done by
 * iconv-lite; chardet is asked only when the bytes are not UTF-8.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { ReadError } from './read-error.ts';

/** Magic numbers of binary formats people drop into document folders by mistake. */
const BINARY_SIGNATURES: Array<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP archive (or DOCX/XLSX/ODT)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['Microsoft Office legacy document (DOC/XLS)', [0xd0, 0xcf, 0x11, 0xe0]],
  ['RTF document', [0x7b, 0x5c, 0x72, 0x74, 0x66]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['TIFF image', [0x49, 0x49, 0x2a, 0x00]],
  ['7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

const CYRILLIC_ENCODINGS = new Set(['windows-1251', 'koi8-r', 'iso-8859-5', 'ibm866', 'x-mac-cyrillic', 'koi8-u']);

/**
 * Share of lowercase Cyrillic letters among the non-ASCII characters: Russian prose is mostly
 * lowercase letters; a wrong code page turns them into capitals, symbols or box-drawing characters.
 */
function lowercaseShare(text: string): number {
  const nonAscii = text.match(/[^\x00-\x7f]/gu) ?? [];
  if (nonAscii.length === 0) return 0;
  return nonAscii.filter((c) => /\p{Script=Cyrillic}/u.test(c) && c === c.toLowerCase() && c !== c.toUpperCase()).length / nonAscii.length;
}

export function decodeText(path: string, bytes: Uint8Array): { text: string; notes: string[] } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return checked(path, buf.subarray(3).toString('utf8'), ['encoding: utf-8 with BOM']);
  if (buf[0] === 0xff && buf[1] === 0xfe) return checked(path, iconv.decode(buf.subarray(2), 'utf-16le'), ['encoding: utf-16le']);
  if (buf[0] === 0xfe && buf[1] === 0xff) return checked(path, iconv.decode(buf.subarray(2), 'utf-16be'), ['encoding: utf-16be']);
  for (const [name, sig] of BINARY_SIGNATURES) {
    if (startsWith(buf, sig)) throw new ReadError(path, `unsupported format: ${name}; zangraph reads text, Markdown and PDF documents`);
  }
  try {
    return checked(path, new TextDecoder('utf-8', { fatal: true }).decode(buf), []);
  } catch (e) {
    if (e instanceof ReadError) throw e;
  }
  if (buf.includes(0)) throw new ReadError(path, 'unsupported format: binary data (NUL bytes); zangraph reads text, Markdown and PDF documents');
  // Single-byte text: only Cyrillic code pages are read. chardet tells Cyrillic from Latin-1 and the
  // like (whose accented letters would otherwise decode as Cyrillic garbage); DOS CP866 is read as such.
  // Between the code pages Russian texts come in, the one that reads as mostly lowercase letters wins.
  const candidates = ['windows-1251', 'koi8-r', 'cp866'].map((enc) => {
    const text = iconv.decode(buf, enc);
    return { enc, text, score: lowercaseShare(text) };
  });
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0];
  // Cyrillic prose is mostly non-ASCII letters; Latin-1 or CP1252 text has a few accents among ASCII.
  const letters = best.text.match(/\p{L}/gu) ?? [];
  const nonAsciiLetters = letters.filter((c) => c > '\x7f').length / Math.max(1, letters.length);
  const chardetSaysCyrillic = chardet.analyse(buf).slice(0, 3).some((g) => CYRILLIC_ENCODINGS.has(g.name.toLowerCase()));
  if (best.score < 0.5 || (!chardetSaysCyrillic && nonAsciiLetters < 0.5)) {
    const guess = chardet.detect(buf) ?? 'unknown';
    throw new ReadError(path, `unsupported text encoding (detected: ${guess}); expected UTF-8, UTF-16 with BOM, Windows-1251 or KOI8-R`);
  }
  return checked(path, best.text, [`encoding: ${best.enc}`]);
}

function checked(path: string, text: string, notes: string[]): { text: string; notes: string[] } {
  if (text.includes('\u0000')) throw new ReadError(path, 'unsupported format: binary data (NUL bytes); zangraph reads text, Markdown and PDF documents');
  return { text, notes };
}
