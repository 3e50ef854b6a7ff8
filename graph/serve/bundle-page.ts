/**
 * The page's script and style sheet, bundled by esbuild from graph/serve/page/ (Preact and the
 * interface labels included: the browser fetches nothing from anywhere else).
 * Guarantees: `pageBundle()` gives the bundle of the sources as they are (built in memory when the
 * sources are there, as in a checkout), or the one `npm run build:page` wrote into dist/page/ (an
 * install without the page sources); `node graph/serve/bundle-page.ts <dir>` writes it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PageBundle { js: string; css: string }

/** The repository root: this module sits two folders below it (as its bundled form does). */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PAGE_DIR = join(ROOT, 'graph', 'serve', 'page');
const ENTRY = join(PAGE_DIR, 'main.tsx');
const BUILT = join(ROOT, 'dist', 'page');

export async function buildPage(minify = true): Promise<PageBundle> {
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2020',
    minify,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    outdir: 'out',
    legalComments: 'none',
    logLevel: 'silent',
  });
  const file = (ext: string) => out.outputFiles.find((f) => f.path.endsWith(ext))?.text ?? '';
  return { js: file('.js'), css: file('.css') };
}

export async function pageBundle(): Promise<PageBundle> {
  if (existsSync(ENTRY)) return buildPage();
  if (existsSync(join(BUILT, 'app.js'))) return { js: readFileSync(join(BUILT, 'app.js'), 'utf8'), css: readFileSync(join(BUILT, 'app.css'), 'utf8') };
  throw new Error(`the page is neither in ${PAGE_DIR} nor built in ${BUILT} (npm run build:page)`);
}

export async function writePage(dir = BUILT): Promise<void> {
  const page = await buildPage();
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'app.js'), page.js);
  writeFileSync(join(dir, 'app.css'), page.css);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await writePage(process.argv[2]);
}
