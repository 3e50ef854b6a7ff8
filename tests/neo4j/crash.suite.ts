/**
 * Neo4j killed mid-load: a second local server is started, a corpus load begins, the server gets
 * SIGKILL while a document's transaction is under way, it is restarted and the load rerun; the graph
 * then equals a clean load (counts and a checksum over every key and property).
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
import { loadRowByRow } from '../../scripts/neo4j-row-by-row.ts';

const PORT = 17688;

async function checksum(store: Neo4jStore): Promise<string> {
  const q = async (cypher: string) => (await store.driver.executeQuery(cypher)).records.map((r) => JSON.stringify(r.get('row')));
  const nodes = await q('MATCH (n) RETURN [labels(n), n.key, [k IN keys(n) | [k, n[k]]]] AS row');
  const rels = await q('MATCH (a)-[r]->(b) RETURN [type(r), a.key, b.key, [k IN keys(r) | [k, r[k]]]] AS row');
  const canonical = (rows: string[]) => rows.map((r) => JSON.stringify(JSON.parse(r), (_k, v) => (Array.isArray(v) && v.every((x) => Array.isArray(x) && x.length === 2 && typeof x[0] === 'string') ? [...v].sort() : v))).sort();
  return createHash('sha256').update(JSON.stringify([canonical(nodes), canonical(rels)])).digest('hex');
}

export function crashSuite(): void {
  describe('Neo4j killed with SIGKILL in the middle of a load', () => {
    let dir: string;
    afterAll(async () => {
      if (dir) {
        await stopServer({ dir, port: PORT });
        await rm(dir, { recursive: true, force: true });
      }
    });

    it('ends identical to a clean load after a restart and a rerun', async () => {
      dir = await mkdtemp(join(tmpdir(), 'zangraph-crash-'));
      const corpus = await corpusResults();
      const server = await startServer({ dir, port: PORT, log: () => undefined });
      const config = { uri: server.uri, user: server.user, password: server.password };

      let store = await openNeo4jStore(config, { maxTransactionRetryTime: 2000 });
      for (const r of corpus) await store.loadDocument(r);
      const clean = { counts: await store.counts(), sum: await checksum(store) };
      await store.clear();

      // Load the first documents, then kill the server while the largest one is being written.
      for (const r of corpus.slice(0, 2)) await store.loadDocument(r);
      const largest = [...corpus].sort((a, b) => b.reglaments.length - a.reglaments.length)[0];
      const inFlight = loadRowByRow(store, toGraph(largest)).then(() => 'finished', (e) => `failed: ${(e as Error).message}`);
      await new Promise((r) => setTimeout(r, 300));
      await stopServer({ dir, port: PORT }, 'SIGKILL');
      const outcome = await inFlight;
      await store.close().catch(() => undefined);
      expect(outcome).toMatch(/^failed: /);

      await startServer({ dir, port: PORT, log: () => undefined });
      store = await openNeo4jStore(config);
      // What survived the crash is whole documents only: the two loaded before, nothing of the third.
      const docs = (await store.documents()).map((d) => d.name);
      expect(docs).toEqual(corpus.slice(0, 2).map((r) => r.source).sort());
      for (const r of corpus) await store.loadDocument(r);
      expect(await store.counts()).toEqual(clean.counts);
      expect(await checksum(store)).toBe(clean.sum);
      await store.close();
    }, 300_000);
  });
}
