/**
 * `changes`: what happened to a region's reglaments between two dates (both included) — texts that
 * came into force (approved, or added by an amending act), texts replaced by a new wording, texts
 * that ceased without a successor (their approving act repealed) — each with the act that did it,
 * the day it took effect and that day's certainty.
 * Guarantees: a text replaced by a new wording appears once, as the new wording, not also as ceased;
 * rows sorted by date, change, act and service; the same dates and certainty as `in-force`.
 */
import { ChangeRow, ChangesOptions } from '../../schemas/query.ts';
import type { Version } from '../temporal/versions.ts';
import type { QueryModel } from './model.ts';
import { dayNumber, modelIndex, serviceKey } from './model-index.ts';

const CHANGE_ORDER: Record<ChangeRow['change'], number> = { ceased: 0, 'new-wording': 1, 'came-into-force': 2 };

/** A version's rows depend on the version alone: built once each (rows are shared; callers must not change them). */
const rows = new WeakMap<Version, Partial<Record<'start' | 'end', ChangeRow>>>();
function cachedRow(v: Version, end: 'start' | 'end', build: () => ChangeRow): ChangeRow {
  const mine = rows.get(v) ?? rows.set(v, {}).get(v)!;
  return mine[end] ??= build();
}

function row(model: QueryModel, v: Version, change: ChangeRow['change'], act: string, at: { date: string; certainty: ChangeRow['certainty']; basis: string }): ChangeRow {
  const a = model.acts.get(act);
  return ChangeRow.parse({
    date: at.date,
    certainty: at.certainty,
    change,
    act,
    actTitle: a?.title ?? null,
    actInCorpus: a?.inCorpus ?? false,
    basis: at.basis,
    serviceId: v.serviceId,
    service: model.catalog.displayName(v.serviceId),
    names: [...new Set(v.texts.map((t) => t.service))],
    approvedBy: v.approvedBy,
    documents: [...new Set(v.texts.map((t) => t.document))],
  });
}

/** The collator String.prototype.localeCompare uses, made once. */
const text = new Intl.Collator().compare;
/** ISO dates (YYYY-MM-DD) order alike by code unit and by the collator; code units are quicker to compare. */
const byDate = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function changes(model: QueryModel, options: ChangesOptions): ChangeRow[] {
  const o = ChangesOptions.parse(options);
  const index = modelIndex(model);
  const scope = index.datedIn.get(o.region);
  if (!scope) return [];
  const from = dayNumber(o.from), to = dayNumber(o.to);
  const out: ChangeRow[] = [];
  for (let i = 0; i < scope.versions.length; i++) {
    const v = scope.versions[i]!;
    if (from <= scope.from[i]! && scope.from[i]! <= to) out.push(cachedRow(v, 'start', () => row(model, v, v.wording === 'new-wording' ? 'new-wording' : 'came-into-force', v.wordingBy, v.from)));
    if (!v.to || scope.to[i]! < from || to < scope.to[i]!) continue;
    // An end where the next wording of the same reglament begins is that new wording, reported above.
    const replaced = (index.versionsOf.get(serviceKey(v.serviceId, v.region)) ?? [])
      .some((n) => n !== v && n.approvedBy === v.approvedBy && n.from.date === v.to!.date);
    const repealer = model.validity.get(v.approvedBy)?.repealedBy;
    if (!replaced && repealer) out.push(cachedRow(v, 'end', () => row(model, v, 'ceased', repealer, v.to!)));
  }
  return out.sort((a, b) => byDate(a.date, b.date) || CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change]
    || text(a.act, b.act) || text(a.service, b.service) || text(a.approvedBy, b.approvedBy));
}
