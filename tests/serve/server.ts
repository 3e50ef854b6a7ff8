/**
 * The server as the tests meet it: the real corpus extraction in an embedded store on disk, the
 * query model read back from it, the page bundled from its sources, and the CLI in a child process
 * over the same store to compare answers with. A second store holds one corpus document whose
 * service name was replaced by markup and quotes, to check that a document's text stays text.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { extractFile } from '../../pipeline/extract-file.ts';
import type { ExtractionResult } from '../../schemas/extraction.ts';
import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { openEmbeddedSource } from '../../graph/queries/embedded-source.ts';
import { loadModel } from '../../graph/queries/model.ts';
import { buildServer } from '../../graph/serve/server.ts';
import { pageBundle, type PageBundle } from '../../graph/serve/bundle-page.ts';
import { corpusResults } from '../queries/corpus.ts';
import { corpusPath } from '../helpers/corpus.ts';

export const BIN = join(import.meta.dirname, '..', '..', 'bin', 'zangraph.mjs');

export async function storeOf(results: ExtractionResult[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'zangraph-serve-'));
  const store = await EmbeddedStore.open(dir);
  await store.write(results.map((result) => ({ kind: 'result' as const, result })), { flush: true });
  return dir;
}

let page: Promise<PageBundle> | undefined;

export async function serverOn(data: string): Promise<FastifyInstance> {
  page ??= pageBundle();
  const source = await openEmbeddedSource(data);
  try {
    return buildServer({ model: await loadModel(source), source, page: await page });
  } catch (e) {
    await source.close();
    throw e;
  }
}

export const corpusStore = async () => storeOf(await corpusResults());

/** The JSON `zangraph <args>` prints. */
export async function cli(...args: string[]): Promise<unknown> {
  const { stdout } = await promisify(execFile)('node', [BIN, ...args], { maxBuffer: 1 << 26 });
  return JSON.parse(stdout);
}

/** `zangraph <args> --data <data> --format json`. */
export const cliJson = (data: string, ...args: string[]) => cli(...args, '--data', data, '--format', 'json');

/** Markup, a script, an event handler, an ampersand and a quote: what a service name must never run as. */
export const INJECTION = `<b>Услуга</b> <script>window.__pwned = 1</script><img src=x onerror=window.__pwned=2> & 'қызмет'`;

/**
 * Corpus document 000 with its first reglament's service name replaced by INJECTION, extracted by
 * the real pipeline; returns the result and the name the extractor read.
 */
export async function injectedDocument(): Promise<{ result: ExtractionResult; service: string }> {
  const original = await extractFile(corpusPath('000'));
  const span = original.reglaments[0]!.evidence.service;
  const text = await readFile(corpusPath('000'), 'utf8');
  const dir = await mkdtemp(join(tmpdir(), 'zangraph-injected-'));
  const path = join(dir, 'injected.txt');
  await writeFile(path, text.slice(0, span.start) + INJECTION + text.slice(span.end));
  const result = await extractFile(path);
  return { result, service: result.reglaments[0]!.service };
}
