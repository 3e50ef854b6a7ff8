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
import { inForceAt, worse, type Version } from '../temporal/versions.ts';
import { QueryError } from './history.ts';
import type { QueryModel } from './model.ts';
import { versionUriOf } from '../identifiers/uri.ts';
import { closestTail, type Candidate } from './suggest.ts';
import { endLine, startLine, whyNothingInForce } from './why.ts';

const KK_LETTERS = /[әғқңөұүһі]/i;

/** Every service the model knows (catalog entries and the corpus's unmatched names) with all its names. */
function knownServices(model: QueryModel): Map<string, string[]> {
  const known = new Map<string, string[]>();
  for (const e of model.catalog.services) known.set(e.id, [...e.ru, ...e.kk]);
  for (const v of model.versions) known.set(v.serviceId, [...new Set([...(known.get(v.serviceId) ?? []), ...v.texts.map((t) => t.service)])]);
  return known;
}

/** The ids of the services a typed name means; a QueryError naming the closest when it means none. */
export function resolveServices(model: QueryModel, text: string): Set<string> {
  const m = model.catalog.match(text, KK_LETTERS.test(text) ? 'kk' : 'ru');
  if (m.serviceId) return new Set([m.serviceId]);
  const needle = normalizeName(text);
  const known = knownServices(model);
  const ids = new Set([...known].filter(([, names]) => needle && names.some((n) => normalizeName(n).includes(needle))).map(([id]) => id));
  if (ids.size === 0) {
    const candidates: Candidate[] = [...known].map(([id, names]) => ({ label: model.catalog.displayName(id) === id ? names[0]! : model.catalog.displayName(id), names }));
    throw new QueryError(`no service is named like "${text}"${closestTail(text, candidates)}`);
  }
  return ids;
}

export function serviceFilter(model: QueryModel, text: string | undefined): (serviceId: string) => boolean {
  if (!text) return () => true;
  const ids = resolveServices(model, text);
  return (id) => ids.has(id);
}

export function versionRow(model: QueryModel, v: Version): InForceRow {
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

/** The versions a question's region and service select, whatever their dates. */
function selected(model: QueryModel, o: InForceOptions): Version[] {
  const wanted = serviceFilter(model, o.service);
  return model.versions.filter((v) => (!o.region || v.region === o.region) && wanted(v.serviceId));
}

export function inForce(model: QueryModel, options: InForceOptions): InForceRow[] {
  const o = InForceOptions.parse(options);
  return selected(model, o)
    .filter((v) => inForceAt(v, o.date))
    .map((v) => versionRow(model, v))
    .sort((a, b) => a.region.localeCompare(b.region) || a.service.localeCompare(b.service) || a.approvedBy.localeCompare(b.approvedBy));
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
