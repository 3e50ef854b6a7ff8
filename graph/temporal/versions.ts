/**
 * Validity of acts and versions of reglaments over time.
 *
 * An act is valid from its entry into force (validity.ts) until the earliest entry into force of an
 * act that repeals it. A reglament version is one wording of one service's reglament in one region:
 * - the text approved by an act (effect `approved`) is valid from that act's entry into force;
 * - a text an amending act sets out in a new wording, or adds, is valid from the amending act's
 *   entry into force; a new wording also proves an earlier wording of the approving act existed,
 *   which is kept as a version without text when the corpus does not carry it;
 * - a version ends where the next wording of the same service under the same approving act begins,
 *   or when the approving act's repeal takes effect.
 * Texts of one act in Russian and Kazakh (same approving act, wording act and service) are one version.
 * Intervals are half-open: `to` is the first day the version is no longer in force.
 * Guarantees: versions sorted by (region, service, from); every date carries certainty and basis;
 * reglaments that cannot be placed (no region, no approving act) are returned as `unplaced`.
 */
import type { ActInfo, CanonicalRelation, Certainty, DateFact, Validity } from '../../schemas/query.ts';
import type { RegionId } from '../../schemas/gold.ts';
import type { Catalog } from '../catalog/catalog.ts';
import type { ReglamentRow } from '../../schemas/graph-source.ts';
import { parseKey } from './acts.ts';
import { entryIntoForce } from './validity.ts';

export const worse = (...cs: (Certainty | undefined)[]): Certainty => (cs.includes('estimated') ? 'estimated' : 'exact');

export function actValidity(acts: Map<string, ActInfo>, relations: CanonicalRelation[]): Map<string, Validity> {
  const out = new Map<string, Validity>();
  for (const [key, act] of acts) {
    const from = entryIntoForce(act);
    let to: DateFact | null = null;
    let repealedBy: string | null = null;
    for (const r of relations.filter((x) => x.type === 'repeals' && x.to === key)) {
      const repealer = acts.get(r.from);
      if (!repealer) continue;
      const e = entryIntoForce(repealer);
      const d: DateFact = {
        date: e.date,
        certainty: r.basis === 'inferred' ? 'estimated' : e.certainty,
        basis: `${r.basis === 'inferred' ? 'repeal inferred' : 'repealed'} by ${r.from}, in force ${e.date}: ${e.basis}`,
      };
      if (!to || d.date < to.date || (d.date === to.date && r.from < repealedBy!)) { to = d; repealedBy = r.from; }
    }
    out.set(key, { act: key, from, to, repealedBy, certainty: worse(from.certainty, to?.certainty) });
  }
  return out;
}

export interface Version {
  region: RegionId;
  serviceId: string;
  approvedBy: string;
  wordingBy: string;
  wording: 'approved' | 'new-wording' | 'added';
  from: DateFact;
  to: DateFact | null;
  /** What ends the version: the next wording's act, or the act repealing the approving act. */
  endedBy: { act: string; by: 'new-wording' | 'repeal' } | null;
  texts: ReglamentRow[];
}

export interface Unplaced { reglament: ReglamentRow; reason: string }

/** The approving act and the act whose text this is, from the reglament's own statements. */
function place(g: ReglamentRow, relations: CanonicalRelation[]): { base: string; wordingBy: string; wording: Version['wording'] } | string {
  const amended = [...new Set(relations.filter((r) => r.type === 'amends' && r.from === g.carrier).map((r) => r.to))];
  const amendedBase = amended.length === 1 ? amended[0]! : null;
  const effect = g.effect ?? (g.carrier && g.approvedBy && g.approvedBy !== g.carrier ? 'new-wording' : 'approved');
  if (effect === 'approved') {
    const base = g.approvedBy ?? g.carrier;
    if (!base) return 'no approving act and no carrying act';
    return { base, wordingBy: g.carrier ?? base, wording: 'approved' };
  }
  if (!g.carrier) return `${effect} text without a carrying act`;
  const base = g.approvedBy ?? amendedBase;
  if (!base) return `${effect} by ${g.carrier}, but the act it amends is not known (${amended.length} amended acts)`;
  return { base, wordingBy: g.carrier, wording: effect };
}

