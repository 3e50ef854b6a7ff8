/**
 * The Neo4j store: loads GraphRows (graph/model) with neo4j-driver 6.
 *
 * Guarantees: constraints and indexes are created idempotently; one document's facts are written in
 * one managed write transaction (delete its previous facts, then `UNWIND $rows` batches that MERGE
 * on keys), so a failure never leaves half a document and loading the same document twice leaves
 * the same graph. Labels and relationship types come from the closed enums of schemas/graph.ts; every
 * value travels as a parameter. Connection failures become one clear message naming the URI.
 * Nothing waits on the server for ever: connecting is limited by the connect timeout, every
 * transaction and query by the transaction timeout; past either the command fails with one line, and
 * the driver is closed on every path (a failed open included), so the process can exit.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { ExtractionResult } from '../../schemas/extraction.ts';
import { NODE_LABELS, REL_TYPES, type GraphCounts, type GraphRows, type NodeLabel, type RelType } from '../../schemas/graph.ts';
import { toGraph } from '../model/index.ts';
import { DEFAULT_CONNECT_TIMEOUT_S, DEFAULT_TX_TIMEOUT_S, Neo4jConfig, type Neo4jFlags } from '../../schemas/neo4j.ts';
import { UserError } from '../../pipeline/shared/user-error.ts';

/** Flags first, then Neo4j's own variables (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE). */
export function resolveNeo4jConfig(flags: Neo4jFlags = {}, env: NodeJS.ProcessEnv = process.env): Neo4jConfig {
  const r = Neo4jConfig.safeParse({
    uri: flags.uri ?? env.NEO4J_URI ?? 'bolt://127.0.0.1:17687',
    user: flags.user ?? env.NEO4J_USERNAME ?? env.NEO4J_USER ?? 'neo4j',
    password: flags.password ?? env.NEO4J_PASSWORD ?? '',
    database: flags.database ?? env.NEO4J_DATABASE ?? undefined,
    connectTimeoutS: flags.connectTimeout ?? env.NEO4J_CONNECT_TIMEOUT ?? undefined,
    txTimeoutS: flags.txTimeout ?? env.NEO4J_TX_TIMEOUT ?? undefined,
  });
  if (!r.success) throw new UserError(`Neo4j connection settings: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return r.data;
}

function connectionError(config: Neo4jConfig, e: unknown): UserError {
  const err = e as { code?: string; message?: string };
  const code = err.code ?? '';
  if (code.includes('Unauthorized') || code.includes('AuthenticationRateLimit')) {
    return new UserError(`cannot log in to Neo4j at ${config.uri} as "${config.user}": wrong user name or password (set NEO4J_USERNAME / NEO4J_PASSWORD or --user / --password)`);
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /connect|ECONNREFUSED|getaddrinfo/i.test(err.message ?? '')) {
    return new UserError(`cannot reach Neo4j at ${config.uri} (${(err.message ?? code).split('\n')[0]}); is the server running? Locally: npm run neo4j:start; elsewhere set NEO4J_URI or --uri`);
  }
  if (code.includes('DatabaseNotFound')) return new UserError(`Neo4j at ${config.uri} has no database "${config.database}" (NEO4J_DATABASE / --database)`);
  return new UserError(`Neo4j at ${config.uri}: ${(err.message ?? String(e)).split('\n')[0]}`);
}

// ---- fixed statements, one per label / relationship shape ----

const mergeNodes = new Map<NodeLabel, string>(NODE_LABELS.map((l) => [l, `UNWIND $rows AS row MERGE (n:${l} {key: row.key}) SET n += row.props`]));
// A new document's own nodes cannot exist yet (their keys carry the document's name): created, not merged.
const createNodes = new Map<NodeLabel, string>(NODE_LABELS.map((l) => [l, `UNWIND $rows AS row CREATE (n:${l} {key: row.key}) SET n += row.props`]));
const relStatement = (type: RelType, from: NodeLabel, to: NodeLabel, owned: boolean) =>
  owned
    ? `UNWIND $rows AS row MATCH (a:${from} {key: row.from}) MATCH (b:${to} {key: row.to}) CREATE (a)-[r:${type}]->(b) SET r = row.props`
    : `UNWIND $rows AS row MATCH (a:${from} {key: row.from}) MATCH (b:${to} {key: row.to}) MERGE (a)-[r:${type}]->(b) SET r += row.props`;
const REL_STATEMENTS = new Map<string, string>();
for (const t of REL_TYPES) for (const f of NODE_LABELS) for (const to of NODE_LABELS) for (const owned of [true, false]) REL_STATEMENTS.set(`${t}|${f}|${to}|${owned}`, relStatement(t, f, to, owned));

const SCHEMA = [
  ...NODE_LABELS.map((l) => `CREATE CONSTRAINT ${l.toLowerCase()}_key IF NOT EXISTS FOR (n:${l}) REQUIRE n.key IS UNIQUE`),
  ...(['ReglamentVersion', 'Step', 'Term', 'Amendment'] as const).map((l) => `CREATE INDEX ${l.toLowerCase()}_doc IF NOT EXISTS FOR (n:${l}) ON (n.doc)`),
];

const OWNED_LABELS = ['ReglamentVersion', 'Step', 'Term', 'Amendment'];

/** Deletes a document's own facts; shared nodes nobody refers to any more go with them. */
async function deleteDocument(tx: ManagedTransaction, doc: string): Promise<void> {
  await tx.run(
    `MATCH (d:Document {key: $doc})-[:CARRIES|MENTIONS]->(a:Act)
     OPTIONAL MATCH (a)-[r:AMENDS|REPEALS]-() WHERE r.doc = $doc
     DELETE r`,
    { doc },
  );
  await tx.run('MATCH (n:ReglamentVersion|Step|Term|Amendment) WHERE n.doc = $doc DETACH DELETE n', { doc });
  const acts = await tx.run('MATCH (d:Document {key: $doc})-[r:CARRIES|MENTIONS]->(a:Act) DELETE r RETURN collect(DISTINCT a.key) AS keys', { doc });
  await tx.run('MATCH (d:Document {key: $doc}) DETACH DELETE d', { doc });
  const keys = acts.records[0]?.get('keys') ?? [];
  // Acts no document names any more (neither carries nor mentions nor refers to by a reglament stamp).
  await tx.run(
    `MATCH (a:Act) WHERE a.key IN $keys
       AND NOT EXISTS { (:Document)-[:CARRIES|MENTIONS]->(a) } AND NOT EXISTS { (a)-[:APPROVES|GIVES_WORDING]->() }
     DETACH DELETE a`,
    { keys },
  );
  await tx.run('MATCH (n:Region|Issuer|Service|Role) WHERE NOT EXISTS { (n)--() } DELETE n');
}

async function refreshActs(tx: ManagedTransaction, keys: string[]): Promise<void> {
  // An act's own properties come from the document that carries its text, if any is loaded.
  await tx.run(
    `MATCH (a:Act) WHERE a.key IN $keys
     OPTIONAL MATCH (d:Document)-[c:CARRIES]->(a)
     WITH a, c ORDER BY d.key
     WITH a, collect(c)[0] AS c
     SET a.inCorpus = c IS NOT NULL, a.kind = c.kind, a.title = c.title, a.status = c.status,
         a.registrationNumber = c.registrationNumber, a.registrationDate = c.registrationDate,
         a.entryIntoForce = c.entryIntoForce`,
    { keys },
  );
}

/** Writes the rows; `fresh`: the documents are not in the graph (their own nodes are created). */
async function writeRows(tx: ManagedTransaction, g: Pick<GraphRows, 'nodes' | 'rels'>, batchSize: number, fresh: boolean): Promise<void> {
  const byLabel = new Map<string, { statement: string; rows: Array<{ key: string; props: unknown }> }>();
  for (const n of g.nodes) {
    const create = fresh && n.owned;
    const id = `${n.label}|${create}`;
    if (!byLabel.has(id)) byLabel.set(id, { statement: (create ? createNodes : mergeNodes).get(n.label)!, rows: [] });
    byLabel.get(id)!.rows.push({ key: n.key, props: n.props });
  }
  for (const { statement, rows } of byLabel.values()) {
    for (let i = 0; i < rows.length; i += batchSize) await tx.run(statement, { rows: rows.slice(i, i + batchSize) });
  }
  const byShape = new Map<string, Array<{ from: string; to: string; props: unknown }>>();
  for (const r of g.rels) {
    const shape = `${r.type}|${r.from.label}|${r.to.label}|${r.owned}`;
    if (!byShape.has(shape)) byShape.set(shape, []);
    byShape.get(shape)!.push({ from: r.from.key, to: r.to.key, props: r.props });
  }
  for (const [shape, rows] of byShape) {
    for (let i = 0; i < rows.length; i += batchSize) await tx.run(REL_STATEMENTS.get(shape)!, { rows: rows.slice(i, i + batchSize) });
  }
}

export interface Neo4jStore {
  readonly config: Neo4jConfig;
  readonly driver: Driver;
  ensureSchema(): Promise<void>;
  /** Replaces the document's facts with these, in one transaction. */
  loadDocument(result: ExtractionResult): Promise<{ nodes: number; relationships: number }>;
  loadGraph(rows: GraphRows): Promise<{ nodes: number; relationships: number }>;
  /** Writes documents the graph does not hold, all in one transaction (nothing of theirs to delete). */
  loadNewDocuments(graphs: GraphRows[]): Promise<{ nodes: number; relationships: number }>;
  removeDocument(name: string): Promise<void>;
  documents(): Promise<Array<{ name: string; contentHash: string }>>;
  counts(): Promise<GraphCounts>;
  clear(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  batchSize?: number;
  /** How long a failed transaction is retried (driver default 30 s). */
  maxTransactionRetryTime?: number;
}

/** A promise that rejects with `error()` when `p` has not settled after `ms`. */
function withDeadline<T>(p: Promise<T>, ms: number, error: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(error()), ms);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

export async function openNeo4jStore(config: Neo4jConfig, options: OpenOptions = {}): Promise<Neo4jStore> {
  const batchSize = options.batchSize ?? 5000;
  const connectMs = (config.connectTimeoutS ?? DEFAULT_CONNECT_TIMEOUT_S) * 1000;
  const txMs = (config.txTimeoutS ?? DEFAULT_TX_TIMEOUT_S) * 1000;
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    disableLosslessIntegers: true,
    connectionTimeout: connectMs,
    connectionAcquisitionTimeout: connectMs + txMs,
    maxTransactionRetryTime: Math.min(options.maxTransactionRetryTime ?? 30_000, txMs),
  });
  const db = config.database ? { database: config.database } : {};
  /** Set once the server missed a deadline: nothing more is waited for. */
  let stalled = false;
  const noAnswer = (what: string, ms: number, flag: string) => () =>
    (stalled = true) && new UserError(`Neo4j at ${config.uri} did not answer within ${ms / 1000} s (${what}); is the server stopped or overloaded? (${flag})`);
  /** Everything sent to the server and not settled yet: closing waits for it, so no connection opens after the close. */
  const inFlight = new Set<Promise<unknown>>();
  const track = <T>(p: Promise<T>): Promise<T> => {
    inFlight.add(p);
    void p.catch(() => {}).finally(() => inFlight.delete(p));
    return p;
  };
  let closed: Promise<void> | undefined;
  /** Closes the driver once; a server that missed a deadline is not waited for again. */
  const close = () => (closed ??= (async () => {
    if (stalled) {
      void driver.close().catch(() => {});
      return;
    }
    await withDeadline(Promise.allSettled([...inFlight]), txMs, () => new Error('in flight')).catch(() => {});
    await withDeadline(driver.close(), connectMs, () => new Error('close')).catch(() => {});
  })());
  try {
    await withDeadline(track(driver.verifyConnectivity(db)), connectMs, noAnswer('connecting', connectMs, '--connect-timeout / NEO4J_CONNECT_TIMEOUT'));
    // The database is asked for once here: one that does not exist fails before any work is done.
    await withDeadline(track(driver.executeQuery('RETURN 1', {}, { ...db, routing: neo4j.routing.READ })), txMs, noAnswer('a first query', txMs, '--tx-timeout / NEO4J_TX_TIMEOUT'));
  } catch (e) {
    await close();
    throw e instanceof UserError ? e : connectionError(config, e);
  }
  const session = () => driver.session({ ...db, defaultAccessMode: neo4j.session.WRITE });
  const write = async <T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> => {
    const s = session();
    try {
      return await withDeadline(track(s.executeWrite(work, { timeout: txMs })), txMs, noAnswer('a write transaction', txMs, '--tx-timeout / NEO4J_TX_TIMEOUT'));
    } catch (e) {
      throw e instanceof UserError ? e : connectionError(config, e);
    } finally {
      if (!stalled) await withDeadline(s.close(), connectMs, () => new Error('session close')).catch(() => {});
    }
  };
  const read = async (query: string, params: Record<string, unknown> = {}) => {
    try {
      const answer = track(driver.executeQuery(query, params, { ...db, routing: neo4j.routing.READ, transactionConfig: { timeout: txMs } }));
      return (await withDeadline(answer, txMs, noAnswer('a query', txMs, '--tx-timeout / NEO4J_TX_TIMEOUT'))).records;
    } catch (e) {
      throw e instanceof UserError ? e : connectionError(config, e);
    }
  };

  const store: Neo4jStore = {
    config,
    driver,
    async ensureSchema() {
      for (const q of SCHEMA) await write((tx) => tx.run(q));
    },
    async loadGraph(g) {
      const actKeys = g.nodes.filter((n) => n.label === 'Act').map((n) => n.key);
      await write(async (tx) => {
        await deleteDocument(tx, g.doc);
        await writeRows(tx, g, batchSize, false);
        await refreshActs(tx, actKeys);
      });
      return { nodes: g.nodes.length, relationships: g.rels.length };
    },
    async loadNewDocuments(graphs) {
      const rows = { nodes: graphs.flatMap((g) => g.nodes), rels: graphs.flatMap((g) => g.rels) };
      const actKeys = [...new Set(rows.nodes.filter((n) => n.label === 'Act').map((n) => n.key))];
      await write(async (tx) => {
        await writeRows(tx, rows, batchSize, true);
        await refreshActs(tx, actKeys);
      });
      return { nodes: rows.nodes.length, relationships: rows.rels.length };
    },
    async loadDocument(result) {
      return store.loadGraph(toGraph(result));
    },
    async removeDocument(name) {
      await write(async (tx) => {
        const keys = (await tx.run('MATCH (:Document {key: $doc})-[:CARRIES|MENTIONS]->(a:Act) RETURN collect(DISTINCT a.key) AS k', { doc: name })).records[0]?.get('k') ?? [];
        await deleteDocument(tx, name);
        await refreshActs(tx, keys);
      });
    },
    async documents() {
      const rows = await read('MATCH (d:Document) RETURN d.key AS name, d.contentHash AS contentHash ORDER BY name');
      return rows.map((r) => ({ name: r.get('name'), contentHash: r.get('contentHash') }));
    },
    async counts() {
      // The facts of the documents only: what graph/neo4j/validity.ts derives from them is not counted.
      const n = await read('MATCH (n) WHERE NOT n:VersionPeriod UNWIND labels(n) AS label RETURN label, count(*) AS c');
      const r = await read('MATCH (a)-[r]->() WHERE NOT a:VersionPeriod AND r.inferred IS NULL RETURN type(r) AS type, count(*) AS c');
      return {
        nodes: Object.fromEntries(n.map((x) => [x.get('label'), Number(x.get('c'))])),
        relationships: Object.fromEntries(r.map((x) => [x.get('type'), Number(x.get('c'))])),
      };
    },
    async clear() {
      await clearGraph(driver, config.database);
    },
    async close() {
      await close();
    },
  };
  await store.ensureSchema();
  return store;
}

export { OWNED_LABELS };

/** The statements and in-transaction steps the loaders above are made of, for a loader kept outside
 * the store (the benchmark's one-statement-per-row baseline, scripts/neo4j-row-by-row.ts). */
export const loaderSteps = {
  deleteDocument,
  refreshActs,
  mergeNode: (label: NodeLabel): string => mergeNodes.get(label)!,
  relationship: (r: GraphRows['rels'][number]): string => REL_STATEMENTS.get(`${r.type}|${r.from.label}|${r.to.label}|${r.owned}`)!,
};

/**
 * Empties the database in batches of 10,000, relationships first: one transaction, or DETACH DELETE
 * of a shared node (a region) that holds hundreds of thousands of relationships, exceeds the
 * server's transaction memory on a large graph. CALL ... IN TRANSACTIONS needs an auto-commit query.
 */
export async function clearGraph(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ ...(database ? { database } : {}), defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.run('MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) CALL { WITH n DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}
