/**
 * `search`: find reglaments and acts by a service name (either language, catalog or text wording),
 * an act number, or words of the texts' quoted lines (headings, act lines, relation sentences).
 * Matching is on normalized names (graph/catalog), so case, quotes and spacing do not matter.
 * Guarantees: hits validate as SearchHit; services first, then acts, then text lines; no duplicate
 * (kind, document, ordinal, act); at most `limit` hits.
 */
import { SearchHit } from '../../schemas/serve.ts';
import { normalizeName } from '../catalog/catalog.ts';
import { serviceFilter } from './in-force.ts';
import type { QueryModel } from './model.ts';

export const SEARCH_LIMIT = 100;

/** Catalog ids of the texts, from the links the model computed once (matching names again is slow). */
const idsCache = new WeakMap<QueryModel, Map<string, string>>();
function linkedIds(model: QueryModel): Map<string, string> {
  let ids = idsCache.get(model);
  if (!ids) {
    ids = new Map(model.links.filter((l) => l.serviceId).map((l) => [`${l.document}#${l.reglament}`, l.serviceId!]));
    idsCache.set(model, ids);
  }
  return ids;
}

export function search(model: QueryModel, text: string, limit = SEARCH_LIMIT): SearchHit[] {
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

  const wanted = serviceFilter(model, text);
  const linked = linkedIds(model);
  const byText = [...model.reglaments].sort((a, b) => a.document.localeCompare(b.document) || a.ordinal - b.ordinal);
  for (const g of byText) {
    const id = linked.get(`${g.document}#${g.ordinal}`) ?? `unmatched:${normalizeName(g.service)}`;
    if (wanted(id, [g.service])) add({ kind: 'service', label: g.service, document: g.document, ordinal: g.ordinal, act: g.carrier, region: regionOf(g.carrier ?? g.approvedBy), quote: null });
  }

  // The act of that number first, then acts whose title holds the words (amending acts name the act they amend).
  const wantedNumber = text.trim().replace(/^№\s*/, '');
  const acts = [...model.acts.values()].sort((x, y) => x.date.localeCompare(y.date) || x.key.localeCompare(y.key));
  const actHit = (a: (typeof acts)[number]): SearchHit => ({ kind: 'act', label: `№ ${a.number} ${a.date}${a.title ? ` ${a.title}` : ''}`, document: null, ordinal: null, act: a.key, region: a.region, quote: null });
  for (const a of acts) if (a.number === wantedNumber) add(actHit(a));
  for (const a of acts) if (a.title !== null && normalizeName(a.title).includes(needle)) add(actHit(a));

  for (const g of byText) {
    const quote = g.quotes.find((q) => normalizeName(q).includes(needle));
    if (quote) add({ kind: 'text', label: g.service, document: g.document, ordinal: g.ordinal, act: g.carrier, region: regionOf(g.carrier ?? g.approvedBy), quote });
  }
  for (const r of model.relations) {
    for (const s of r.statedBy) {
      if (normalizeName(s.quote).includes(needle)) add({ kind: 'text', label: `${r.from} ${r.type} ${r.to}`, document: s.document, ordinal: null, act: r.from, region: regionOf(r.from), quote: s.quote });
    }
  }
  return hits;
}