export function buildVersions(
  acts: Map<string, ActInfo>,
  validity: Map<string, Validity>,
  relations: CanonicalRelation[],
  reglaments: ReglamentRow[],
  catalog: Catalog,
): { versions: Version[]; unplaced: Unplaced[] } {
  const unplaced: Unplaced[] = [];
  const groups = new Map<string, Omit<Version, 'from' | 'to' | 'endedBy'>>();
  for (const g of reglaments) {
    const p = place(g, relations);
    if (typeof p === 'string') { unplaced.push({ reglament: g, reason: p }); continue; }
    const region = (acts.get(p.base)?.region ?? (g.carrier ? parseKey(g.carrier).region : null)) as RegionId | null;
    if (!region) { unplaced.push({ reglament: g, reason: `approving act ${p.base} has no region` }); continue; }
    const serviceId = catalog.idFor(g.service, g.language);
    const id = [region, serviceId, p.base, p.wordingBy].join('\u0000');
    const v = groups.get(id) ?? { region, serviceId, approvedBy: p.base, wordingBy: p.wordingBy, wording: p.wording, texts: [] };
    // An act that both adds and rewords the same service counts as its newer effect.
    if (v.wording !== p.wording && p.wording === 'new-wording') v.wording = 'new-wording';
    v.texts.push(g);
    groups.set(id, v);
  }

  const lines = new Map<string, Omit<Version, 'from' | 'to' | 'endedBy'>[]>();
  for (const v of groups.values()) {
    const id = [v.region, v.serviceId, v.approvedBy].join('\u0000');
    lines.set(id, [...(lines.get(id) ?? []), v]);
  }

  const versions: Version[] = [];
  const fromOf = (key: string) => validity.get(key)!.from;
  for (const line of lines.values()) {
    line.sort((a, b) => fromOf(a.wordingBy).date.localeCompare(fromOf(b.wordingBy).date) || a.wordingBy.localeCompare(b.wordingBy));
    const first = line[0]!;
    if (first.wording === 'new-wording' && first.wordingBy !== first.approvedBy) {
      line.unshift({ region: first.region, serviceId: first.serviceId, approvedBy: first.approvedBy, wordingBy: first.approvedBy, wording: 'approved', texts: [] });
    }
    const base = validity.get(first.approvedBy)!;
    line.forEach((v, i) => {
      const next = line[i + 1];
      let to: DateFact | null = base.to;
      let endedBy: Version['endedBy'] = base.repealedBy ? { act: base.repealedBy, by: 'repeal' } : null;
      if (next) {
        const n = fromOf(next.wordingBy);
        if (!to || n.date <= to.date) {
          to = { date: n.date, certainty: n.certainty, basis: `new wording by ${next.wordingBy}, in force ${n.date}: ${n.basis}` };
          endedBy = { act: next.wordingBy, by: 'new-wording' };
        }
      }
      versions.push({ ...v, from: fromOf(v.wordingBy), to, endedBy });
    });
  }
  versions.sort((a, b) => a.region.localeCompare(b.region) || a.serviceId.localeCompare(b.serviceId) || a.from.date.localeCompare(b.from.date) || a.wordingBy.localeCompare(b.wordingBy));
  for (const v of versions) v.texts.sort((a, b) => a.document.localeCompare(b.document) || a.ordinal - b.ordinal);
  return { versions, unplaced };
}

/**
 * The validity rule, in one place: in force from its first day, up to but not including the day its
 * end takes effect. On ISO dates and on day numbers alike (graph/queries/model-index.ts).
 */
export const validOn = <T extends string | number>(day: T, from: T, to: T | null): boolean => from <= day && (to === null || day < to);

export const inForceAt = (v: { from: DateFact; to: DateFact | null }, date: string): boolean => validOn(date, v.from.date, v.to?.date ?? null);
