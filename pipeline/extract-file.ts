/**
 * The whole per-document pipeline, its stages in order: read → normalize → structure → extract.
 * One input file, one ExtractionResult; each stage's folder states what it guarantees to the next.
 */
import type { ExtractionResult } from '../schemas/extraction.ts';
import { readDocument, readBytes, type ReadOptions, type SourceDocument } from './read/index.ts';
import { normalize } from './normalize/index.ts';
import { structure } from './structure/index.ts';
import { extract } from './extract/index.ts';

export async function extractFile(path: string, options: ReadOptions = {}): Promise<ExtractionResult> {
  return extractSource(await readDocument(path, options));
}

export async function extractBytes(path: string, bytes: Uint8Array, contentHash?: string): Promise<ExtractionResult> {
  return extractSource(await readBytes(path, bytes, contentHash));
}

/** The stages after reading. */
function extractSource(source: SourceDocument): ExtractionResult {
  const doc = normalize(source);
  return extract(source, doc, structure(doc));
}
