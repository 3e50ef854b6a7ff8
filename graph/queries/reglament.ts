/**
 * `reglament`: one reglament text in full, as an analyst reads it — the service as the text names it
 * and its catalog entry, the act that approved it and the act that gave this wording, its validity
 * with the certainty and reason of each end, each procedure variant with its steps (number, actor,
 * durations), the participants and the terms per channel; every fact with the document, the line its
 * quote starts on, the raw quote and span, and the quote as a reader writes it.
 * Selected by region and service (the version in force on a date, or the latest version known), or by
 * document and reglament number.
 * Guarantees: one answer per text of each selected version (a version whose text the corpus lacks is
 * one answer without text, saying so); an unknown service, document or reglament number is a
 * QueryError naming the closest ones; an empty answer comes with the reasons it is empty.
 */
import { basename } from 'node:path';
import type { Language } from '../../schemas/gold.ts';
import { ReglamentAnswer, ReglamentOptions, type ActRef, type Evidence } from '../../schemas/query.ts';
import { readingOf } from '../../pipeline/normalize/reading.ts';
import { inForceAt, type Version } from '../temporal/versions.ts';
import { QueryError } from './history.ts';
import { resolveServices } from './in-force.ts';
import { roleRef } from './labels.ts';
import type { QueryModel } from './model.ts';
import { modelIndex, textId } from './model-index.ts';
import { versionUriOf, workUriOf } from '../identifiers/uri.ts';
import type { GraphSource } from './source.ts';
import type { EvidenceRow, ReglamentRow, ReglamentTextRow } from '../../schemas/graph-source.ts';
import { closestTail } from './suggest.ts';
import { endLine, startLine, whyNothingInForce } from './why.ts';
import { shortAct } from './format.ts';
import { textTotals } from './totals.ts';

export interface ReglamentResult {
  answers: ReglamentAnswer[];
  /** Why `answers` is empty (empty when it is not). */
  why: string[];
}

function evidence(document: string, e: EvidenceRow | null): Evidence | null {
  return e ? { document, line: e.line, start: e.start, end: e.end, quote: e.quote, reading: readingOf(e.quote) } : null;
}

function actRef(model: QueryModel, key: string, ev: Evidence | null): ActRef {
  const a = model.acts.get(key);
  const [, , date = '', number = ''] = key.split('|');
  return { key, uri: workUriOf(model.acts, key), number: a?.number ?? number, date: a?.date ?? date, title: a?.title ?? null, inCorpus: a?.inCorpus ?? false, evidence: ev };
}

function catalogEntry(model: QueryModel, serviceId: string): ReglamentAnswer['service']['catalog'] {
  const e = model.catalog.entry(serviceId);
  return e ? { id: e.id, ru: e.ru[0] ?? null, kk: e.kk[0] ?? null } : null;
}

/** `row` is the same text as the store lists it: its procedure limits and durations, for the totals. */
function textPart(t: ReglamentTextRow, row: ReglamentRow | undefined): NonNullable<ReglamentAnswer['text']> {
  const ev = (e: EvidenceRow | null) => evidence(t.document, e);
  const lang: Language = t.language;
  const timing = row ?? { steps: t.procedures.flatMap((p) => p.steps), limits: [] };
  const totals = textTotals(timing);
  /** One variant's totals, found by its procedure index (a variant may state a limit and no step). */
  const variantTotals = (k: number) => textTotals({ steps: timing.steps.filter((s) => s.procedure === k), limits: timing.limits.filter((l) => l.procedure === k) });
  return {
    document: t.document,
    reglament: t.ordinal,
    language: lang,
    appendix: t.appendix,
    total: totals.total,
    workingMinutes: totals.workingMinutes,
    procedures: t.procedures.map((p, k) => {
      const variant = variantTotals(p.steps[0]?.procedure ?? k).variants[0] ?? { limit: [], total: { fastest: [], slowest: [] }, workingMinutes: null };
      return {
        ...variant,
        variant: p.variant,
        evidence: ev(p.evidence),
        // The limit as the store lists it and its spans as the text row holds them: one per duration.
        limitEvidence: variant.limit.length === p.limitEvidence.length ? p.limitEvidence.map((e) => ev(e)!) : [],
        steps: p.steps.map((s) => ({
          n: s.n,
          actor: s.actor ? roleRef(s.actor, lang, s.actorEvidence?.quote) : null,
          durations: s.durations,
          links: s.durations.map((_, i) => s.links[i] ?? 'then'),
          evidence: ev(s.evidence)!,
          actorEvidence: ev(s.actorEvidence),
          durationEvidence: s.durationEvidence.map((d) => ev(d)!),
        })),
      };
    }),
    participants: t.participants.map((p) => ({ role: roleRef(p.role, lang, p.evidence?.quote), evidence: ev(p.evidence) })),
    terms: t.terms.map((x) => ({ kind: x.kind, channel: x.channel, duration: x.duration, evidence: ev(x.evidence)! })),
  };
}

