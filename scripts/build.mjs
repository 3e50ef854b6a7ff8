/**
 * `npm run build` (also run by `prepare`, so `npm ci` leaves a working CLI): bundles the TypeScript
 * sources with esbuild into dist/, which bin/zangraph.mjs runs.
 *
 * Guarantees:
 * - dist/cli.mjs is the CLI's process entry (pipeline/cli/start.ts) and dist/worker.mjs the
 *   extraction worker (pipeline/batch/worker.ts); code they share is split into chunks beside them;
 * - dist/ holds this build only: it is written under a temporary name and then renamed over the
 *   previous one, so a half-written build is never run;
 * - the pipeline cache key (pipeline/batch/version.ts) is computed from the sources bundled and fixed
 *   in the build, so results are stored under the key of the code that made them;
 * - the lexicons (JSON imports) and the pure-ESM packages every command loads at start-up (BUNDLED)
 *   are inside the build; every other package loads from node_modules;
 * - dist/page/ holds the page `zangraph serve` sends to browsers (graph/serve/bundle-page.ts).
 */
import { rmSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Packages bundled with the sources (with their own dependencies); all others stay external. */
const BUNDLED = new Set(['zod', 'p-limit', 'markdown-it']);

const packageName = (spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2) : spec.split('/').slice(0, 1)).join('/');

/** Bare imports from the sources stay external unless the package is in BUNDLED; a bundled package's
 * own imports are bundled with it. */
const externalPackages = {
  name: 'external-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:')) return { external: true };
      if (args.importer.includes(join('node_modules', ''))) return undefined;
      return BUNDLED.has(packageName(args.path)) ? undefined : { external: true };
    });
  },
};

/**
 * zod's `z` namespace re-exports every message locale, so no tree shaking drops them, and every
 * command would compile them at start. zod formats its messages with the English one unless
 * `z.config` picks another, which nothing here does: the others are built as functions that say so.
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
        contents: `export default function () { throw new Error(${JSON.stringify(`zod locale ${locale} is not in the build (scripts/build.mjs)`)}); }`,
        loader: 'js',
      };
    });
  },
};

/** The cache key of the sources as they are now, computed by the sources' own code. */
async function sourcesCacheKey(root) {
  const { tsImport } = await import('tsx/esm/api');
  const { sourcesCacheKey } = await tsImport(pathToFileURL(join(root, 'pipeline', 'batch', 'version.ts')).href, import.meta.url);
  return sourcesCacheKey();
}

/** The page of `zangraph serve`, bundled by the sources' own recipe into `<dir>`. */
async function writePage(root, dir) {
  const { tsImport } = await import('tsx/esm/api');
  const { writePage } = await tsImport(pathToFileURL(join(root, 'graph', 'serve', 'bundle-page.ts')).href, import.meta.url);
  await writePage(dir, root);
}

/** Builds the package at `root` into `<root>/dist`; resolves with that folder. */
export async function build({ root = ROOT } = {}) {
  const esbuild = await import('esbuild');
  const dist = join(root, 'dist');
  const tmp = `${dist}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  try {
    await esbuild.build({
      absWorkingDir: root,
      entryPoints: { cli: 'pipeline/cli/start.ts', worker: 'pipeline/batch/worker.ts' },
      outdir: tmp,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      plugins: [externalPackages, englishZodMessagesOnly],
      define: { __ZANGRAPH_CACHE_KEY__: JSON.stringify(await sourcesCacheKey(root)) },
      outExtension: { '.js': '.mjs' },
      sourcemap: 'linked',
      logLevel: 'warning',
    });
    await writePage(root, join(tmp, 'page'));
    rmSync(dist, { recursive: true, force: true });
    renameSync(tmp, dist);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return dist;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dist = await build();
  console.log(`zangraph: built ${dist}`);
}
