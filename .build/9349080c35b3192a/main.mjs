import {
  EmbeddedStore,
  summaryOf,
  totalFacts
} from "./chunk-MKHJFURA.mjs";
import {
  DEFAULT_MAX_BYTES,
  PIPELINE_VERSION
} from "./chunk-Z2SMPQQD.mjs";
import {
  ActStatementRow,
  DocumentRow,
  ReglamentRow,
  RelationRow,
  parseRows
} from "./chunk-KISZASET.mjs";
import {
  Catalog,
  normalizeName,
  toGraph
} from "./chunk-XCZL7IAR.mjs";
import "./chunk-PQ46OHWZ.mjs";
import {
  EvalOptions
} from "./chunk-T3J2N7FD.mjs";
import {
  ActKey,
  EntryIntoForce,
  FAMILIES,
  IsoDate,
  LANGUAGES,
  Language,
  RegionId,
  RoleId
} from "./chunk-ZMMWVS5X.mjs";
import {
  external_exports
} from "./chunk-VXHWECNZ.mjs";

// pipeline/cli/restart.ts
import { spawn } from "node:child_process";
var BATCH_FLAGS = ["--single-threaded", "--v8-pool-size=1"];
var HEAP_LIMIT_FLAG = "--max-old-space-size=1024";
var BATCH_RUN_FLAGS = [...BATCH_FLAGS, HEAP_LIMIT_FLAG];
var hasHeapLimit = () => [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)].some((f) => /^--max-old-space-size(=|$)/.test(f));
var has = (flag) => flag === HEAP_LIMIT_FLAG ? hasHeapLimit() : process.execArgv.includes(flag);
function restarter(entry, argv) {
  if (!entry) return void 0;
  return {
    missing: (flags) => flags.filter((f) => !has(f)),
    restart: (flags) => new Promise((done) => {
      const child = spawn(process.execPath, [...flags.filter((f) => !has(f)), ...process.execArgv, entry, ...argv], { stdio: "inherit" });
      for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
      child.on("error", (e) => {
        console.error(`zangraph: cannot start ${process.execPath}: ${e.message}`);
        done(1);
      });
      child.on("exit", (code, signal) => done(code ?? (signal === "SIGINT" ? 130 : 1)));
    })
  };
}

// pipeline/cli/command.ts
var UsageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};

// pipeline/cli/args.ts
import { parseArgs } from "node:util";
function parse(argv, options) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(e.message);
  }
}
function validate(schema, value) {
  const r = schema.safeParse(value);
  if (!r.success) {
    const msg = r.error.issues.map((i) => `${i.path.join(".") || "options"}: ${i.message}`).join("; ");
    throw new UsageError(msg);
  }
  return r.data;
}

// schemas/cli.ts
var DEFAULT_DATA_DIR = ".zangraph";
var StoreKind = external_exports.enum(["embedded", "neo4j"]);
var positiveInt = external_exports.coerce.number().int().positive();
var ExtractOptions = external_exports.object({
  file: external_exports.string().min(1, "a file path is required"),
  pretty: external_exports.boolean().default(true)
});
var Neo4jFlags = external_exports.object({
  uri: external_exports.string().optional(),
  user: external_exports.string().optional(),
  password: external_exports.string().optional(),
  database: external_exports.string().optional()
});
var RunOptions = external_exports.object({
  paths: external_exports.array(external_exports.string()).default([]),
  data: external_exports.string().default(DEFAULT_DATA_DIR),
  store: StoreKind.default("embedded"),
  concurrency: positiveInt.optional(),
  maxBytes: positiveInt.optional(),
  format: external_exports.enum(["table", "json"]).default("table"),
  neo4j: Neo4jFlags.default({})
});

// pipeline/cli/commands/extract.ts
var extractCommand = {
  name: "extract",
  summary: "extract the facts of one document and print them as JSON",
  help: `Usage: zangraph extract <file> [--compact]

Reads one document (.txt, .md or .pdf; the format is decided from the content), extracts the act,
its relations and its reglaments, and prints one JSON document (schemas/extraction.ts): the gold
fact shape plus an evidence span {start, end, quote} for every fact and the stages' diagnostics.

Options:
  --compact   one line of JSON instead of indented output`,
  async run(argv) {
    const { values, positionals } = parse(argv, { compact: { type: "boolean" } });
    if (positionals.length !== 1) throw new UsageError("expected exactly one file");
    const opts = validate(ExtractOptions, { file: positionals[0], pretty: !values.compact });
    const { extractFile } = await import("./extract-file-YHZVWLDO.mjs");
    const result = await extractFile(opts.file);
    console.log(JSON.stringify(result, null, opts.pretty ? 2 : void 0));
    return 0;
  }
};

// pipeline/cli/commands/run.ts
import { availableParallelism } from "node:os";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join as join3, resolve as resolve2 } from "node:path";

// pipeline/batch/collect.ts
import { readdir, stat } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
var DOCUMENT_EXTENSIONS = /* @__PURE__ */ new Set([".txt", ".md", ".pdf"]);
var isReadme = (name) => /^readme\.[a-z]+$/i.test(name);
async function collectInputs(paths) {
  const files = /* @__PURE__ */ new Set();
  const missing = [];
  const walk = async (dir) => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const e of entries) {
      if (e.name.startsWith(".")) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && DOCUMENT_EXTENSIONS.has(extname(e.name).toLowerCase()) && !isReadme(e.name)) files.add(p);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = await stat(p);
    } catch {
      missing.push(p);
      continue;
    }
    if (st.isDirectory()) await walk(p);
    else files.add(p);
  }
  const sorted = [...files].map((f) => ({ f, key: resolve(f) })).sort((a, b) => a.key.localeCompare(b.key)).map((x) => x.f);
  return { files: sorted, missing };
}

// node_modules/yocto-queue/index.js
var Node = class {
  value;
  next;
  constructor(value) {
    this.value = value;
  }
};
var Queue = class {
  #head;
  #tail;
  #size;
  constructor() {
    this.clear();
  }
  enqueue(value) {
    const node = new Node(value);
    if (this.#head) {
      this.#tail.next = node;
      this.#tail = node;
    } else {
      this.#head = node;
      this.#tail = node;
    }
    this.#size++;
  }
  dequeue() {
    const current = this.#head;
    if (!current) {
      return;
    }
    this.#head = this.#head.next;
    this.#size--;
    if (!this.#head) {
      this.#tail = void 0;
    }
    return current.value;
  }
  peek() {
    if (!this.#head) {
      return;
    }
    return this.#head.value;
  }
  clear() {
    this.#head = void 0;
    this.#tail = void 0;
    this.#size = 0;
  }
  get size() {
    return this.#size;
  }
  *[Symbol.iterator]() {
    let current = this.#head;
    while (current) {
      yield current.value;
      current = current.next;
    }
  }
  *drain() {
    while (this.#head) {
      yield this.dequeue();
    }
  }
};

// node_modules/p-limit/index.js
function pLimit(concurrency) {
  let rejectOnClear = false;
  if (typeof concurrency === "object") {
    ({ concurrency, rejectOnClear = false } = concurrency);
  }
  validateConcurrency(concurrency);
  if (typeof rejectOnClear !== "boolean") {
    throw new TypeError("Expected `rejectOnClear` to be a boolean");
  }
  const queue = new Queue();
  let activeCount = 0;
  const resumeNext = () => {
    if (activeCount < concurrency && queue.size > 0) {
      activeCount++;
      queue.dequeue().run();
    }
  };
  const next = () => {
    activeCount--;
    resumeNext();
  };
  const run2 = async (function_, resolve3, arguments_) => {
    const result = (async () => function_(...arguments_))();
    resolve3(result);
    try {
      await result;
    } catch {
    }
    next();
  };
  const enqueue = (function_, resolve3, reject, arguments_) => {
    const queueItem = { reject };
    new Promise((internalResolve) => {
      queueItem.run = internalResolve;
      queue.enqueue(queueItem);
    }).then(run2.bind(void 0, function_, resolve3, arguments_));
    if (activeCount < concurrency) {
      resumeNext();
    }
  };
  const generator = (function_, ...arguments_) => new Promise((resolve3, reject) => {
    enqueue(function_, resolve3, reject, arguments_);
  });
  Object.defineProperties(generator, {
    activeCount: {
      get: () => activeCount
    },
    pendingCount: {
      get: () => queue.size
    },
    clearQueue: {
      value() {
        if (!rejectOnClear) {
          queue.clear();
          return;
        }
        const abortError = AbortSignal.abort().reason;
        while (queue.size > 0) {
          queue.dequeue().reject(abortError);
        }
      }
    },
    concurrency: {
      get: () => concurrency,
      set(newConcurrency) {
        validateConcurrency(newConcurrency);
        concurrency = newConcurrency;
        queueMicrotask(() => {
          while (activeCount < concurrency && queue.size > 0) {
            resumeNext();
          }
        });
      }
    },
    map: {
      async value(iterable, function_) {
        const promises = [];
        try {
          Array.from(iterable, (value, index) => {
            const promise = generator(function_, value, index);
            promises.push(promise);
            return promise;
          });
        } catch (error) {
          for (const promise of promises) {
            promise.catch(() => {
            });
          }
          throw error;
        }
        return Promise.all(promises);
      }
    }
  });
  return generator;
}
function validateConcurrency(concurrency) {
  if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
    throw new TypeError("Expected `concurrency` to be a number from 1 and up");
  }
}

// pipeline/batch/run-batch.ts
import { createHash as createHash2 } from "node:crypto";
import { statSync } from "node:fs";
import { readFile as readFile2 } from "node:fs/promises";
import { basename } from "node:path";

// pipeline/batch/flush-policy.ts
var FlushPolicy = class {
  constructor(every, manifestSize, now, maxIntervalMs = 5e3) {
    this.every = every;
    this.maxIntervalMs = maxIntervalMs;
    this.after = Math.max(every, Math.ceil(manifestSize / 10));
    this.last = now;
  }
  every;
  maxIntervalMs;
  sinceFlush = 0;
  after;
  last;
  lastMs = 0;
  /** One more document written; true when the manifest should be flushed now. */
  documentWritten(now) {
    this.sinceFlush++;
    if (this.sinceFlush < this.after && now - this.last <= Math.max(this.maxIntervalMs, 50 * this.lastMs)) return false;
    this.sinceFlush = 0;
    this.last = now;
    return true;
  }
  /** A flush started at `startedAt` finished at `now`, leaving a manifest of `manifestSize` entries. */
  flushed(startedAt, now, manifestSize) {
    this.lastMs = now - startedAt;
    this.after = Math.max(this.every, Math.ceil(manifestSize / 10));
  }
};

