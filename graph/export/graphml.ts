/**
 * The graph as GraphML (Gephi, yEd): acts, reglament versions, their texts' steps and the roles
 * performing them as nodes; amends/repeals, approves/words, has-step, next and performed-by as
 * directed edges. Node ids are the tables' keys (graph/export/tables.ts), so the two exports join.
 * Guarantees: every edge's ends are nodes of the file; all text is XML-escaped.
 */
import type { QueryModel } from '../queries/model.ts';
import { workUri, type Selected } from './select.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const KEYS = ['kind', 'label', 'uri', 'date'] as const;

export function toGraphml(model: QueryModel, selected: Selected): string {
  const nodes = new Map<string, Record<(typeof KEYS)[number], string>>();
  const edges: Array<[string, string, string]> = [];
  for (const a of model.acts.values()) nodes.set(a.key, { kind: 'act', label: a.title ?? a.key, uri: workUri(model, a.key), date: a.date });
  for (const r of model.relations) edges.push([r.from, r.to, r.type]);
  for (const t of selected.texts) {
    nodes.set(t.uri, { kind: 'reglament-text', label: t.answer.service.name ?? t.answer.serviceId, uri: t.uri, date: t.version.from.date });
    edges.push([t.version.approvedBy, t.uri, 'approves']);
    if (t.version.wordingBy !== t.version.approvedBy) edges.push([t.version.wordingBy, t.uri, 'gives-wording']);
    t.answer.text.procedures.forEach((p, vi) => {
      let previous: string | null = null;
      for (const s of p.steps) {
        const key = `${t.uri}#${vi + 1}.${s.n}`;
        nodes.set(key, { kind: 'step', label: `${s.n}. ${s.evidence.reading.replace(/\s+/g, ' ').slice(0, 120)}`, uri: '', date: '' });
        edges.push([t.uri, key, 'has-step']);
        if (previous) edges.push([previous, key, 'next']);
        if (s.actor) {
          nodes.set(s.actor.id, { kind: 'role', label: s.actor.label, uri: '', date: '' });
          edges.push([key, s.actor.id, 'performed-by']);
        }
        previous = key;
      }
    });
  }
  const known = edges.filter(([a, b]) => nodes.has(a) && nodes.has(b));
  return `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
${KEYS.map((k) => `<key id="${k}" for="node" attr.name="${k}" attr.type="string"/>`).join('\n')}
<key id="type" for="edge" attr.name="type" attr.type="string"/>
<graph id="zangraph" edgedefault="directed">
${[...nodes].map(([id, d]) => `<node id="${esc(id)}">${KEYS.map((k) => `<data key="${k}">${esc(d[k])}</data>`).join('')}</node>`).join('\n')}
${known.map(([a, b, type], i) => `<edge id="e${i + 1}" source="${esc(a)}" target="${esc(b)}"><data key="type">${type}</data></edge>`).join('\n')}
</graph>
</graphml>
`;
}
