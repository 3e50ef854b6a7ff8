/**
 * Writes what the query layer computes (graph/queries/model.ts) back onto the Neo4j graph, so that
 * plain Cypher gives the CLI's answers (graph/cypher/*.cypher):
 * - every Act: its Akoma Ntoso work URI (graph/identifiers/uri.ts), validFrom, validTo and the certainty and basis of each end, repealedBy, certainty;
 * - every stated AMENDS / REPEALS: `effective` (entry into force of the acting act) and certainty;
 * - each inferred repeal as (:Act)-[:REPEALS {inferred: true, inferredFrom: [...], …}]->(:Act);
 * - each reglament version as a (:VersionPeriod) node (region, service, approving and wording act,
 *   validity with certainty and basis of each end) -[:OF_TEXT]->(:ReglamentVersion) for each of its
 *   texts in the corpus, each ReglamentVersion (a text) getting the URI of its version in its
 *   language; a version whose text the corpus does not carry has no OF_TEXT.
 * Guarantees: derived from the graph's own facts, in one write transaction that first removes the
 * previous derived elements, so writing twice leaves the same graph; derived elements are told apart
 * (label VersionPeriod, `inferred: true`) and link no shared node, so a document's removal still
 * cleans up regions, services and roles. Parameterized Cypher only.
 */
import neo4j from 'neo4j-driver';
import { loadModel, type QueryModel } from '../queries/model.ts';
import { Neo4jSource } from '../queries/neo4j-source.ts';
import { worse } from '../temporal/versions.ts';
import type { Neo4jStore } from './store.ts';
import { versionUriOf, workUriOf } from '../identifiers/uri.ts';

const CONSTRAINT = 'CREATE CONSTRAINT versionperiod_key IF NOT EXISTS FOR (n:VersionPeriod) REQUIRE n.key IS UNIQUE';

function actRows(m: QueryModel) {
  return [...m.validity.values()].map((v) => ({
    key: v.act,
    props: {
      uri: workUriOf(m.acts, v.act),
      validFrom: v.from.date, validFromCertainty: v.from.certainty, validFromBasis: v.from.basis,
      validTo: v.to?.date ?? null, validToCertainty: v.to?.certainty ?? null, validToBasis: v.to?.basis ?? null,
      repealedBy: v.repealedBy, certainty: v.certainty,
    },
  }));
}

function relationRows(m: QueryModel) {
  return m.relations.map((r) => {
    const acting = m.validity.get(r.from)!.from;
    return {
      from: r.from, to: r.to, type: r.type, inferred: r.basis === 'inferred',
      effective: acting.date, certainty: worse(acting.certainty, r.basis === 'inferred' ? 'estimated' : 'exact'),
      inferredFrom: r.basis === 'inferred' ? r.statedBy.map((s) => `${s.document}: ${s.as}`) : [],
      quotes: r.statedBy.map((s) => s.quote),
    };
  });
}

function versionRows(m: QueryModel) {
  return m.versions.map((v) => ({
    props: {
      key: [v.region, v.serviceId, v.approvedBy, v.wordingBy].join('|'),
      region: v.region, serviceId: v.serviceId, service: m.catalog.displayName(v.serviceId),
      names: [...new Set(v.texts.map((t) => t.service))],
      approvedBy: v.approvedBy, wordingBy: v.wordingBy, wording: v.wording,
      validFrom: v.from.date, fromCertainty: v.from.certainty, fromBasis: v.from.basis,
      validTo: v.to?.date ?? null, toCertainty: v.to?.certainty ?? null, toBasis: v.to?.basis ?? null,
      certainty: worse(v.from.certainty, v.to?.certainty), textInCorpus: v.texts.length > 0,
    },
    texts: v.texts.map((t) => ({ key: `${t.document}#${t.ordinal}`, uri: versionUriOf(m.acts, v, t.language) })),
  }));
}

/** Computes validity from the graph's facts and writes it onto the graph (see the module comment). */
export async function writeValidity(store: Neo4jStore): Promise<{ acts: number; versions: number; inferred: number }> {
  const model = await loadModel(new Neo4jSource(store, false, { procedures: false }));
  const acts = actRows(model);
  const relations = relationRows(model);
  const versions = versionRows(model);
  const db = store.config.database ? { database: store.config.database } : {};
  const session = store.driver.session({ ...db, defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.run(CONSTRAINT);
    await session.executeWrite(async (tx) => {
      await tx.run('MATCH ()-[r:REPEALS]->() WHERE r.inferred = true DELETE r');
      await tx.run('MATCH (v:VersionPeriod) DETACH DELETE v');
      await tx.run('UNWIND $rows AS row MATCH (a:Act {key: row.key}) SET a += row.props', { rows: acts });
      await tx.run(
        `UNWIND $rows AS row
         MATCH (a:Act {key: row.from})-[r:AMENDS|REPEALS]->(b:Act {key: row.to})
         WHERE toLower(type(r)) = row.type AND r.inferred IS NULL
         SET r.effective = row.effective, r.certainty = row.certainty`,
        { rows: relations.filter((r) => !r.inferred) },
      );
      await tx.run(
        `UNWIND $rows AS row
         MATCH (a:Act {key: row.from}) MATCH (b:Act {key: row.to})
         CREATE (a)-[:REPEALS {inferred: true, basis: 'inferred', effective: row.effective, certainty: row.certainty,
                               inferredFrom: row.inferredFrom, quotes: row.quotes}]->(b)`,
        { rows: relations.filter((r) => r.inferred) },
      );
      await tx.run(
        `UNWIND $rows AS row
         CREATE (v:VersionPeriod) SET v = row.props
         WITH v, row UNWIND row.texts AS text
         MATCH (rv:ReglamentVersion {key: text.key}) SET rv.uri = text.uri CREATE (v)-[:OF_TEXT]->(rv)`,
        { rows: versions },
      );
    });
  } finally {
    await session.close();
  }
  return { acts: acts.length, versions: versions.length, inferred: relations.filter((r) => r.inferred).length };
}

/** Whether validity has been written onto a graph that holds acts (false for a graph loaded before it was). */
export async function hasValidity(store: Neo4jStore): Promise<boolean> {
  const db = store.config.database ? { database: store.config.database } : {};
  const r = await store.driver.executeQuery('MATCH (a:Act) WHERE a.validFrom IS NULL RETURN count(a) AS missing', {}, { ...db, routing: neo4j.routing.READ });
  return Number(r.records[0]?.get('missing') ?? 0) === 0;
}
