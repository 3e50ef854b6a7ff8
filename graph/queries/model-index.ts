/**
 * Lookups over a query model, built once per model: a model never changes once loaded, so a question
 * asked of it many times (a server's) costs no scan of the whole graph. Every list keeps the model's
 * own order (versions by region, service and date; reglaments as the store lists them), so an answer
 * read through an index is the answer a scan gives.
 */
import type { RegionId } from '../../schemas/gold.ts';
import type { CanonicalRelation, CatalogLinkRow } from '../../schemas/query.ts';
import type { DocumentRow, ReglamentRow } from '../../schemas/graph-source.ts';
import { validOn, type Unplaced, type Version } from '../temporal/versions.ts';
import type { QueryModel } from './model.ts';

export interface ModelIndex {
  /** A region's versions. */
  versionsIn: Map<RegionId, Version[]>;
  /** A region's versions with their dates as numbers. */
  datedIn: Map<RegionId, DatedVersions>;
  /** The versions of one service in one region (`serviceKey`). */
  versionsOf: Map<string, Version[]>;
  /** A reglament text (`textId`), the version it is a wording of, its catalog link, or why it has no version. */
  reglaments: Map<string, ReglamentRow>;
  versionOf: Map<string, Version>;
  links: Map<string, CatalogLinkRow>;
  unplaced: Map<string, Unplaced>;
  /** A document's reglament texts, and the document by its name. */
  reglamentsOf: Map<string, ReglamentRow[]>;
  documents: Map<string, DocumentRow>;
  /** The reglament texts an act carries. */
  carried: Map<string, ReglamentRow[]>;
  /** The relation by which one act repeals another (`relationKey`). */
  repeals: Map<string, CanonicalRelation>;
}

export const textId = (document: string, ordinal: number) => `${document}#${ordinal}`;
export const relationKey = (from: string, to: string) => `${from}\u0000${to}`;
export const serviceKey = (serviceId: string, region: string) => `${serviceId}\u0000${region}`;

/** `xs` grouped by key, each group in `xs`'s order. */
export function group<K, V>(xs: Iterable<V>, keyOf: (x: V) => K): Map<K, V[]> {
  const m = new Map<K, V[]>();
  for (const x of xs) {
    const k = keyOf(x);
    const xsOfK = m.get(k);
    if (xsOfK) xsOfK.push(x); else m.set(k, [x]);
  }
  return m;
}

/** The first of each key wins, as `Array.find` over the same list would. */
function firstBy<K, V>(xs: Iterable<V>, keysOf: (x: V) => K[]): Map<K, V> {
  const m = new Map<K, V>();
  for (const x of xs) for (const k of keysOf(x)) if (!m.has(k)) m.set(k, x);
  return m;
}

/**
 * Versions with their validity as numbers (YYYYMMDD; no end is after every date), for the question
 * asked most: which are in force on a date. Comparing numbers in flat arrays is what keeps that
 * question cheap over tens of thousands of versions.
 */
export interface DatedVersions { versions: Version[]; from: Int32Array; to: Int32Array }

const NO_END = 99_999_999;
export const dayNumber = (isoDate: string) => Number(isoDate.slice(0, 4)) * 10_000 + Number(isoDate.slice(5, 7)) * 100 + Number(isoDate.slice(8, 10));

export function datedVersions(versions: Version[]): DatedVersions {
  return {
    versions,
    from: Int32Array.from(versions, (v) => dayNumber(v.from.date)),
    to: Int32Array.from(versions, (v) => (v.to ? dayNumber(v.to.date) : NO_END)),
  };
}

/** The versions of `scope` in force on `date` (the rule of validOn, on day numbers), in the scope's order. */
export function inForceOn(scope: DatedVersions, date: string): Version[] {
  const day = dayNumber(date);
  const out: Version[] = [];
  for (let i = 0; i < scope.versions.length; i++) if (validOn(day, scope.from[i]!, scope.to[i]!)) out.push(scope.versions[i]!);
  return out;
}

/** `build`'s value for a model, computed on the first call and remembered: a model never changes once loaded. */
export function oncePerModel<T>(build: (model: QueryModel) => T): (model: QueryModel) => T {
  const memo = new WeakMap<QueryModel, T>();
  return (model) => {
    let value = memo.get(model);
    if (value === undefined) memo.set(model, (value = build(model)));
    return value;
  };
}

export const modelIndex = oncePerModel((model): ModelIndex => {
  const versionsIn = group(model.versions, (v) => v.region);
  return {
    versionsIn,
    datedIn: new Map([...versionsIn].map(([region, vs]) => [region, datedVersions(vs)])),
    versionsOf: group(model.versions, (v) => serviceKey(v.serviceId, v.region)),
    reglaments: firstBy(model.reglaments, (g) => [textId(g.document, g.ordinal)]),
    versionOf: firstBy(model.versions, (v) => v.texts.map((t) => textId(t.document, t.ordinal))),
    links: firstBy(model.links, (l) => [textId(l.document, l.reglament)]),
    unplaced: firstBy(model.unplaced, (u) => [textId(u.reglament.document, u.reglament.ordinal)]),
    reglamentsOf: group(model.reglaments, (g) => g.document),
    documents: firstBy(model.documents, (d) => [d.name]),
    carried: group(model.reglaments.filter((g) => g.carrier), (g) => g.carrier!),
    repeals: firstBy(model.relations.filter((r) => r.type === 'repeals'), (r) => [relationKey(r.from, r.to)]),
  };
});
