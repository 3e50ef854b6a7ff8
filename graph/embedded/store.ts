/**
 * The embedded store: zero-setup persistence of extraction results under a data folder
 * (default .zangraph/), with the graph computed from them on demand.
 *
 * Layout: <data>/embedded/manifest.json lists the documents (name → content hash, pipeline version,
 * cache key, fact counts, result file); <data>/embedded/documents/<name>.<version>.json holds each
 * document's ExtractionResult.
 * Guarantees: every file is written atomically (temporary file, then rename), and a result file is
 * never overwritten in place — a new result gets a new file name (it carries a digest of its content
 * hash and cache key), the manifest is rewritten to point at it, and only then is the old file
 * deleted. So a crash at any moment leaves a manifest whose every entry points at a complete result.
 * Batched writers (`stage` / `unstage` then `flush`) write the manifest once per batch instead of
 * once per document; `put` / `remove` flush at once. Result files may be written by other threads
 * (`writeResult`, which touches no manifest); the store then `adopt`s the entry it returned.
 */
import { createHash } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { z } from 'zod';
import { ExtractionResult } from '../../schemas/extraction.ts';

export const FactCounts = z.object({
  acts: z.number().int().nonnegative(),
  relations: z.number().int().nonnegative(),
  reglaments: z.number().int().nonnegative(),
  steps: z.number().int().nonnegative(),
  terms: z.number().int().nonnegative(),
  actors: z.number().int().nonnegative(),
});
export type FactCounts = z.infer<typeof FactCounts>;

export const ManifestEntry = z.object({
  contentHash: z.string(),
  pipelineVersion: z.string(),
  path: z.string(),
  file: z.string(),
  updatedAt: z.string(),
  /** What the incremental runner compares: pipeline version plus a digest of the pipeline code
   * and lexicons that produced the result (absent for results stored by older writers). */
  cacheKey: z.string().optional(),
  /** Fact counts of the stored result, so a rerun can report totals without reading it. */
  counts: FactCounts.optional(),
  bytes: z.number().int().nonnegative().optional(),
  /** Size and modification time of the input file when it was read, recorded only when the file was
   * old enough then to be trusted later: a rerun that finds the same path, size and time takes the
   * content hash as recorded instead of reading the file again (as git's index does). */
  input: z.object({ size: z.number().int().nonnegative(), mtimeMs: z.number() }).optional(),
});
export type ManifestEntry = z.infer<typeof ManifestEntry>;

export const Manifest = z.object({
  version: z.literal(1),
  documents: z.record(z.string(), ManifestEntry),
});
export type Manifest = z.infer<typeof Manifest>;

