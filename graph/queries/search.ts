/**
 * `search`: find reglaments and acts by a service name (either language, catalog or text wording),
 * an act number, or words of the texts' quoted lines (headings, act lines, relation sentences).
 * Matching is on normalized names (graph/catalog), so case, quotes and spacing do not matter.
 * Guarantees: hits validate as SearchHit; services first, then acts (the act of that number before
 * acts whose title holds the words), then text lines; no duplicate (kind, document, ordinal, act);
 * at most `limit` hits.
 */
import { SearchHit } from '../../schemas/serve.ts';
import type { ActInfo } from '../../schemas/query.ts';
import type { RegionId } from '../../schemas/gold.ts';
import { normalizeName } from '../catalog/catalog.ts';
import { matchServices } from './in-force.ts';
import type { QueryModel } from './model.ts';
import { oncePerModel, textId } from './model-index.ts';
import type { ReglamentRow } from '../../schemas/graph-source.ts';

export const SEARCH_LIMIT = 100;

/** What a search reads, normalized and ordered once per model (a search then only compares strings). */
interface SearchIndex {
  texts: Array<{ g: ReglamentRow; serviceId: string; region: RegionId | null; quotes: string[] }>;
  acts: Array<{ a: ActInfo; title: string | null }>;
  statements: Array<{ document: string; quote: string; normalized: string; from: string; label: string }>;
}

/** The model's search index, built on first use (a server builds it at start, so the first search is as quick as the next). */
export const searchIndex = oncePerModel((model): SearchIndex => {
  // Catalog ids from the links the model computed once (matching names again is slow).
  const linked = new Map(model.links.filter((l) => l.serviceId).map((l) => [textId(l.document, l.reglament), l.serviceId!]));
  const regionOf = (act: string | null) => (act ? model.acts.get(act)?.region ?? null : null);
  return {
    texts: [...model.reglaments]
      .sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.ordinal - b.ordinal))
      .map((g) => ({
        g,
        serviceId: linked.get(textId(g.document, g.ordinal)) ?? `unmatched:${normalizeName(g.service)}`,
        region: regionOf(g.carrier ?? g.approvedBy),
        quotes: g.quotes.map(normalizeName),
      })),
    acts: [...model.acts.values()]
      .sort((x, y) => x.date.localeCompare(y.date) || x.key.localeCompare(y.key))
      .map((a) => ({ a, title: a.title === null ? null : normalizeName(a.title) })),
    statements: model.relations.flatMap((r) => r.statedBy.map((s) => ({
      document: s.document, quote: s.quote, normalized: normalizeName(s.quote), from: r.from, label: `${r.from} ${r.type} ${r.to}`,
    }))),
  };
});

export function search(model: QueryModel, text: string, limit = SEARCH_LIMIT): SearchHit[] {
  const index = searchIndex(model);
  const needle = normalizeName(text);
  const hits: SearchHit[] = [];
  const seen = new Set<string>();
  const add = (h: SearchHit) => {
    const id = `${h.kind}|${h.document}|${h.ordinal}|${h.act}`;
    if (seen.has(id) || hits.length >= limit) return;
    seen.add(id);
    hits.push(SearchHit.parse(h));
  };
  const regionOf = (act: string | null) => (act ? model.acts.get(act)?.region ?? null : null);

  // The services a name means, as in-force reads --service (catalog names and the texts' own names);
  // a text that names no service (an act number, other words) finds none here.
  const wanted = matchServices(model, text);
  for (const { g, serviceId, region } of index.texts) {
    if (hits.length >= limit || wanted.size === 0) break;
    if (wanted.has(serviceId)) add({ kind: 'service', label: g.service, document: g.document, ordinal: g.ordinal, act: g.carrier, region, quote: null });
  }

  const wantedNumber = text.trim().replace(/^№\s*/, '');
  const actHit = (a: ActInfo): SearchHit => ({ kind: 'act', label: `№ ${a.number} ${a.date}${a.title ? ` ${a.title}` : ''}`, document: null, ordinal: null, act: a.key, region: a.region, quote: null });
  for (const { a } of index.acts) if (a.number === wantedNumber) add(actHit(a));
  for (const { a, title } of index.acts) if (title !== null && title.includes(needle)) add(actHit(a));

  for (const { g, region, quotes } of index.texts) {
    if (hits.length >= limit) break;
    const i = quotes.findIndex((q) => q.includes(needle));
    if (i >= 0) add({ kind: 'text', label: g.service, document: g.document, ordinal: g.ordinal, act: g.carrier, region, quote: g.quotes[i]! });
  }
  for (const s of index.statements) {
    if (hits.length >= limit) break;
    if (s.normalized.includes(needle)) add({ kind: 'text', label: s.label, document: s.document, ordinal: null, act: s.from, region: regionOf(s.from), quote: s.quote });
  }
  return hits;
}
