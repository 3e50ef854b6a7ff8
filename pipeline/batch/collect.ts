/**
 * Input paths (files or folders) → the list of documents to process, sorted, without duplicates.
 * Folders are walked recursively; only .txt, .md and .pdf files are taken from folders, except a
 * folder's README (it describes the folder, it is not a legal document). A file named explicitly is
 * always taken, whatever its name or extension, so bad input gets a clear error later.
 */
import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';

export const DOCUMENT_EXTENSIONS = new Set(['.txt', '.md', '.pdf']);

const isReadme = (name: string) => /^readme\.[a-z]+$/i.test(name);

export interface CollectResult {
  files: string[];
  missing: string[];
}

export async function collectInputs(paths: string[]): Promise<CollectResult> {
  const files = new Set<string>();
  const missing: string[] = [];
  const walk = async (dir: string) => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
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
  // Each path resolved once, not once per comparison.
  const sorted = [...files].map((f) => ({ f, key: resolve(f) })).sort((a, b) => a.key.localeCompare(b.key)).map((x) => x.f);
  return { files: sorted, missing };
}
