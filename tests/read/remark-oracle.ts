/**
 * The Markdown reader zangraph had before markdown-it: remark-parse's mdast, walked the same way.
 * Kept as the test oracle for pipeline/read/markdown.ts: on real documents both must give the same
 * plain text and the same offsets (remark-parse is the reference CommonMark parser of unified).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { MappedTextBuilder, type MappedText } from '../../pipeline/shared/mapped-text.ts';

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'code', 'html']);

export function remarkMarkdownToText(source: string): MappedText {
  const tree = unified().use(remarkParse).parse(source) as unknown as MdNode;
  const out = new MappedTextBuilder();

  const startOf = (n: MdNode) => n.position?.start.offset ?? 0;
  const endOf = (n: MdNode) => n.position?.end.offset ?? 0;

  const newline = (at: number) => {
    if (out.length > 0 && out.lastChar() !== '\n') out.insert('\n', at);
  };

  const emitLeaf = (n: MdNode) => {
    const value = n.value ?? '';
    const s = startOf(n);
    const raw = source.slice(s, endOf(n));
    if (raw === value) out.copy(value, s);
    else {
      // Escapes or entities: the value differs from the source; map char by char where it lines up.
      const idx = raw.indexOf(value);
      if (idx >= 0) out.copy(value, s + idx);
      else for (const ch of value) out.insert(ch, s);
    }
  };

  const inline = (n: MdNode) => {
    if (n.type === 'text' || n.type === 'inlineCode') return emitLeaf(n);
    if (n.type === 'break') return out.insert(' ', startOf(n));
    if (n.type === 'html' && /^<br\s*\/?>$/i.test(n.value ?? '')) return out.insert(' ', startOf(n));
    for (const c of n.children ?? []) inline(c);
  };

  const block = (n: MdNode, marker?: { from: number; to: number }) => {
    if (BLOCKS.has(n.type)) {
      newline(marker?.from ?? startOf(n));
      if (marker) {
        const text = source.slice(marker.from, marker.to).trimEnd();
        out.copy(text + ' ', marker.from);
      }
      if (n.type === 'code' || n.type === 'html') emitLeaf(n);
      else for (const c of n.children ?? []) inline(c);
      if (n.type === 'tableCell') out.insert(' ', endOf(n));
      return;
    }
    if (n.type === 'listItem') {
      const kids = n.children ?? [];
      kids.forEach((c, i) => block(c, i === 0 ? { from: startOf(n), to: startOf(c) } : undefined));
      if (kids.length === 0) {
        newline(startOf(n));
        out.copy(source.slice(startOf(n), endOf(n)), startOf(n));
      }
      return;
    }
    if (n.type === 'tableRow') newline(startOf(n));
    for (const c of n.children ?? []) block(c, undefined);
  };

  block(tree);
  return out.build(source.length);
}
