/**
 * Bytes → text, for everything that is not a PDF.
 *
 * Guarantees: the returned text has no BOM; it was decoded from UTF-8 (with or without BOM),
 * UTF-16 LE/BE (with a BOM, or without one told by its zero bytes), Windows-1251, KOI8-R or CP866
 * (told apart by letter statistics that hold in either case); an invalid UTF-8 sequence or lone
 * UTF-16 surrogate becomes U+FFFD in the text (which provenance spans point into) with a warning
 * naming its byte offset; anything else is refused with a ReadError naming
 * what was seen (a known binary format, or the encoding chardet guessed). Decoding is done by
 * iconv-lite; chardet is asked only when the bytes are not UTF-8.
 */
import { isUtf8 } from 'node:buffer';
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

/** The vowels of Russian and Kazakh: about 43 % of the letters of their prose in either case. */
const CYRILLIC_VOWEL = /[аеёиоуыэюяәіөүұ]/u;
const EXPECTED_VOWEL_SHARE = 0.43;

/**
 * How much a decoding reads like Russian or Kazakh prose, from statistics that do not depend on
 * letter case (an all-caps text reads as well as a lowercase one): the share of Cyrillic letters
 * among the non-ASCII characters (a wrong code page turns letters into symbols or box drawing),
 * less the distance of the vowel share from the languages' (a wrong code page that keeps letters
 * letters permutes them, and vowels become consonants).
 */
function cyrillicScore(text: string): { letters: number; score: number } {
  let nonAscii = 0;
  let cyrillic = 0;
  let vowels = 0;
  for (const c of text) {
    if (c <= '\x7f') continue;
    nonAscii++;
    if (!/\p{Script=Cyrillic}/u.test(c)) continue;
    cyrillic++;
    if (CYRILLIC_VOWEL.test(c.toLowerCase())) vowels++;
  }
  if (nonAscii === 0 || cyrillic === 0) return { letters: 0, score: 0 };
  const letters = cyrillic / nonAscii;
  return { letters, score: letters - 2 * Math.abs(vowels / cyrillic - EXPECTED_VOWEL_SHARE) };
}

/** A file's text and what reading it noted; `warnings` are worth the user's attention. */
export interface DecodedText {
  text: string;
  notes: string[];
  warnings: string[];
}

export function decodeText(path: string, bytes: Uint8Array): DecodedText {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return utf8(path, buf.subarray(3), 3, ['encoding: utf-8 with BOM']);
  if (buf[0] === 0xff && buf[1] === 0xfe) return utf16(path, buf.subarray(2), 'utf-16le', 2, ['encoding: utf-16le']);
  if (buf[0] === 0xfe && buf[1] === 0xff) return utf16(path, buf.subarray(2), 'utf-16be', 2, ['encoding: utf-16be']);
  for (const [name, sig] of BINARY_SIGNATURES) {
    if (startsWith(buf, sig)) throw new ReadError(path, `unsupported format: ${name}; zangraph reads text, Markdown and PDF documents`);
  }
  const withoutBom = utf16WithoutBom(buf);
  if (withoutBom) return utf16(path, buf, withoutBom, 0, [`encoding: ${withoutBom} (no byte order mark)`]);
  const invalid = invalidUtf8(buf);
  if (invalid.length === 0 || mostlyUtf8(buf, invalid.length)) return utf8(path, buf, 0, [], invalid);
  if (buf.includes(0)) throw new ReadError(path, 'unsupported format: binary data (NUL bytes); zangraph reads text, Markdown and PDF documents');
  // Single-byte text: only Cyrillic code pages are read. chardet tells Cyrillic from Latin-1 and the
  // like (whose accented letters would otherwise decode as Cyrillic garbage); DOS CP866 is read as such.
  // Between the code pages Russian texts come in, the one that reads most like prose wins.
  const candidates = ['windows-1251', 'koi8-r', 'cp866'].map((enc) => {
    const text = iconv.decode(buf, enc);
    return { enc, text, ...cyrillicScore(text) };
  });
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0]!;
  // Cyrillic prose is mostly non-ASCII letters; Latin-1 or CP1252 text has a few accents among ASCII.
  const letters = best.text.match(/\p{L}/gu) ?? [];
  const nonAsciiLetters = letters.filter((c) => c > '\x7f').length / Math.max(1, letters.length);
  const chardetSaysCyrillic = chardet.analyse(buf).slice(0, 3).some((g) => CYRILLIC_ENCODINGS.has(g.name.toLowerCase()));
  if (best.letters < 0.5 || (!chardetSaysCyrillic && nonAsciiLetters < 0.5)) {
    const guess = chardet.detect(buf) ?? 'unknown';
    throw new ReadError(path, `unsupported text encoding (detected: ${guess}); expected UTF-8, UTF-16, Windows-1251 or KOI8-R`);
  }
  return checked(path, { text: best.text, notes: [`encoding: ${best.enc}`], warnings: [] });
}

/** Valid multi-byte UTF-8 characters per invalid sequence at or above which a file is damaged UTF-8,
 * not another encoding: single-byte Cyrillic text is invalid UTF-8 at nearly every letter. */
