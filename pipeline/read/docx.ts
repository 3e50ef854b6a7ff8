/**
 * DOCX (Office Open XML) → the document's text.
 *
 * Guarantees to the next stage:
 * - the body's paragraphs in document order, one line each; a paragraph's runs joined as Word shows
 *   them (a tab is a space, a manual line break starts a new line, soft hyphens and field codes go);
 * - a paragraph of an automatically numbered list starts with its number as Word shows it ("1)",
 *   "а)", "II.", from the list's level format, start value and counters; bullets give no text);
 * - a table reads row by row: one line per row, its cells' paragraphs joined by a space;
 * - page headers and footers, footnotes, comments, deleted revisions, drawings and text boxes are left
 *   out (they are parts or elements other than the body's text);
 * - this text is the document's `source`: provenance offsets point into it, not into the XML.
 *
 * The package is unzipped with fflate and its XML parts parsed with @xmldom/xmldom.
 */
import { unzipSync } from 'fflate';
import { DOMParser, type Element as XmlElement, type Node as XmlNode } from '@xmldom/xmldom';
import { isZip } from './kinds.ts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export const DOCX_BODY_PART = 'word/document.xml';
const PARTS = new Set([DOCX_BODY_PART, 'word/numbering.xml', 'word/styles.xml']);

/** The body, numbering and styles parts of a ZIP package, or null when it is not a Word document. */
export function wordParts(bytes: Uint8Array): Map<string, string> | null {
  if (!isZip(bytes)) return null;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => PARTS.has(f.name) });
  } catch {
    return null;
  }
  if (!files[DOCX_BODY_PART]) return null;
  const decoder = new TextDecoder('utf-8');
  return new Map(Object.entries(files).map(([name, data]) => [name, decoder.decode(data)]));
}

const children = (el: XmlElement): XmlElement[] => {
  const out: XmlElement[] = [];
  for (let n: XmlNode | null = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as XmlElement);
  return out;
};
const isW = (el: XmlElement, name: string) => el.namespaceURI === W && el.localName === name;
const child = (el: XmlElement | undefined, name: string) => (el ? children(el).find((c) => isW(c, name)) : undefined);
const wAttr = (el: XmlElement | undefined, name: string) => el?.getAttributeNS(W, name) ?? el?.getAttribute(`w:${name}`) ?? null;

function parseXml(xml: string): XmlElement {
  return new DOMParser().parseFromString(xml, 'application/xml').documentElement as unknown as XmlElement;
}

interface Level {
  start: number;
  format: string;
  text: string;
  suffix: string;
}

const ROMAN: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
const roman = (n: number) => ROMAN.reduce((s, [v, r]) => { for (; n >= v; n -= v) s += r; return s; }, '');
/** Word's Russian letter numbering skips ё, й, ъ, ы, ь. */
const RUSSIAN_LETTERS = 'абвгдежзиклмнопрстуфхцчшщэюя';
const letters = (n: number, alphabet: string) => alphabet[(n - 1) % alphabet.length]!.repeat(Math.floor((n - 1) / alphabet.length) + 1);

/** A counter written in a level's number format (Word's numFmt values). */
function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter': return letters(n, 'abcdefghijklmnopqrstuvwxyz');
    case 'upperLetter': return letters(n, 'abcdefghijklmnopqrstuvwxyz').toUpperCase();
    case 'lowerRoman': return roman(n);
    case 'upperRoman': return roman(n).toUpperCase();
    case 'russianLower': return letters(n, RUSSIAN_LETTERS);
    case 'russianUpper': return letters(n, RUSSIAN_LETTERS).toUpperCase();
    case 'decimalZero': return String(n).padStart(2, '0');
    case 'none': return '';
    default: return String(n);
  }
}

/** Word's list numbering: the levels of each list instance and its running counters. */
class Numbering {
  private readonly levels = new Map<string, Map<number, Level>>();
  private readonly counters = new Map<string, number[]>();
  readonly styleNumbering = new Map<string, { numId: string; ilvl: number }>();

  constructor(numberingXml: string | undefined, stylesXml: string | undefined) {
    if (numberingXml) this.readNumbering(parseXml(numberingXml));
    if (stylesXml) {
      for (const style of children(parseXml(stylesXml)).filter((s) => isW(s, 'style'))) {
        const numPr = child(child(style, 'pPr'), 'numPr');
        const numId = wAttr(child(numPr, 'numId'), 'val');
        if (numId) this.styleNumbering.set(wAttr(style, 'styleId') ?? '', { numId, ilvl: Number(wAttr(child(numPr, 'ilvl'), 'val') ?? 0) });
      }
    }
  }

