/** Test helpers: the corpus documents, read and normalized once per test file. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from '../../pipeline/read/index.ts';
import { normalize, type NormalizedDocument } from '../../pipeline/normalize/index.ts';

export const CORPUS_DIR = join(import.meta.dirname, '..', '..', 'corpus');
export const GOLD_DIR = join(import.meta.dirname, '..', 'gold');

export const corpusFiles = (): string[] =>
  readdirSync(CORPUS_DIR).filter((f) => /\.(txt|md|pdf)$/.test(f) && f !== 'README.md').sort();

/** The corpus document whose name starts with the given three-digit prefix. */
export const corpusPath = (prefix: string): string => {
  const f = corpusFiles().find((x) => x.startsWith(prefix));
  if (!f) throw new Error(`no corpus document ${prefix}`);
  return join(CORPUS_DIR, f);
};

const cache = new Map<string, Promise<NormalizedDocument>>();
export function normalized(prefix: string): Promise<NormalizedDocument> {
  if (!cache.has(prefix)) cache.set(prefix, readDocument(corpusPath(prefix)).then(normalize));
  return cache.get(prefix)!;
}