const DAMAGED_UTF8_VALID_PER_INVALID = 10;

/**
 * The byte offsets where a UTF-8 decoder meets an invalid sequence (a stray byte, a truncated or
 * overlong sequence, an encoded surrogate), in one pass.
 */
function invalidUtf8(buf: Buffer): number[] {
  // Valid text (nearly every file) is told by Node's native check; the byte-by-byte pass finds the offsets.
  if (isUtf8(buf)) return [];
  const out: number[] = [];
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let min = 0;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) (need = 2), (min = 0x800);
    else if (b >= 0xf0 && b <= 0xf4) (need = 3), (min = 0x10000);
    else {
      out.push(i++);
      continue;
    }
    let cp = b & (0x3f >> need);
    let j = 1;
    for (; j <= need && i + j < buf.length && (buf[i + j]! & 0xc0) === 0x80; j++) cp = (cp << 6) | (buf[i + j]! & 0x3f);
    if (j <= need) {
      // A truncated sequence: its lead and the continuation bytes it has are one replacement.
      out.push(i);
      i += j;
      continue;
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      // Overlong, out of range or a surrogate: each byte is replaced on its own.
      out.push(i++);
      continue;
    }
    i += need + 1;
  }
  return out;
}

/** Whether text with this many invalid sequences is UTF-8 with damage rather than another encoding. */
function mostlyUtf8(buf: Buffer, invalid: number): boolean {
  let leads = 0;
  for (const b of buf) if (b >= 0xc2 && b <= 0xf4) leads++;
  // Every invalid sequence holds at most one lead byte: the rest lead valid characters.
  return leads - invalid >= invalid * DAMAGED_UTF8_VALID_PER_INVALID;
}

/** UTF-8 (`offset`: bytes before `buf` in the file): each invalid sequence becomes U+FFFD, with a
 * warning naming its byte offset. */
function utf8(path: string, buf: Buffer, offset: number, notes: string[], invalid = invalidUtf8(buf)): DecodedText {
  const text = buf.toString('utf8');
  const warnings = invalid.length === 0 ? [] : [invalidBytesWarning('UTF-8 sequence', invalid.map((o) => o + offset))];
  return checked(path, { text, notes: invalid.length ? [...notes, 'encoding: utf-8 (damaged)'] : notes, warnings });
}

/** A lone surrogate in UTF-16 text: a high one not followed by a low one, or a low one alone. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** UTF-16: each lone surrogate becomes U+FFFD (one code unit for one, so offsets stay), with a warning
 * naming its byte offset. */
function utf16(path: string, buf: Buffer, enc: 'utf-16le' | 'utf-16be', offset: number, notes: string[]): DecodedText {
  const decoded = iconv.decode(buf, enc);
  const lone: number[] = [];
  const text = decoded.replace(LONE_SURROGATE, (_, at: number) => {
    lone.push(offset + 2 * at);
    return '\ufffd';
  });
  return checked(path, { text, notes, warnings: lone.length ? [invalidBytesWarning('UTF-16 unit (lone surrogate)', lone)] : [] });
}

function invalidBytesWarning(what: string, offsets: number[]): string {
  const shown = offsets.slice(0, 10).join(', ') + (offsets.length > 10 ? `, … (${offsets.length} in all)` : '');
  return `invalid ${what} replaced by U+FFFD at byte offset${offsets.length > 1 ? 's' : ''} ${shown}`;
}

/** Share of the two-byte units whose one byte is zero or the Cyrillic block's 0x04, above which a file
 * without a BOM is UTF-16: text of one script keeps one byte of each unit nearly constant. */
const UTF16_HIGH_BYTE_SHARE = 0.9;

/**
 * UTF-16 without a byte order mark, told by where its zero bytes are: ASCII characters (spaces, digits,
 * line breaks) put a zero in every other byte, always on the same side (the high byte), and Cyrillic
 * letters put 0x04 there. Little-endian when that side is the odd bytes.
 */
function utf16WithoutBom(buf: Buffer): 'utf-16le' | 'utf-16be' | null {
  // Without a zero byte no side has one (told natively, without the byte-by-byte count).
  if (buf.length < 4 || buf.length % 2 !== 0 || !buf.includes(0)) return null;
  const zeros = [0, 0];
  const high = [0, 0];
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i]!;
    if (b === 0) zeros[i % 2]!++;
    if (b === 0 || b === 0x04) high[i % 2]!++;
  }
  const units = buf.length / 2;
  for (const side of [1, 0] as const) {
    const other = 1 - side;
    if (zeros[side]! > 0 && zeros[other] === 0 && high[side]! >= units * UTF16_HIGH_BYTE_SHARE) return side === 1 ? 'utf-16le' : 'utf-16be';
  }
  return null;
}

function checked(path: string, decoded: DecodedText): DecodedText {
  if (decoded.text.includes('\u0000')) throw new ReadError(path, 'unsupported format: binary data (NUL bytes); zangraph reads text, Markdown and PDF documents');
  return decoded;
}
