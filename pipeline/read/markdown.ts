/**
 * Markdown → plain text with offsets back into the Markdown source.
 *
 * Guarantees to the next stage:
 * - one output line per block (paragraph, heading, code or HTML block, list item paragraph), blocks
 *   joined by "\n"; a soft line break inside a paragraph stays a "\n";
 * - Markdown syntax (emphasis marks, heading hashes, link targets, images, inline HTML) is gone, the
 *   visible text stays (a <br> becomes a space); escapes and entities give the character they stand for;
 * - an ordered or bulleted list item keeps its marker ("1.", "2)", "-") as it is written, so point
 *   numbering survives;
 * - every character maps to the Markdown source offset it was read from (an escaped or entity
 *   character to where its escape or entity starts).
 *
 * Parsed by markdown-it with its strict CommonMark preset: the block structure remark-parse gives, at
 * about eight times the speed, and without remark's per-document closures, which V8 compiled anew for
 * every document (most of a batch's compile time). tests/read/markdown.test.ts checks that the plain
 * text and offsets equal remark-parse's on real documents. markdown-it gives block tokens with line
 * ranges and inline tokens without positions, so offsets are found here: each content line of an
 * inline block is located on its source line, and each inline token in its block's content, in order.
 */
import MarkdownIt from 'markdown-it';
import { MappedTextBuilder, type MappedText } from '../shared/mapped-text.ts';

const parser = new MarkdownIt('commonmark');
// Escapes and entities stay tokens of their own (text_special): their source differs from their text.
parser.core.ruler.disable('text_join');
type Token = ReturnType<typeof parser.parse>[number];

interface SourceLine {
  start: number;
  /** The line without its line ending. */
  text: string;
}

