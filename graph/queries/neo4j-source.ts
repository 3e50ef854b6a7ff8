/**
 * GraphSource over Neo4j: the same rows the embedded source derives from ExtractionResults, read
 * back from the graph model of graph/model (CARRIES and MENTIONS statements, ReglamentVersion nodes
 * with their steps and terms, Document nodes). Parameterized Cypher only.
 * Guarantee: for a graph loaded from some results, the rows equal ResultsSource's rows for those
 * results (up to order), so every query answers the same from both stores (tested).
 */
import neo4j from 'neo4j-driver';
import { openNeo4jStore, resolveNeo4jConfig, type Neo4jStore } from '../neo4j/store.ts';
import type { Neo4jFlags } from '../../schemas/neo4j.ts';
import { type GraphSource, parseRows, type ReglamentRef } from './source.ts';
import {
  ActStatementRow, AmendmentRow, DocumentRow, type EvidenceRow, ReglamentRow, ReglamentTextRow, RelationRow,
} from '../../schemas/graph-source.ts';

type Props = Record<string, unknown>;

/** The span stored on a row under `<prefix>Start`, ... (no prefix: `start`, ...), or null when it has none. */
function evidenceAt(props: Props, prefix = ''): EvidenceRow | null {
  const k = (name: string) => (prefix ? `${prefix}${name[0]!.toUpperCase()}${name.slice(1)}` : name);
  const start = props[k('start')];
  if (start === null || start === undefined) return null;
  return { start: start as number, end: props[k('end')] as number, quote: props[k('quote')] as string, line: (props[k('line')] as number | null) ?? null };
}

/** The spans stored as parallel lists `<prefix>Starts`, `<prefix>Ends`, `<prefix>Quotes`, `<prefix>Lines`. */
function evidenceLists(props: Props, prefix: string): EvidenceRow[] {
  const starts = (props[`${prefix}Starts`] as number[] | null) ?? [];
  return starts.map((start, i) => ({
    start,
    end: (props[`${prefix}Ends`] as number[])[i]!,
    quote: (props[`${prefix}Quotes`] as string[])[i]!,
    line: (props[`${prefix}Lines`] as number[] | null)?.[i] || null,
  }));
}

/** A ReglamentTextRow from a ReglamentVersion node, its Step and Term nodes and its participants. */
function reglamentText(document: string, rv: Props, steps: Props[], participants: Props[], terms: Props[]): unknown {
  const procedures: Array<{ variant: string | null; evidence: EvidenceRow | null; limitEvidence: EvidenceRow[]; steps: unknown[] }> = [];
  const limitProcedures = (rv.limitProcedures as number[] | null) ?? [];
  const limitEvidence = evidenceLists(rv, 'limit');
  const variantProcedures = (rv.variantProcedures as number[] | null) ?? [];
  const variantEvidence = evidenceLists(rv, 'variant');
  let index = -1;
  for (const s of steps) {
    if (s.variantIndex !== index) {
      index = s.variantIndex as number;
      const limits = limitEvidence.filter((_, i) => limitProcedures[i] === index);
      // A graph written before the heading's span moved to the ReglamentVersion holds it on each Step.
      const variant = rv.variantProcedures ? variantEvidence[variantProcedures.indexOf(index)] ?? null : evidenceAt(s, 'variant');
      procedures.push({ variant: (s.variant as string | null) ?? null, evidence: variant, limitEvidence: limits, steps: [] });
    }
    procedures[procedures.length - 1]!.steps.push({
      variant: s.variant ?? null, procedure: (s.variantIndex as number) - 1, n: s.n, actor: s.actor ?? null, durations: s.durations ?? [], links: s.durationLinks ?? [],
      evidence: evidenceAt(s), actorEvidence: evidenceAt(s, 'actor'), durationEvidence: evidenceLists(s, 'duration'),
    });
  }
  return {
    document, language: rv.language, ordinal: rv.ordinal, appendix: rv.appendix ?? null, service: rv.service,
    carrier: rv.carrier ?? null, approvedBy: rv.approvedBy ?? null, effect: rv.effect ?? null,
    evidence: { service: evidenceAt(rv), appendix: evidenceAt(rv, 'appendix'), approvedBy: evidenceAt(rv, 'approvedBy'), effect: evidenceAt(rv, 'effect') },
    procedures,
    participants: participants.map((p) => ({ role: p.role, evidence: evidenceAt(p) })),
    terms: terms.map((t) => ({ kind: t.kind, channel: t.channel ?? null, duration: t.duration, evidence: evidenceAt(t) })),
  };
}