// pipeline/batch/pool.ts
import { Worker } from "node:worker_threads";
var ENTRY = new URL("./worker-entry.mjs", import.meta.url);
var QUEUE_DEPTH = 2;
var WorkerPool = class {
  constructor(size, resourceLimits) {
    this.size = size;
    this.resourceLimits = resourceLimits;
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }
  size;
  resourceLimits;
  slots = [];
  queue = [];
  nextId = 0;
  closed = false;
  /** Resolves when every worker has loaded the pipeline (for timing the work apart from startup). */
  async ready() {
    await Promise.all(this.slots.map((s) => s.ready));
  }
  spawn() {
    const worker = new Worker(ENTRY, { resourceLimits: this.resourceLimits });
    let markReady;
    const slot = { worker, ready: new Promise((r) => markReady = r), held: [] };
    worker.on("message", (m) => {
      if ("ready" in m) {
        markReady();
        return;
      }
      const i = slot.held.findIndex((p) => p.task.id === m.id);
      const [done] = slot.held.splice(i, 1);
      done?.resolve(m);
      this.dispatch();
    });
    const die = (reason) => {
      if (slot.dead) return;
      slot.dead = true;
      const [current, ...waiting] = slot.held;
      slot.held = [];
      markReady();
      this.queue.unshift(...waiting);
      const i = this.slots.indexOf(slot);
      if (!this.closed && i >= 0) this.slots[i] = this.spawn();
      current?.resolve({ id: current.task.id, ok: false, reason: `extraction worker died: ${reason}`, ms: 0 });
      this.dispatch();
    };
    worker.on("error", (e) => die(e.message));
    worker.on("exit", (code) => {
      if (!this.closed) die(`exit code ${code}`);
    });
    return slot;
  }
  /** Extracts one document and stores its result; never rejects (a failure is a reply with ok: false). */
  extract(path, bytes, options) {
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? bytes.buffer : new Uint8Array(bytes).buffer;
    const task = { id: this.nextId++, path, bytes: own, ...options };
    return new Promise((resolve3) => {
      this.queue.push({ task, resolve: resolve3 });
      this.dispatch();
    });
  }
  dispatch() {
    for (let depth = 1; depth <= QUEUE_DEPTH; depth++) {
      for (const slot of this.slots) {
        if (slot.dead || slot.held.length >= depth) continue;
        const next = this.queue.shift();
        if (!next) return;
        slot.held.push(next);
        slot.worker.postMessage(next.task);
      }
    }
  }
  async close() {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
};

// pipeline/batch/version.ts
import { createHash } from "node:crypto";
import { readdir as readdir2, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { join as join2, relative } from "node:path";
var ROOT = fileURLToPath(new URL("../../", import.meta.url));
var INPUTS = [
  "pipeline/read",
  "pipeline/normalize",
  "pipeline/structure",
  "pipeline/extract",
  "pipeline/shared",
  "pipeline/extract-file.ts",
  "schemas",
  "corpus/lexicon"
];
async function listFiles(path) {
  try {
    const entries = await readdir2(path, { withFileTypes: true });
    const out = [];
    for (const e of entries) {
      const p = join2(path, e.name);
      if (e.isDirectory()) out.push(...await listFiles(p));
      else if (e.isFile() && /\.(ts|mts|json)$/.test(e.name)) out.push(p);
    }
    return out;
  } catch (e) {
    if (e.code === "ENOTDIR") return [path];
    if (e.code === "ENOENT") return [];
    throw e;
  }
}
var cached;
function pipelineCacheKey() {
  cached ??= (async () => {
    const files = (await Promise.all(INPUTS.map((p) => listFiles(join2(ROOT, p))))).flat().map((f) => relative(ROOT, f).split("\\").join("/")).sort();
    const h = createHash("sha256");
    for (const f of files) h.update(f).update("\0").update(await readFile(join2(ROOT, f))).update("\0");
    return `${PIPELINE_VERSION}+${h.digest("hex").slice(0, 12)}`;
  })();
  return cached;
}

// pipeline/batch/progress.ts
var LogLevel = external_exports.enum(["silent", "error", "warn", "info", "debug"]);
var RANK = { silent: 0, error: 1, warn: 2, info: 3, debug: 4 };
var Logger = class {
  constructor(level = "info", out = process.stderr, beforeWrite) {
    this.level = level;
    this.out = out;
    this.beforeWrite = beforeWrite;
  }
  level;
  out;
  beforeWrite;
  enabled(level) {
    return RANK[this.level] >= RANK[level];
  }
  log(level, msg) {
    if (!this.enabled(level)) return;
    this.beforeWrite?.();
    this.out.write(`${level === "info" ? "" : level + ": "}${msg}
`);
  }
  error(msg) {
    this.log("error", msg);
  }
  warn(msg) {
    this.log("warn", msg);
  }
  info(msg) {
    this.log("info", msg);
  }
  debug(msg) {
    this.log("debug", msg);
  }
};
function formatDuration(ms2) {
  if (!Number.isFinite(ms2)) return "?";
  const s = Math.round(ms2 / 1e3);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}
var Progress = class {
  constructor(total, opts = {}) {
    this.total = total;
    this.out = opts.out ?? process.stderr;
    this.interactive = opts.interactive ?? (!!this.out.isTTY && !process.env.CI);
    this.enabled = opts.enabled ?? true;
    this.every = (opts.lineEverySeconds ?? 5) * 1e3;
    if (this.enabled && this.interactive) {
      this.timer = setInterval(() => this.draw(), 200);
      this.timer.unref();
    }
  }
  total;
  done = 0;
  t0 = performance.now();
  lastLine = 0;
  drawn = false;
  timer;
  interactive;
  out;
  enabled;
  every;
  tick(n = 1) {
    this.done += n;
    if (!this.enabled || this.interactive) return;
    const now = performance.now();
    if (now - this.lastLine >= this.every && this.done < this.total) {
      this.lastLine = now;
      this.out.write(`progress: ${this.status()}
`);
    }
  }
  status() {
    const secs = (performance.now() - this.t0) / 1e3;
    const rate = secs > 0 ? this.done / secs : 0;
    const eta = rate > 0 ? (this.total - this.done) / rate * 1e3 : Infinity;
    const pct = this.total ? Math.floor(100 * this.done / this.total) : 100;
    return `${this.done}/${this.total} documents (${pct}%), ${rate.toFixed(1)} docs/s, ETA ${formatDuration(eta)}`;
  }
  draw() {
    const width = Math.max(10, Math.min(30, (this.out.columns ?? 80) - 60));
    const filled = this.total ? Math.round(width * this.done / this.total) : width;
    this.out.write(`\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${this.status()}\x1B[K`);
    this.drawn = true;
  }
  /** Erases the bar so a log line can be written cleanly (it is redrawn on the next tick). */
  clear() {
    if (this.drawn) {
      this.out.write("\r\x1B[K");
      this.drawn = false;
    }
  }
  stop() {
    if (this.timer) clearInterval(this.timer);
    this.clear();
  }
};

// pipeline/batch/report.ts
var StageTimes = external_exports.object({
  collect: external_exports.number(),
  read: external_exports.number(),
  hash: external_exports.number(),
  extract: external_exports.number(),
  embedded: external_exports.number(),
  neo4j: external_exports.number(),
  prune: external_exports.number()
});
var RunReport = external_exports.object({
  reportVersion: external_exports.literal(1),
  startedAt: external_exports.string(),
  finishedAt: external_exports.string(),
  pipelineVersion: external_exports.string(),
  cacheKey: external_exports.string(),
  store: external_exports.enum(["embedded", "neo4j"]),
  storeLocation: external_exports.string(),
  concurrency: external_exports.number().int().positive(),
  inputs: external_exports.number().int().nonnegative(),
  bytes: external_exports.object({ read: external_exports.number(), extracted: external_exports.number() }),
  documents: external_exports.object({
    new: external_exports.number().int(),
    changed: external_exports.number().int(),
    unchanged: external_exports.number().int(),
    failed: external_exports.number().int(),
    /** Documents of the store not in the input set: removed with --prune, else only counted. */
    removed: external_exports.number().int(),
    notInInput: external_exports.number().int()
  }),
  failures: external_exports.array(external_exports.object({ path: external_exports.string(), reason: external_exports.string() })),
  /** Every input in input order: ok, warnings (count of warning diagnostics), or failed with its reason. */
  perInput: external_exports.array(external_exports.object({
    path: external_exports.string(),
    status: external_exports.enum(["new", "changed", "unchanged", "failed"]),
    outcome: external_exports.enum(["ok", "warnings", "failed"]),
    warnings: external_exports.number().int().nonnegative(),
    reason: external_exports.string().optional()
  })),
  facts: external_exports.object({ added: external_exports.number().int(), removed: external_exports.number().int() }),
  /** Totals of reglaments, steps, ... over the input set as now stored (unchanged documents included). */
  totals: external_exports.object({ reglaments: external_exports.number(), steps: external_exports.number(), relations: external_exports.number(), terms: external_exports.number(), actors: external_exports.number(), acts: external_exports.number() }),
  stagesMs: StageTimes,
  /** Nodes + relationships written to Neo4j (0 for the embedded store). */
  graphElements: external_exports.number().int().nonnegative(),
  wallMs: external_exports.number(),
  /** Wall time from starting the extraction workers until all of them had loaded the pipeline (0
   * when nothing needed extracting); throughput figures leave it out. */
  workerStartupMs: external_exports.number(),
  peakRssBytes: external_exports.number()
});
var mb = (b) => (b / 1e6).toFixed(1);
function humanSummary(r) {
  const d = r.documents;
  const ok = r.inputs - d.failed;
  const lines = [
    `${r.inputs} documents (${ok} ok, ${d.failed} failed), ${r.totals.reglaments} reglaments, ${r.totals.steps} steps, ${r.totals.relations} relations in total`,
    `changes: ${d.new} new, ${d.changed} changed, ${d.unchanged} unchanged, ${d.failed} failed` + (d.removed ? `, ${d.removed} removed` : "") + `; facts +${r.facts.added} -${r.facts.removed}`
  ];
  if (d.notInInput) lines.push(`${d.notInInput} stored documents are not in the input set (run with --prune to remove them)`);
  const s = r.stagesMs;
  const secs = r.wallMs / 1e3;
  lines.push(
    `time: ${formatDuration(r.wallMs)} wall (${secs.toFixed(1)} s), ${mb(r.bytes.extracted)} MB extracted` + (secs > 0 ? ` (${((d.new + d.changed) / secs).toFixed(1)} docs/s)` : "") + `; busy per stage: read ${ms(s.read)}, hash ${ms(s.hash)}, extract ${ms(s.extract)}, embedded store ${ms(s.embedded)}` + (r.store === "neo4j" ? `, neo4j ${ms(s.neo4j)}` : "") + (s.prune ? `, prune ${ms(s.prune)}` : "") + `; peak RSS ${mb(r.peakRssBytes)} MB`
  );
  return lines;
}
function ms(x) {
  return x >= 1e4 ? `${(x / 1e3).toFixed(0)} s` : x >= 1e3 ? `${(x / 1e3).toFixed(1)} s` : `${Math.round(x)} ms`;
}

// pipeline/batch/run-batch.ts
var InputError = class extends Error {
  constructor(path, reason) {
    super(`${path}: ${reason}`);
    this.path = path;
    this.reason = reason;
    this.name = "ReadError";
  }
  path;
  reason;
};
var ZERO_COUNTS = { acts: 0, relations: 0, reglaments: 0, steps: 0, terms: 0, actors: 0 };
var STAT_TRUST_MS = 2e3;
function statInput(path, maxBytes) {
  let st;
  try {
    const s = statSync(path);
    if (!s.isFile()) throw new InputError(path, "not a regular file");
    st = { size: s.size, mtimeMs: s.mtimeMs };
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(path, `cannot read file (${e.code ?? e.message})`);
  }
  if (st.size > maxBytes) throw new InputError(path, `file is ${st.size} bytes, over the size limit of ${maxBytes} bytes`);
  return st;
}
function storedFromSameFile(cached2, path, st, cacheKey) {
  return !!cached2?.input && cached2.cacheKey === cacheKey && cached2.path === path && cached2.input.size === st.size && cached2.input.mtimeMs === st.mtimeMs;
}
async function inputsToRead(files, embedded, opts) {
  const cacheKey = opts.cacheKey ?? await pipelineCacheKey();
  let n = 0;
  for (const path of files) {
    if (n > opts.upTo) break;
    let st;
    try {
      st = statInput(path, opts.maxBytes ?? DEFAULT_MAX_BYTES);
    } catch {
      n++;
      continue;
    }
    if (!storedFromSameFile(embedded.entry(basename(path)), path, st, cacheKey)) n++;
  }
  return n;
}
async function readInput(path) {
  try {
    return await readFile2(path);
  } catch (e) {
    throw new InputError(path, `cannot read file (${e.code ?? e.message})`);
  }
}
async function runBatch(opts) {
  const startedAt = /* @__PURE__ */ new Date();
  const t0 = performance.now();
  const log = opts.logger ?? new Logger("silent");
  const cacheKey = opts.cacheKey ?? await pipelineCacheKey();
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const { embedded, graph } = opts;
  const stages = { collect: 0, read: 0, hash: 0, extract: 0, embedded: 0, neo4j: 0, prune: 0 };
  const docs = { new: 0, changed: 0, unchanged: 0, failed: 0, removed: 0, notInInput: 0 };
  const facts = { added: 0, removed: 0 };
  const totals = { ...ZERO_COUNTS };
  const bytes = { read: 0, extracted: 0 };
  let graphElements = 0;
  const failures = [];
  const graphDocs = graph ? await timed("neo4j", () => graph.documents()) : void 0;
  const firstPathOf = /* @__PURE__ */ new Map();
  for (const f of opts.files) if (!firstPathOf.has(basename(f))) firstPathOf.set(basename(f), f);
  let pool;
  let workerStartupMs = 0;
  const extractor = () => {
    if (!pool) {
      const s = performance.now();
      pool = new WorkerPool(opts.concurrency, { maxOldGenerationSizeMb: opts.workerHeapMb ?? 320 });
      void pool.ready().then(() => workerStartupMs = performance.now() - s);
    }
    return pool;
  };
  const pending = /* @__PURE__ */ new Map();
  let nextToEmit = 0;
  const perInput = [];
  const emit = (d) => {
    pending.set(d.index, d);
    while (pending.has(nextToEmit)) {
      const s = pending.get(nextToEmit);
      pending.delete(nextToEmit++);
      perInput.push({
        path: s.path,
        status: s.status,
        outcome: s.status === "failed" ? "failed" : (s.warnings ?? 0) > 0 ? "warnings" : "ok",
        warnings: s.warnings ?? 0,
        ...s.reason ? { reason: s.reason } : {}
      });
      opts.onDocument?.(s);
    }
  };
  const flushes = new FlushPolicy(opts.flushEvery ?? 500, embedded.size, performance.now());
  let flushError;
  const maybeFlush = () => {
    const startedAt2 = performance.now();
    if (!flushes.documentWritten(startedAt2)) return;
    embedded.flush().then(() => flushes.flushed(startedAt2, performance.now(), embedded.size), (e) => flushError ??= e);
  };
  async function timed(stage, f) {
    const s = performance.now();
    try {
      return await f();
    } finally {
      stages[stage] += performance.now() - s;
    }
  }
  const processOne = async (path, index) => {
    const name = basename(path);
    const fail = (reason) => {
      docs.failed++;
      failures.push({ index, path, reason });
      log.warn(`${path}: ${reason}`);
      return { index, path, name, status: "failed", reason, extracted: false };
    };
    if (firstPathOf.get(name) !== path) {
      return fail(`another input has the same file name (${firstPathOf.get(name)}); documents are keyed by file name`);
    }
    let st;
    try {
      st = await timed("read", () => statInput(path, maxBytes));
    } catch (e) {
      return fail(e instanceof InputError ? e.reason : e.message);
    }
    const cached2 = embedded.entry(name);
    let data;
    let contentHash;
    let input;
    if (storedFromSameFile(cached2, path, st, cacheKey)) {
      contentHash = cached2.contentHash;
      input = cached2.input;
    } else {
      const readAt = Date.now();
      try {
        data = await timed("read", () => readInput(path));
      } catch (e) {
        return fail(e instanceof InputError ? e.reason : e.message);
      }
      bytes.read += data.length;
      const hashed = data;
      contentHash = await timed("hash", () => createHash2("sha256").update(hashed).digest("hex"));
      input = st.mtimeMs < readAt - STAT_TRUST_MS && st.size === data.length ? st : void 0;
    }
    const cacheHit = !!cached2 && cached2.contentHash === contentHash && cached2.cacheKey === cacheKey;
    const prior = graph ? graphDocs.get(name) : cached2;
    const status = !prior ? "new" : prior.contentHash === contentHash && cacheHit ? "unchanged" : "changed";
    if (status === "unchanged") {
      embedded.relocate(name, path);
      embedded.noteInput(name, input);
      docs.unchanged++;
      const counts2 = cached2?.counts ?? ZERO_COUNTS;
      addTotals(counts2);
      return { index, path, name, status, counts: counts2, extracted: false };
    }
    const priorCounts = status === "changed" && cached2?.counts && (!graph || cached2.contentHash === prior.contentHash) ? cached2.counts : void 0;
    let counts;
    let rows;
    let summary = {};
    if (cacheHit) {
      counts = cached2.counts ?? ZERO_COUNTS;
      if (cached2.path !== path) embedded.relocate(name, path);
      embedded.noteInput(name, input);
      if (graph) {
        const result = JSON.parse(await timed("embedded", () => embedded.getSerialized(name)));
        summary = summaryOf(result);
        rows = toGraph(result);
      }
    } else {
      const inputBytes = data.length;
      const reply = await extractor().extract(path, data, { contentHash, store: { dir: embedded.dir, cacheKey }, graphRows: !!graph });
      stages.extract += reply.ms;
      stages.embedded += reply.writeMs ?? 0;
      if (!reply.ok) {
        if (reply.storeError) throw new Error(`${embedded.dir}: cannot store the result of ${path}: ${reply.reason}`);
        return fail(reply.reason);
      }
      bytes.extracted += inputBytes;
      counts = reply.counts;
      summary = reply.summary;
      embedded.adopt(reply.stored, input);
      maybeFlush();
      if (reply.rows !== void 0) rows = JSON.parse(reply.rows);
    }
    let removed = priorCounts ? totalFacts(priorCounts) : 0;
    if (graph && rows) {
      const r = await timed("neo4j", () => graph.load(rows));
      if (r && typeof r.removed === "number") removed = r.removed;
      if (r && typeof r.elements === "number") graphElements += r.elements;
    }
    docs[status]++;
    facts.added += totalFacts(counts);
    facts.removed += removed;
    addTotals(counts);
    return { index, path, name, status, counts, ...summary, extracted: !cacheHit };
  };
  function addTotals(c) {
    for (const k of Object.keys(totals)) totals[k] += c[k];
  }
  const limit = pLimit(opts.concurrency * 2 + 2);
  try {
    await Promise.all(opts.files.map((path, index) => limit(async () => {
      const started = performance.now();
      const d = await processOne(path, index);
      log.debug(`${path}: ${d.status}${d.extracted ? ", extracted" : ""} in ${Math.round(performance.now() - started)} ms`);
      opts.progress?.tick();
      emit(d);
    })));
  } finally {
    await pool?.close();
  }
  const inputNames = new Set(firstPathOf.keys());
  const stored = graph ? [...graphDocs.keys()] : embedded.names();
  const gone = stored.filter((n) => !inputNames.has(n)).sort();
  docs.notInInput = opts.prune ? 0 : gone.length;
  if (opts.prune) {
    await timed("prune", async () => {
      for (const name of gone) {
        const c = embedded.entry(name)?.counts;
        let removed = c ? totalFacts(c) : 0;
        if (graph) {
          const r = await graph.remove(name);
          if (r && typeof r.removed === "number") removed = r.removed;
        }
        embedded.unstage(name);
        facts.removed += removed;
        docs.removed++;
        log.debug(`pruned ${name}`);
      }
    });
  }
  if (graph?.flush) await timed("neo4j", () => graph.flush());
  if (graph?.busyMs) stages.neo4j = graph.busyMs();
  await timed("embedded", () => embedded.flush());
  if (flushError) throw flushError;
  return RunReport.parse({
    reportVersion: 1,
    startedAt: startedAt.toISOString(),
    finishedAt: (/* @__PURE__ */ new Date()).toISOString(),
    pipelineVersion: PIPELINE_VERSION,
    cacheKey,
    store: graph ? "neo4j" : "embedded",
    storeLocation: graph ? graph.location : embedded.dir,
    concurrency: opts.concurrency,
    inputs: opts.files.length,
    bytes,
    documents: docs,
    failures: failures.sort((a, b) => a.index - b.index).map(({ path, reason }) => ({ path, reason })),
    perInput,
    facts,
    totals,
    stagesMs: stages,
    graphElements,
    wallMs: performance.now() - t0,
    workerStartupMs,
    peakRssBytes: process.resourceUsage().maxRSS * 1024
  });
}

// pipeline/batch/load.ts
async function loadStore(opts) {
  const t0 = performance.now();
  const { embedded, graph } = opts;
  const inGraph = await graph.documents();
  const names = embedded.names();
  const report = { documents: names.length, loaded: 0, unchanged: 0, removed: 0, notInData: 0, wallMs: 0 };
  const limit = pLimit(opts.concurrency ?? 2);
  await Promise.all(names.map((name) => limit(async () => {
    if (inGraph.get(name)?.contentHash === embedded.entry(name).contentHash) report.unchanged++;
    else {
      const result = await embedded.get(name);
      if (result) {
        await graph.load(toGraph(result));
        report.loaded++;
      }
    }
    opts.progress?.tick();
  })));
  await graph.flush?.();
  const held = new Set(names);
  const gone = [...inGraph.keys()].filter((n) => !held.has(n)).sort();
  if (opts.prune) {
    for (const name of gone) await graph.remove(name);
    await graph.flush?.();
    report.removed = gone.length;
  } else report.notInData = gone.length;
  report.wallMs = performance.now() - t0;
  return report;
}

// pipeline/cli/commands/run.ts
var RUN_FLAGS = {
  data: { type: "string" },
  store: { type: "string" },
  concurrency: { type: "string" },
  "max-bytes": { type: "string" },
  format: { type: "string" },
  prune: { type: "boolean" },
  "log-level": { type: "string" },
  report: { type: "string" },
  uri: { type: "string" },
  user: { type: "string" },
  password: { type: "string" },
  database: { type: "string" }
};
var BatchRunOptions = RunOptions.extend({
  prune: external_exports.boolean().default(false),
  logLevel: LogLevel.default("info"),
  report: external_exports.string().min(1).optional()
});
function optionsFrom(argv, defaultPaths, defaultStore) {
  const { values, positionals } = parse(argv, RUN_FLAGS);
  return validate(BatchRunOptions, {
    paths: positionals.length ? positionals : defaultPaths,
    data: values.data,
    store: values.store ?? defaultStore,
    concurrency: values.concurrency,
    maxBytes: values["max-bytes"],
    format: values.format,
    prune: values.prune,
    logLevel: values["log-level"],
    report: values.report,
    neo4j: { uri: values.uri, user: values.user, password: values.password, database: values.database }
  });
}
function documentLine(d, width) {
  const status = d.status === "failed" ? "FAILED" : d.status;
  let detail;
  if (d.status === "failed") detail = d.reason ?? "";
  else {
    const c = d.counts;
    const head = d.language ? `${d.language} ${d.act ?? "no act header"}: ` : "";
    detail = `${head}${c.reglaments} reglaments, ${c.steps} steps, ${c.terms} terms, ${c.relations} relations` + (d.warnings ? ` (${d.warnings} warnings)` : "");
  }
  return `${d.path.padEnd(width)}  ${status.padEnd(9)}  ${detail}`;
}
async function writeReports(report, opts) {
  const json = JSON.stringify(report, null, 2) + "\n";
  await mkdir(opts.data, { recursive: true });
  await writeFile(join3(opts.data, "run-report.json"), json);
  if (opts.report) {
    await mkdir(dirname(opts.report), { recursive: true });
    await writeFile(opts.report, json);
  }
}
async function graphTarget(opts) {
  if (opts.store !== "neo4j") return void 0;
  const { openNeo4jTarget } = await import("./neo4j-target-5EBDBPF3.mjs");
  return openNeo4jTarget(opts.neo4j);
}
function batchRunFlags(concurrency) {
  return concurrency >= availableParallelism() ? BATCH_RUN_FLAGS : [HEAP_LIMIT_FLAG];
}
var READ_IN_PROCESS_UP_TO = 100;
async function runPipeline(argv, defaultPaths, withGraph, ctx = {}) {
  const opts = optionsFrom(argv, defaultPaths, "embedded");
  if (opts.paths.length === 0) throw new UsageError("no input paths");
  if (!withGraph && opts.store !== "embedded") throw new UsageError("ingest keeps results in the data folder only; use `run --store neo4j` or `load --store neo4j`");
  const log = new Logger(opts.logLevel);
  const concurrency = opts.concurrency ?? availableParallelism();
  const flags = batchRunFlags(concurrency);
  const missingFlags = ctx.restarter?.missing(flags) ?? [];
  const restart = (why) => {
    log.debug(`starting Node again with ${missingFlags.join(" ")}: ${why}`);
    return ctx.restarter.restart(flags);
  };
  if (missingFlags.length && opts.store === "neo4j") return restart("a run into Neo4j");
  const mayRestart = missingFlags.some((f) => BATCH_FLAGS.includes(f));
  const t0 = performance.now();
  const { files, missing } = await collectInputs(opts.paths);
  const collectMs = performance.now() - t0;
  let embedded;
  if (mayRestart && files.length > READ_IN_PROCESS_UP_TO) {
    embedded = await EmbeddedStore.open(opts.data);
    const toRead = await inputsToRead(files, embedded, { upTo: READ_IN_PROCESS_UP_TO, maxBytes: opts.maxBytes });
    if (toRead > READ_IN_PROCESS_UP_TO) return restart(`more than ${READ_IN_PROCESS_UP_TO} documents to read`);
  }
  for (const m of missing) log.error(`${m}: no such file or folder`);
  if (files.length === 0) throw new UsageError(`no documents (.txt, .md, .pdf) found in ${opts.paths.join(", ")}`);
  embedded ??= await EmbeddedStore.open(opts.data);
  const graph = withGraph ? await graphTarget(opts) : void 0;
  try {
    const progress = new Progress(files.length, { enabled: log.enabled("info") && opts.format === "table" });
    const table2 = opts.format === "table";
    const width = Math.min(Math.max(...files.map((f) => f.length), 8), 60);
    log.debug(`${files.length} documents, concurrency ${concurrency}`);
    const report = await runBatch({
      files,
      embedded,
      graph,
      concurrency,
      maxBytes: opts.maxBytes,
      prune: opts.prune,
      logger: new Logger(opts.logLevel, process.stderr, () => progress.clear()),
      progress,
      onDocument: table2 ? (d) => {
        progress.clear();
        console.log(documentLine(d, width));
      } : void 0
    });
    progress.stop();
    report.stagesMs.collect = collectMs;
    await writeReports(report, opts);
    if (table2) {
      for (const line of humanSummary(report)) console.log(line);
      console.log(`store: embedded, ${resolve2(embedded.dir)} (${embedded.names().length} documents)`);
      if (graph) console.log(`store: neo4j, ${graph.location}`);
      console.log(`report: ${resolve2(opts.report ?? join3(opts.data, "run-report.json"))}`);
    } else console.log(JSON.stringify(report, null, 2));
    return report.documents.failed || missing.length ? 1 : 0;
  } finally {
    await graph?.close();
  }
}
async function runLoad(argv, ctx = {}) {
  const { values, positionals } = parse(argv, RUN_FLAGS);
  if (positionals.length) throw new UsageError(`load takes no paths (it loads the results under --data); got ${positionals.join(" ")}`);
  const opts = optionsFrom(argv, [], "neo4j");
  if (opts.store !== "neo4j") throw new UsageError(`load fills a graph store from the data folder: --store neo4j (got ${values.store})`);
  const log = new Logger(opts.logLevel);
  if (ctx.restarter?.missing([HEAP_LIMIT_FLAG]).length) {
    log.debug(`starting Node again with ${HEAP_LIMIT_FLAG}: a load into Neo4j`);
    return ctx.restarter.restart([HEAP_LIMIT_FLAG]);
  }
  const embedded = await EmbeddedStore.open(opts.data);
  if (embedded.names().length === 0) throw Object.assign(new Error(`${resolve2(opts.data)}: no extraction results to load (run \`zangraph ingest <paths>\` first)`), { userFacing: true });
  const graph = await graphTarget(opts);
  try {
    const progress = new Progress(embedded.names().length, { enabled: log.enabled("info") && opts.format === "table" });
    const r = await loadStore({ embedded, graph, prune: opts.prune, concurrency: opts.concurrency ?? availableParallelism(), progress });
    progress.stop();
    if (opts.format === "json") console.log(JSON.stringify(r, null, 2));
    else {
      console.log(`${r.documents} documents: ${r.loaded} loaded, ${r.unchanged} unchanged` + (r.removed ? `, ${r.removed} removed` : "") + (r.notInData ? `; ${r.notInData} graph documents are not in the data folder (run with --prune to remove them)` : ""));
      console.log(`time: ${(r.wallMs / 1e3).toFixed(1)} s`);
      console.log(`store: neo4j, ${graph.location}`);
    }
    return 0;
  } finally {
    await graph.close();
  }
}
var COMMON_HELP = `  --data <dir>          data folder of the embedded store (default .zangraph/)
  --concurrency <n>     documents extracted at once, one worker thread each (default: number of cores)
  --prune               remove from the store the documents that are not in the input set any more
  --log-level <level>   silent, error, warn, info (default; progress on stderr), debug
  --format <f>          table (default) or json (the run report on stdout)
  --report <file>       also write the run report there (it is always in <data>/run-report.json)
  --max-bytes <n>       refuse files larger than this (default 50 MiB)`;
var NEO4J_HELP = `  --uri, --user, --password, --database   Neo4j connection (default: NEO4J_URI, NEO4J_USERNAME,
                        NEO4J_PASSWORD, NEO4J_DATABASE)`;
var runCommand = {
  name: "run",
  summary: "the main job: extract documents and load them into the store (default: corpus/)",
  help: `Usage: zangraph run [paths...] [--data <dir>] [--store embedded|neo4j] [--concurrency N] [--prune]

Extracts every document under the given files or folders (default: corpus/) and loads the facts
into the store. Incremental: a document whose content and pipeline are unchanged since the last run
is skipped; a changed one is re-extracted and its old facts replaced. Prints per-document counts,
totals and where the store is; writes the run report. Exit code 1 when any input failed (the others
are still loaded), 2 on a usage error.

Options:
  --store <kind>        embedded (default) or neo4j (the embedded store is kept as the cache too)
${COMMON_HELP}
${NEO4J_HELP}`,
  run: (argv, ctx) => runPipeline(argv, ["corpus"], true, ctx)
};
var ingestCommand = {
  name: "ingest",
  summary: "extract documents and keep their results in the data folder",
  help: `Usage: zangraph ingest <paths...> [--data <dir>] [--concurrency N] [--prune]

Extracts every document under the given files or folders and stores each result under the data
folder (default .zangraph/), replacing earlier results of the same documents; unchanged documents
are skipped. Prints per-document counts. Exit code 1 when any input failed.

Options:
${COMMON_HELP}`,
  run: (argv, ctx) => runPipeline(argv, [], false, ctx)
};
var loadCommand = {
  name: "load",
  summary: "load the extraction results of the data folder into Neo4j",
  help: `Usage: zangraph load [--store neo4j] [--data <dir>] [--prune]

Loads every result under the data folder (written by \`ingest\` or \`run\`) into Neo4j, skipping
documents the graph already holds with the same content; with --prune, removes from the graph the
documents the data folder does not hold.

Options:
  --store neo4j         the graph store to load (the only one)
  --data <dir>          data folder (default .zangraph/)
  --prune               remove graph documents not in the data folder
  --concurrency <n>     documents loaded at once
  --log-level <level>   silent, error, warn, info (default), debug
  --format <f>          table (default) or json
${NEO4J_HELP}`,
  run: (argv, ctx) => runLoad(argv, ctx)
};

// schemas/query.ts
var Certainty = external_exports.enum(["exact", "estimated"]);
var StatedFact = external_exports.object({ value: external_exports.string(), document: external_exports.string(), own: external_exports.boolean(), quote: external_exports.string() });
var ActInfo = external_exports.object({
  key: ActKey,
  issuer: external_exports.string(),
  region: RegionId.nullable(),
  date: IsoDate,
  number: external_exports.string(),
  /** A corpus document carries this act's own text. */
  inCorpus: external_exports.boolean(),
  documents: external_exports.array(external_exports.string()),
  kind: external_exports.string().nullable(),
  title: external_exports.string().nullable(),
  registrationNumber: StatedFact.nullable(),
  registrationDate: StatedFact.nullable(),
  publicationDate: StatedFact.nullable(),
  entryIntoForce: StatedFact.extend({ value: EntryIntoForce }).nullable(),
  status: external_exports.string().nullable(),
  conflicts: external_exports.array(external_exports.string())
});
var DateFact = external_exports.object({ date: IsoDate, certainty: Certainty, basis: external_exports.string() });
var Validity = external_exports.object({
  act: ActKey,
  from: DateFact,
  /** null: no repeal known. */
  to: DateFact.nullable(),
  repealedBy: ActKey.nullable(),
  certainty: Certainty
});
var CanonicalRelation = external_exports.object({
  from: ActKey,
  type: external_exports.enum(["amends", "repeals"]),
  to: ActKey,
  /** `stated` by at least one document, or `inferred` (see graph/temporal/relations.ts). */
  basis: external_exports.enum(["stated", "inferred"]),
  statedBy: external_exports.array(external_exports.object({ document: external_exports.string(), quote: external_exports.string(), as: external_exports.string() }))
});
var OutputFormat = external_exports.enum(["table", "json", "csv"]);
var SourceRef = external_exports.object({
  document: external_exports.string(),
  reglament: external_exports.number().int().positive(),
  language: Language,
  quotes: external_exports.array(external_exports.string())
});
var InForceRow = external_exports.object({
  service: external_exports.string(),
  /** Catalog id, or `unmatched:<name>` for a name the catalog does not know. */
  serviceId: external_exports.string(),
  /** The service's name in the version's own text(s), per language; empty when the text is not in the corpus. */
  names: external_exports.array(external_exports.string()),
  region: RegionId,
  approvedBy: ActKey,
  wordingBy: ActKey,
  /** How the wording came: approved with the act, new wording or added by an amending act. */
  wording: external_exports.enum(["approved", "new-wording", "added"]),
  validFrom: IsoDate,
  validTo: IsoDate.nullable(),
  certainty: Certainty,
  basis: external_exports.array(external_exports.string()),
  /** Corpus documents holding this text; empty when the corpus does not carry it (only its replacement is known). */
  source: external_exports.array(SourceRef)
});
var HistoryRow = external_exports.object({
  act: ActKey,
  /** What `other` is to `act`. */
  relation: external_exports.enum(["amends", "repeals", "amended-by", "repealed-by"]),
  other: ActKey,
  otherDate: IsoDate,
  otherTitle: external_exports.string().nullable(),
  otherInCorpus: external_exports.boolean(),
  /** When the amendment or repeal took effect: entry into force of the amending or repealing act. */
  effective: IsoDate,
  certainty: Certainty,
  basis: external_exports.enum(["stated", "inferred"]),
  statedBy: external_exports.array(external_exports.string()),
  quotes: external_exports.array(external_exports.string())
});
var ChannelTime = external_exports.object({
  channel: external_exports.string(),
  /** Durations as stated, per unit, never converted between units: "30 minute", "1 working-day". */
  durations: external_exports.array(external_exports.string())
});
var CompareCell = external_exports.object({
  region: RegionId,
  present: external_exports.boolean(),
  names: external_exports.array(external_exports.string()),
  wordingBy: ActKey.nullable(),
  validFrom: IsoDate.nullable(),
  validTo: IsoDate.nullable(),
  certainty: Certainty.nullable(),
  textInCorpus: external_exports.boolean(),
  steps: external_exports.number().int().nonnegative().nullable(),
  /** Sum of the step durations of the provider's procedure, one entry per unit. */
  stepTime: external_exports.array(external_exports.string()),
  /** The stated total term of service per channel. */
  totalTime: external_exports.array(ChannelTime),
  roles: external_exports.array(RoleId)
});
var CompareRow = external_exports.object({
  serviceId: external_exports.string(),
  service: external_exports.string(),
  regions: external_exports.array(CompareCell)
});
var CatalogLinkRow = external_exports.object({
  document: external_exports.string(),
  reglament: external_exports.number().int().positive(),
  language: Language,
  name: external_exports.string(),
  serviceId: external_exports.string().nullable(),
  method: external_exports.enum(["exact", "stem", "fuzzy", "unmatched"]),
  score: external_exports.number()
});
var isCalendarDate = (d) => {
  const t = Date.parse(`${d}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d;
};
var dateOpt = IsoDate.refine(isCalendarDate, "not a calendar date (YYYY-MM-DD)");
var InForceOptions = external_exports.object({
  date: dateOpt,
  region: RegionId.optional(),
  service: external_exports.string().min(1).optional()
});
var HistoryOptions = external_exports.union([
  external_exports.object({ act: ActKey }),
  external_exports.object({ region: RegionId, number: external_exports.string().min(1), date: IsoDate.optional() })
]);
var CompareOptions = external_exports.object({
  regions: external_exports.array(RegionId).min(2, "give at least two regions: --regions A,B"),
  date: dateOpt.optional()
});
var ActSummary = external_exports.object({
  key: ActKey,
  title: external_exports.string().nullable(),
  inCorpus: external_exports.boolean(),
  documents: external_exports.array(external_exports.string()),
  validFrom: IsoDate,
  validTo: IsoDate.nullable(),
  certainty: Certainty,
  basis: external_exports.array(external_exports.string())
});
var HistoryResult = external_exports.object({ act: ActSummary, relations: external_exports.array(HistoryRow) });
var QueryCliOptions = external_exports.object({
  store: external_exports.enum(["embedded", "neo4j"]).default("embedded"),
  data: external_exports.string().default(".zangraph"),
  format: OutputFormat.default("table"),
  neo4j: external_exports.object({
    uri: external_exports.string().optional(),
    user: external_exports.string().optional(),
    password: external_exports.string().optional(),
    database: external_exports.string().optional()
  }).default({})
});

// graph/queries/embedded-source.ts
function actKeyOf(act) {
  if (!act || !act.issuer || !act.date || !act.number) return null;
  return `${act.issuer}|${act.region ?? "-"}|${act.date}|${act.number}`;
}
var present = (xs) => [...new Set(xs.filter((x) => !!x))];
function rowsOf(results) {
  const acts = [];
  const relations = [];
  const reglaments = [];
  const documents = [];
  for (const r of results) {
    const key = actKeyOf(r.act);
    documents.push({ name: r.source, path: r.path, language: r.language, act: key });
    if (r.act && key) {
      const a = r.act;
      acts.push({
        act: key,
        document: r.source,
        self: true,
        kind: a.kind,
        title: a.title,
        registrationNumber: a.registration?.number ?? null,
        registrationDate: a.registration?.date ?? null,
        publicationDate: a.publicationDate,
        entryIntoForce: a.entryIntoForce,
        status: a.status,
        quotes: present([
          a.evidence.number?.quote,
          a.evidence.registration?.quote,
          a.evidence.publication?.quote,
          a.evidence.entryIntoForce?.quote,
          a.evidence.status?.quote
        ])
      });
    }
    for (const rel of r.relations) {
      if (key) relations.push({ from: key, type: rel.type, to: rel.target, document: r.source, quote: rel.evidence.quote });
      const t = rel.targetInfo;
      acts.push({
        act: rel.target,
        document: r.source,
        self: false,
        kind: null,
        title: t?.title ?? null,
        registrationNumber: t?.registrationNumber ?? null,
        registrationDate: null,
        publicationDate: t?.publicationDate ?? null,
        entryIntoForce: t?.entryIntoForce ?? null,
        status: null,
        quotes: [rel.evidence.quote]
      });
    }
    for (const g of r.reglaments) {
      reglaments.push({
        document: r.source,
        language: r.language,
        ordinal: g.ordinal,
        appendix: g.appendix,
        service: g.service,
        carrier: key,
        approvedBy: g.approvedBy,
        effect: g.effect,
        steps: g.procedures.flatMap((p) => p.steps.map((s) => ({ variant: p.variant, n: s.n, actor: s.actor, durations: s.durations }))),
        actors: g.actors,
        terms: g.terms.map((t) => ({ kind: t.kind, channel: t.channel, duration: t.duration })),
        quotes: present([g.evidence.appendix?.quote, g.evidence.approvedBy?.quote, g.evidence.service.quote])
      });
    }
  }
  return {
    acts: parseRows(ActStatementRow, acts, "embedded act statements"),
    relations: parseRows(RelationRow, relations, "embedded relations"),
    reglaments: parseRows(ReglamentRow, reglaments, "embedded reglaments"),
    documents: parseRows(DocumentRow, documents, "embedded documents")
  };
}
var ResultsSource = class {
  constructor(results, label = "embedded (in memory)") {
    this.label = label;
    this.rows = rowsOf(results);
  }
  label;
  rows;
  async actStatements() {
    return this.rows.acts;
  }
  async relations() {
    return this.rows.relations;
  }
  async reglaments() {
    return this.rows.reglaments;
  }
  async documents() {
    return this.rows.documents;
  }
  async close() {
  }
};
async function openEmbeddedSource(dataDir) {
  const store = await EmbeddedStore.open(dataDir);
  const results = [];
  for await (const r of store.results()) results.push(r);
  return new ResultsSource(results, `embedded (${dataDir})`);
}

// graph/temporal/acts.ts
function parseKey(key) {
  const [issuer, region, date, ...rest] = key.split("|");
  return { issuer, region: region === "-" ? null : region, date, number: rest.join("|") };
}
var FIELDS = ["kind", "title", "registrationNumber", "registrationDate", "publicationDate", "entryIntoForce", "status"];
function ordered(statements) {
  return [...statements].sort((a, b) => Number(b.self) - Number(a.self) || a.document.localeCompare(b.document));
}
function mergeActs(statements, relations, reglaments) {
  const byKey = /* @__PURE__ */ new Map();
  const note = (key) => {
    if (key && !byKey.has(key)) byKey.set(key, []);
  };
  for (const s of statements) {
    note(s.act);
    byKey.get(s.act).push(s);
  }
  for (const r of relations) {
    note(r.from);
    note(r.to);
  }
  for (const g of reglaments) {
    note(g.carrier);
    note(g.approvedBy);
  }
  const out = /* @__PURE__ */ new Map();
  for (const [key, list] of [...byKey].sort(([a], [b]) => a.localeCompare(b))) {
    const k = parseKey(key);
    const st = ordered(list);
    const facts = {};
    const conflicts = [];
    for (const f of FIELDS) {
      for (const s of st) {
        const v = s[f];
        if (v === null || v === void 0) continue;
        const fact = { value: String(v), document: s.document, own: s.self, quote: s.quotes.join(" \u2026 ") };
        const prev = facts[f];
        if (!prev) facts[f] = fact;
        else if (prev.value !== fact.value) conflicts.push(`${f}: ${prev.document} says ${prev.value}, ${s.document} says ${fact.value}`);
      }
    }
    out.set(key, ActInfo.parse({
      key,
      issuer: k.issuer,
      region: k.region,
      date: k.date,
      number: k.number,
      inCorpus: st.some((s) => s.self),
      documents: [...new Set(st.filter((s) => s.self).map((s) => s.document))],
      kind: facts.kind?.value ?? null,
      title: facts.title?.value ?? null,
      registrationNumber: facts.registrationNumber ?? null,
      registrationDate: facts.registrationDate ?? null,
      publicationDate: facts.publicationDate ?? null,
      entryIntoForce: facts.entryIntoForce ? { ...facts.entryIntoForce, value: facts.entryIntoForce.value } : null,
      status: facts.status?.value ?? null,
      conflicts
    }));
  }
  return out;
}

// graph/temporal/relations.ts
function canonicalRelations(rows) {
  const byId = /* @__PURE__ */ new Map();
  for (const r of rows) {
    const [from, type, to] = r.type === "repealed-by" ? [r.to, "repeals", r.from] : r.type === "amended-by" ? [r.to, "amends", r.from] : [r.from, r.type, r.to];
    if (from === to) continue;
    const id = `${from}\0${type}\0${to}`;
    const rel = byId.get(id) ?? { from, type, to, basis: "stated", statedBy: [] };
    const as = `${r.from} ${r.type} ${r.to}`;
    if (!rel.statedBy.some((s) => s.document === r.document && s.as === as)) rel.statedBy.push({ document: r.document, quote: r.quote, as });
    byId.set(id, rel);
  }
  const stated = [...byId.values()];
  for (const inferred of inferRepeals(stated)) byId.set(`${inferred.from}\0repeals\0${inferred.to}`, inferred);
  return [...byId.values()].map((r) => CanonicalRelation.parse({ ...r, statedBy: [...r.statedBy].sort((a, b) => a.document.localeCompare(b.document) || a.as.localeCompare(b.as)) })).sort((a, b) => a.from.localeCompare(b.from) || a.type.localeCompare(b.type) || a.to.localeCompare(b.to));
}
function inferRepeals(stated) {
  const repealers = (act) => stated.filter((r) => r.type === "repeals" && r.to === act);
  const targets = new Set(stated.filter((r) => r.type === "amends").map((r) => r.to));
  const out = [];
  for (const base of [...targets].sort()) {
    if (repealers(base).length) continue;
    const amenders = [...new Set(stated.filter((r) => r.type === "amends" && r.to === base).map((r) => r.from))];
    const sets = amenders.map((m) => repealers(m));
    if (sets.some((s) => s.length === 0)) continue;
    const common = sets[0].map((r) => r.from).filter((R) => sets.every((s) => s.some((r) => r.from === R)) && R !== base);
    for (const R of common) {
      const used = sets.flatMap((s) => s.filter((r) => r.from === R)).flatMap((r) => r.statedBy);
      out.push({
        from: R,
        type: "repeals",
        to: base,
        basis: "inferred",
        statedBy: used.map((s) => ({ ...s, as: `${s.as} (every act amending ${base} is repealed by ${R})` }))
      });
    }
  }
  return out;
}

// graph/temporal/validity.ts
function addDays(iso, days) {
  const d = /* @__PURE__ */ new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
var DEFAULT_RULE = "10-days-after-first-publication";
function publication(act) {
  if (act.publicationDate) {
    const p = act.publicationDate;
    return { date: p.value, certainty: "exact", basis: `published ${p.value} (${p.own ? "own text" : `stated in ${p.document}`})` };
  }
  if (act.registrationDate) {
    return { date: act.registrationDate.value, certainty: "estimated", basis: `publication not stated, estimated by registration ${act.registrationDate.value}` };
  }
  return { date: act.date, certainty: "estimated", basis: `publication not stated, estimated by adoption ${act.date}` };
}
function entryIntoForce(act) {
  const stated = act.entryIntoForce?.value ?? null;
  const rule = stated ?? DEFAULT_RULE;
  const ruleNote = stated ? `rule ${stated}${act.entryIntoForce.own ? "" : ` (stated in ${act.entryIntoForce.document})`}` : `rule not stated, ${DEFAULT_RULE} assumed`;
  const sure = (c) => stated ? c : "estimated";
  if (rule.startsWith("date:")) return { date: rule.slice(5), certainty: "exact", basis: ruleNote };
  if (rule === "on-signature") return { date: act.date, certainty: "exact", basis: `${ruleNote}, adopted ${act.date}` };
  if (rule === "on-registration") {
    if (act.registrationDate) return { date: act.registrationDate.value, certainty: "exact", basis: `${ruleNote}, registered ${act.registrationDate.value}` };
    return { date: act.date, certainty: "estimated", basis: `${ruleNote}, registration date not stated, adoption ${act.date}` };
  }
  const p = publication(act);
  if (rule === "on-first-publication") return { date: p.date, certainty: sure(p.certainty), basis: `${ruleNote}; ${p.basis}` };
  return { date: addDays(p.date, 11), certainty: sure(p.certainty), basis: `${ruleNote}; ${p.basis}; +11 days` };
}

// graph/temporal/versions.ts
var worse = (...cs) => cs.includes("estimated") ? "estimated" : "exact";
function actValidity(acts, relations) {
  const out = /* @__PURE__ */ new Map();
  for (const [key, act] of acts) {
    const from = entryIntoForce(act);
    let to = null;
    let repealedBy = null;
    for (const r of relations.filter((x) => x.type === "repeals" && x.to === key)) {
      const repealer = acts.get(r.from);
      if (!repealer) continue;
      const e = entryIntoForce(repealer);
      const d = {
        date: e.date,
        certainty: r.basis === "inferred" ? "estimated" : e.certainty,
        basis: `${r.basis === "inferred" ? "repeal inferred" : "repealed"} by ${r.from}, in force ${e.date}: ${e.basis}`
      };
      if (!to || d.date < to.date || d.date === to.date && r.from < repealedBy) {
        to = d;
        repealedBy = r.from;
      }
    }
    out.set(key, { act: key, from, to, repealedBy, certainty: worse(from.certainty, to?.certainty) });
  }
  return out;
}
function place(g, relations) {
  const amended = [...new Set(relations.filter((r) => r.type === "amends" && r.from === g.carrier).map((r) => r.to))];
  const amendedBase = amended.length === 1 ? amended[0] : null;
  const effect = g.effect ?? (g.carrier && g.approvedBy && g.approvedBy !== g.carrier ? "new-wording" : "approved");
  if (effect === "approved") {
    const base2 = g.approvedBy ?? g.carrier;
    if (!base2) return "no approving act and no carrying act";
    return { base: base2, wordingBy: g.carrier ?? base2, wording: "approved" };
  }
  if (!g.carrier) return `${effect} text without a carrying act`;
  const base = g.approvedBy ?? amendedBase;
  if (!base) return `${effect} by ${g.carrier}, but the act it amends is not known (${amended.length} amended acts)`;
  return { base, wordingBy: g.carrier, wording: effect };
}
function buildVersions(acts, validity, relations, reglaments, catalog) {
  const unplaced = [];
  const groups = /* @__PURE__ */ new Map();
  for (const g of reglaments) {
    const p = place(g, relations);
    if (typeof p === "string") {
      unplaced.push({ reglament: g, reason: p });
      continue;
    }
    const region = acts.get(p.base)?.region ?? (g.carrier ? parseKey(g.carrier).region : null);
    if (!region) {
      unplaced.push({ reglament: g, reason: `approving act ${p.base} has no region` });
      continue;
    }
    const serviceId = catalog.idFor(g.service, g.language);
    const id = [region, serviceId, p.base, p.wordingBy].join("\0");
    const v = groups.get(id) ?? { region, serviceId, approvedBy: p.base, wordingBy: p.wordingBy, wording: p.wording, texts: [] };
    if (v.wording !== p.wording && p.wording === "new-wording") v.wording = "new-wording";
    v.texts.push(g);
    groups.set(id, v);
  }
  const lines = /* @__PURE__ */ new Map();
  for (const v of groups.values()) {
    const id = [v.region, v.serviceId, v.approvedBy].join("\0");
    lines.set(id, [...lines.get(id) ?? [], v]);
  }
  const versions = [];
  const fromOf = (key) => validity.get(key).from;
  for (const line of lines.values()) {
    line.sort((a, b) => fromOf(a.wordingBy).date.localeCompare(fromOf(b.wordingBy).date) || a.wordingBy.localeCompare(b.wordingBy));
    const first = line[0];
    if (first.wording === "new-wording" && first.wordingBy !== first.approvedBy) {
      line.unshift({ region: first.region, serviceId: first.serviceId, approvedBy: first.approvedBy, wordingBy: first.approvedBy, wording: "approved", texts: [] });
    }
    const baseEnd = validity.get(first.approvedBy).to;
    line.forEach((v, i) => {
      const next = line[i + 1];
      let to = baseEnd;
      if (next) {
        const n = fromOf(next.wordingBy);
        if (!to || n.date <= to.date) to = { date: n.date, certainty: n.certainty, basis: `new wording by ${next.wordingBy}, in force ${n.date}: ${n.basis}` };
      }
      versions.push({ ...v, from: fromOf(v.wordingBy), to });
    });
  }
  versions.sort((a, b) => a.region.localeCompare(b.region) || a.serviceId.localeCompare(b.serviceId) || a.from.date.localeCompare(b.from.date) || a.wordingBy.localeCompare(b.wordingBy));
  for (const v of versions) v.texts.sort((a, b) => a.document.localeCompare(b.document) || a.ordinal - b.ordinal);
  return { versions, unplaced };
}
var inForceAt = (v, date) => v.from.date <= date && (!v.to || date < v.to.date);

// graph/queries/model.ts
async function loadModel(source, catalog = Catalog.load()) {
  const [statements, relationRows, reglaments, documents] = await Promise.all([
    source.actStatements(),
    source.relations(),
    source.reglaments(),
    source.documents()
  ]);
  const acts = mergeActs(statements, relationRows, reglaments);
  const relations = canonicalRelations(relationRows);
  const validity = actValidity(acts, relations);
  const { versions, unplaced } = buildVersions(acts, validity, relations, reglaments, catalog);
  return { catalog, acts, relations, validity, versions, unplaced, reglaments, documents, links: catalog.link(reglaments) };
}

// graph/queries/in-force.ts
var KK_LETTERS = /[әғқңөұүһі]/i;
function serviceFilter(model, text) {
  if (!text) return () => true;
  const m = model.catalog.match(text, KK_LETTERS.test(text) ? "kk" : "ru");
  if (m.serviceId) return (id) => id === m.serviceId;
  const needle = normalizeName(text);
  return (id, names) => {
    const e = model.catalog.entry(id);
    return [...e?.ru ?? [], ...e?.kk ?? [], ...names].some((n) => normalizeName(n).includes(needle));
  };
}
function versionRow(model, v) {
  return InForceRow.parse({
    service: model.catalog.displayName(v.serviceId),
    serviceId: v.serviceId,
    names: [...new Set(v.texts.map((t) => t.service))],
    region: v.region,
    approvedBy: v.approvedBy,
    wordingBy: v.wordingBy,
    wording: v.wording,
    validFrom: v.from.date,
    validTo: v.to?.date ?? null,
    certainty: worse(v.from.certainty, v.to?.certainty),
    basis: [`from ${v.from.date} (${v.from.certainty}): ${v.from.basis}`, v.to ? `to ${v.to.date} (${v.to.certainty}): ${v.to.basis}` : "no end known"].concat(v.texts.length ? [] : [`text not in the corpus: known only because a later act replaces it`]),
    source: v.texts.map((t) => ({ document: t.document, reglament: t.ordinal, language: t.language, quotes: t.quotes }))
  });
}
function inForce(model, options) {
  const o = InForceOptions.parse(options);
  const wanted = serviceFilter(model, o.service);
  return model.versions.filter((v) => inForceAt(v, o.date) && (!o.region || v.region === o.region) && wanted(v.serviceId, v.texts.map((t) => t.service))).map((v) => versionRow(model, v)).sort((a, b) => a.region.localeCompare(b.region) || a.service.localeCompare(b.service) || a.approvedBy.localeCompare(b.approvedBy));
}

// graph/queries/history.ts
var QueryError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "QueryError";
  }
};
function resolveAct(model, options) {
  const o = HistoryOptions.parse(options);
  if ("act" in o) {
    if (!model.acts.has(o.act)) throw new QueryError(`no act ${o.act} in the graph`);
    return o.act;
  }
  const hits = [...model.acts.values()].filter((a) => a.region === o.region && a.number === o.number && (!o.date || a.date === o.date));
  if (hits.length === 0) throw new QueryError(`no act \u2116 ${o.number}${o.date ? ` of ${o.date}` : ""} in ${o.region} in the graph`);
  if (hits.length > 1) throw new QueryError(`several acts \u2116 ${o.number} in ${o.region}: ${hits.map((a) => a.key).join(", ")}; give --date or the act key`);
  return hits[0].key;
}
function actSummary(model, key) {
  const a = model.acts.get(key);
  const v = model.validity.get(key);
  return {
    key,
    title: a.title,
    inCorpus: a.inCorpus,
    documents: a.documents,
    validFrom: v.from.date,
    validTo: v.to?.date ?? null,
    certainty: v.certainty,
    basis: [`from ${v.from.date} (${v.from.certainty}): ${v.from.basis}`, v.to ? `to ${v.to.date} (${v.to.certainty}): ${v.to.basis}` : "no repeal known"]
  };
}
function history(model, options) {
  const key = resolveAct(model, options);
  const rows = [];
  for (const r of model.relations) {
    if (r.from !== key && r.to !== key) continue;
    const outgoing = r.from === key;
    const other = outgoing ? r.to : r.from;
    const actor = model.validity.get(r.from).from;
    const o = model.acts.get(other);
    rows.push(HistoryRow.parse({
      act: key,
      relation: outgoing ? r.type : `${r.type === "amends" ? "amended" : "repealed"}-by`,
      other,
      otherDate: o.date,
      otherTitle: o.title,
      otherInCorpus: o.inCorpus,
      effective: actor.date,
      certainty: worse(actor.certainty, r.basis === "inferred" ? "estimated" : "exact"),
      basis: r.basis,
      statedBy: [...new Set(r.statedBy.map((s) => s.document))],
      quotes: [...new Set(r.statedBy.map((s) => s.quote))]
    }));
  }
  rows.sort((a, b) => a.otherDate.localeCompare(b.otherDate) || a.relation.localeCompare(b.relation) || a.other.localeCompare(b.other));
  return HistoryResult.parse({ act: actSummary(model, key), relations: rows });
}

// graph/queries/compare.ts
function sumByUnit(durations) {
  const sums = /* @__PURE__ */ new Map();
  for (const d of durations) {
    const [amount, unit] = d.split(" ");
    sums.set(unit, (sums.get(unit) ?? 0) + Number(amount.replace(",", ".")));
  }
  return [...sums].map(([unit, n]) => `${Math.round(n * 100) / 100} ${unit}`);
}
function cell(model, region, v) {
  if (!v) return { region, present: false, names: [], wordingBy: null, validFrom: null, validTo: null, certainty: null, textInCorpus: false, steps: null, stepTime: [], totalTime: [], roles: [] };
  const text = [...v.texts].sort((a, b) => b.steps.length - a.steps.length || a.document.localeCompare(b.document))[0];
  const channels = /* @__PURE__ */ new Map();
  for (const t of text?.terms ?? []) {
    if (t.kind !== "total") continue;
    const ch = t.channel ?? "unspecified";
    channels.set(ch, [...channels.get(ch) ?? [], t.duration]);
  }
  const roles = /* @__PURE__ */ new Set([...text?.actors ?? [], ...(text?.steps ?? []).map((s) => s.actor).filter((a) => !!a)]);
  return {
    region,
    present: true,
    names: [...new Set(v.texts.map((t) => t.service))],
    wordingBy: v.wordingBy,
    validFrom: v.from.date,
    validTo: v.to?.date ?? null,
    certainty: worse(v.from.certainty, v.to?.certainty),
    textInCorpus: !!text,
    steps: text ? text.steps.length : null,
    stepTime: sumByUnit((text?.steps ?? []).flatMap((s) => s.durations)),
    totalTime: [...channels].map(([channel, durations]) => ({ channel, durations: sumByUnit(durations) })),
    roles: [...roles].sort()
  };
}
function compare(model, options) {
  const o = CompareOptions.parse(options);
  const pick = /* @__PURE__ */ new Map();
  for (const v of model.versions) {
    if (!o.regions.includes(v.region)) continue;
    if (o.date && !inForceAt(v, o.date)) continue;
    const id = `${v.serviceId}\0${v.region}`;
    const cur = pick.get(id);
    if (!cur || v.from.date > cur.from.date || v.from.date === cur.from.date && v.wordingBy > cur.wordingBy) pick.set(id, v);
  }
  const services = [...new Set([...pick.values()].map((v) => v.serviceId))];
  return services.map((serviceId) => CompareRow.parse({
    serviceId,
    service: model.catalog.displayName(serviceId),
    regions: o.regions.map((r) => cell(model, r, pick.get(`${serviceId}\0${r}`)))
  })).sort((a, b) => a.service.localeCompare(b.service) || a.serviceId.localeCompare(b.serviceId));
}

// graph/queries/format.ts
function csvField(v) {
  const s = v === null ? "" : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
function toCsv(rows, columns) {
  return [columns.join(","), ...rows.map((r) => columns.map((c) => csvField(r[c] ?? null)).join(","))].join("\n") + "\n";
}
function toTable(rows, columns) {
  const cells2 = rows.map((r) => columns.map((c) => r[c] === null || r[c] === void 0 ? "" : String(r[c])));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells2.map((r) => r[i].length)));
  const line = (xs) => xs.map((x, i) => x.padEnd(widths[i])).join("  ").trimEnd();
  return [line(columns), line(widths.map((w) => "-".repeat(w))), ...cells2.map(line)].join("\n") + "\n";
}
function render(format, json, rows, columns) {
  if (format === "json") return JSON.stringify(json, null, 2) + "\n";
  if (format === "csv") return toCsv(rows, columns);
  return rows.length ? toTable(rows, columns) : "(none)\n";
}
var shortAct = (key) => {
  if (!key) return "";
  const [, , date, number] = key.split("|");
  return `\u2116 ${number} of ${date}`;
};

// pipeline/cli/commands/query.ts
var FLAGS = {
  date: { type: "string" },
  region: { type: "string" },
  regions: { type: "string" },
  service: { type: "string" },
  number: { type: "string" },
  data: { type: "string" },
  store: { type: "string" },
  format: { type: "string" },
  uri: { type: "string" },
  user: { type: "string" },
  password: { type: "string" },
  database: { type: "string" }
};
var HELP = `Usage:
  zangraph query in-force --date YYYY-MM-DD [--region R] [--service TEXT]
  zangraph query history <issuer|region|date|number> | --region R --number N [--date YYYY-MM-DD]
  zangraph query compare --regions A,B[,...] [--date YYYY-MM-DD]
  zangraph query catalog            (every corpus reglament and the catalog service it is linked to)
Common options:
  --format table|json|csv   (default table)
  --store embedded|neo4j    (default embedded)
  --data <dir>              embedded store folder (default .zangraph)
  --uri --user --password --database   Neo4j connection (default: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE)
Dates of validity are half-open: validTo is the first day a text is no longer in force.
Each answer says whether its dates are exact or estimated (see docs/queries.md).`;
async function openSource(o) {
  if (o.store === "embedded") return openEmbeddedSource(o.data);
  const { openNeo4jSource } = await import("./neo4j-source-2UNJMJ7F.mjs");
  return openNeo4jSource(o.neo4j);
}
var cellText = (c) => {
  if (!c.present) return "\u2014";
  const steps = c.steps === null ? "text not in corpus" : `${c.steps} steps${c.stepTime.length ? ` (${c.stepTime.join(" + ")})` : ""}`;
  const total = c.totalTime.map((t) => `${t.channel}: ${t.durations.join(" + ")}`).join("; ");
  return [`${shortAct(c.wordingBy)}`, steps, total && `total ${total}`, c.roles.length ? `roles ${c.roles.join(" ")}` : ""].filter(Boolean).join(" | ");
};
var oneLine = (q, max = 200) => {
  const s = q.replace(/\s+/g, " ").trim();
  return s.length > max ? `${s.slice(0, max - 1)}\u2026` : s;
};
var IN_FORCE_COLUMNS = ["region", "service", "approvedBy", "wordingBy", "wording", "validFrom", "validTo", "certainty", "source", "quotes", "basis"];
function inForceFlat(rows) {
  return rows.map((r) => ({
    region: r.region,
    service: r.service,
    approvedBy: r.approvedBy,
    wordingBy: r.wordingBy,
    wording: r.wording,
    validFrom: r.validFrom,
    validTo: r.validTo,
    certainty: r.certainty,
    source: r.source.map((s) => `${s.document}#${s.reglament} (${s.language})`).join("; ") || "text not in corpus",
    quotes: r.source.flatMap((s) => s.quotes).join(" | "),
    basis: r.basis.join(" | ")
  }));
}
async function run(argv) {
  const [sub, ...rest] = argv;
  if (!sub || sub === "--help" || sub === "-h") {
    console.log(HELP);
    return sub ? 0 : 2;
  }
  const { values: v, positionals } = parse(rest, FLAGS);
  const common = validate(QueryCliOptions, {
    store: v.store,
    data: v.data,
    format: v.format,
    neo4j: { uri: v.uri, user: v.user, password: v.password, database: v.database }
  });
  let query;
  if (sub === "in-force") {
    if (!v.date) throw new UsageError("in-force needs --date YYYY-MM-DD");
    const o = validate(InForceOptions, { date: v.date, region: v.region, service: v.service });
    query = (m) => {
      const rows = inForce(m, o);
      const flat = inForceFlat(rows);
      if (common.format !== "table") return render(common.format, rows, flat, IN_FORCE_COLUMNS);
      const table2 = flat.map((f) => ({ ...f, service: oneLine(String(f.service), 72), approvedBy: shortAct(f.approvedBy), wordingBy: shortAct(f.wordingBy) }));
      const quoted = rows.flatMap((r) => r.source.map((src) => `  ${src.document}#${src.reglament}: ${src.quotes.map((q) => `"${oneLine(q)}"`).join(" \u2026 ")}`));
      return render("table", rows, table2, ["region", "service", "approvedBy", "wordingBy", "validFrom", "validTo", "certainty", "source"]) + (quoted.length ? `
quoted:
${[...new Set(quoted)].join("\n")}
` : "");
    };
  } else if (sub === "history") {
    if (!positionals[0] && !(v.region && v.number)) throw new UsageError("history needs an act key (issuer|region|date|number), or --region R --number N");
    const o = validate(HistoryOptions, positionals[0] ? { act: positionals[0] } : { region: v.region, number: v.number, date: v.date });
    query = (m) => {
      const h = history(m, o);
      const flat = h.relations.map((r) => ({
        relation: r.relation,
        act: r.other,
        date: r.otherDate,
        inCorpus: r.otherInCorpus,
        effective: r.effective,
        certainty: r.certainty,
        basis: r.basis,
        statedBy: r.statedBy.join("; "),
        title: r.otherTitle
      }));
      const cols = ["relation", "act", "date", "inCorpus", "effective", "certainty", "basis", "statedBy"];
      if (common.format !== "table") return render(common.format, h, flat, [...cols, "title"]);
      const head = `${h.act.key}${h.act.title ? ` "${h.act.title}"` : ""}
in force ${h.act.validFrom} .. ${h.act.validTo ?? "(no repeal known)"} (${h.act.certainty}); ${h.act.inCorpus ? `text in ${h.act.documents.join(", ")}` : "text not in the corpus"}
` + h.act.basis.map((b) => `  ${b}
`).join("") + "\n";
      return head + render("table", h, flat, cols);
    };
  } else if (sub === "compare") {
    if (!v.regions) throw new UsageError("compare needs --regions A,B");
    const regions = (typeof v.regions === "string" ? v.regions : "").split(",").map((s) => s.trim()).filter(Boolean);
    const o = validate(CompareOptions, { regions, date: v.date });
    query = (m) => {
      const rows = compare(m, o);
      if (common.format === "table") {
        const w = Math.max(...o.regions.map((r) => r.length));
        return rows.map((r) => `${r.service}
${r.regions.map((c) => `  ${c.region.padEnd(w)}  ${cellText(c)}
`).join("")}`).join("") || "(none)\n";
      }
      const flat = rows.map((r) => Object.fromEntries([["service", r.service], ...r.regions.map((c) => [c.region, cellText(c)])]));
      return render(common.format, rows, flat, ["service", ...o.regions]);
    };
  } else if (sub === "catalog") {
    query = (m) => {
      const flat = m.links.map((l) => ({ ...l, service: l.serviceId ? m.catalog.displayName(l.serviceId) : null }));
      const unmatched = m.links.filter((l) => !l.serviceId);
      for (const u of unmatched) console.error(`unmatched: ${u.document}#${u.reglament} "${u.name}" (best score ${u.score})`);
      return render(common.format, m.links, flat, ["document", "reglament", "language", "method", "score", "serviceId", "name"]);
    };
  } else {
    throw new UsageError(`unknown query "${sub}"; expected in-force, history, compare or catalog`);
  }
  const source = await openSource(common);
  try {
    const model = await loadModel(source);
    if (model.documents.length === 0) throw new UsageError(`the ${source.label} store holds no documents; load some first (zangraph run)`);
    process.stdout.write(query(model));
  } catch (e) {
    if (e instanceof QueryError) throw new UsageError(e.message);
    throw e;
  } finally {
    await source.close();
  }
  return 0;
}
var queryCommand = {
  name: "query",
  summary: "point-in-time questions: which reglaments were in force, an act's history, regions compared",
  help: HELP,
  run
};

