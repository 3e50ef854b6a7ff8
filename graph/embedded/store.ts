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
 * Every change goes through one batch API, `write`, whose entries say what happened to a document
 * (a new result, seen unchanged, removed); they change the in-memory manifest, and `flush` (or
 * `write(..., { flush: true })`) writes it, once per batch rather than once per document. Result files
 * may be written by other threads (`writeResult`, which touches no manifest); a `written` entry then
 * makes them part of the store.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { ExtractionResult } from '../../schemas/extraction.ts';
import { Manifest, type FactCounts, type InputStat, type ManifestEntry } from '../../schemas/manifest.ts';
import { UserError } from '../../pipeline/shared/user-error.ts';

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/** Whether a stored result file is the one its manifest entry describes. */
export type ResultState = 'intact' | 'missing' | 'damaged';

/** What a reader tells the user when a result file is not the one the manifest recorded. */
export function damagedStoreMessage(dir: string, name: string, state: Exclude<ResultState, 'intact'>): string {
  const what = state === 'missing' ? 'is missing' : 'does not match the hash the store recorded (truncated or edited)';
  return `${dir}: the stored result of ${name} ${what}; run \`zangraph run\` again to repair the store`;
}

/** How often a reader starts over from a newer manifest before it calls the store damaged. */
const SNAPSHOT_ATTEMPTS = 5;

function parseManifest(manifestPath: string, raw: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new UserError(`${manifestPath}: not a zangraph store manifest (invalid JSON: ${(e as Error).message}); run \`zangraph run\` again into an empty --data folder`);
  }
  const parsed = Manifest.safeParse(json);
  if (!parsed.success) throw new UserError(`${manifestPath}: not a zangraph store manifest (${parsed.error.issues[0]?.message})`);
  return parsed.data;
}

let tmpCounter = 0;
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const tmp = `${path}.${process.pid}.${++tmpCounter}.tmp`;
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (e) {
    // A full disk or a failed rename leaves no partial temporary file behind.
    await rm(tmp, { force: true });
    throw e;
  }
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

export type StagedMeta = Pick<ExtractionResult, 'source' | 'contentHash' | 'pipelineVersion' | 'path'>;

/** A result file written under a store's folder, and the manifest entry that will point at it. */
export interface StoredResult {
  source: string;
  entry: ManifestEntry;
}

/**
 * Writes one serialized result into the documents folder of the store at `storeDir` (atomically, under
 * a file name of its own) and returns the manifest entry for it. It touches no manifest, so an
 * extraction worker can call it; the result becomes part of the store with a `written` change.
 */
export async function writeResult(storeDir: string, meta: StagedMeta, json: string, counts: FactCounts, cacheKey = meta.pipelineVersion): Promise<StoredResult> {
  const file = fileFor(meta.source, meta.contentHash, cacheKey);
  const path = join(storeDir, 'documents', file);
  // Synchronous: batches call this on extraction workers, where blocking holds up no other work and
  // costs less CPU per file than the promise version. The thread id keeps temporary names apart.
  const tmp = `${path}.${process.pid}.${threadId}.${++tmpCounter}.tmp`;
  // Encoded once for the file, its size and its hash.
  const bytes = Buffer.from(json);
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
  const resultMtimeMs = statSync(path).mtimeMs;
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
      bytes: bytes.length,
      resultHash: sha256(bytes),
      resultMtimeMs,
    },
  };
}

