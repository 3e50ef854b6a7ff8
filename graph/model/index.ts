/**
 * The graph model, shared by the embedded store and Neo4j: one ExtractionResult → GraphRows.
 *
 *   (:Document)-[:CARRIES {kind, title, registration…, quotes}]->(:Act)      the act whose text it is
 *   (:Document)-[:MENTIONS {relation, title, registrationNumber, publicationDate…}]->(:Act)
 *   (:Act)-[:AMENDS|REPEALS {doc, statedAs, start, end, quote}]->(:Act)       canonical direction
 *   (:Act)-[:IN_REGION]->(:Region), (:Act)-[:ISSUED_BY]->(:Issuer)
 *   (:Document)-[:CONTAINS]->(:ReglamentVersion)-[:FOR_SERVICE]->(:Service)
 *   (:Act)-[:APPROVES]->(:ReglamentVersion)<-[:GIVES_WORDING {effect}]-(:Act)
 *   (:ReglamentVersion)-[:IN_REGION]->(:Region)
 *   (:ReglamentVersion)-[:HAS_STEP {order}]->(:Step)-[:NEXT]->(:Step), (:Step)-[:PERFORMED_BY]->(:Role)
 *   (:ReglamentVersion)-[:HAS_PARTICIPANT {order}]->(:Role), (:ReglamentVersion)-[:HAS_TERM]->(:Term)
 *   (:Document)-[:HAS_AMENDMENT]->(:Amendment {target, point, subpoint, change, text})  sub-points it rewords or adds
 *
 * Guarantees: keys are deterministic (same result → same rows); every fact row (owned node or
 * relationship) carries its provenance: `doc` plus `start`, `end`, `quote` and `line` of its evidence
 * in the source (a Step also each duration's; a ReglamentVersion its appendix label's, approval
 * stamp's and effect's under prefixed names, and each procedure's variant heading's and limit's as
 * lists). A span is stored once: a step's actor's is on its PERFORMED_BY, not on the Step again.
 * Owned rows are unique within a document. Acts known only from a reference are Act nodes
 * too; `inCorpus` is true when some document carries the act's own text.
 */
import type { ExtractionResult } from '../../schemas/extraction.ts';
import { GraphCounts, GraphRows, type NodeLabel, type NodeRow, type Props, type RelRow, type RelType } from '../../schemas/graph.ts';
import type { Span } from '../../schemas/provenance.ts';
import { Catalog } from '../catalog/catalog.ts';
import { actKey } from '../../pipeline/shared/act-key.ts';

/** The key of the act a document carries (null when its header lacks issuer, date or number). */
export const actKeyOf = (a: Parameters<typeof actKey>[0] | null): string | null => (a ? actKey(a) : null);

/** The parts of an act key: `issuer|region|date|number`. */
export function actKeyParts(key: string): { issuer: string; region: string | null; date: string; number: string } {
  const [issuer, region, date, ...rest] = key.split('|');
  return { issuer, region: region === '-' ? null : region, date, number: rest.join('|') };
}

const span = (s: Span | undefined): Props => (s ? { start: s.start, end: s.end, quote: s.quote, line: s.line ?? null } : { start: null, end: null, quote: null, line: null });
/** A second span on the same row, its properties named `<prefix>Start`, `<prefix>End`, `<prefix>Quote`, `<prefix>Line`. */
const spanAs = (prefix: string, s: Span | undefined): Props =>
  Object.fromEntries(Object.entries(span(s)).map(([k, v]) => [`${prefix}${k[0]!.toUpperCase()}${k.slice(1)}`, v]));
/** A list of spans as parallel lists (Neo4j properties hold lists of scalars, not of maps). */
const spanLists = (prefix: string, ss: Span[]): Props => ({
  [`${prefix}Starts`]: ss.map((s) => s.start), [`${prefix}Ends`]: ss.map((s) => s.end),
  [`${prefix}Quotes`]: ss.map((s) => s.quote), [`${prefix}Lines`]: ss.map((s) => s.line ?? 0),
});
const present = (xs: (string | undefined)[]): string[] => [...new Set(xs.filter((x): x is string => !!x))];

let catalog: Catalog | undefined;
const services = () => (catalog ??= Catalog.load());