// pipeline/cli/commands/eval.ts
import { stat as stat2 } from "node:fs/promises";
var f3 = (x) => x.toFixed(3);
var HEADER = ["precision", "recall", "f1", "tp", "fp", "fn"];
function cells(s) {
  if (!s) return ["-", "-", "-", "0", "0", "0"];
  const empty = s.tp + s.fp + s.fn === 0;
  return [...empty ? ["-", "-", "-"] : [f3(s.precision), f3(s.recall), f3(s.f1)], String(s.tp), String(s.fp), String(s.fn)];
}
function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((v, c) => c < 2 ? v.padEnd(widths[c]) : v.padStart(widths[c])).join("  ").trimEnd());
}
function details(documents) {
  const out = [];
  for (const d of documents) {
    out.push(`${d.source} (${d.language}): ${d.fp.length} extra (fp), ${d.fn.length} missed (fn)`);
    for (const f of d.fp) out.push(`  fp  ${f.family.padEnd(9)} ${JSON.stringify(f.tuple.slice(1))}`);
    for (const f of d.fn) out.push(`  fn  ${f.family.padEnd(9)} ${JSON.stringify(f.tuple.slice(1))}`);
  }
  return out;
}
function formatTable(report, documents, withDetails) {
  const out = [];
  if (withDetails) out.push("Mismatches by document (tuples as in tests/gold/README.md, without the document)", ...details(documents), "");
  out.push("Documents");
  out.push(...table([
    ["document", "lang", ...HEADER],
    ...Object.entries(report.documents).map(([src, d]) => [src, d.language, ...cells(d), ...d.warnings.length ? ["(no prediction)"] : []])
  ].map((r) => r.length < 9 ? [...r, ""] : r)));
  out.push("");
  out.push("Families \xD7 language (micro-averaged)");
  const rows = [["family", "lang", ...HEADER]];
  for (const f of FAMILIES) {
    for (const l of LANGUAGES) rows.push([f, l, ...cells(report.families[f].byLanguage[l])]);
    rows.push([f, "all", ...cells(report.families[f])]);
  }
  for (const l of LANGUAGES) rows.push(["overall", l, ...cells(report.languages[l])]);
  rows.push(["overall", "all", ...cells(report.overall)]);
  out.push(...table(rows));
  out.push("");
  out.push(`overall F1 ${f3(report.overall.f1)}`);
  return out;
}
async function requireDir(flag, path) {
  if (path === void 0) return;
  const s = await stat2(path).catch(() => null);
  if (!s) throw new UsageError(`--${flag} ${path}: no such folder`);
  if (!s.isDirectory()) throw new UsageError(`--${flag} ${path}: not a folder`);
}
var evalCommand = {
  name: "eval",
  summary: "score extraction against the gold annotations (precision, recall, F1)",
  help: `Usage: zangraph eval --gold <dir> --docs <dir> [--pred <dir>] [--format table|json] [--details]

Scores extraction against hand-written gold facts as tests/gold/README.md defines it: gold and
prediction are flattened into fact tuples (families act, title, relation, reglament, step, actor,
term), reglaments are paired by service name and then by position, and precision, recall and F1 are
micro-averaged per family and overall, per language (ru, kk) and in total.

For every <stem>.gold.json under --gold, the prediction is <stem>.json under --pred (an extraction
result as \`zangraph extract\` prints it) when that file exists, else the extraction of the gold's
<source> document under --docs. A document without a prediction is scored as all missed, with a
warning on stderr.

Options:
  --gold <dir>      folder of *.gold.json files (e.g. tests/gold)
  --docs <dir>      folder of the documents the gold files name (e.g. corpus)
  --pred <dir>      folder of precomputed extraction results <stem>.json (either this or --docs is required)
  --format <f>      table (default; the last line is "overall F1 0.xxx") or json
  --details         also list every extra (fp) and missed (fn) fact tuple per document
                    (--explain is the same)

Precision = tp/(tp+fp), recall = tp/(tp+fn); with no fact on either side both are 1, otherwise
an empty denominator gives 0. In the table, "-" marks a cell with no fact on either side.`,
  async run(argv) {
    const { values, positionals } = parse(argv, {
      gold: { type: "string" },
      docs: { type: "string" },
      pred: { type: "string" },
      format: { type: "string" },
      details: { type: "boolean" },
      explain: { type: "boolean" }
    });
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const opts = validate(EvalOptions, {
      gold: values.gold,
      docs: values.docs,
      pred: values.pred,
      format: values.format,
      details: Boolean(values.details || values.explain)
    });
    await requireDir("gold", opts.gold);
    await requireDir("docs", opts.docs);
    await requireDir("pred", opts.pred);
    const { evaluate } = await import("./run-GUPY6ZXC.mjs");
    const { report, documents } = await evaluate({
      ...opts,
      onWarning: (w) => console.error(`warning: ${w}`)
    });
    if (opts.format === "json") console.log(JSON.stringify(report, null, 2));
    else console.log(formatTable(report, documents, opts.details).join("\n"));
    return 0;
  }
};

// pipeline/cli/commands/index.ts
var COMMANDS = [runCommand, extractCommand, ingestCommand, loadCommand, queryCommand, evalCommand];

// pipeline/cli/main.ts
function topHelp() {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "zangraph: Kazakhstan regional legal acts (ru/kk) \u2192 knowledge graph of acts, relations and reglaments",
    "",
    "Usage: zangraph <command> [options]",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Run `zangraph <command> --help` for the options of a command."
  ].join("\n");
}
async function main(argv, { entry } = {}) {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    console.log(topHelp());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    console.error(`zangraph: unknown command "${name}"

${topHelp()}`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    console.log(command.help);
    return 0;
  }
  try {
    return await command.run(rest, { restarter: restarter(entry, argv) });
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`zangraph ${name}: ${e.message}
Run \`zangraph ${name} --help\` for usage.`);
      return 2;
    }
    const err = e;
    if (err.userFacing || err.name === "ReadError") {
      console.error(`zangraph ${name}: ${err.message}`);
      return 1;
    }
    console.error(`zangraph ${name}: unexpected error: ${err.stack ?? err.message}`);
    return 1;
  }
}
export {
  main
};
//# sourceMappingURL=main.mjs.map
