import {
  NODE_LABELS,
  REL_TYPES,
  toGraph
} from "./chunk-XCZL7IAR.mjs";
import {
  external_exports
} from "./chunk-VXHWECNZ.mjs";

// graph/neo4j/store.ts
import neo4j from "neo4j-driver";
var Neo4jConfig = external_exports.object({
  uri: external_exports.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/\S+$/, "a bolt://, neo4j://, bolt+s:// or neo4j+s:// URI"),
  user: external_exports.string().min(1),
  password: external_exports.string().min(1, "a password is required (NEO4J_PASSWORD or --password)"),
  database: external_exports.string().min(1).optional()
});
var Neo4jStoreError = class extends Error {
  userFacing = true;
};
function resolveNeo4jConfig(flags = {}, env = process.env) {
  const r = Neo4jConfig.safeParse({
    uri: flags.uri ?? env.NEO4J_URI ?? "bolt://127.0.0.1:17687",
    user: flags.user ?? env.NEO4J_USERNAME ?? env.NEO4J_USER ?? "neo4j",
    password: flags.password ?? env.NEO4J_PASSWORD ?? "",
    database: flags.database ?? env.NEO4J_DATABASE ?? void 0
  });
  if (!r.success) throw new Neo4jStoreError(`Neo4j connection settings: ${r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return r.data;
}
function connectionError(config, e) {
  const err = e;
  const code = err.code ?? "";
  if (code.includes("Unauthorized") || code.includes("AuthenticationRateLimit")) {
    return new Neo4jStoreError(`cannot log in to Neo4j at ${config.uri} as "${config.user}": wrong user name or password (set NEO4J_USERNAME / NEO4J_PASSWORD or --user / --password)`);
  }
  if (code === "ServiceUnavailable" || code === "SessionExpired" || /connect|ECONNREFUSED|getaddrinfo/i.test(err.message ?? "")) {
    return new Neo4jStoreError(`cannot reach Neo4j at ${config.uri} (${(err.message ?? code).split("\n")[0]}); is the server running? Locally: npm run neo4j:start; elsewhere set NEO4J_URI or --uri`);
  }
  if (code.includes("DatabaseNotFound")) return new Neo4jStoreError(`Neo4j at ${config.uri} has no database "${config.database}" (NEO4J_DATABASE / --database)`);
  return new Neo4jStoreError(`Neo4j at ${config.uri}: ${(err.message ?? String(e)).split("\n")[0]}`);
}
var mergeNodes = new Map(NODE_LABELS.map((l) => [l, `UNWIND $rows AS row MERGE (n:${l} {key: row.key}) SET n += row.props`]));
var createNodes = new Map(NODE_LABELS.map((l) => [l, `UNWIND $rows AS row CREATE (n:${l} {key: row.key}) SET n += row.props`]));
var relStatement = (type, from, to, owned) => owned ? `UNWIND $rows AS row MATCH (a:${from} {key: row.from}) MATCH (b:${to} {key: row.to}) CREATE (a)-[r:${type}]->(b) SET r = row.props` : `UNWIND $rows AS row MATCH (a:${from} {key: row.from}) MATCH (b:${to} {key: row.to}) MERGE (a)-[r:${type}]->(b) SET r += row.props`;
var REL_STATEMENTS = /* @__PURE__ */ new Map();
for (const t of REL_TYPES) for (const f of NODE_LABELS) for (const to of NODE_LABELS) for (const owned of [true, false]) REL_STATEMENTS.set(`${t}|${f}|${to}|${owned}`, relStatement(t, f, to, owned));
var SCHEMA = [
  ...NODE_LABELS.map((l) => `CREATE CONSTRAINT ${l.toLowerCase()}_key IF NOT EXISTS FOR (n:${l}) REQUIRE n.key IS UNIQUE`),
  ...["ReglamentVersion", "Step", "Term"].map((l) => `CREATE INDEX ${l.toLowerCase()}_doc IF NOT EXISTS FOR (n:${l}) ON (n.doc)`)
];
async function deleteDocument(tx, doc) {
  await tx.run(
    `MATCH (d:Document {key: $doc})-[:CARRIES|MENTIONS]->(a:Act)
     OPTIONAL MATCH (a)-[r:AMENDS|REPEALS]-() WHERE r.doc = $doc
     DELETE r`,
    { doc }
  );
  await tx.run("MATCH (n:ReglamentVersion|Step|Term) WHERE n.doc = $doc DETACH DELETE n", { doc });
  const acts = await tx.run("MATCH (d:Document {key: $doc})-[r:CARRIES|MENTIONS]->(a:Act) DELETE r RETURN collect(DISTINCT a.key) AS keys", { doc });
  await tx.run("MATCH (d:Document {key: $doc}) DETACH DELETE d", { doc });
  const keys = acts.records[0]?.get("keys") ?? [];
  await tx.run(
    `MATCH (a:Act) WHERE a.key IN $keys
       AND NOT EXISTS { (:Document)-[:CARRIES|MENTIONS]->(a) } AND NOT EXISTS { (a)-[:APPROVES|GIVES_WORDING]->() }
     DETACH DELETE a`,
    { keys }
  );
  await tx.run("MATCH (n:Region|Issuer|Service|Role) WHERE NOT EXISTS { (n)--() } DELETE n");
}
async function refreshActs(tx, keys) {
  await tx.run(
    `MATCH (a:Act) WHERE a.key IN $keys
     OPTIONAL MATCH (d:Document)-[c:CARRIES]->(a)
     WITH a, c ORDER BY d.key
     WITH a, collect(c)[0] AS c
     SET a.inCorpus = c IS NOT NULL, a.kind = c.kind, a.title = c.title, a.status = c.status,
         a.registrationNumber = c.registrationNumber, a.registrationDate = c.registrationDate,
         a.entryIntoForce = c.entryIntoForce`,
    { keys }
  );
}
async function writeRows(tx, g, batchSize, fresh) {
  const byLabel = /* @__PURE__ */ new Map();
  for (const n of g.nodes) {
    const create = fresh && n.owned;
    const id = `${n.label}|${create}`;
    if (!byLabel.has(id)) byLabel.set(id, { statement: (create ? createNodes : mergeNodes).get(n.label), rows: [] });
    byLabel.get(id).rows.push({ key: n.key, props: n.props });
  }
  for (const { statement, rows } of byLabel.values()) {
    for (let i = 0; i < rows.length; i += batchSize) await tx.run(statement, { rows: rows.slice(i, i + batchSize) });
  }
  const byShape = /* @__PURE__ */ new Map();
  for (const r of g.rels) {
    const shape = `${r.type}|${r.from.label}|${r.to.label}|${r.owned}`;
    if (!byShape.has(shape)) byShape.set(shape, []);
    byShape.get(shape).push({ from: r.from.key, to: r.to.key, props: r.props });
  }
  for (const [shape, rows] of byShape) {
    for (let i = 0; i < rows.length; i += batchSize) await tx.run(REL_STATEMENTS.get(shape), { rows: rows.slice(i, i + batchSize) });
  }
}
async function openNeo4jStore(config, options = {}) {
  const batchSize = options.batchSize ?? 5e3;
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), { disableLosslessIntegers: true, connectionTimeout: 1e4, ...options.maxTransactionRetryTime !== void 0 ? { maxTransactionRetryTime: options.maxTransactionRetryTime } : {} });
  const db = config.database ? { database: config.database } : {};
  try {
    await driver.verifyConnectivity(db);
  } catch (e) {
    await driver.close();
    throw connectionError(config, e);
  }
  const session = () => driver.session({ ...db, defaultAccessMode: neo4j.session.WRITE });
  const write = async (work) => {
    const s = session();
    try {
      return await s.executeWrite(work);
    } catch (e) {
      throw e.userFacing ? e : connectionError(config, e);
    } finally {
      await s.close();
    }
  };
  const read = async (query, params = {}) => {
    try {
      return (await driver.executeQuery(query, params, { ...db, routing: neo4j.routing.READ })).records;
    } catch (e) {
      throw connectionError(config, e);
    }
  };
  const store = {
    config,
    driver,
    async ensureSchema() {
      for (const q of SCHEMA) await write((tx) => tx.run(q));
    },
    async loadGraph(g) {
      const actKeys = g.nodes.filter((n) => n.label === "Act").map((n) => n.key);
      await write(async (tx) => {
        await deleteDocument(tx, g.doc);
        await writeRows(tx, g, batchSize, false);
        await refreshActs(tx, actKeys);
      });
      return { nodes: g.nodes.length, relationships: g.rels.length };
    },
    async loadNewDocuments(graphs) {
      const rows = { nodes: graphs.flatMap((g) => g.nodes), rels: graphs.flatMap((g) => g.rels) };
      const actKeys = [...new Set(rows.nodes.filter((n) => n.label === "Act").map((n) => n.key))];
      await write(async (tx) => {
        await writeRows(tx, rows, batchSize, true);
        await refreshActs(tx, actKeys);
      });
      return { nodes: rows.nodes.length, relationships: rows.rels.length };
    },
    async loadDocument(result) {
      return store.loadGraph(toGraph(result));
    },
    async loadGraphRowByRow(g) {
      await write(async (tx) => {
        await deleteDocument(tx, g.doc);
        for (const n of g.nodes) await tx.run(mergeNodes.get(n.label), { rows: [{ key: n.key, props: n.props }] });
        for (const r of g.rels) await tx.run(REL_STATEMENTS.get(`${r.type}|${r.from.label}|${r.to.label}|${r.owned}`), { rows: [{ from: r.from.key, to: r.to.key, props: r.props }] });
        await refreshActs(tx, g.nodes.filter((n) => n.label === "Act").map((n) => n.key));
      });
    },
    async removeDocument(name) {
      await write(async (tx) => {
        const keys = (await tx.run("MATCH (:Document {key: $doc})-[:CARRIES|MENTIONS]->(a:Act) RETURN collect(DISTINCT a.key) AS k", { doc: name })).records[0]?.get("k") ?? [];
        await deleteDocument(tx, name);
        await refreshActs(tx, keys);
      });
    },
    async documents() {
      const rows = await read("MATCH (d:Document) RETURN d.key AS name, d.contentHash AS contentHash ORDER BY name");
      return rows.map((r) => ({ name: r.get("name"), contentHash: r.get("contentHash") }));
    },
    async counts() {
      const n = await read("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS c");
      const r = await read("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS c");
      return {
        nodes: Object.fromEntries(n.map((x) => [x.get("label"), Number(x.get("c"))])),
        relationships: Object.fromEntries(r.map((x) => [x.get("type"), Number(x.get("c"))]))
      };
    },
    async clear() {
      await clearGraph(driver, config.database);
    },
    async close() {
      await driver.close();
    }
  };
  await store.ensureSchema();
  return store;
}
async function clearGraph(driver, database) {
  const session = driver.session({ ...database ? { database } : {}, defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.run("MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 10000 ROWS");
    await session.run("MATCH (n) CALL { WITH n DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
}

export {
  resolveNeo4jConfig,
  openNeo4jStore
};
//# sourceMappingURL=chunk-IC6PFQQR.mjs.map