export class Neo4jSource implements GraphSource {
  readonly label: string;
  /**
   * `owned`: closing the source closes the store. `procedures: false` reads each reglament's heading
   * facts only (service, acts, actors), with no steps, terms or limits: enough for validity and
   * versions (graph/neo4j/validity.ts), and most of the reading time saved on a large graph.
   */
  constructor(private readonly store: Neo4jStore, private readonly owned = true, private readonly options: { procedures?: boolean } = {}) {
    this.label = `neo4j (${store.config.uri})`;
  }

  private async read(query: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
    const db = this.store.config.database ? { database: this.store.config.database } : {};
    const r = await this.store.driver.executeQuery(query, params, { ...db, routing: neo4j.routing.READ });
    return r.records.map((x) => x.toObject());
  }

  async actStatements() {
    const self = await this.read(
      `MATCH (d:Document)-[c:CARRIES]->(a:Act)
       RETURN a.key AS act, d.key AS document, true AS self, c.kind AS kind, c.title AS title,
              c.registrationNumber AS registrationNumber, c.registrationDate AS registrationDate,
              c.publicationDate AS publicationDate, c.entryIntoForce AS entryIntoForce, c.status AS status,
              c.quotes AS quotes`,
    );
    const named = await this.read(
      `MATCH (d:Document)-[m:MENTIONS]->(a:Act)
       RETURN a.key AS act, d.key AS document, false AS self, null AS kind, m.title AS title,
              m.registrationNumber AS registrationNumber, null AS registrationDate,
              m.publicationDate AS publicationDate, m.entryIntoForce AS entryIntoForce, null AS status,
              [m.quote] AS quotes`,
    );
    return parseRows(ActStatementRow, [...self, ...named], 'neo4j act statements');
  }

  async relations() {
    const rows = await this.read(
      `MATCH (d:Document)-[m:MENTIONS]->(a:Act) WHERE d.act IS NOT NULL
       RETURN d.act AS from, m.relation AS type, a.key AS to, d.key AS document, m.quote AS quote`,
    );
    return parseRows(RelationRow, rows, 'neo4j relations');
  }

  async reglaments() {
    if (this.options.procedures === false) return this.reglamentHeadings();
    const rows = await this.read(
      `MATCH (d:Document)-[:CONTAINS]->(rv:ReglamentVersion)
       CALL (rv) {
         OPTIONAL MATCH (rv)-[:HAS_STEP]->(s:Step)
         WITH s ORDER BY s.order
         RETURN collect(CASE WHEN s IS NULL THEN null ELSE {variant: s.variant, procedure: s.variantIndex - 1, n: s.n, actor: s.actor, durations: s.durations, links: coalesce(s.durationLinks, [])} END) AS steps
       }
       CALL (rv) {
         OPTIONAL MATCH (rv)-[:HAS_TERM]->(t:Term)
         WITH t ORDER BY t.order
         RETURN collect(CASE WHEN t IS NULL THEN null ELSE {kind: t.kind, channel: t.channel, duration: t.duration} END) AS terms
       }
       RETURN d.key AS document, rv.language AS language, rv.ordinal AS ordinal, rv.appendix AS appendix,
              rv.service AS service, rv.carrier AS carrier, rv.approvedBy AS approvedBy, rv.effect AS effect,
              steps, coalesce(rv.actors, []) AS actors, terms, coalesce(rv.quotes, []) AS quotes,
              [i IN range(0, size(coalesce(rv.limitDurations, [])) - 1) | {procedure: rv.limitProcedures[i] - 1, duration: rv.limitDurations[i]}] AS limits`,
    );
    return parseRows(ReglamentRow, rows, 'neo4j reglaments');
  }