export function toGraph(result: ExtractionResult): GraphRows {
  const doc = result.source;
  const nodes = new Map<string, NodeRow>();
  const rels = new Map<string, RelRow>();
  const node = (label: NodeLabel, key: string, props: Props, owned: boolean) => {
    const id = `${label}|${key}`;
    const existing = nodes.get(id);
    if (existing) Object.assign(existing.props, Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null)));
    else nodes.set(id, { label, key, props: owned ? { doc, ...props } : props, owned });
  };
  const rel = (type: RelType, from: [NodeLabel, string], to: [NodeLabel, string], props: Props, owned: boolean, discriminator = '') => {
    const id = `${type}|${from.join(':')}|${to.join(':')}|${discriminator}`;
    if (!rels.has(id)) rels.set(id, { type, from: { label: from[0], key: from[1] }, to: { label: to[0], key: to[1] }, props: owned ? { doc, ...props } : props, owned });
  };
  const act = (key: string) => {
    const p = actKeyParts(key);
    node('Act', key, { issuer: p.issuer, region: p.region, date: p.date, number: p.number }, false);
    node('Issuer', p.issuer, {}, false);
    rel('ISSUED_BY', ['Act', key], ['Issuer', p.issuer], {}, false);
    if (p.region) {
      node('Region', p.region, {}, false);
      rel('IN_REGION', ['Act', key], ['Region', p.region], {}, false);
    }
  };

  const selfKey = actKeyOf(result.act);
  node('Document', doc, { path: result.path, language: result.language, format: result.format, contentHash: result.contentHash, act: selfKey }, false);
  if (result.act && selfKey) {
    const a = result.act;
    act(selfKey);
    rel('CARRIES', ['Document', doc], ['Act', selfKey], {
      kind: a.kind, title: a.title, registrationNumber: a.registration?.number ?? null, registrationDate: a.registration?.date ?? null,
      publicationDate: a.publicationDate, entryIntoForce: a.entryIntoForce, status: a.status,
      quotes: present([a.evidence.number?.quote, a.evidence.registration?.quote, a.evidence.publication?.quote, a.evidence.entryIntoForce?.quote, a.evidence.status?.quote]),
      ...span(a.evidence.number ?? a.evidence.date),
    }, true);
  }
  result.relations.forEach((r, i) => {
    act(r.target);
    const t = r.targetInfo;
    rel('MENTIONS', ['Document', doc], ['Act', r.target], {
      relation: r.type, ordinal: i, title: t?.title ?? null, registrationNumber: t?.registrationNumber ?? null,
      publicationDate: t?.publicationDate ?? null, entryIntoForce: t?.entryIntoForce ?? null, ...span(r.evidence),
    }, true, String(i));
    if (!selfKey) return;
    // Canonical direction: (a)-[:AMENDS]->(b) means a amends b, whichever side stated it.
    const [type, from, to]: [RelType, string, string] =
      r.type === 'amends' ? ['AMENDS', selfKey, r.target]
        : r.type === 'amended-by' ? ['AMENDS', r.target, selfKey]
          : r.type === 'repeals' ? ['REPEALS', selfKey, r.target]
            : ['REPEALS', r.target, selfKey];
    rel(type, ['Act', from], ['Act', to], { statedAs: r.type, ...span(r.evidence) }, true, r.type);
  });

  for (const g of result.reglaments) {
    const rv = `${doc}#${g.ordinal}`;
    const serviceId = services().idFor(g.service, result.language);
    const headings = g.procedures.flatMap((p, k) => (p.evidence.variant ? [{ procedure: k + 1, span: p.evidence.variant }] : []));
    node('ReglamentVersion', rv, {
      ordinal: g.ordinal, appendix: g.appendix, service: g.service, language: result.language, effect: g.effect,
      carrier: selfKey, approvedBy: g.approvedBy,
      quotes: present([g.evidence.appendix?.quote, g.evidence.approvedBy?.quote, g.evidence.service.quote]),
      actors: g.actors, ...span(g.evidence.service),
      // A procedure's own time limit, as two parallel lists (Neo4j properties hold no maps).
      limitProcedures: g.procedures.flatMap((p, k) => p.limit.map(() => k + 1)),
      limitDurations: g.procedures.flatMap((p) => p.limit.map((l) => l.duration)),
      ...spanLists('limit', g.procedures.flatMap((p) => p.limit.map((l) => l.evidence))),
      // Each procedure's variant heading, once for all its steps: the procedures (1-based) that have one.
      variantProcedures: headings.map((h) => h.procedure),
      ...spanLists('variant', headings.map((h) => h.span)),
      ...spanAs('appendix', g.evidence.appendix), ...spanAs('approvedBy', g.evidence.approvedBy), ...spanAs('effect', g.evidence.effect),
    }, true);
    rel('CONTAINS', ['Document', doc], ['ReglamentVersion', rv], {}, true);
    node('Service', serviceId, { name: serviceId.startsWith('unmatched:') ? g.service : services().displayName(serviceId), matched: !serviceId.startsWith('unmatched:') }, false);
    rel('FOR_SERVICE', ['ReglamentVersion', rv], ['Service', serviceId], {}, true);
    if (selfKey) rel('GIVES_WORDING', ['Act', selfKey], ['ReglamentVersion', rv], { effect: g.effect, ...span(g.evidence.effect ?? g.evidence.service) }, true);
    if (g.approvedBy) {
      act(g.approvedBy);
      rel('APPROVES', ['Act', g.approvedBy], ['ReglamentVersion', rv], span(g.evidence.approvedBy), true);
    }
    const region = result.act?.region ?? (g.approvedBy ? actKeyParts(g.approvedBy).region : null);
    if (region) {
      node('Region', region, {}, false);
      rel('IN_REGION', ['ReglamentVersion', rv], ['Region', region], {}, true);
    }
    let order = 0;
    g.procedures.forEach((p, vi) => {
      let previous: string | null = null;
      for (const s of p.steps) {
        const sk = `${rv}#${vi + 1}#${s.n}#${order}`;
        node('Step', sk, {
          variant: p.variant, variantIndex: vi + 1, n: s.n, order, actor: s.actor, durations: s.durations, durationLinks: s.durationLinks.map((l) => l.relation), ...span(s.evidence.step),
          ...spanLists('duration', s.evidence.durations),
        }, true);
        rel('HAS_STEP', ['ReglamentVersion', rv], ['Step', sk], { order }, true);
        if (previous) rel('NEXT', ['Step', previous], ['Step', sk], {}, true);
        if (s.actor) {
          node('Role', s.actor, {}, false);
          rel('PERFORMED_BY', ['Step', sk], ['Role', s.actor], span(s.evidence.actor), true);
        }
        previous = sk;
        order++;
      }
    });
    g.actors.forEach((role, i) => {
      node('Role', role, {}, false);
      const mention = g.actorMentions.find((m) => m.role === role);
      rel('HAS_PARTICIPANT', ['ReglamentVersion', rv], ['Role', role], { order: i, ...span(mention?.evidence) }, true);
    });
    g.terms.forEach((t, i) => {
      const tk = `${rv}#term#${i}`;
      node('Term', tk, { order: i, kind: t.kind, channel: t.channel, duration: t.duration, ...span(t.evidence) }, true);
      rel('HAS_TERM', ['ReglamentVersion', rv], ['Term', tk], {}, true);
    });
  }
  result.amendments.forEach((a, i) => {
    const key = `${doc}#amendment#${i}`;
    node('Amendment', key, {
      order: i, target: a.target, point: a.point, subpoint: a.subpoint, change: a.change, text: a.text,
      textQuote: a.evidence.text?.quote ?? null, ...span(a.evidence.clause),
    }, true);
    rel('HAS_AMENDMENT', ['Document', doc], ['Amendment', key], {}, true);
  });
  return GraphRows.parse({ doc, nodes: [...nodes.values()], rels: [...rels.values()] });
}

/**
 * Counts per label and type of the graph the given documents make: shared nodes and shared
 * relationships once, owned relationships once per document (as the Neo4j loader writes them).
 */
export function graphCounts(graphs: Iterable<GraphRows>): GraphCounts {
  const nodes = new Set<string>();
  const shared = new Set<string>();
  const n: Record<string, number> = {};
  const r: Record<string, number> = {};
  for (const g of graphs) {
    for (const x of g.nodes) {
      const id = `${x.label}|${x.key}`;
      if (nodes.has(id)) continue;
      nodes.add(id);
      n[x.label] = (n[x.label] ?? 0) + 1;
    }
    for (const x of g.rels) {
      if (!x.owned) {
        const id = `${x.type}|${x.from.key}|${x.to.key}`;
        if (shared.has(id)) continue;
        shared.add(id);
      }
      r[x.type] = (r[x.type] ?? 0) + 1;
    }
  }
  return { nodes: n, relationships: r };
}
