/**
 * The embedded store: zero-setup persistence of extraction results under a data folder
 * (default .zangraph/), with the graph computed from them on demand.
 *
 * Layout: <data>/embedded/manifest.json lists the documents (name → content hash, pipeline version);
 * <data>/embedded/documents/<name>.json holds each document's ExtractionResult.
 * Every file is written atomically (temporary file, then rename), so a crash mid-write leaves the
 * previous version intact; the manifest is written last.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ExtractionResult } from '../../schemas/extraction.ts';

export const ManifestEntry = z.object({
  contentHash: z.string(),
  pipelineVersion: z.string(),
  path: z.string(),
  file: z.string(),
  updatedAt: z.string(),
});
export const Manifest = z.object({
  version: z.literal(1),
  documents: z.record(z.string(), ManifestEntry),
});
export type Manifest = z.infer<typeof Manifest>;

export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}

/** A file name that is safe on every file system and unique per document name. */
function fileFor(name: string): string {
  return encodeURIComponent(name).replace(/%/g, '_') + '.json';
}

export class EmbeddedStore {
  private constructor(
    readonly dir: string,
    private manifest: Manifest,
  ) {}

  static async open(dataDir: string): Promise<EmbeddedStore> {
    const dir = join(dataDir, 'embedded');
    await mkdir(join(dir, 'documents'), { recursive: true });
    let manifest: Manifest = { version: 1, documents: {} };
    try {
      const raw = await readFile(join(dir, 'manifest.json'), 'utf8');
      const parsed = Manifest.safeParse(JSON.parse(raw));
      if (!parsed.success) throw Object.assign(new Error(`${join(dir, 'manifest.json')}: not a zangraph store manifest (${parsed.error.issues[0]?.message})`), { userFacing: true });
      manifest = parsed.data;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    return new EmbeddedStore(dir, manifest);
  }

  names(): string[] {
    return Object.keys(this.manifest.documents).sort();
  }

  entry(name: string) {
    return this.manifest.documents[name];
  }

  async get(name: string): Promise<ExtractionResult | undefined> {
    const e = this.manifest.documents[name];
    if (!e) return undefined;
    return ExtractionResult.parse(JSON.parse(await readFile(join(this.dir, 'documents', e.file), 'utf8')));
  }

  async *results(): AsyncGenerator<ExtractionResult> {
    for (const name of this.names()) {
      const r = await this.get(name);
      if (r) yield r;
    }
  }

  /** Adds or replaces one document's facts. */
  async put(result: ExtractionResult): Promise<void> {
    const file = fileFor(result.source);
    await writeFileAtomic(join(this.dir, 'documents', file), JSON.stringify(result));
    this.manifest.documents[result.source] = {
      contentHash: result.contentHash,
      pipelineVersion: result.pipelineVersion,
      path: result.path,
      file,
      updatedAt: new Date().toISOString(),
    };
    await this.saveManifest();
  }

  async remove(name: string): Promise<boolean> {
    const e = this.manifest.documents[name];
    if (!e) return false;
    delete this.manifest.documents[name];
    await this.saveManifest();
    await rm(join(this.dir, 'documents', e.file), { force: true });
    return true;
  }

  private async saveManifest(): Promise<void> {
    await writeFileAtomic(join(this.dir, 'manifest.json'), JSON.stringify(this.manifest, null, 1));
  }
}
