/**
 * The page's script and style sheet, bundled by esbuild from graph/serve/page/ (Preact and the
 * interface labels included: the browser fetches nothing from anywhere else).
 * Guarantees: `pageBundle()` gives the bundle of the code that is running: the one `npm run build`
 * wrote into dist/page/ when the CLI runs from dist/, or the page sources bundled in memory when the
 * code runs from the sources (tsx, vitest), so a changed page is never served stale.
 * `writePage(dir)` is the build step (scripts/build.mjs).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DIR, FROM_BUILD, PACKAGE_ROOT } from '../../pipeline/shared/package-root.ts';

export interface PageBundle { js: string; css: string }

const PAGE_ENTRY = join('graph', 'serve', 'page', 'main.tsx');
const FILES = { js: 'app.js', css: 'app.css' } as const;

export async function buildPage(root = PACKAGE_ROOT, minify = true): Promise<PageBundle> {
  const { build } = await import('esbuild');
  const out = await build({
    absWorkingDir: root,
    entryPoints: [PAGE_ENTRY],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2020',
    minify,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    outdir: 'page',
    legalComments: 'none',
    logLevel: 'silent',
  });
  const file = (ext: string) => out.outputFiles.find((f) => f.path.endsWith(ext))?.text ?? '';
  return { js: file('.js'), css: file('.css') };
}

/** Writes the page bundle into `dir` (the build's dist/page/). */
export async function writePage(dir: string, root = PACKAGE_ROOT): Promise<void> {
  const page = await buildPage(root);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, FILES.js), page.js);
  writeFileSync(join(dir, FILES.css), page.css);
}

export async function pageBundle(): Promise<PageBundle> {
  if (!FROM_BUILD) return buildPage();
  const dir = join(DIST_DIR, 'page');
  if (!existsSync(join(dir, FILES.js))) throw new Error(`the page is not in the build (${dir}): run npm run build`);
  return { js: readFileSync(join(dir, FILES.js), 'utf8'), css: readFileSync(join(dir, FILES.css), 'utf8') };
}
