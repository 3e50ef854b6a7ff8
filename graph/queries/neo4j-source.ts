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
import { type GraphSource, parseRows } from './source.ts';
import { ActStatementRow, AmendmentRow, DocumentRow, ReglamentRow, RelationRow } from '../../schemas/graph-source.ts';

export class Neo4jSource implements GraphSource {
  readonly label: string;
  constructor(private readonly store: Neo4jStore, private readonly owned = true) {
    this.label = `neo4j (${store.config.uri})`;
  }

  private async read(query: string): Promise<Record<string, unknown>[]> {
    const db = this.store.config.database ? { database: this.store.config.database } : {};
    const r = await this.store.driver.executeQuery(query, {}, { ...db, routing: neo4j.routing.READ });
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

  async close() {
    if (this.owned) await this.store.close();
  }
}

export async function openNeo4jSource(flags: Neo4jFlags = {}): Promise<GraphSource> {
  return new Neo4jSource(await openNeo4jStore(resolveNeo4jConfig(flags)));
}
