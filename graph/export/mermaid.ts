/**
 * A reglament text as a Mermaid flowchart (for Markdown reports): a subgraph per role, a node per
 * step (number, action, durations), arrows in step order, a decision node where procedure variants
 * branch; the version's URI and the source document in a comment line.
 * Guarantees: node labels are quoted with Mermaid's entity codes for quotes, so any step text renders.
 */
import type { ExportedText } from './select.ts';

const label = (s: string, max = 90) => {
  const one = s.replace(/\s+/g, ' ').trim();
  const cut = one.length > max ? `${one.slice(0, max - 1)}…` : one;
  return cut.replace(/"/g, '#quot;');
};

export function toMermaid(t: ExportedText): string {
  const text = t.answer.text;
  const lines = [`%% ${t.uri}`, `%% ${text.document}, reglament ${text.reglament} (${text.language})`, 'flowchart LR'];
  const byRole = new Map<string, { label: string; nodes: string[] }>();
  const edges: string[] = [];
  lines.push(`  start(["${label(t.answer.service.name ?? t.answer.serviceId)}"])`);
  const variants = text.procedures.filter((p) => p.steps.length);
  const head = variants.length > 1 ? 'variant' : 'start';
  if (variants.length > 1) { lines.push('  variant{"procedure variant"}'); edges.push('  start --> variant'); }
  const ends: string[] = [];
  variants.forEach((p, vi) => {
    let previous = head;
    p.steps.forEach((s, si) => {
      const id = `s${vi + 1}_${s.n}`;
      const role = s.actor?.id ?? 'no-role';
      if (!byRole.has(role)) byRole.set(role, { label: s.actor?.label ?? 'performer not stated', nodes: [] });
      byRole.get(role)!.nodes.push(`    ${id}["${s.n}. ${label(s.evidence.reading)}${s.durations.length ? `<br/>${s.durations.join(', ')}` : ''}"]`);
      edges.push(`  ${previous} -->${si === 0 && p.variant && head === 'variant' ? `|"${label(p.variant, 40)}"|` : ''} ${id}`);
      previous = id;
    });
    ends.push(previous);
  });
  [...byRole.values()].forEach((r, i) => lines.push(`  subgraph role${i + 1}["${label(r.label, 60)}"]`, ...r.nodes, '  end'));
  lines.push('  finish(["result"])', ...edges, ...ends.map((e) => `  ${e} --> finish`));
  return `${lines.join('\n')}\n`;
}
