/**
 * Neo4j killed mid-load, at a point that does not depend on the machine's speed: a second local
 * server is started; an open transaction of the test holds the key of one document's own node, so the
 * load commits the documents before it and then waits inside that document's transaction; once the
 * server reports that transaction blocked, the server gets SIGKILL. After a restart the graph holds
 * exactly the documents committed before (equal to a clean load of them), and a rerun of the load
 * ends equal to a clean load (counts and a checksum over every key and property).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, stopServer } from '../../graph/neo4j/server.ts';
import { openNeo4jStore, type Neo4jStore } from '../../graph/neo4j/store.ts';
import { toGraph } from '../../graph/model/index.ts';
import { corpusResults } from '../queries/corpus.ts';

/** The crash test's own server: 1000 above the run's server (ZANGRAPH_NEO4J_PORT), so parallel runs on
 * other ports do not clash; 17688 when the variable is unset. */
export const CRASH_PORT = process.env.ZANGRAPH_NEO4J_PORT ? Number(process.env.ZANGRAPH_NEO4J_PORT) + 1000 : 17688;

async function checksum(store: Neo4jStore): Promise<string> {
  const q = async (cypher: string) => (await store.driver.executeQuery(cypher)).records.map((r) => JSON.stringify(r.get('row')));
  const nodes = await q('MATCH (n) RETURN [labels(n), n.key, [k IN keys(n) | [k, n[k]]]] AS row');
  const rels = await q('MATCH (a)-[r]->(b) RETURN [type(r), a.key, b.key, [k IN keys(r) | [k, r[k]]]] AS row');
  const canonical = (rows: string[]) => rows.map((r) => JSON.stringify(JSON.parse(r), (_k, v) => (Array.isArray(v) && v.every((x) => Array.isArray(x) && x.length === 2 && typeof x[0] === 'string') ? [...v].sort() : v))).sort();
  return createHash('sha256').update(JSON.stringify([canonical(nodes), canonical(rels)])).digest('hex');
}

const snapshot = async (store: Neo4jStore) => ({ counts: await store.counts(), sum: await checksum(store) });

/** Polls the server until one of its transactions waits for a lock; fails after `timeoutMs`. */
async function untilATransactionIsBlocked(store: Neo4jStore, timeoutMs = 120_000): Promise<string> {
  const t0 = Date.now();
  while (Date.now() - t0 < timeoutMs) {
    const { records } = await store.driver.executeQuery("SHOW TRANSACTIONS YIELD status, currentQuery WHERE status STARTS WITH 'Blocked' RETURN currentQuery");
    if (records.length > 0) return String(records[0]!.get('currentQuery'));
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no transaction of the load was blocked within ${timeoutMs / 1000} s`);
}

export function crashSuite(): void {
  describe('Neo4j killed with SIGKILL in the middle of a load', () => {
    let dir: string;
    afterAll(async () => {
      if (dir) {
        await stopServer({ dir, port: CRASH_PORT });
        await rm(dir, { recursive: true, force: true });
      }
    });

    it('keeps only the documents committed before the kill, and ends identical to a clean load after a restart and a rerun', async () => {
      dir = await mkdtemp(join(tmpdir(), 'zangraph-crash-'));
      const corpus = await corpusResults();
      // The document whose transaction is under way at the kill: one before it and one after it at least.
      const caught = Math.floor(corpus.length / 2);
      expect(caught).toBeGreaterThan(0);
      expect(caught).toBeLessThan(corpus.length - 1);

      const server = await startServer({ dir, port: CRASH_PORT, log: () => undefined });
      const config = { uri: server.uri, user: server.user, password: server.password };
      let store = await openNeo4jStore(config, { maxTransactionRetryTime: 2000 });

      // Clean loads: of the documents before the caught one, then of the whole corpus, in load order.
      for (const r of corpus.slice(0, caught)) await store.loadDocument(r);
      const before = await snapshot(store);
      for (const r of corpus.slice(caught)) await store.loadDocument(r);
      const clean = await snapshot(store);
      expect(before.sum).not.toBe(clean.sum);
      await store.clear();

      // Hold the key of the caught document's last own node (a step, a term…): the load's transaction
      // for that document writes its other rows, then its MERGE of that key waits for this transaction.
      const held = toGraph(corpus[caught]!).nodes.filter((n) => n.owned).at(-1)!;
      const holder = store.driver.session();
      const hold = await holder.beginTransaction();
      await hold.run(`CREATE (:${held.label} {key: $key})`, { key: held.key });

      const load = (async () => { for (const r of corpus) await store.loadDocument(r); })()
        .then(() => 'finished', (e) => `failed: ${(e as Error).message}`);
      const blocked = await untilATransactionIsBlocked(store);
      expect(blocked).toContain(`MERGE (n:${held.label} {key: row.key})`);
      expect((await store.documents()).map((d) => d.name)).toEqual(corpus.slice(0, caught).map((r) => r.source).sort());

      await stopServer({ dir, port: CRASH_PORT }, 'SIGKILL');
      expect(await load).toMatch(/^failed: /);
      await holder.close().catch(() => undefined);
      await store.close().catch(() => undefined);

      await startServer({ dir, port: CRASH_PORT, log: () => undefined });
      store = await openNeo4jStore(config);
      // Whole documents only: those committed before the kill, nothing of the caught one or its transaction.
      expect((await store.documents()).map((d) => d.name)).toEqual(corpus.slice(0, caught).map((r) => r.source).sort());
      expect(await snapshot(store)).toEqual(before);

      for (const r of corpus) await store.loadDocument(r);
      expect(await snapshot(store)).toEqual(clean);
      await store.close();
      // Two server starts (a minute each on a busy machine, Maven resolving the first) and four loads.
    }, 600_000);
  });
}
