import {
  ExtractionResult
} from "./chunk-Z2SMPQQD.mjs";
import {
  external_exports
} from "./chunk-VXHWECNZ.mjs";

// graph/embedded/store.ts
import { createHash } from "node:crypto";
import { renameSync, writeFileSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { threadId } from "node:worker_threads";
var FactCounts = external_exports.object({
  acts: external_exports.number().int().nonnegative(),
  relations: external_exports.number().int().nonnegative(),
  reglaments: external_exports.number().int().nonnegative(),
  steps: external_exports.number().int().nonnegative(),
  terms: external_exports.number().int().nonnegative(),
  actors: external_exports.number().int().nonnegative()
});
var ManifestEntry = external_exports.object({
  contentHash: external_exports.string(),
  pipelineVersion: external_exports.string(),
  path: external_exports.string(),
  file: external_exports.string(),
  updatedAt: external_exports.string(),
  /** What the incremental runner compares: pipeline version plus a digest of the pipeline code
   * and lexicons that produced the result (absent for results stored by older writers). */
  cacheKey: external_exports.string().optional(),
  /** Fact counts of the stored result, so a rerun can report totals without reading it. */
  counts: FactCounts.optional(),
  bytes: external_exports.number().int().nonnegative().optional(),
  /** Size and modification time of the input file when it was read, recorded only when the file was
   * old enough then to be trusted later: a rerun that finds the same path, size and time takes the
   * content hash as recorded instead of reading the file again (as git's index does). */
  input: external_exports.object({ size: external_exports.number().int().nonnegative(), mtimeMs: external_exports.number() }).optional()
});
var Manifest = external_exports.object({
  version: external_exports.literal(1),
  documents: external_exports.record(external_exports.string(), ManifestEntry)
});
var tmpCounter = 0;
async function writeFileAtomic(path, data) {
  const tmp = `${path}.${process.pid}.${++tmpCounter}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}
function fileFor(name, contentHash, cacheKey) {
  const safe = encodeURIComponent(name).replace(/%/g, "_");
  const digest = createHash("sha256").update(`${contentHash}\0${cacheKey}`).digest("hex").slice(0, 12);
  return `${safe}.${digest}.json`;
}
function countFacts(r) {
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
var totalFacts = (c) => c.acts + c.relations + c.reglaments + c.steps + c.terms + c.actors;
async function writeResult(storeDir, meta, json, counts, cacheKey = meta.pipelineVersion) {
  const file = fileFor(meta.source, meta.contentHash, cacheKey);
  const path = join(storeDir, "documents", file);
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
      updatedAt: (/* @__PURE__ */ new Date()).toISOString(),
      cacheKey,
      counts,
      bytes: Buffer.byteLength(json)
    }
  };
}
var EmbeddedStore = class _EmbeddedStore {
  constructor(dir, manifest) {
    this.dir = dir;
    this.manifest = manifest;
  }
  dir;
  manifest;
  dirty = false;
  /** Result files replaced or removed since the last flush; deleted once the manifest no longer names them. */
  obsolete = [];
  flushing = Promise.resolve();
  static async open(dataDir) {
    const dir = join(dataDir, "embedded");
    await mkdir(join(dir, "documents"), { recursive: true });
    const manifestPath = join(dir, "manifest.json");
    let manifest = { version: 1, documents: {} };
    let raw;
    try {
      raw = await readFile(manifestPath, "utf8");
    } catch (e) {
      if (e.code !== "ENOENT") throw e;
    }
    if (raw !== void 0) {
      let json;
      try {
        json = JSON.parse(raw);
      } catch (e) {
        throw Object.assign(new Error(`${manifestPath}: not a zangraph store manifest (invalid JSON: ${e.message})`), { userFacing: true });
      }
      const parsed = Manifest.safeParse(json);
      if (!parsed.success) throw Object.assign(new Error(`${manifestPath}: not a zangraph store manifest (${parsed.error.issues[0]?.message})`), { userFacing: true });
      manifest = parsed.data;
    }
    return new _EmbeddedStore(dir, manifest);
  }
  names() {
    return Object.keys(this.manifest.documents).sort();
  }
  /** How many documents the store holds. */
  get size() {
    return Object.keys(this.manifest.documents).length;
  }
  entry(name) {
    return this.manifest.documents[name];
  }
  async get(name) {
    const e = this.manifest.documents[name];
    if (!e) return void 0;
    const path = join(this.dir, "documents", e.file);
    const r = ExtractionResult.safeParse(JSON.parse(await readFile(path, "utf8")));
    if (!r.success) throw Object.assign(new Error(`${path}: not an extraction result (${r.error.issues[0]?.message})`), { userFacing: true });
    return r.data;
  }
  async *results() {
    for (const name of this.names()) {
      const r = await this.get(name);
      if (r) yield r;
    }
  }
  /** Adds or replaces one document's facts, manifest included. */
  async put(result, options = {}) {
    await this.stage(result, options);
    await this.flush();
  }
  /** Adds or replaces many documents' facts, with one manifest write at the end. */
  async putMany(results) {
    let n = 0;
    for await (const r of results) {
      await this.stage(r);
      n++;
    }
    await this.flush();
    return n;
  }
  /** Removes one document's facts, manifest included. */
  async remove(name) {
    const removed = this.unstage(name);
    await this.flush();
    return removed;
  }
  /**
   * Writes one document's result file and points the in-memory manifest at it; the manifest on disk
   * changes at the next `flush`. Until then readers of the folder see the previous state.
   */
  async stage(result, options = {}) {
    await this.stageSerialized(result, options.json ?? JSON.stringify(result), countFacts(result), options.cacheKey);
  }
  /** `stage` for a result that is already serialized, with its counts. */
  async stageSerialized(meta, json, counts, cacheKey = meta.pipelineVersion) {
    this.adopt(await writeResult(this.dir, meta, json, counts, cacheKey));
  }
  /** Points the in-memory manifest at a result file `writeResult` wrote under this store's folder. */
  adopt({ source, entry }, input) {
    const old = this.manifest.documents[source];
    if (old && old.file !== entry.file) this.obsolete.push(old.file);
    this.manifest.documents[source] = input ? { ...entry, input } : entry;
    this.dirty = true;
  }
  /** Records the input file's size and time for a document whose content was found unchanged. */
  noteInput(name, input) {
    const e = this.manifest.documents[name];
    if (!e || e.input?.size === input?.size && e.input?.mtimeMs === input?.mtimeMs) return;
    if (input) e.input = input;
    else delete e.input;
    this.dirty = true;
  }
  /** The serialized result of one document, as stored. */
  async getSerialized(name) {
    const e = this.manifest.documents[name];
    return e ? readFile(join(this.dir, "documents", e.file), "utf8") : void 0;
  }
  /** Drops one document from the in-memory manifest; its file goes at the next `flush`. */
  unstage(name) {
    const e = this.manifest.documents[name];
    if (!e) return false;
    delete this.manifest.documents[name];
    this.obsolete.push(e.file);
    this.dirty = true;
    return true;
  }
  /** Updates where a document was read from, when only its path changed. */
  relocate(name, path) {
    const e = this.manifest.documents[name];
    if (e && e.path !== path) {
      e.path = path;
      this.dirty = true;
    }
  }
  /** Writes the manifest (keys sorted, so its bytes do not depend on completion order), then deletes
   * the result files it no longer names. Flushes run one after another; what is staged while one
   * runs goes to the next. */
  flush() {
    this.flushing = this.flushing.catch(() => {
    }).then(() => this.flushNow());
    return this.flushing;
  }
  async flushNow() {
    if (!this.dirty) return;
    const documents = {};
    for (const name of this.names()) documents[name] = { ...this.manifest.documents[name] };
    const obsolete = this.obsolete;
    this.obsolete = [];
    this.dirty = false;
    try {
      await writeFileAtomic(join(this.dir, "manifest.json"), JSON.stringify({ version: 1, documents }, null, 1));
    } catch (e) {
      this.dirty = true;
      this.obsolete.push(...obsolete);
      throw e;
    }
    const live = new Set(Object.values(this.manifest.documents).map((e) => e.file));
    await Promise.all(obsolete.filter((f) => !live.has(f)).map((f) => rm(join(this.dir, "documents", f), { force: true })));
  }
};

// pipeline/batch/protocol.ts
function summaryOf(result) {
  return {
    language: result.language,
    act: result.act ? `${result.act.number ?? "?"} of ${result.act.date ?? "?"}` : null,
    warnings: result.diagnostics.filter((d) => d.severity !== "info").length
  };
}
function reasonOf(e) {
  const err = e;
  if (err?.name === "ReadError" && err.reason) return err.reason;
  return err?.message ?? String(e);
}

export {
  countFacts,
  totalFacts,
  writeResult,
  EmbeddedStore,
  summaryOf,
  reasonOf
};
//# sourceMappingURL=chunk-MKHJFURA.mjs.map