/** One change of a batch, named by what happened to the document. */
export type StoreChange =
  /** A new result, its file written by the store (`json`: the result already serialized). */
  | { kind: 'result'; result: ExtractionResult; json?: string; cacheKey?: string }
  /** A new result whose file `writeResult` wrote already (on a worker thread), and its input's stat. */
  | { kind: 'written'; stored: StoredResult; input?: InputStat }
  /** The stored result still stands; its input was found at `path` with this stat. */
  | { kind: 'seen'; name: string; path: string; input?: InputStat }
  /** The document leaves the store; its result file goes at the next flush. */
  | { kind: 'removed'; name: string };

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
    try {
      await mkdir(join(dir, 'documents'), { recursive: true });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOTDIR' || code === 'EEXIST' ? 'is a file, not a folder (or holds one where the store goes)' : `cannot be opened (${code ?? (e as Error).message})`;
      throw new UserError(`--data ${dataDir}: ${why}`);
    }
    const manifestPath = join(dir, 'manifest.json');
    let manifest: Manifest = { version: 1, documents: {} };
    let raw: string | undefined;
    try {
      raw = await readFile(manifestPath, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    if (raw !== undefined) manifest = parseManifest(manifestPath, raw);
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

  /**
   * Whether the result file of a stored document is the one the manifest recorded: present, of the
   * recorded size and, when its time is not the recorded one, of the recorded hash. Costs a stat
   * unless the file was touched.
   */
  resultState(name: string): ResultState {
    const e = this.manifest.documents[name];
    if (!e) return 'missing';
    const path = join(this.dir, 'documents', e.file);
    let st;
    try {
      st = statSync(path);
    } catch {
      return 'missing';
    }
    if (e.bytes !== undefined && st.size !== e.bytes) return 'damaged';
    if (e.resultHash === undefined || st.mtimeMs === e.resultMtimeMs) return 'intact';
    try {
      return sha256(readFileSync(path)) === e.resultHash ? 'intact' : 'damaged';
    } catch {
      return 'missing';
    }
  }

  async get(name: string): Promise<ExtractionResult | undefined> {
    const json = await this.getSerialized(name);
    if (json === undefined) return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      throw new UserError(damagedStoreMessage(this.dir, name, 'damaged'));
    }
    const r = ExtractionResult.safeParse(parsed);
    if (!r.success) throw new UserError(damagedStoreMessage(this.dir, name, 'damaged'));
    return r.data;
  }

  /**
   * Every stored result, all of one manifest version, read while a writer may be at work: a writer
   * deletes a replaced result file only after it has renamed the new manifest into place, so a result
   * file that goes missing under a reader means a newer manifest exists; the reader then starts over
   * from it. A file missing from the manifest it was read with, or damaged, is a damaged store.
   * For readers: it reloads the manifest from disk, dropping changes not yet flushed.
   */
  async snapshotResults(): Promise<ExtractionResult[]> {
    const manifestPath = join(this.dir, 'manifest.json');
    const onDisk = () => readFile(manifestPath, 'utf8').catch(() => undefined);
    for (let attempt = 1; ; attempt++) {
      const raw = await onDisk();
      if (raw !== undefined) this.manifest = parseManifest(manifestPath, raw);
      try {
        const out: ExtractionResult[] = [];
        for await (const r of this.results()) out.push(r);
        return out;
      } catch (e) {
        const newer = e instanceof UserError && (await onDisk()) !== raw;
        if (!newer || attempt >= SNAPSHOT_ATTEMPTS) throw e;
      }
    }
  }

  async *results(): AsyncGenerator<ExtractionResult> {
    for (const name of this.names()) {
      const r = await this.get(name);
      if (r) yield r;
    }
  }

  /**
   * Applies a batch of changes to the in-memory manifest (writing the result files of `result`
   * entries first) and returns how many documents it added, replaced or removed. The manifest on disk
   * changes at the next `flush` (at once with `flush: true`); until then readers of the folder see the
   * previous state.
   */
  async write(changes: Iterable<StoreChange> | AsyncIterable<StoreChange>, options: { flush?: boolean } = {}): Promise<number> {
    let changed = 0;
    for await (const c of changes) {
      switch (c.kind) {
        case 'result': {
          const json = c.json ?? JSON.stringify(c.result);
          this.point(await writeResult(this.dir, c.result, json, countFacts(c.result), c.cacheKey ?? c.result.pipelineVersion));
          changed++;
          break;
        }
        case 'written':
          this.point(c.stored, c.input);
          changed++;
          break;
        case 'seen':
          this.seen(c.name, c.path, c.input);
          break;
        case 'removed':
          if (this.drop(c.name)) changed++;
          break;
      }
    }
    if (options.flush) await this.flush();
    return changed;
  }

  /** The serialized result of one document, as stored; a UserError naming the fix when the file is
   * missing or not the one the manifest recorded. */
  async getSerialized(name: string): Promise<string | undefined> {
    const e = this.manifest.documents[name];
    if (!e) return undefined;
    let data: Buffer;
    try {
      data = await readFile(join(this.dir, 'documents', e.file));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new UserError(damagedStoreMessage(this.dir, name, 'missing'));
      throw err;
    }
    const damaged = e.resultHash !== undefined ? sha256(data) !== e.resultHash : e.bytes !== undefined && data.length !== e.bytes;
    if (damaged) throw new UserError(damagedStoreMessage(this.dir, name, 'damaged'));
    return data.toString('utf8');
  }

  /** Points the manifest at a result file written under this store's folder; the replaced file
   * becomes obsolete. */
  private point({ source, entry }: StoredResult, input?: InputStat): void {
    const old = this.manifest.documents[source];
    if (old && old.file !== entry.file) this.obsolete.push(old.file);
    this.manifest.documents[source] = input ? { ...entry, input } : entry;
    this.dirty = true;
  }

  /** Records where a stored document's input was found and its size and time (absent: not to be
   * trusted next time). */
  private seen(name: string, path: string, input: InputStat | undefined): void {
    const e = this.manifest.documents[name];
    if (!e) return;
    if (e.path !== path) {
      e.path = path;
      this.dirty = true;
    }
    if (e.input?.size === input?.size && e.input?.mtimeMs === input?.mtimeMs) return;
    if (input) e.input = input;
    else delete e.input;
    this.dirty = true;
  }

  private drop(name: string): boolean {
    const e = this.manifest.documents[name];
    if (!e) return false;
    delete this.manifest.documents[name];
    this.obsolete.push(e.file);
    this.dirty = true;
    return true;
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
