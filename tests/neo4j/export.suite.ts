/**
 * Exports from Neo4j equal exports from the embedded store: the corpus loaded into the real server
 * (documents, then the derived validity), read through the Neo4j GraphSource, writes the same BPMN,
 * Mermaid and table files byte for byte as the embedded store holding the same corpus.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jStore } from '../../graph/neo4j/store.ts';
import { writeValidity } from '../../graph/neo4j/validity.ts';
import { Neo4jSource } from '../../graph/queries/neo4j-source.ts';
import { loadModel } from '../../graph/queries/model.ts';
import { writeExport } from '../../graph/export/index.ts';
import type { ExportKind } from '../../schemas/export.ts';
import { corpusResults, embeddedStore } from '../queries/corpus.ts';
import { openTestStore } from './connect.ts';

async function contents(files: string[]): Promise<Record<string, string>> {
  return Object.fromEntries(await Promise.all(files.map(async (f) => [basename(f), await readFile(f, 'utf8')])));
}

export function exportSuite(): void {
  describe('exports from Neo4j equal the embedded store\'s', () => {
    let store: Neo4jStore;
    beforeAll(async () => {
      store = await openTestStore();
      await store.clear();
      for (const r of await corpusResults()) await store.loadDocument(r);
      await writeValidity(store);
    }, 300_000);
    afterAll(async () => store?.close());

    for (const kind of ['bpmn', 'mermaid', 'tables'] as ExportKind[]) {
      it(`export ${kind} of the whole corpus`, async () => {
        const neo = new Neo4jSource(store, false);
        const fromNeo4j = await writeExport(kind, await loadModel(neo), neo, {}, await mkdtemp(join(tmpdir(), 'zangraph-neo4j-export-')));
        const embedded = await embeddedStore();
        const fromEmbedded = await writeExport(kind, embedded.model, embedded.source, {}, await mkdtemp(join(tmpdir(), 'zangraph-embedded-export-')));
        expect(fromNeo4j.files.length).toBeGreaterThan(0);
        expect(await contents(fromNeo4j.files)).toEqual(await contents(fromEmbedded.files));
      });
    }
  });
}
