/**
 * The cache key of extraction results: the declared pipeline version plus a digest of the code and
 * data that produce a result (the read, normalize, structure and extract stages, the schemas and the
 * lexicons). Guarantees to the incremental runner: any change to those files changes the key, so a
 * stored result is reused only when the code that made it is the code that would run now — a
 * developer editing an extractor without bumping PIPELINE_VERSION still gets fresh results.
 * The build (scripts/build.mjs) computes the key from the sources it bundles and fixes it in dist/,
 * so the code that runs and the key it stores results under always come from the same sources.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { PIPELINE_VERSION } from '../../schemas/extraction.ts';
import { PACKAGE_ROOT as ROOT } from '../shared/package-root.ts';

/** Set by the build to the key of the sources it bundled; undefined when the sources run. */
declare const __ZANGRAPH_CACHE_KEY__: string | undefined;
/** What decides an extraction result, relative to the repository root. */
const INPUTS = ['pipeline/read', 'pipeline/normalize', 'pipeline/structure', 'pipeline/extract', 'pipeline/shared',
  'pipeline/extract-file.ts', 'schemas', 'pipeline/lexicon'];

async function listFiles(path: string): Promise<string[]> {
  try {
    const entries = await readdir(path, { withFileTypes: true });
    const out: string[] = [];
    for (const e of entries) {
      const p = join(path, e.name);
      if (e.isDirectory()) out.push(...(await listFiles(p)));
      else if (e.isFile() && /\.(ts|mts|json)$/.test(e.name)) out.push(p);
    }
    return out;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOTDIR') return [path];
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
}

let cached: Promise<string> | undefined;

/** `<PIPELINE_VERSION>+<12 hex digits>`, computed once per process. */
export function pipelineCacheKey(): Promise<string> {
  if (typeof __ZANGRAPH_CACHE_KEY__ === 'string') return Promise.resolve(__ZANGRAPH_CACHE_KEY__);
  return sourcesCacheKey();
}

/** The key of the sources as they are on disk now. */
export function sourcesCacheKey(): Promise<string> {
  cached ??= (async () => {
    const files = (await Promise.all(INPUTS.map((p) => listFiles(join(ROOT, p))))).flat()
      .map((f) => relative(ROOT, f).split('\\').join('/')).sort();
    const h = createHash('sha256');
    for (const f of files) h.update(f).update('\0').update(await readFile(join(ROOT, f))).update('\0');
    return `${PIPELINE_VERSION}+${h.digest('hex').slice(0, 12)}`;
  })();
  return cached;
}
