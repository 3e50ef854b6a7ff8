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

const CHANGE_ORDER: Record<ChangeRow['change'], number> = { ceased: 0, 'new-wording': 1, 'came-into-force': 2 };

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

export function changes(model: QueryModel, options: ChangesOptions): ChangeRow[] {
  const o = ChangesOptions.parse(options);
  const within = (d: string) => o.from <= d && d <= o.to;
  const mine = model.versions.filter((v) => v.region === o.region);
  const rows: ChangeRow[] = [];
  for (const v of mine) {
    if (within(v.from.date)) rows.push(row(model, v, v.wording === 'new-wording' ? 'new-wording' : 'came-into-force', v.wordingBy, v.from));
    if (!v.to || !within(v.to.date)) continue;
    // An end where the next wording of the same reglament begins is that new wording, reported above.
    const replaced = mine.some((n) => n !== v && n.serviceId === v.serviceId && n.approvedBy === v.approvedBy && n.from.date === v.to!.date);
    const repealer = model.validity.get(v.approvedBy)?.repealedBy;
    if (!replaced && repealer) rows.push(row(model, v, 'ceased', repealer, v.to));
  }
  return rows.sort((a, b) => a.date.localeCompare(b.date) || CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change]
    || a.act.localeCompare(b.act) || a.service.localeCompare(b.service) || a.approvedBy.localeCompare(b.approvedBy));
}