/** The source's lines as markdown-it counts them (it treats \r\n, \r and \n alike). */
function sourceLines(source: string): SourceLine[] {
  const lines: SourceLine[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    lines.push({ start, text: source.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ start, text: source.slice(start) });
  return lines;
}

/** Where a content line (its source line less the block's prefix, maybe less trailing spaces or a
 * closing heading sequence) starts in the source; -1 when it cannot be found. */
function locate(line: SourceLine, content: string): number {
  if (content === '') return line.start + line.text.length;
  if (line.text.endsWith(content)) return line.start + line.text.length - content.length;
  const trimmed = line.text.trimEnd();
  if (trimmed.endsWith(content)) return line.start + trimmed.length - content.length;
  const at = line.text.indexOf(content);
  return at < 0 ? -1 : line.start + at;
}

/** Maps positions in an inline token's content to source offsets. */
class InlineMap {
  private readonly parts: Array<{ from: number; to: number; source: number; fallback: number }> = [];
  private k = 0;

  constructor(content: string, lines: SourceLine[], firstLine: number) {
    let from = 0;
    content.split('\n').forEach((part, i) => {
      const line = lines[Math.min(firstLine + i, lines.length - 1)]!;
      this.parts.push({ from, to: from + part.length, source: locate(line, part), fallback: line.start });
      from += part.length + 1;
    });
  }

  /** The source offset of content position j (a "\n" of the content: the end of its source line). */
  at(j: number): number {
    if (j < this.parts[this.k]!.from) this.k = 0;
    while (this.k + 1 < this.parts.length && j > this.parts[this.k]!.to) this.k++;
    const p = this.parts[this.k]!;
    return p.source < 0 ? p.fallback : p.source + (j - p.from);
  }

  /** Whether content[j, j + n) lies on one located line (its source offsets are consecutive). */
  consecutive(j: number, n: number): boolean {
    this.at(j);
    const p = this.parts[this.k]!;
    return p.source >= 0 && j + n <= p.to;
  }
}

const LEAF_BLOCKS = new Set(['code_block', 'fence', 'html_block']);
const BR = /^<br\s*\/?>$/i;

export function markdownToText(source: string): MappedText {
  const lines = sourceLines(source);
  const tokens = parser.parse(source, {});
  const out = new MappedTextBuilder();
  // How far along each source line markers were consumed (nested list items share a line).
  const lineCursor = new Map<number, number>();

  const newline = (at: number) => {
    if (out.length > 0 && out.lastChar() !== '\n') out.insert('\n', at);
  };

  /** Copies text whose source is source[s, e): in place if it is there verbatim, else anchored at s. */
  const emitVerbatim = (value: string, s: number, e: number) => {
    const idx = source.slice(s, e).indexOf(value);
    if (idx >= 0) out.copy(value, s + idx);
    else for (const ch of value) out.insert(ch, s);
  };

  const emitInline = (tok: Token, map: InlineMap) => {
    const c = tok.content;
    let cursor = 0;
    const copyFound = (value: string) => {
      const i = c.indexOf(value, cursor);
      if (i < 0) {
        for (const ch of value) out.insert(ch, map.at(cursor));
        return;
      }
      if (map.consecutive(i, value.length)) out.copy(value, map.at(i));
      else for (let k = 0; k < value.length; k++) out.insert(value[k]!, map.at(i + k));
      cursor = i + value.length;
    };
    for (const ch of tok.children ?? []) {
      switch (ch.type) {
        case 'text':
        case 'code_inline':
          if (ch.content) copyFound(ch.content);
          break;
        case 'text_special': {
          const i = c.indexOf(ch.markup, cursor);
          // An escape's character is right after its backslash; an entity's stands where it starts.
          const at = i < 0 ? map.at(cursor) : map.at(ch.info === 'escape' ? i + 1 : i);
          for (const x of ch.content) out.insert(x, at);
          if (i >= 0) cursor = i + ch.markup.length;
          break;
        }
        case 'softbreak': {
          const nl = c.indexOf('\n', cursor);
          out.insert('\n', map.at(nl));
          cursor = nl + 1;
          break;
        }
        case 'hardbreak': {
          const nl = c.indexOf('\n', cursor);
          let b = nl;
          while (b > cursor && c[b - 1] === ' ') b--;
          if (b > cursor && c[b - 1] === '\\') b--;
          out.insert(' ', map.at(b));
          cursor = nl + 1;
          break;
        }
        case 'html_inline': {
          const i = c.indexOf(ch.content, cursor);
          // A <br> separates the words around it (converters write one inside table cells and stamps).
          if (BR.test(ch.content)) out.insert(' ', i < 0 ? map.at(cursor) : map.at(i));
          if (i >= 0) cursor = i + ch.content.length;
          break;
        }
        default: // emphasis, strong, link and image marks; an image's alt text is not visible text
      }
    }
  };

  /** The first character of a block at/after the line's cursor (past a blockquote's ">" too). */
  const blockStart = (line: number, skip: RegExp) => {
    const l = lines[line]!;
    let i = lineCursor.get(line) ?? 0;
    while (i < l.text.length && skip.test(l.text[i]!)) i++;
    return l.start + i;
  };

  // A list item's marker, waiting for the item's first block.
  let marker: { from: number; end: number } | undefined;
  const takeMarker = (to: number) => {
    const m = marker;
    marker = undefined;
    if (!m) return;
    out.copy(source.slice(m.from, to).trimEnd() + ' ', m.from);
  };

  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    if (tok.type === 'list_item_open') {
      const line = tok.map![0];
      const l = lines[line]!;
      const written = tok.markup === '.' || tok.markup === ')' ? tok.info + tok.markup : tok.markup;
      const at = l.text.indexOf(written, lineCursor.get(line) ?? 0);
      const from = l.start + Math.max(0, at);
      lineCursor.set(line, (at < 0 ? 0 : at) + written.length);
      marker = { from, end: from + written.length };
      continue;
    }
    if (tok.type === 'list_item_close') {
      if (marker) {
        // An empty item: its marker alone.
        newline(marker.from);
        out.copy(source.slice(marker.from, marker.end), marker.from);
        marker = undefined;
      }
      continue;
    }
    if (tok.type === 'paragraph_open' || tok.type === 'heading_open') {
      const inline = tokens[t + 1]!;
      const map = new InlineMap(inline.content, lines, inline.map![0]);
      const contentStart = map.at(0);
      // An ATX heading starts at its hashes, a paragraph or setext heading at its text.
      const start = tok.type === 'heading_open' && tok.markup.startsWith('#') ? blockStart(tok.map![0], /[ \t>]/) : contentStart;
      newline(marker?.from ?? start);
      takeMarker(start);
      emitInline(inline, map);
      t++;
      continue;
    }
    if (LEAF_BLOCKS.has(tok.type)) {
      const s = blockStart(tok.map![0], /[ \t>]/);
      const last = lines[Math.min(tok.map![1], lines.length) - 1]!;
      newline(marker?.from ?? s);
      takeMarker(s);
      emitVerbatim(tok.content.replace(/\n$/, ''), s, last.start + last.text.length);
      continue;
    }
    // Any other block as an item's first child (a nested list, a quote, a rule): the marker goes.
    if (tok.nesting === 1 || tok.type === 'hr') marker = undefined;
  }
  return out.build(source.length);
}

/** Does this text look like Markdown (rather than plain text extracted from a PDF)? */
export function looksLikeMarkdown(text: string): boolean {
  const sample = text.slice(0, 20000);
  let score = 0;
  if (/^#{1,6}\s+\S/m.test(sample)) score += 2;
  if (/\*\*[^*\n]+\*\*/.test(sample)) score += 2;
  if (/\[[^\]\n]+\]\([^)\s]+\)/.test(sample)) score += 1;
  if (/^\|.*\|\s*$/m.test(sample)) score += 1;
  if (/^(\*|_)[^*_\n]+\1\s*$/m.test(sample)) score += 1;
  return score >= 2;
}
