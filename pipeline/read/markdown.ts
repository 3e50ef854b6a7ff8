/**
 * Markdown → plain text with offsets back into the Markdown source.
 *
 * Guarantees to the next stage:
 * - one output line per block (paragraph, heading, table row, list item paragraph), blocks joined by "\n";
 * - Markdown syntax (emphasis marks, heading hashes, link targets) is gone, the visible text stays;
 * - an ordered or bulleted list item keeps its marker ("1.", "2)", "-") as it is written, so point
 *   numbering survives;
 * - every character maps to the Markdown source offset it was read from.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { MappedTextBuilder, type MappedText } from '../shared/mapped-text.ts';

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'code', 'html']);

export function markdownToText(source: string): MappedText {
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
