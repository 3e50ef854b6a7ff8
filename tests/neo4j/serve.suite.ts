/**
 * `zangraph serve --store neo4j`, as a user starts it (the CLI in a child process over the test
 * server holding the corpus), answers the in-force and reglament routes exactly as the server over
 * the embedded store of the same corpus does; the reglament route reads its texts through the open
 * Neo4j store, so this also checks the store stays open while serving.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Neo4jStore } from '../../graph/neo4j/store.ts';
import type { CatalogLinkRow } from '../../schemas/query.ts';
import { corpusResults } from '../queries/corpus.ts';
import { corpusStore, serverOn } from '../serve/server.ts';
import { neo4jCoordinates, openTestStore } from './connect.ts';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'zangraph.mjs');

/** Starts `zangraph serve <args>` and resolves the address it prints. */
function startServe(child: ChildProcess): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /open (http:\/\/\S+?)\/ /.exec(out);
      if (m) resolve(m[1]!);
    });
    child.stderr!.on('data', (b: Buffer) => { out += b.toString(); });
    child.on('exit', (code) => reject(new Error(`zangraph serve exited ${code}: ${out}`)));
  });
}

export function serveSuite(): void {
  describe('zangraph serve --store neo4j', () => {
    let store: Neo4jStore;
    let child: ChildProcess;
    let neoUrl = '';
    let embedded: FastifyInstance;
    beforeAll(async () => {
      store = await openTestStore();
      await store.clear();
      for (const r of await corpusResults()) await store.loadDocument(r);
      const c = neo4jCoordinates();
      child = spawn('node', [BIN, 'serve', '--store', 'neo4j', '--uri', c.uri, '--user', c.user, '--password', c.password, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
      neoUrl = await startServe(child);
      embedded = await serverOn(await corpusStore());
    }, 300_000);
    afterAll(async () => {
      if (child && child.exitCode === null) {
        const exited = new Promise((resolve) => child.on('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await embedded?.close();
      await store?.close();
    });

    const fromEmbedded = async (url: string) => (await embedded.inject({ method: 'GET', url })).json() as unknown;
    const fromNeo4j = async (url: string) => (await fetch(neoUrl + url)).json() as Promise<unknown>;

    it('answers in-force as the embedded store does', async () => {
      for (const url of ['/api/in-force?date=2016-03-01&region=kostanay', '/api/in-force?date=2019-09-01']) {
        const neo = await fromNeo4j(url);
        expect((neo as unknown[]).length).toBeGreaterThan(0);
        expect(neo).toEqual(await fromEmbedded(url));
      }
    });

    it('answers every reglament text (read through the open store) as the embedded store does', async () => {
      const links = await fromEmbedded('/api/catalog') as CatalogLinkRow[];
      expect(links.length).toBeGreaterThan(0);
      for (const l of links) {
        const url = `/api/reglament?document=${encodeURIComponent(l.document)}&reglament=${l.reglament}`;
        expect(await fromNeo4j(url)).toEqual(await fromEmbedded(url));
      }
    });
  });
}
