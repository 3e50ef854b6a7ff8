/**
 * The corpus as the queries see it: every corpus document run through the real pipeline
 * (extractFile), loaded into a GraphSource. Cached per test file.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractFile } from '../../pipeline/extract-file.ts';
import type { ExtractionResult } from '../../schemas/extraction.ts';
import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { openEmbeddedSource } from '../../graph/queries/embedded-source.ts';
import { loadModel, type QueryModel } from '../../graph/queries/model.ts';
import type { GraphSource } from '../../graph/queries/source.ts';
import { CORPUS_DIR, corpusFiles } from '../helpers/corpus.ts';

let results: Promise<ExtractionResult[]> | undefined;
export function corpusResults(): Promise<ExtractionResult[]> {
  results ??= Promise.all(corpusFiles().map((f) => extractFile(join(CORPUS_DIR, f))));
  return results;
}

/** A real embedded store on disk holding the corpus, opened as a GraphSource, with its model. */
export async function embeddedStore(): Promise<{ model: QueryModel; source: GraphSource }> {
  const dir = await mkdtemp(join(tmpdir(), 'zangraph-query-'));
  const store = await EmbeddedStore.open(dir);
  await store.write((await corpusResults()).map((result) => ({ kind: 'result' as const, result })), { flush: true });
  const source = await openEmbeddedSource(dir);
  return { model: await loadModel(source), source };
}

/** The query model read back from a real embedded store on disk holding the corpus. */
export async function embeddedModel(): Promise<QueryModel> {
  const dir = await mkdtemp(join(tmpdir(), 'zangraph-query-'));
  const store = await EmbeddedStore.open(dir);
  await store.write((await corpusResults()).map((result) => ({ kind: 'result' as const, result })), { flush: true });
  const source = await openEmbeddedSource(dir);
  try {
    return await loadModel(source);
  } finally {
    await source.close();
  }
}

