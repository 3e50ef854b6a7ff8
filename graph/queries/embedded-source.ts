/**
 * GraphSource over ExtractionResults (the embedded store, or results held in memory by tests).
 * Guarantees: the same rows the Neo4j source reads back from the graph — one act statement per
 * document header and per act a relation names, relations as stated, reglaments with the key of the
 * act carrying them. A header without issuer, date or number has no key and states no act.
 */
import type { ExtractedAct, ExtractedReglament, ExtractionResult } from '../../schemas/extraction.ts';
import type { Span } from '../../schemas/provenance.ts';
import { EmbeddedStore } from '../embedded/store.ts';
import { type GraphSource, parseRows, type ReglamentRef } from './source.ts';
import {
  ActStatementRow, AmendmentRow, DocumentRow, type EvidenceRow, ReglamentRow, ReglamentTextRow, RelationRow,
} from '../../schemas/graph-source.ts';

/** `issuer|region|date|number`, or null when the header lacks a part of the key. */
export function actKeyOf(act: Pick<ExtractedAct, 'issuer' | 'region' | 'date' | 'number'> | null): string | null {
  if (!act || !act.issuer || !act.date || !act.number) return null;
  return `${act.issuer}|${act.region ?? '-'}|${act.date}|${act.number}`;
}

const present = (xs: (string | undefined)[]): string[] => [...new Set(xs.filter((x): x is string => !!x))];

export function rowsOf(results: ExtractionResult[]) {
  const acts: ActStatementRow[] = [];
  const relations: RelationRow[] = [];
  const reglaments: ReglamentRow[] = [];
  const documents: DocumentRow[] = [];
  const amendments: AmendmentRow[] = [];
  for (const r of results) {
    const key = actKeyOf(r.act);
    documents.push({ name: r.source, path: r.path, language: r.language, act: key });
    for (const a of r.amendments) {
      amendments.push({ document: r.source, act: key, target: a.target, point: a.point, subpoint: a.subpoint, change: a.change, text: a.text, quote: a.evidence.clause.quote });
    }
    if (r.act && key) {
      const a = r.act;
      acts.push({
        act: key,
        document: r.source,
        self: true,
        kind: a.kind,
        title: a.title,
        registrationNumber: a.registration?.number ?? null,
        registrationDate: a.registration?.date ?? null,
        publicationDate: a.publicationDate,
        entryIntoForce: a.entryIntoForce,
        status: a.status,
        quotes: present([a.evidence.number?.quote, a.evidence.registration?.quote, a.evidence.publication?.quote,
          a.evidence.entryIntoForce?.quote, a.evidence.status?.quote]),
      });
    }
    for (const rel of r.relations) {
      if (key) relations.push({ from: key, type: rel.type, to: rel.target, document: r.source, quote: rel.evidence.quote });
      const t = rel.targetInfo;
      acts.push({
        act: rel.target,
        document: r.source,
        self: false,
        kind: null,
        title: t?.title ?? null,
        registrationNumber: t?.registrationNumber ?? null,
        registrationDate: null,
        publicationDate: t?.publicationDate ?? null,
        entryIntoForce: t?.entryIntoForce ?? null,
        status: null,
        quotes: [rel.evidence.quote],
      });
    }
    for (const g of r.reglaments) {
      reglaments.push({
        document: r.source,
        language: r.language,
        ordinal: g.ordinal,
        appendix: g.appendix,
        service: g.service,
        carrier: key,
        approvedBy: g.approvedBy,
        effect: g.effect,
        steps: g.procedures.flatMap((p, k) => p.steps.map((s) => ({ variant: p.variant, procedure: k, n: s.n, actor: s.actor, durations: s.durations, links: s.durationLinks.map((l) => l.relation) }))),
        limits: g.procedures.flatMap((p, k) => p.limit.map((l) => ({ procedure: k, duration: l.duration }))),
        actors: g.actors,
        terms: g.terms.map((t) => ({ kind: t.kind, channel: t.channel, duration: t.duration })),
        quotes: present([g.evidence.appendix?.quote, g.evidence.approvedBy?.quote, g.evidence.service.quote]),
      });
    }
  }
  return {
    acts: parseRows(ActStatementRow, acts, 'embedded act statements'),
    relations: parseRows(RelationRow, relations, 'embedded relations'),
    reglaments: parseRows(ReglamentRow, reglaments, 'embedded reglaments'),
    documents: parseRows(DocumentRow, documents, 'embedded documents'),
    amendments: parseRows(AmendmentRow, amendments, 'embedded amendments'),
  };
}

const evidence = (s: Span): EvidenceRow => ({ start: s.start, end: s.end, quote: s.quote, line: s.line ?? null });
const maybe = (s: Span | undefined): EvidenceRow | null => (s ? evidence(s) : null);

/** One reglament of a result in full, as the Neo4j source reads it back from the graph. */
export function reglamentTextOf(r: ExtractionResult, g: ExtractedReglament): ReglamentTextRow {
  return {
    document: r.source,
    language: r.language,
    ordinal: g.ordinal,
    appendix: g.appendix,
    service: g.service,
    carrier: actKeyOf(r.act),
    approvedBy: g.approvedBy,
    effect: g.effect,
    evidence: {
      service: evidence(g.evidence.service),
      appendix: maybe(g.evidence.appendix),
      approvedBy: maybe(g.evidence.approvedBy),
      effect: maybe(g.evidence.effect),
    },
    procedures: g.procedures.map((p, k) => ({
      variant: p.variant,
      evidence: maybe(p.evidence.variant),
      limitEvidence: p.limit.map((l) => evidence(l.evidence)),
      steps: p.steps.map((s) => ({
        variant: p.variant, procedure: k, n: s.n, actor: s.actor, durations: s.durations, links: s.durationLinks.map((l) => l.relation),
        evidence: evidence(s.evidence.step), actorEvidence: maybe(s.evidence.actor), durationEvidence: s.evidence.durations.map(evidence),
      })),
    })),
    participants: g.actors.map((role) => ({ role, evidence: maybe(g.actorMentions.find((m) => m.role === role)?.evidence) })),
    terms: g.terms.map((t) => ({ kind: t.kind, channel: t.channel, duration: t.duration, evidence: evidence(t.evidence) })),
  };
}

export class ResultsSource implements GraphSource {
  private readonly rows: ReturnType<typeof rowsOf>;
  private readonly byName: Map<string, ExtractionResult>;
  constructor(results: ExtractionResult[], readonly label = 'embedded (in memory)') {
    this.rows = rowsOf(results);
    this.byName = new Map(results.map((r) => [r.source, r]));
  }
  async actStatements() { return this.rows.acts; }
  async relations() { return this.rows.relations; }
  async reglaments() { return this.rows.reglaments; }
  async documents() { return this.rows.documents; }
  async amendments() { return this.rows.amendments; }
  async reglamentTexts(refs: ReglamentRef[]) {
    const rows = refs.flatMap((ref) => {
      const r = this.byName.get(ref.document);
      const g = r?.reglaments.find((x) => x.ordinal === ref.ordinal);
      return r && g ? [reglamentTextOf(r, g)] : [];
    });
    return parseRows(ReglamentTextRow, rows, 'embedded reglament texts');
  }
  async close() {}
}

/** The embedded store under a data folder as a GraphSource. */
export async function openEmbeddedSource(dataDir: string): Promise<GraphSource> {
  const store = await EmbeddedStore.open(dataDir);
  return new ResultsSource(await store.snapshotResults(), `embedded (${dataDir})`);
}