let tmpCounter = 0;
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const tmp = `${path}.${process.pid}.${++tmpCounter}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}

/** A file name that is safe on every file system, unique per document name and result version. */
function fileFor(name: string, contentHash: string, cacheKey: string): string {
  const safe = encodeURIComponent(name).replace(/%/g, '_');
  const digest = createHash('sha256').update(`${contentHash}\0${cacheKey}`).digest('hex').slice(0, 12);
  return `${safe}.${digest}.json`;
}

export function countFacts(r: ExtractionResult): FactCounts {
  let steps = 0;
  let terms = 0;
  let actors = 0;
  for (const g of r.reglaments) {
    for (const p of g.procedures) steps += p.steps.length;
    terms += g.terms.length;
    actors += g.actors.length;
  }
  return { acts: r.act ? 1 : 0, relations: r.relations.length, reglaments: r.reglaments.length, steps, terms, actors };
}

export const totalFacts = (c: FactCounts): number => c.acts + c.relations + c.reglaments + c.steps + c.terms + c.actors;

export interface StageOptions {
  /** The result already serialized (JSON.stringify(result)), to avoid serializing twice. */
  json?: string;
  cacheKey?: string;
}

export type StagedMeta = Pick<ExtractionResult, 'source' | 'contentHash' | 'pipelineVersion' | 'path'>;

/** A result file written under a store's folder, and the manifest entry that will point at it. */
export interface StoredResult {
  source: string;
  entry: ManifestEntry;
}

/**
 * Writes one serialized result into the documents folder of the store at `storeDir` (atomically, under
 * a file name of its own) and returns the manifest entry for it. It touches no manifest, so an
 * extraction worker can call it; the result becomes part of the store when the store `adopt`s it.
 */
export async function writeResult(storeDir: string, meta: StagedMeta, json: string, counts: FactCounts, cacheKey = meta.pipelineVersion): Promise<StoredResult> {
  const file = fileFor(meta.source, meta.contentHash, cacheKey);
  const path = join(storeDir, 'documents', file);
  // Synchronous: batches call this on extraction workers, where blocking costs nothing and the
  // promise version cost measurably more CPU per file. The thread id keeps temporary names apart.
  const tmp = `${path}.${process.pid}.${threadId}.${++tmpCounter}.tmp`;
  writeFileSync(tmp, json);
  renameSync(tmp, path);
  return {
    source: meta.source,
    entry: {
      contentHash: meta.contentHash,
      pipelineVersion: meta.pipelineVersion,
      path: meta.path,
      file,
      updatedAt: new Date().toISOString(),
      cacheKey,
      counts,
      bytes: Buffer.byteLength(json),
    },
  };
}

export class EmbeddedStore {
  private dirty = false;
  /** Result files replaced or removed since the last flush; deleted once the manifest no longer names them. */
  private obsolete: string[] = [];
  private flushing: Promise<void> = Promise.resolve();

  private constructor(
    readonly dir: string,
    private manifest: Manifest,
  ) {}

  static async open(dataDir: string): Promise<EmbeddedStore> {
    const dir = join(dataDir, 'embedded');
    await mkdir(join(dir, 'documents'), { recursive: true });
    const manifestPath = join(dir, 'manifest.json');
    let manifest: Manifest = { version: 1, documents: {} };
    let raw: string | undefined;
    try {
      raw = await readFile(manifestPath, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    if (raw !== undefined) {
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch (e) {
        throw Object.assign(new Error(`${manifestPath}: not a zangraph store manifest (invalid JSON: ${(e as Error).message})`), { userFacing: true });
      }
      const parsed = Manifest.safeParse(json);
      if (!parsed.success) throw Object.assign(new Error(`${manifestPath}: not a zangraph store manifest (${parsed.error.issues[0]?.message})`), { userFacing: true });
      manifest = parsed.data;
    }
    return new EmbeddedStore(dir, manifest);
  }

  names(): string[] {
    return Object.keys(this.manifest.documents).sort();
  }

  /** How many documents the store holds. */
  get size(): number {
    return Object.keys(this.manifest.documents).length;
  }

  entry(name: string): ManifestEntry | undefined {
    return this.manifest.documents[name];
  }

  async get(name: string): Promise<ExtractionResult | undefined> {
    const e = this.manifest.documents[name];
    if (!e) return undefined;
    const path = join(this.dir, 'documents', e.file);
    const r = ExtractionResult.safeParse(JSON.parse(await readFile(path, 'utf8')));
    if (!r.success) throw Object.assign(new Error(`${path}: not an extraction result (${r.error.issues[0]?.message})`), { userFacing: true });
    return r.data;
  }

  async *results(): AsyncGenerator<ExtractionResult> {
    for (const name of this.names()) {
      const r = await this.get(name);
      if (r) yield r;
    }
  }

  /** Adds or replaces one document's facts, manifest included. */
  async put(result: ExtractionResult, options: StageOptions = {}): Promise<void> {
    await this.stage(result, options);
    await this.flush();
  }

  /** Adds or replaces many documents' facts, with one manifest write at the end. */
  async putMany(results: Iterable<ExtractionResult> | AsyncIterable<ExtractionResult>): Promise<number> {
    let n = 0;
    for await (const r of results) {
      await this.stage(r);
      n++;
    }
    await this.flush();
    return n;
  }

  /** Removes one document's facts, manifest included. */
  async remove(name: string): Promise<boolean> {
    const removed = this.unstage(name);
    await this.flush();
    return removed;
  }

  /**
   * Writes one document's result file and points the in-memory manifest at it; the manifest on disk
   * changes at the next `flush`. Until then readers of the folder see the previous state.
   */
  async stage(result: ExtractionResult, options: StageOptions = {}): Promise<void> {
    await this.stageSerialized(result, options.json ?? JSON.stringify(result), countFacts(result), options.cacheKey);
  }

  /** `stage` for a result that is already serialized, with its counts. */
  async stageSerialized(meta: StagedMeta, json: string, counts: FactCounts, cacheKey = meta.pipelineVersion): Promise<void> {
    this.adopt(await writeResult(this.dir, meta, json, counts, cacheKey));
  }

  /** Points the in-memory manifest at a result file `writeResult` wrote under this store's folder. */
  adopt({ source, entry }: StoredResult, input?: ManifestEntry['input']): void {
    const old = this.manifest.documents[source];
    if (old && old.file !== entry.file) this.obsolete.push(old.file);
    this.manifest.documents[source] = input ? { ...entry, input } : entry;
    this.dirty = true;
  }

  /** Records the input file's size and time for a document whose content was found unchanged. */
  noteInput(name: string, input: ManifestEntry['input']): void {
    const e = this.manifest.documents[name];
    if (!e || (e.input?.size === input?.size && e.input?.mtimeMs === input?.mtimeMs)) return;
    if (input) e.input = input;
    else delete e.input;
    this.dirty = true;
  }

  /** The serialized result of one document, as stored. */
  async getSerialized(name: string): Promise<string | undefined> {
    const e = this.manifest.documents[name];
    return e ? readFile(join(this.dir, 'documents', e.file), 'utf8') : undefined;
  }

  /** Drops one document from the in-memory manifest; its file goes at the next `flush`. */
  unstage(name: string): boolean {
    const e = this.manifest.documents[name];
    if (!e) return false;
    delete this.manifest.documents[name];
    this.obsolete.push(e.file);
    this.dirty = true;
    return true;
  }

  /** Updates where a document was read from, when only its path changed. */
  relocate(name: string, path: string): void {
    const e = this.manifest.documents[name];
    if (e && e.path !== path) {
      e.path = path;
      this.dirty = true;
    }
  }

  /** Writes the manifest (keys sorted, so its bytes do not depend on completion order), then deletes
   * the result files it no longer names. Flushes run one after another; what is staged while one
   * runs goes to the next. */
  flush(): Promise<void> {
    this.flushing = this.flushing.catch(() => {}).then(() => this.flushNow());
    return this.flushing;
  }

  private async flushNow(): Promise<void> {
    if (!this.dirty) return;
    // Snapshot synchronously: stages made during the write below mark the store dirty again.
    const documents: Manifest['documents'] = {};
    for (const name of this.names()) documents[name] = { ...this.manifest.documents[name]! };
    const obsolete = this.obsolete;
    this.obsolete = [];
    this.dirty = false;
    try {
      await writeFileAtomic(join(this.dir, 'manifest.json'), JSON.stringify({ version: 1, documents }, null, 1));
    } catch (e) {
      this.dirty = true;
      this.obsolete.push(...obsolete);
      throw e;
    }
    const live = new Set(Object.values(this.manifest.documents).map((e) => e.file));
    await Promise.all(obsolete.filter((f) => !live.has(f)).map((f) => rm(join(this.dir, 'documents', f), { force: true })));
  }
}
