/**
 * The Neo4j loader against a real server: the corpus loads with the counts the embedded store
 * computes from the same model, reloading changes nothing, a changed document replaces only its
 * own facts, and hostile strings are stored verbatim.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFile } from '../../pipeline/extract-file.ts';
import type { ExtractionResult } from '../../schemas/extraction.ts';
import { graphCounts, toGraph } from '../../graph/model/index.ts';
import { openNeo4jStore, type Neo4jStore } from '../../graph/neo4j/store.ts';
import { CORPUS_DIR, corpusFiles, corpusPath } from '../helpers/corpus.ts';
import { neo4jCoordinates, openTestStore } from './connect.ts';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectInputs } from '../../pipeline/batch/collect.ts';
import { runBatch } from '../../pipeline/batch/run-batch.ts';
import { openNeo4jSink } from '../../pipeline/batch/neo4j-sink.ts';
import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { RunReport } from '../../schemas/run.ts';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { UserError } from '../../pipeline/shared/user-error.ts';

export function loaderSuite(): void {
describe('the Neo4j loader', () => {
let store: Neo4jStore;
let corpus: ExtractionResult[];

const rows = async (q: string, p: Record<string, unknown> = {}) => (await store.driver.executeQuery(q, p)).records.map((r) => r.toObject());

beforeAll(async () => {
  store = await openTestStore();
  await store.clear();
  corpus = await Promise.all(corpusFiles().map((f) => extractFile(corpusPath(f.slice(0, 3)))));
});
afterAll(async () => {
  await store?.close();
});

describe('loading the corpus into Neo4j', () => {
  it('gives the node and relationship counts of the model, per label and type', async () => {
    for (const r of corpus) await store.loadDocument(r);
    const expected = graphCounts(corpus.map(toGraph));
    expect(await store.counts()).toEqual(expected);
    expect(expected.nodes).toMatchObject({ Document: 5, ReglamentVersion: 33, Step: 213, Act: 7, Region: 2 });
  });

  it('gives identical counts when the same corpus is loaded again', async () => {
    const before = await store.counts();
    for (const r of corpus) await store.loadDocument(r);
    expect(await store.counts()).toEqual(before);
  });

  it('keeps acts known only from references, marked as not in the corpus', async () => {
    const acts = await rows('MATCH (a:Act) RETURN a.key AS key, a.inCorpus AS inCorpus ORDER BY key');
    expect(acts).toContainEqual({ key: 'akimat|west-kazakhstan|2020-06-05|131', inCorpus: false });
    expect(acts).toContainEqual({ key: 'akimat|kostanay|2016-06-10|266', inCorpus: false });
    expect(acts).toContainEqual({ key: 'akimat|west-kazakhstan|2015-08-04|204', inCorpus: false });
    expect(acts).toContainEqual({ key: 'akimat|west-kazakhstan|2019-06-19|142', inCorpus: true });
  });

  it('answers the act history of № 204 from its relationships', async () => {
    const history = await rows(
      `MATCH (a:Act {key: $key})
       MATCH (x:Act)-[r:AMENDS|REPEALS]-(a)
       RETURN type(r) AS type, startNode(r).key AS from, endNode(r).key AS to, r.doc AS doc ORDER BY from, to`,
      { key: 'akimat|west-kazakhstan|2015-08-04|204' },
    );
    expect(history).toEqual([
      { type: 'REPEALS', from: 'akimat|west-kazakhstan|2015-08-04|204', to: 'akimat|west-kazakhstan|2014-07-01|177', doc: '002_e21e414c054581b8.txt' },
      { type: 'AMENDS', from: 'akimat|west-kazakhstan|2017-10-31|272', to: 'akimat|west-kazakhstan|2015-08-04|204', doc: '001_ad9c0be88298471a.txt' },
      { type: 'AMENDS', from: 'akimat|west-kazakhstan|2019-06-19|142', to: 'akimat|west-kazakhstan|2015-08-04|204', doc: '000_1599c89bdcad9835.txt' },
    ]);
  });

  it('carries provenance on every step: document, span and quote', async () => {
    const bad = await rows('MATCH (s:Step) WHERE s.doc IS NULL OR s.quote IS NULL OR s.start IS NULL RETURN count(s) AS c');
    expect(bad).toEqual([{ c: 0 }]);
    const step = await rows(
      `MATCH (:Document {key: $doc})-[:CONTAINS]->(rv:ReglamentVersion {ordinal: 3})-[:HAS_STEP]->(s:Step {n: 3})-[:PERFORMED_BY]->(r:Role)
       RETURN s.durations AS durations, r.key AS role`,
      { doc: '004_175c6b83b6895c2f.txt' },
    );
    expect(step).toEqual([{ durations: ['18 working-day', '3 working-day', '3 working-day'], role: 'provider-executor' }]);
  });

  it('replaces only the facts of a changed document', async () => {
    const doc = corpus.find((r) => r.source.startsWith('004'))!;
    const others = await rows('MATCH (s:Step) WHERE s.doc <> $doc RETURN s.key AS key, s.quote AS quote ORDER BY key', { doc: doc.source });
    const changed: ExtractionResult = structuredClone(doc);
    changed.reglaments = changed.reglaments.slice(0, 4);
    changed.reglaments[0].procedures[0].steps[0].durations = ['20 minute'];
    await store.loadDocument(changed);
    const expected = graphCounts(corpus.map((r) => (r === doc ? changed : r)).map(toGraph));
    expect(await store.counts()).toEqual(expected);
    expect(await rows('MATCH (s:Step) WHERE s.doc <> $doc RETURN s.key AS key, s.quote AS quote ORDER BY key', { doc: doc.source })).toEqual(others);
    expect(await rows('MATCH (:Document {key: $doc})-[:CONTAINS]->(rv) RETURN count(rv) AS c', { doc: doc.source })).toEqual([{ c: 4 }]);
    await store.loadDocument(doc);
    expect(await store.counts()).toEqual(graphCounts(corpus.map(toGraph)));
  });

  it('removes a document and the acts only it named', async () => {
    const doc = corpus.find((r) => r.source.startsWith('004'))!;
    await store.removeDocument(doc.source);
    expect(await store.counts()).toEqual(graphCounts(corpus.filter((r) => r !== doc).map(toGraph)));
    expect(await rows('MATCH (a:Act {key: $key}) RETURN a.key AS key', { key: 'akimat|kostanay|2016-06-10|266' })).toEqual([]);
    await store.loadDocument(doc);
  });
});

describe('hostile text is data', () => {
  it('stores quotes, backticks, braces, newlines and Cypher verbatim and harms nothing', async () => {
    const before = await store.counts();
    const evil = `'}) DETACH DELETE n // \`x\` "q" {a:1}\nMATCH (m) DETACH DELETE m;`;
    const doc = structuredClone(corpus.find((r) => r.source.startsWith('003'))!);
    doc.source = `evil ${evil}.txt`;
    doc.reglaments[0].service = evil;
    await store.loadDocument(doc);
    const back = await rows('MATCH (d:Document {key: $doc})-[:CONTAINS]->(rv) RETURN rv.service AS service', { doc: doc.source });
    expect(back).toEqual([{ service: evil }]);
    await store.removeDocument(doc.source);
    expect(await store.counts()).toEqual(before);
  });
});

describe('batch runs into Neo4j', () => {
  it('load new documents many per transaction with the model\'s counts, and replace a changed one', async () => {
    const root = await mkdtemp(join(tmpdir(), 'zangraph-neo4j-batch-'));
    try {
      const input = join(root, 'in');
      await mkdir(input);
      for (const f of corpusFiles()) await copyFile(corpusPath(f.slice(0, 3)), join(input, f));
      await store.clear();
      const c = neo4jCoordinates();
      const batch = async () => {
        const { files } = await collectInputs([input]);
        // Small transactions, so that several carry more than one new document.
        const graph = await openNeo4jSink({ uri: c.uri, user: c.user, password: c.password }, { batchElements: 500 });
        try {
          return await runBatch({ files, embedded: await EmbeddedStore.open(join(root, 'data')), graph, concurrency: 2 });
        } finally {
          await graph.close();
        }
      };
      const first = await batch();
      expect(first.documents).toMatchObject({ new: 5, failed: 0 });
      expect(await store.counts()).toEqual(graphCounts(corpus.map(toGraph)));
      expect(first.graphElements).toBe(corpus.map(toGraph).reduce((n, g) => n + g.nodes.length + g.rels.length, 0));

      // 004 loses its second half, and with it some reglaments: re-extracted, and its facts replaced in its own transaction.
      const doc = corpusFiles().find((f) => f.startsWith('004'))!;
      const text = await readFile(join(input, doc), 'utf8');
      await writeFile(join(input, doc), text.slice(0, Math.floor(text.length / 2)));
      const changed = await extractFile(join(input, doc));
      expect(changed.reglaments.length).toBeLessThan(corpus.find((r) => r.source === doc)!.reglaments.length);
      const second = await batch();
      expect(second.documents).toMatchObject({ changed: 1, unchanged: 4 });
      expect(await store.counts()).toEqual(graphCounts(corpus.map((r) => (r.source === doc ? changed : r)).map(toGraph)));
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('zangraph run --store neo4j', () => {
  const BIN = join(import.meta.dirname, '..', '..', 'bin', 'zangraph.mjs');
  const zangraph = async (args: string[]) => {
    const c = neo4jCoordinates();
    const { stdout, stderr } = await promisify(execFile)(BIN,
      ['run', ...args, '--store', 'neo4j', '--uri', c.uri, '--user', c.user, '--format', 'json', '--log-level', 'debug'],
      { env: { ...process.env, NEO4J_PASSWORD: c.password }, maxBuffer: 1 << 26 });
    return { report: RunReport.parse(JSON.parse(stdout)), stderr };
  };

  it('loads the corpus; the rerun loads nothing', async () => {
    const data = await mkdtemp(join(tmpdir(), 'zangraph-neo4j-cli-'));
    try {
      await store.clear();
      const first = await zangraph([CORPUS_DIR, '--data', data]);
      expect(first.report.documents).toMatchObject({ new: 5, failed: 0 });
      expect(first.report.graphElements).toBe(corpus.map(toGraph).reduce((n, g) => n + g.nodes.length + g.rels.length, 0));
      expect(await store.counts()).toEqual(graphCounts(corpus.map(toGraph)));
      // The run writes the validity the queries compute onto the graph: plain Cypher finds № 177's 18 texts on 2015-09-01.
      const inForce = await store.driver.executeQuery(
        "MATCH (v:VersionPeriod {region: 'west-kazakhstan'}) WHERE v.validFrom <= $date AND (v.validTo IS NULL OR $date < v.validTo) RETURN count(v) AS n",
        { date: '2015-09-01' });
      expect(inForce.records[0]!.get('n')).toBe(18);

      const again = await zangraph([CORPUS_DIR, '--data', data]);
      expect(again.report.documents).toMatchObject({ unchanged: 5, new: 0, changed: 0 });
      expect(again.report.graphElements).toBe(0);
      expect(await store.counts()).toEqual(graphCounts(corpus.map(toGraph)));
    } finally {
      await rm(data, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('connection errors', () => {
  it('names the URI and gives a hint when nothing listens there', async () => {
    await expect(openNeo4jStore({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x' })).rejects.toThrow(/cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1 .*npm run neo4j:start/);
  });

  it('says the password is wrong, naming the URI', async () => {
    const c = neo4jCoordinates();
    const err = await openNeo4jStore({ uri: c.uri, user: c.user, password: 'not-the-password' }).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toBe(`cannot log in to Neo4j at ${c.uri} as "neo4j": wrong user name or password (set NEO4J_USERNAME / NEO4J_PASSWORD or --user / --password)`);
  });
});
});
}
