/**
 * HTML → plain text with offsets back into the HTML source.
 *
 * Guarantees to the next stage:
 * - only the act's text: the content root is the first <main> (or element with role="main"), else the
 *   <article> holding most text, else <body>; inside it <script>, <style>, <noscript>, <template>,
 *   <nav>, <aside>, form controls, embedded objects, elements marked `hidden` or aria-hidden="true" and
 *   navigation landmarks (role="navigation", "complementary", "search") are left out; when the root is
 *   <body>, the site's <header> and <footer> (and role="banner" / "contentinfo") go too; the <head>
 *   never counts;
 * - one output line per block element (paragraph, heading, div, list item, table row, ...) and per
 *   <br>; within a line, runs of white space (no-break spaces included) are one space, as a browser
 *   shows them; <pre> keeps its lines and spaces;
 * - a table reads row by row: one line per row, its cells joined by a space (blocks inside a cell
 *   join by a space too);
 * - an item of an ordered list starts with its number as a browser shows it ("1. ", from `start`);
 * - inline elements (links, emphasis, spans) keep their text in place; entities give the character
 *   they stand for;
 * - every character maps to the source offset it was read from (an entity's character to where the
 *   entity starts; a joining space or line break to the tag or white space it stands for).
 *
 * Parsed by rehype-parse (parse5, the HTML standard's parsing algorithm) into hast, whose nodes
 * carry their source offsets.
 */
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { MappedTextBuilder, type MappedText } from '../shared/mapped-text.ts';

const parser = unified().use(rehypeParse);

/** Never the act's text, wherever they stand. */
const DROPPED_TAGS = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'nav', 'aside', 'button', 'select', 'option',
  'input', 'textarea', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'map',
]);
const DROPPED_ROLES = new Set(['navigation', 'complementary', 'search']);
/** The site's own header and footer: left out when the content root is the whole <body>. */
const SITE_CHROME_TAGS = new Set(['header', 'footer']);
const SITE_CHROME_ROLES = new Set(['banner', 'contentinfo']);

/** Elements that stand on lines of their own. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
]);

const WHITESPACE = /[ \t\n\r\f\u00a0]/;
/** A character reference as the HTML tokenizer reads it (the ";" may be missing). */
const CHARACTER_REFERENCE = /^&(?:#[xX][0-9a-fA-F]+;?|#[0-9]+;?|[A-Za-z][A-Za-z0-9]*;?)/;

function role(el: Element): string {
  const r = el.properties?.role;
  return (Array.isArray(r) ? r.join(' ') : String(r ?? '')).toLowerCase();
}

function isHidden(el: Element): boolean {
  const p = el.properties ?? {};
  return p.hidden === true || p.hidden === '' || String(p.ariaHidden ?? '') === 'true';
}

function* elements(node: Root | Element): Generator<Element> {
  for (const c of node.children) {
    if (c.type !== 'element') continue;
    yield c;
    if (c.tagName !== 'template') yield* elements(c);
  }
}

function textLength(node: Root | ElementContent | RootContent): number {
  if (node.type === 'text') return node.value.trim().length;
  if (node.type !== 'element' && node.type !== 'root') return 0;
  if (node.type === 'element' && (DROPPED_TAGS.has(node.tagName) || DROPPED_ROLES.has(role(node)))) return 0;
  let n = 0;
  for (const c of node.children) n += textLength(c);
  return n;
}

/** The element that holds the act: <main> / role="main", else the fullest <article>, else <body>. */
function contentRoot(tree: Root): { root: Root | Element; isBody: boolean } {
  let body: Element | undefined;
  let bestArticle: Element | undefined;
  let bestLength = -1;
  for (const el of elements(tree)) {
    if (el.tagName === 'main' || role(el) === 'main') return { root: el, isBody: false };
    if (el.tagName === 'body') body ??= el;
    if (el.tagName === 'article') {
      const n = textLength(el);
      if (n > bestLength) [bestArticle, bestLength] = [el, n];
    }
  }
  if (bestArticle && bestLength > 0) return { root: bestArticle, isBody: false };
  return { root: body ?? tree, isBody: true };
}

/** Writes lines, collapsing white space and breaking lines only between non-empty ones. */
class LineWriter {
  readonly out = new MappedTextBuilder();
  private lineHasText = false;
  private pendingSpace = -1;
  /** Inside a table cell, where blocks join by a space. */
  cellDepth = 0;

  space(at: number): void {
    if (this.lineHasText && this.pendingSpace < 0) this.pendingSpace = at;
  }

  char(c: string, at: number): void {
    if (this.pendingSpace >= 0) this.out.insert(' ', this.pendingSpace);
    this.pendingSpace = -1;
    this.out.insert(c, at);
    this.lineHasText = true;
  }

  /** A line break; within a table cell a space. */
  breakLine(at: number): void {
    if (this.cellDepth > 0) return this.space(at);
    if (this.lineHasText) this.out.insert('\n', at);
    this.lineHasText = false;
    this.pendingSpace = -1;
  }
}

/** The source offset of each character of a text node's value (entities decoded, CRLF read as LF). */
function textOffsets(node: Text, source: string): number[] {
  const value = node.value;
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return [];
  const offs: number[] = new Array(value.length);
  let p = start;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    const ref = source[p] === '&' ? CHARACTER_REFERENCE.exec(source.slice(p, p + 40)) : null;
    // A "&" the parser left as it is (no reference follows) is the character itself.
    const literal = !ref || (c === '&' && value[i + 1] === source[p + 1]);
    if (p < end && source[p] === c && literal) {
      offs[i] = p++;
      continue;
    }
    if (c === '\n' && source[p] === '\r') {
      offs[i] = p;
      p += source[p + 1] === '\n' ? 2 : 1;
      continue;
    }
    offs[i] = Math.min(p, Math.max(start, end - 1));
    if (literal) continue;
    // A character outside the BMP is two UTF-16 units, both standing where the reference starts.
    if (i + 1 < value.length && /[\ud800-\udbff]/.test(c)) offs[++i] = p;
    p += ref[0].length;
  }
  return offs;
}

