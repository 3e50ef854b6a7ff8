/**
 * Where zangraph's package is on disk, for the files the code reads at run time by path (the Neo4j
 * server's sources, the service catalog, the extraction worker's entry, the pipeline sources the cache
 * key digests) and the scripts' default folders.
 * Guarantees: `PACKAGE_ROOT` is the nearest folder above this module holding zangraph's package.json,
 * so it is the same whether the code runs from the TypeScript sources (tsx, vitest) or from the build
 * in dist/, at any folder depth; `FROM_BUILD` says which of the two is running.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'zangraph';

function isPackageRoot(dir: string): boolean {
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest)) return false;
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === PACKAGE_NAME;
  } catch {
    return false;
  }
}

function findPackageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (isPackageRoot(dir)) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json of ${PACKAGE_NAME} above ${from}`);
  }
}

const HERE = dirname(fileURLToPath(import.meta.url));

export const PACKAGE_ROOT = findPackageRoot(HERE);

/** The build's output folder (`npm run build`). */
export const DIST_DIR = join(PACKAGE_ROOT, 'dist');

/** True when this code was loaded from dist/, false when from the TypeScript sources. */
export const FROM_BUILD = ((rel) => !rel.startsWith('..') && !isAbsolute(rel))(relative(DIST_DIR, HERE));

/** A path inside the package. */
export function fromPackage(...parts: string[]): string {
  return join(PACKAGE_ROOT, ...parts);
}
