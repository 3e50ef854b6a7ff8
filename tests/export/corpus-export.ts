/**
 * The corpus exported as a user does it: the real extraction in an embedded store on disk, read
 * through the query layer, written by writeExport into a temporary folder. Cached per test file.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportKind, ExportSelection } from '../../schemas/export.ts';
import { writeExport, type ExportReport } from '../../graph/export/index.ts';
import { embeddedStore } from '../queries/corpus.ts';

let store: ReturnType<typeof embeddedStore> | undefined;
export const corpusStore = () => (store ??= embeddedStore());

export async function exportCorpus(kind: ExportKind, selection: ExportSelection = {}): Promise<ExportReport & { out: string }> {
  const { model, source } = await corpusStore();
  const out = await mkdtemp(join(tmpdir(), `zangraph-export-${kind}-`));
  return { ...(await writeExport(kind, model, source, selection, out)), out };
}
