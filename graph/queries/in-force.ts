/**
 * `in-force`: the reglament versions in force on a date, optionally in one region and for one
 * service (a catalog name in either language, matched like corpus names; otherwise a substring of
 * the service's names).
 * Guarantees: rows validate as InForceRow, sorted by (region, service, approvedBy); an empty array
 * when nothing is in force.
 */
import { InForceOptions, InForceRow } from '../../schemas/query.ts';
import { normalizeName } from '../catalog/catalog.ts';
import { inForceAt, worse, type Version } from '../temporal/versions.ts';
import type { QueryModel } from './model.ts';

const KK_LETTERS = /[әғқңөұүһі]/i;

export function serviceFilter(model: QueryModel, text: string | undefined): (serviceId: string, names: string[]) => boolean {
  if (!text) return () => true;
  const m = model.catalog.match(text, KK_LETTERS.test(text) ? 'kk' : 'ru');
  if (m.serviceId) return (id) => id === m.serviceId;
  const needle = normalizeName(text);
  return (id, names) => {
    const e = model.catalog.entry(id);
    return [...(e?.ru ?? []), ...(e?.kk ?? []), ...names].some((n) => normalizeName(n).includes(needle));
  };
}

export function versionRow(model: QueryModel, v: Version): InForceRow {
  return InForceRow.parse({
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
    basis: [`from ${v.from.date} (${v.from.certainty}): ${v.from.basis}`, v.to ? `to ${v.to.date} (${v.to.certainty}): ${v.to.basis}` : 'no end known']
      .concat(v.texts.length ? [] : [`text not in the corpus: known only because a later act replaces it`]),
    source: v.texts.map((t) => ({ document: t.document, reglament: t.ordinal, language: t.language, quotes: t.quotes })),
  });
}

export function inForce(model: QueryModel, options: InForceOptions): InForceRow[] {
  const o = InForceOptions.parse(options);
  const wanted = serviceFilter(model, o.service);
  return model.versions
    .filter((v) => inForceAt(v, o.date) && (!o.region || v.region === o.region) && wanted(v.serviceId, v.texts.map((t) => t.service)))
    .map((v) => versionRow(model, v))
    .sort((a, b) => a.region.localeCompare(b.region) || a.service.localeCompare(b.service) || a.approvedBy.localeCompare(b.approvedBy));
}