/** The answer for one text (or none) of a version (or of no version: a text not placed in time). */
function answer(model: QueryModel, v: Version | null, t: ReglamentTextRow | null, unplaced: string | null): ReglamentAnswer {
  const serviceId = v?.serviceId ?? model.catalog.idFor(t!.service, t!.language);
  const stamp = t ? evidence(t.document, t.evidence.approvedBy) : null;
  const approvedBy = v?.approvedBy ?? t?.approvedBy ?? null;
  const wordingBy = v?.wordingBy ?? t?.carrier ?? null;
  const wording = v?.wording ?? t?.effect ?? null;
  const wordingEvidence = t ? (wording === 'approved' ? stamp : evidence(t.document, t.evidence.effect)) : null;
  const notes: string[] = [];
  if (v && !t) notes.push(`text not in the corpus: this wording is known only because a later act replaces it (${endLine(model, v)})`);
  if (unplaced) notes.push(`not placed in time: ${unplaced}`);
  const otherTexts = (v?.texts ?? []).filter((x) => !t || x.document !== t.document || x.ordinal !== t.ordinal)
    .map((x) => ({ document: x.document, reglament: x.ordinal, language: x.language }));
  return ReglamentAnswer.parse({
    uri: v && t ? versionUriOf(model.acts, v, t.language) : null,
    region: v?.region ?? null,
    serviceId,
    service: { name: t?.service ?? null, evidence: t ? evidence(t.document, t.evidence.service) : null, catalog: catalogEntry(model, serviceId) },
    approvedBy: approvedBy ? actRef(model, approvedBy, stamp) : null,
    wordingBy: wordingBy ? actRef(model, wordingBy, wordingEvidence) : null,
    wording,
    validity: v ? { from: { ...v.from, why: startLine(model, v) }, to: v.to ? { ...v.to, why: endLine(model, v) } : null } : null,
    text: t ? textPart(t, modelIndex(model).reglaments.get(textId(t.document, t.ordinal))) : null,
    otherTexts,
    notes,
  });
}

const refOf = (g: ReglamentRow) => ({ document: g.document, ordinal: g.ordinal });

/** One answer still to build: a version (or none: a text not placed in time) and one of its texts (or none: a version whose text the corpus lacks). */
interface Pending { v: Version | null; g: ReglamentRow | null; unplaced: string | null }

const pendingOf = (versions: Version[]): Pending[] =>
  versions.flatMap((v): Pending[] => (v.texts.length ? v.texts.map((g) => ({ v, g, unplaced: null })) : [{ v, g: null, unplaced: null }]));

async function build(model: QueryModel, source: GraphSource, pending: Pending[]): Promise<ReglamentAnswer[]> {
  const texts = await source.reglamentTexts(pending.flatMap((p) => (p.g ? [refOf(p.g)] : [])));
  const byRef = new Map(texts.map((t) => [`${t.document}#${t.ordinal}`, t]));
  return pending.map((p) => answer(model, p.v, p.g ? byRef.get(`${p.g.document}#${p.g.ordinal}`) ?? null : null, p.unplaced));
}

export async function answersFor(model: QueryModel, source: GraphSource, versions: Version[]): Promise<ReglamentAnswer[]> {
  return build(model, source, pendingOf(versions));
}

/**
 * What a question selects, before its answers are built: building one reads its text in full and
 * is the costly part, so a reader that shows a few answers (a page) builds only those.
 */
export interface ReglamentSelection {
  /** How many answers the question has. */
  count: number;
  /** The answers from `from` up to `to` (excluded), in the order `reglament` answers them. */
  answers(from?: number, to?: number): Promise<ReglamentAnswer[]>;
  /** Why there is no answer (empty when there is one). */
  why: string[];
}