  private readNumbering(root: XmlElement): void {
    const abstract = new Map<string, Map<number, Level>>();
    const readLevels = (el: XmlElement, into: Map<number, Level>) => {
      for (const lvl of children(el).filter((c) => isW(c, 'lvl'))) {
        into.set(Number(wAttr(lvl, 'ilvl') ?? 0), {
          start: Number(wAttr(child(lvl, 'start'), 'val') ?? 1),
          format: wAttr(child(lvl, 'numFmt'), 'val') ?? 'decimal',
          text: wAttr(child(lvl, 'lvlText'), 'val') ?? '',
          suffix: wAttr(child(lvl, 'suff'), 'val') ?? 'tab',
        });
      }
    };
    for (const el of children(root)) {
      if (isW(el, 'abstractNum')) {
        const levels = new Map<number, Level>();
        readLevels(el, levels);
        abstract.set(wAttr(el, 'abstractNumId') ?? '', levels);
      }
    }
    for (const el of children(root).filter((c) => isW(c, 'num'))) {
      const levels = new Map(abstract.get(wAttr(child(el, 'abstractNumId'), 'val') ?? '') ?? []);
      for (const override of children(el).filter((c) => isW(c, 'lvlOverride'))) {
        const ilvl = Number(wAttr(override, 'ilvl') ?? 0);
        const lvl = child(override, 'lvl');
        if (lvl) readLevels(override, levels);
        const start = wAttr(child(override, 'startOverride'), 'val');
        const base = levels.get(ilvl);
        if (start !== null && base) levels.set(ilvl, { ...base, start: Number(start) });
      }
      this.levels.set(wAttr(el, 'numId') ?? '', levels);
    }
  }

  /** The marker of the next paragraph of list `numId` at level `ilvl` ("" for bullets and no list). */
  next(numId: string, ilvl: number): string {
    const levels = this.levels.get(numId);
    const level = levels?.get(ilvl);
    if (!levels || !level) return '';
    const counts = this.counters.get(numId) ?? [];
    this.counters.set(numId, counts);
    counts[ilvl] = counts[ilvl] === undefined ? level.start : counts[ilvl]! + 1;
    counts.length = ilvl + 1; // deeper levels start again
    if (level.format === 'bullet') return '';
    const marker = level.text.replace(/%([1-9])/g, (_, k: string) => {
      const i = Number(k) - 1;
      const l = levels.get(i);
      return l ? formatNumber(counts[i] ?? l.start, l.format) : '';
    });
    return marker === '' ? '' : marker + (level.suffix === 'nothing' ? '' : ' ');
  }
}

/** Elements whose text is not the body's visible text. */
const SKIPPED = new Set(['delText', 'instrText', 'delInstrText', 'drawing', 'pict', 'object', 'footnoteReference', 'endnoteReference', 'commentReference', 'pPr', 'rPr', 'sectPr', 'tblPr', 'trPr', 'tcPr']);

export function docxToText(parts: Map<string, string>): string {
  const body = child(parseXml(parts.get(DOCX_BODY_PART)!), 'body');
  if (!body) return '';
  const numbering = new Numbering(parts.get('word/numbering.xml'), parts.get('word/styles.xml'));
  const lines: string[] = [];

  const runText = (el: XmlElement, out: string[]): void => {
    for (const c of children(el)) {
      if (c.namespaceURI !== W) {
        // Markup compatibility: a choice and its fallback hold the same content; neither is the body's text.
        if (c.localName !== 'AlternateContent') runText(c, out);
        continue;
      }
      const name = c.localName ?? '';
      if (SKIPPED.has(name)) continue;
      if (name === 't') out.push((c.textContent ?? '').replace(/\t/g, ' '));
      else if (name === 'tab' || name === 'ptab') out.push(' ');
      else if (name === 'br' || name === 'cr') out.push(wAttr(c, 'type') === 'page' || wAttr(c, 'type') === 'column' ? ' ' : '\n');
      else if (name === 'noBreakHyphen') out.push('-');
      else if (name !== 'softHyphen') runText(c, out);
    }
  };

  const paragraph = (p: XmlElement): string => {
    const pPr = child(p, 'pPr');
    const numPr = child(pPr, 'numPr');
    let list: { numId: string; ilvl: number } | undefined;
    const numId = wAttr(child(numPr, 'numId'), 'val');
    if (numId) list = { numId, ilvl: Number(wAttr(child(numPr, 'ilvl'), 'val') ?? 0) };
    else list = numbering.styleNumbering.get(wAttr(child(pPr, 'pStyle'), 'val') ?? '');
    const out: string[] = [];
    runText(p, out);
    const text = out.join('');
    // numId 0 means "no numbering"; an empty paragraph takes no number in Word's display either.
    const marker = list && list.numId !== '0' && text.trim() !== '' ? numbering.next(list.numId, list.ilvl) : '';
    return marker + text;
  };

  const cellText = (tc: XmlElement): string => block(tc).map((l) => l.trim()).filter(Boolean).join(' ');

  function block(container: XmlElement): string[] {
    const out: string[] = [];
    for (const el of children(container)) {
      if (isW(el, 'p')) out.push(paragraph(el));
      else if (isW(el, 'tbl')) {
        for (const tr of children(el).filter((c) => isW(c, 'tr'))) {
          const cells = children(tr).flatMap((c) => (isW(c, 'tc') ? [c] : isW(c, 'sdt') ? children(child(c, 'sdtContent') ?? c).filter((x) => isW(x, 'tc')) : []));
          out.push(cells.map(cellText).filter(Boolean).join(' '));
        }
      } else if (isW(el, 'sdt')) {
        const content = child(el, 'sdtContent');
        if (content) out.push(...block(content));
      } else if (isW(el, 'customXml') || isW(el, 'ins')) out.push(...block(el));
    }
    return out;
  }

  lines.push(...block(body));
  return lines.join('\n');
}
