/**
 * `history`: an act's place among other acts — what it amends and repeals, what amended and
 * repealed it — in date order, acts outside the corpus included, stated and inferred relations
 * told apart.
 * Each amendment lists what it changed: the sub-points its operative text rewords or adds and the
 * reglaments (appendices) it sets out in a new wording or adds; an inferred relation is stated by no
 * document and lists, apart, the statements it is inferred from. Warnings name the texts the corpus
 * does not carry (the act's own, an amending act's).
 * Guarantees: one row per related act and relation (statements from several documents merged);
 * a key that names no known act, or a region+number naming several, is a clear error.
 */
import { HistoryOptions, HistoryResult, HistoryRow, type ActSummary, type ChangeMade } from '../../schemas/query.ts';
import { shortAct } from './format.ts';
import { worse } from '../temporal/versions.ts';
import type { QueryModel } from './model.ts';
import { workUriOf } from '../identifiers/uri.ts';
import { closestTail, type Candidate } from './suggest.ts';

export class QueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QueryError';
  }
}

/**
 * Every act of the graph as a suggestion, known by its key and by its number and date as people write
 * them; shown as its key, or (`asNumber`, for a user who gave a number) as "№ 142 of 2019-06-19 in
 * west-kazakhstan".
 */
const actCandidates = (model: QueryModel, region?: string, asNumber = false): Candidate[] => [...model.acts.values()]
  .filter((a) => !region || a.region === region)
  .map((a) => ({ label: asNumber ? `№ ${a.number} of ${a.date} in ${a.region}` : a.key, names: [a.key, `${a.number} ${a.date}`, a.number] }));

export function resolveAct(model: QueryModel, options: HistoryOptions): string {
  const o = HistoryOptions.parse(options);
  if ('act' in o) {
    if (!model.acts.has(o.act)) throw new QueryError(`no act ${o.act} in the graph${closestTail(o.act, actCandidates(model))}`);
    return o.act;
  }
  const hits = [...model.acts.values()].filter((a) => a.region === o.region && a.number === o.number && (!o.date || a.date === o.date));
  if (hits.length === 0) {
    const typed = o.date ? `${o.number} ${o.date}` : o.number;
    throw new QueryError(`no act № ${o.number}${o.date ? ` of ${o.date}` : ''} in ${o.region} in the graph${closestTail(typed, actCandidates(model, o.region).length ? actCandidates(model, o.region, true) : actCandidates(model, undefined, true))}`);
  }
  if (hits.length > 1) throw new QueryError(`several acts № ${o.number} in ${o.region}: ${hits.map((a) => a.key).join(', ')}; give --date or the act key`);
  return hits[0]!.key;
}

export function actSummary(model: QueryModel, key: string): ActSummary {
  const a = model.acts.get(key)!;
  const v = model.validity.get(key)!;
  return {
    key,
    uri: workUriOf(model.acts, key),
    title: a.title,
    inCorpus: a.inCorpus,
    documents: a.documents,
    validFrom: v.from.date,
    validTo: v.to?.date ?? null,
    certainty: v.certainty,
    basis: [`from ${v.from.date} (${v.from.certainty}): ${v.from.basis}`, v.to ? `to ${v.to.date} (${v.to.certainty}): ${v.to.basis}` : 'no repeal known'],
  };
}

/** What `amender` changed in `amended`: the sub-points its operative text names, the reglaments it
 * sets out in a new wording or adds (appendices of `amended`, carried as appendices of `amender`). */
function changesMade(model: QueryModel, amender: string, amended: string): ChangeMade[] {
  // Stores hand rows out in any order; amendments come in text order within each document.
  const subpoints: ChangeMade[] = model.amendments
    .filter((a) => a.act === amender && a.target === amended)
    .sort((a, b) => a.document.localeCompare(b.document))
    .map((a) => ({ part: 'subpoint', change: a.change, point: a.point, number: a.subpoint, text: a.text, document: a.document, quote: a.quote }));
  const appendices: ChangeMade[] = model.reglaments
    .filter((g) => g.carrier === amender && (g.effect === 'new-wording' || g.effect === 'added') && (g.approvedBy === amended || g.approvedBy === null))
    .sort((a, b) => a.document.localeCompare(b.document) || a.ordinal - b.ordinal)
    .map((g) => ({ part: 'appendix', change: g.effect as 'new-wording' | 'added', point: null, number: g.appendix, text: g.service, document: g.document, quote: g.quotes.join(' … ') }));
  return [...subpoints, ...appendices];
}

function warnings(model: QueryModel, key: string, rows: HistoryRow[]): string[] {
  const out: string[] = [];
  const a = model.acts.get(key)!;
  if (!a.inCorpus) out.push(`the text of ${shortAct(key)} is not in the corpus: what it says is known only from ${a.documents.length ? a.documents.join(', ') : 'the acts that name it'}`);
  for (const r of rows) {
    if (r.relation === 'amended-by' && !r.otherInCorpus) {
      out.push(`the text of ${shortAct(r.other)} is not in the corpus: what it changed is not known`);
    }
  }
  return out;
}

export function history(model: QueryModel, options: HistoryOptions): HistoryResult {
  const key = resolveAct(model, options);
  const rows: HistoryRow[] = [];
  for (const r of model.relations) {
    if (r.from !== key && r.to !== key) continue;
    const outgoing = r.from === key;
    const other = outgoing ? r.to : r.from;
    const actor = model.validity.get(r.from)!.from;
    const o = model.acts.get(other)!;
    rows.push(HistoryRow.parse({
      act: key,
      relation: outgoing ? r.type : `${r.type === 'amends' ? 'amended' : 'repealed'}-by`,
      other,
      otherDate: o.date,
      otherTitle: o.title,
      otherInCorpus: o.inCorpus,
      effective: actor.date,
      certainty: worse(actor.certainty, r.basis === 'inferred' ? 'estimated' : 'exact'),
      basis: r.basis,
      // An inferred relation is stated by no document: what it rests on are statements about other acts.
      statedBy: r.basis === 'inferred' ? [] : [...new Set(r.statedBy.map((s) => s.document))],
      quotes: r.basis === 'inferred' ? [] : [...new Set(r.statedBy.map((s) => s.quote))],
      inferredFrom: r.basis === 'inferred' ? r.statedBy.map((s) => ({ document: s.document, statement: s.as, quote: s.quote })) : [],
      changes: r.type === 'amends' ? changesMade(model, r.from, r.to) : [],
    }));
  }
  rows.sort((a, b) => a.otherDate.localeCompare(b.otherDate) || a.relation.localeCompare(b.relation) || a.other.localeCompare(b.other));
  return HistoryResult.parse({ act: actSummary(model, key), relations: rows, warnings: warnings(model, key, rows) });
}