const selection = (model: QueryModel, source: GraphSource, pending: Pending[], why: string[] = []): ReglamentSelection => ({
  count: pending.length,
  answers: (from = 0, to = pending.length) => build(model, source, pending.slice(from, to)),
  why,
});

/** The document a user names: its name, or a path ending with it. */
function resolveDocument(model: QueryModel, typed: string): string {
  const hit = model.documents.find((d) => d.name === typed || d.path === typed || d.name === basename(typed));
  if (hit) return hit.name;
  throw new QueryError(`no document "${typed}" in the store${closestTail(basename(typed), model.documents.map((d) => ({ label: d.name, names: [d.name] })))}`);
}

async function byDocument(model: QueryModel, source: GraphSource, document: string, ordinal: number): Promise<ReglamentSelection> {
  const name = resolveDocument(model, document);
  const inDoc = [...modelIndex(model).reglamentsOf.get(name) ?? []].sort((a, b) => a.ordinal - b.ordinal);
  const g = inDoc.find((x) => x.ordinal === ordinal);
  if (!g) {
    const list = inDoc.map((x) => `${x.ordinal} "${x.service}"`).join('; ');
    throw new QueryError(`${name} has no reglament ${ordinal}${list ? `; it holds ${list}` : '; it holds no reglament'}`);
  }
  const v = modelIndex(model).versionOf.get(textId(name, ordinal)) ?? null;
  const [t] = await source.reglamentTexts([refOf(g)]);
  if (!t) throw new QueryError(`${name} reglament ${ordinal}: the store lists it but holds no text for it`);
  const unplaced = v ? null : modelIndex(model).unplaced.get(textId(name, ordinal))?.reason ?? 'no version';
  const built = answer(model, v, t, unplaced);
  return { count: 1, answers: async (from = 0, to = 1) => [built].slice(from, to), why: [] };
}

function byService(model: QueryModel, source: GraphSource, o: Extract<ReglamentOptions, { region: string }>): ReglamentSelection {
  const ids = resolveServices(model, o.service);
  const inRegion = (modelIndex(model).versionsIn.get(o.region) ?? []).filter((v) => ids.has(v.serviceId));
  if (inRegion.length === 0) {
    const elsewhere = [...new Set(model.versions.filter((v) => ids.has(v.serviceId)).map((v) => v.region))].sort();
    throw new QueryError(`no reglament of "${o.service}" in ${o.region} in the corpus${elsewhere.length ? `; the corpus has it in ${elsewhere.join(', ')}` : ''}`);
  }
  const services = [...new Set(inRegion.map((v) => v.serviceId))];
  if (services.length > 1) {
    throw new QueryError(`"${o.service}" names ${services.length} services in ${o.region}: ${services.map((id) => `"${model.catalog.displayName(id)}"`).join(', ')}; give more of the name`);
  }
  let picked: Version[];
  if (o.date) {
    const date = o.date;
    picked = inRegion.filter((v) => inForceAt(v, date));
    if (picked.length === 0) return selection(model, source, [], whyNothingInForce(model, inRegion, date, `of "${o.service}" in ${o.region}`));
  } else {
    const latest = inRegion.reduce((m, v) => (v.from.date > m ? v.from.date : m), '');
    picked = inRegion.filter((v) => v.from.date === latest);
  }
  return selection(model, source, pendingOf(picked));
}

/** The texts a question selects, their answers built on request. */
export async function selectReglaments(model: QueryModel, source: GraphSource, options: ReglamentOptions): Promise<ReglamentSelection> {
  const o = ReglamentOptions.parse(options);
  return 'document' in o ? byDocument(model, source, o.document, o.reglament) : byService(model, source, o);
}

export async function reglament(model: QueryModel, source: GraphSource, options: ReglamentOptions): Promise<ReglamentResult> {
  const selected = await selectReglaments(model, source, options);
  return { answers: await selected.answers(), why: selected.why };
}

/** `№ 564 of 2015-12-30` and whether the corpus has its text, for tables. */
export const actLabel = (a: ActRef | null): string => (a ? `${shortAct(a.key)}${a.inCorpus ? '' : ' (text not in the corpus)'}` : '—');
