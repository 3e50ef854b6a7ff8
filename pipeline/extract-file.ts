/**
 * The whole per-document pipeline: read → normalize → extract. One input file, one ExtractionResult.
 */
import type { ExtractionResult } from '../schemas/extraction.ts';
import { readDocument, readBytes, type ReadOptions } from './read/index.ts';
import { normalize } from './normalize/index.ts';
import { extract } from './extract/index.ts';

export async function extractFile(path: string, options: ReadOptions = {}): Promise<ExtractionResult> {
  const source = await readDocument(path, options);
  return extract(source, normalize(source));
}

export async function extractBytes(path: string, bytes: Uint8Array, contentHash?: string): Promise<ExtractionResult> {
  const source = await readBytes(path, bytes, contentHash);
  return extract(source, normalize(source));
}