export function htmlToText(source: string): MappedText {
  const tree = parser.parse(source) as Root;
  const { root, isBody } = contentRoot(tree);
  const w = new LineWriter();
  const startOf = (n: Element) => n.position?.start.offset ?? 0;
  const endOf = (n: Element) => n.position?.end.offset ?? startOf(n);
  let preDepth = 0;

  const dropped = (el: Element): boolean =>
    DROPPED_TAGS.has(el.tagName) || DROPPED_ROLES.has(role(el)) || isHidden(el)
    || (isBody && (SITE_CHROME_TAGS.has(el.tagName) || SITE_CHROME_ROLES.has(role(el))));

  const text = (node: Text) => {
    const offs = textOffsets(node, source);
    const v = node.value;
    for (let i = 0; i < v.length; i++) {
      const c = v[i]!;
      if (preDepth > 0 && c === '\n') w.breakLine(offs[i]!);
      else if (preDepth === 0 && WHITESPACE.test(c)) w.space(offs[i]!);
      else w.char(c === '\u00a0' ? ' ' : c, offs[i]!);
    }
  };

  const walk = (node: Root | Element) => {
    const counter = { n: 1 };
    if (node.type === 'element' && node.tagName === 'ol') counter.n = Number(node.properties?.start ?? 1) || 1;
    for (const c of node.children) {
      if (c.type === 'text') text(c);
      else if (c.type === 'element') {
        if (dropped(c)) continue;
        element(c, node.type === 'element' && node.tagName === 'ol' && c.tagName === 'li' ? counter.n++ : undefined);
      }
    }
  };

  const element = (el: Element, itemNumber?: number) => {
    const tag = el.tagName;
    if (tag === 'br') return w.breakLine(startOf(el));
    if (tag === 'td' || tag === 'th') {
      w.space(startOf(el));
      w.cellDepth++;
      walk(el);
      w.cellDepth--;
      return w.space(endOf(el));
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) w.breakLine(startOf(el));
    if (itemNumber !== undefined) for (const c of `${itemNumber}. `) c === ' ' ? w.space(startOf(el)) : w.char(c, startOf(el));
    if (tag === 'pre') preDepth++;
    walk(el);
    if (tag === 'pre') preDepth--;
    if (block) w.breakLine(endOf(el));
  };

  if (root.type === 'element') element(root);
  else walk(root);
  return w.out.build(source.length);
}
