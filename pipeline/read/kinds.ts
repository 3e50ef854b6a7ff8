/**
 * What kind of document a file holds, told from its first bytes or characters (and its name for
 * HTML) without loading any reader: the HTML and DOCX readers are loaded only for files that need them.
 */

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** A ZIP package: a DOCX when it holds a Word body part (docx.ts checks). */
export const isZip = (bytes: Uint8Array): boolean => startsWith(bytes, ZIP_MAGIC);

/** Binary Word and RTF files, which are read only after conversion. */
const LEGACY_WORD: Array<[number[], string]> = [
  [[0xd0, 0xcf, 0x11, 0xe0], 'a binary Word (.doc) or other legacy Office file is not read: save it as .docx (Word: File > Save As > Word Document), or as plain text or PDF'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document is not read: save it as .docx (Word: File > Save As > Word Document), or as plain text or PDF'],
];

/** Why a binary Word or RTF file cannot be read, or null when it is neither. */
export function legacyWordReason(bytes: Uint8Array): string | null {
  for (const [magic, reason] of LEGACY_WORD) if (startsWith(bytes, magic)) return reason;
  return null;
}

const HTML_EXTENSION = /\.(?:html?|xhtml)$/i;
/** A document that opens (after white space and comments) with a doctype or an html, head or body tag. */
const HTML_DOCUMENT_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i;

/** Whether a file is HTML: by its extension or by how its text opens, whatever its name. */
export function isHtml(path: string, text: string): boolean {
  return HTML_EXTENSION.test(path) || HTML_DOCUMENT_START.test(text.slice(0, 4096));
}