  private async reglamentHeadings() {
    const rows = await this.read(
      `MATCH (d:Document)-[:CONTAINS]->(rv:ReglamentVersion)
       RETURN d.key AS document, rv.language AS language, rv.ordinal AS ordinal, rv.appendix AS appendix,
              rv.service AS service, rv.carrier AS carrier, rv.approvedBy AS approvedBy, rv.effect AS effect,
              [] AS steps, coalesce(rv.actors, []) AS actors, [] AS terms, coalesce(rv.quotes, []) AS quotes, [] AS limits`,
    );
    return parseRows(ReglamentRow, rows, 'neo4j reglaments');
  }

  async documents() {
    const rows = await this.read('MATCH (d:Document) RETURN d.key AS name, d.path AS path, d.language AS language, d.act AS act');
    return parseRows(DocumentRow, rows, 'neo4j documents');
  }

  async amendments() {
    const rows = await this.read(
      `MATCH (d:Document)-[:HAS_AMENDMENT]->(x:Amendment)
       RETURN d.key AS document, d.act AS act, x.target AS target, x.point AS point, x.subpoint AS subpoint,
              x.change AS change, x.text AS text, x.quote AS quote ORDER BY d.key, x.order`,
    );
    return parseRows(AmendmentRow, rows, 'neo4j amendments');
  }

  async reglamentTexts(refs: ReglamentRef[]) {
    const rows = await this.read(
      `UNWIND range(0, size($refs) - 1) AS i
       WITH i, $refs[i] AS ref
       MATCH (d:Document {key: ref.document})-[:CONTAINS]->(rv:ReglamentVersion)
       WHERE rv.ordinal = ref.ordinal
       CALL (rv) {
         OPTIONAL MATCH (rv)-[:HAS_STEP]->(s:Step)
         OPTIONAL MATCH (s)-[a:PERFORMED_BY]->(:Role)
         WITH s, a ORDER BY s.order
         RETURN collect(s {.*, actorStart: a.start, actorEnd: a.end, actorQuote: a.quote, actorLine: a.line}) AS steps
       }
       CALL (rv) {
         OPTIONAL MATCH (rv)-[p:HAS_PARTICIPANT]->(r:Role)
         WITH p, r ORDER BY p.order
         RETURN collect(CASE WHEN r IS NULL THEN null ELSE {role: r.key, start: p.start, end: p.end, quote: p.quote, line: p.line} END) AS participants
       }
       CALL (rv) {
         OPTIONAL MATCH (rv)-[:HAS_TERM]->(t:Term)
         WITH t ORDER BY t.order
         RETURN collect(t {.*}) AS terms
       }
       RETURN i, d.key AS document, rv {.*} AS rv, steps, participants, terms
       ORDER BY i`,
      { refs: refs.map((r) => ({ document: r.document, ordinal: neo4j.int(r.ordinal) })) },
    );
    const texts = rows.map((r) => reglamentText(r.document as string, r.rv as Props, r.steps as Props[], r.participants as Props[], r.terms as Props[]));
    return parseRows(ReglamentTextRow, texts, 'neo4j reglament texts');
  }

  async close() {
    if (this.owned) await this.store.close();
  }
}

export async function openNeo4jSource(flags: Neo4jFlags = {}): Promise<GraphSource> {
  return new Neo4jSource(await openNeo4jStore(resolveNeo4jConfig(flags)));
}
