/**
 * `in-force`: the reglament versions in force on a date, optionally in one region and for one
 * service (a catalog name in either language, matched like corpus names; otherwise a substring of
 * the service's names).
 * Guarantees: rows validate as InForceRow, sorted by (region, service, approvedBy); an empty array
 * when nothing is in force, and `whyEmpty` says why; a service text that names no known service is a
 * QueryError naming the closest services.
 */
import { InForceOptions, InForceRow } from '../../schemas/query.ts';
import { normalizeName } from '../catalog/catalog.ts';
import { worse, type Version } from '../temporal/versions.ts';
import { QueryError } from './history.ts';
import type { QueryModel } from './model.ts';
import { datedVersions, group, inForceOn, modelIndex, oncePerModel, type DatedVersions } from './model-index.ts';
import type { RegionId } from '../../schemas/gold.ts';
import { versionUriOf } from '../identifiers/uri.ts';
import { closestTail, type Candidate } from './suggest.ts';
import { endLine, startLine, whyNothingInForce } from './why.ts';

const KK_LETTERS = /[әғқңөұүһі]/i;

/** Every service the model knows (catalog entries and the corpus's unmatched names) with all its names, normalized; once per model. */
const knownServices = oncePerModel((model): Map<string, { names: string[]; normalized: string[] }> => {
  const names = new Map<string, Set<string>>();
  for (const e of model.catalog.services) names.set(e.id, new Set([...e.ru, ...e.kk]));
  for (const v of model.versions) {
    const own = names.get(v.serviceId) ?? names.set(v.serviceId, new Set()).get(v.serviceId)!;
    for (const t of v.texts) own.add(t.service);
  }
  return new Map([...names].map(([id, ns]) => [id, { names: [...ns], normalized: [...ns].map(normalizeName) }]));
});

/** The ids of the services a typed name means: the catalog's match, else every service one of whose names holds it; empty when none. */
export function matchServices(model: QueryModel, text: string): Set<string> {
  const m = model.catalog.match(text, KK_LETTERS.test(text) ? 'kk' : 'ru');
  if (m.serviceId) return new Set([m.serviceId]);
  const needle = normalizeName(text);
  if (!needle) return new Set();
  return new Set([...knownServices(model)].filter(([, k]) => k.normalized.some((n) => n.includes(needle))).map(([id]) => id));
}

/** The ids of the services a typed name means; a QueryError naming the closest when it means none. */
export function resolveServices(model: QueryModel, text: string): Set<string> {
  const ids = matchServices(model, text);
  if (ids.size === 0) {
    const candidates: Candidate[] = [...knownServices(model)].map(([id, { names }]) => ({ label: model.catalog.displayName(id) === id ? names[0]! : model.catalog.displayName(id), names }));
    throw new QueryError(`no service is named like "${text}"${closestTail(text, candidates)}`);
  }
  return ids;
}

export function serviceFilter(model: QueryModel, text: string | undefined): (serviceId: string) => boolean {
  if (!text) return () => true;
  const ids = resolveServices(model, text);
  return (id) => ids.has(id);
}

/** A version's row; built once per version (a model never changes), so rows are shared: callers must not change them. */
const rows = new WeakMap<Version, InForceRow>();
export function versionRow(model: QueryModel, v: Version): InForceRow {
  let row = rows.get(v);
  if (!row) rows.set(v, row = buildRow(model, v));
  return row;
}

function buildRow(model: QueryModel, v: Version): InForceRow {
  return InForceRow.parse({
    uri: v.texts[0] ? versionUriOf(model.acts, v, v.texts[0].language) : null,
    service: model.catalog.displayName(v.serviceId),
    serviceId: v.serviceId,
    names: [...new Set(v.texts.map((t) => t.service))],
    region: v.region,
    approvedBy: v.approvedBy,
    wordingBy: v.wordingBy,
    wording: v.wording,
    validFrom: v.from.date,
    validTo: v.to?.date ?? null,
    certainty: worse(v.from.certainty, v.to?.certainty),
    fromCertainty: v.from.certainty,
    toCertainty: v.to?.certainty ?? null,
    basis: [`from ${v.from.date} (${v.from.certainty}): ${v.from.basis}`, v.to ? `to ${v.to.date} (${v.to.certainty}): ${v.to.basis}` : 'no end known']
      .concat(v.texts.length ? [] : [`text not in the corpus: known only because a later act replaces it`]),
    why: { from: startLine(model, v), to: endLine(model, v) },
    source: v.texts.map((t) => ({ uri: versionUriOf(model.acts, v, t.language), document: t.document, reglament: t.ordinal, language: t.language, quotes: t.quotes })),
  });
}

/**
 * Every version, and a region's, in the answers' order — (region, service, approving act), ties in
 * model order — with their dates as numbers; computed once per model, so that the versions in
 * force on a date come out of one pass already sorted.
 */
interface Ranked { all: DatedVersions; byRegion: Map<RegionId, DatedVersions> }
const rankedOf = oncePerModel((model): Ranked => {
  const collator = new Intl.Collator();
  const keyed = model.versions.map((v) => ({ v, service: model.catalog.displayName(v.serviceId) }));
  keyed.sort((a, b) => collator.compare(a.v.region, b.v.region) || collator.compare(a.service, b.service) || collator.compare(a.v.approvedBy, b.v.approvedBy));
  const order = keyed.map(({ v }) => v);
  return { all: datedVersions(order), byRegion: new Map([...group(order, (v) => v.region)].map(([region, vs]) => [region, datedVersions(vs)])) };
});

/** The versions a question's region and service select, whatever their dates. */
function selected(model: QueryModel, o: InForceOptions): Version[] {
  const wanted = serviceFilter(model, o.service);
  const scope = o.region ? modelIndex(model).versionsIn.get(o.region) ?? [] : model.versions;
  return o.service ? scope.filter((v) => wanted(v.serviceId)) : scope;
}

export function inForce(model: QueryModel, options: InForceOptions): InForceRow[] {
  const o = InForceOptions.parse(options);
  const wanted = serviceFilter(model, o.service);
  const { all, byRegion } = rankedOf(model);
  const scope = o.region ? byRegion.get(o.region) : all;
  return (scope ? inForceOn(scope, o.date) : [])
    .filter((v) => wanted(v.serviceId))
    .map((v) => versionRow(model, v));
}

/** Why `inForce` answers nothing for these options (one line per reason); empty when it answers something. */
export function whyEmpty(model: QueryModel, options: InForceOptions): string[] {
  const o = InForceOptions.parse(options);
  if (inForce(model, o).length) return [];
  const scope = [o.service ? `of "${o.service}"` : '', o.region ? `in ${o.region}` : ''].filter(Boolean).join(' ') || 'at all';
  const lines = whyNothingInForce(model, selected(model, o), o.date, scope);
  if (o.region && o.service && !selected(model, o).length) {
    const elsewhere = [...new Set(selected(model, { ...o, region: undefined }).map((v) => v.region))].sort();
    if (elsewhere.length) lines.push(`it is regulated in the corpus in: ${elsewhere.join(', ')}`);
  }
  return lines;
}

/** Builds the per-model lookups and every version's row now, so that no later question pays for them. */
export function prepareInForce(model: QueryModel): void {
  modelIndex(model);
  knownServices(model);
  rankedOf(model);
  for (const v of model.versions) versionRow(model, v);
}
