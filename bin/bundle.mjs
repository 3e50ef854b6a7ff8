/**
 * The CLI's compiled form: the TypeScript sources bundled by esbuild into `.build/<fingerprint>/`,
 * so that a command starts without tsx. Through tsx every one of the ~150 modules a command loads
 * goes through loader hooks on a separate thread; that was 0.5 s of every command's 0.7 s (a rerun
 * with nothing changed, `query`), and again in each extraction worker.
 *
 * Guarantees to bin/zangraph.mjs:
 * - the bundle it returns was built from the sources as they are now: the folder is named by a
 *   fingerprint of every source file's path, size and modification time (pipeline, schemas, graph
 *   and the lexicons, which the bundle inlines), checked on every start (a few milliseconds);
 * - a folder is complete or absent: it is built under a temporary name and renamed, so concurrent
 *   starts (the test suite spawns many) never load a half-written bundle, and the first to finish wins;
 * - the folder sits two levels below the repository root, like the sources, so their paths relative
 *   to `import.meta.url` (the pipeline cache key's sources, the lexicons, the Neo4j server folder) and
 *   the extraction worker's entry next to the pool's code resolve as they do from the sources;
 * - the pure-ESM packages every command loads at start-up (BUNDLED) are bundled with the sources: Node's
 *   loader took about 80 ms to resolve and link their files one by one. Their versions are part of the
 *   fingerprint (their package.json files and package-lock.json). Every other package (CommonJS ones,
 *   and the heavy ones loaded on demand: Neo4j's driver, pdf.js) loads from node_modules as usual;
 * - when esbuild is missing or fails, it returns undefined and the CLI runs the sources through tsx.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILD = join(ROOT, '.build');
const SOURCES = ['pipeline', 'schemas', 'graph', 'pipeline/lexicon'];
/** Packages bundled with the sources (with their own dependencies); all others stay external. */
const BUNDLED = new Set(['zod', 'p-limit', 'markdown-it']);
/** Besides the sources: what fixes the bundled packages' versions. */
const PACKAGE_FILES = ['package-lock.json', ...[...BUNDLED].map((p) => `node_modules/${p}/package.json`)];
const SOURCE_FILE = /\.(ts|mts|mjs|json)$/;
/** Changes whenever the way the bundle is built changes. */
const RECIPE = 'esm+splitting+bundled-zod-p-limit-markdown-it+english-zod-messages-only/3';
const COMPLETE = 'complete';

function sourceFiles(dir, out) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    if (e.code === 'ENOENT') return out;
    throw e;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) sourceFiles(p, out);
    else if (SOURCE_FILE.test(e.name)) out.push(p);
  }
  return out;
}

/** 16 hex digits over the recipe, every source file's path, size and modification time, and those of
 * PACKAGE_FILES. */
export function sourceFingerprint(root = ROOT) {
  const h = createHash('sha256').update(RECIPE);
  const files = SOURCES.flatMap((s) => sourceFiles(join(root, s), [])).sort();
  for (const f of [...files, ...PACKAGE_FILES.map((p) => join(root, p))]) {
    let st;
    try {
      st = statSync(f);
    } catch (e) {
      if (e.code !== 'ENOENT') throw e;
      st = { size: -1, mtimeMs: -1 };
    }
    h.update(`\0${relative(root, f)}\0${st.size}\0${st.mtimeMs}`);
  }
  return h.digest('hex').slice(0, 16);
}

const packageName = (spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2) : spec.split('/').slice(0, 1)).join('/');

/** Bare imports from the sources stay external unless the package is in BUNDLED; a bundled package's
 * own imports are bundled with it. */
const externalPackages = {
  name: 'external-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:')) return { external: true };
      if (args.importer.includes(`${join('node_modules', '')}`)) return undefined;
      return BUNDLED.has(packageName(args.path)) ? undefined : { external: true };
    });
  },
};

/**
 * zod's `z` namespace re-exports every message locale (63 of them, 370 KB: half the bundled zod), so
 * no tree shaking drops them, and every command compiled them at start. zod formats its messages with
 * the English one unless `z.config` picks another, which nothing here does: the others are bundled as
 * functions that say they were left out.
 */
const ZOD_LOCALE = /[\\/]node_modules[\\/]zod[\\/]v4[\\/]locales[\\/]([^\\/]+)\.js$/;
const KEPT_ZOD_LOCALE_FILES = new Set(['en', 'index']);
const englishZodMessagesOnly = {
  name: 'english-zod-messages-only',
  setup(b) {
    // esbuild's filters are Go regular expressions, without lookahead: the kept files are let through here.
    b.onLoad({ filter: ZOD_LOCALE }, (args) => {
      const locale = ZOD_LOCALE.exec(args.path)[1];
      if (KEPT_ZOD_LOCALE_FILES.has(locale)) return undefined;
      return {
        contents: `export default function () { throw new Error(${JSON.stringify(`zod locale ${locale} is not bundled (bin/bundle.mjs)`)}); }`,
        loader: 'js',
      };
    });
  },
};

async function build(outdir) {
  const esbuild = await import('esbuild');
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: { main: 'pipeline/cli/main.ts', 'worker-entry': 'pipeline/batch/worker.ts' },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    plugins: [externalPackages, englishZodMessagesOnly],
    outExtension: { '.js': '.mjs' },
    sourcemap: 'linked',
    logLevel: 'silent',
  });
  writeFileSync(join(outdir, COMPLETE), '');
}

/** A run still going may start extraction workers from its bundle, so older bundles are kept a day. */
const KEEP_MS = 24 * 3600 * 1000;

function removeStale(current) {
  const now = Date.now();
  for (const name of readdirSync(BUILD)) {
    if (name === current) continue;
    const dir = join(BUILD, name);
    try {
      if (now - statSync(dir).mtimeMs > KEEP_MS) rmSync(dir, { recursive: true, force: true });
    } catch {
      // Removed by another start meanwhile.
    }
  }
}

/** The file URL of the bundled `pipeline/cli/main.ts`, built first if the sources changed. */
export async function bundledCli() {
  try {
    const fingerprint = sourceFingerprint();
    const dir = join(BUILD, fingerprint);
    if (!existsSync(join(dir, COMPLETE))) {
      const tmp = join(BUILD, `${fingerprint}.${process.pid}.tmp`);
      rmSync(tmp, { recursive: true, force: true });
      try {
        await build(tmp);
      } catch (e) {
        rmSync(tmp, { recursive: true, force: true });
        throw e;
      }
      try {
        renameSync(tmp, dir);
      } catch {
        // Another start built the same sources first.
        rmSync(tmp, { recursive: true, force: true });
        if (!existsSync(join(dir, COMPLETE))) return undefined;
      }
      removeStale(fingerprint);
    }
    return pathToFileURL(join(dir, 'main.mjs')).href;
  } catch {
    return undefined;
  }
}
