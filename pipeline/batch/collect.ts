/**
 * Input paths (files or folders) → the list of documents to process, sorted, without duplicates, and
 * the files of the folders that are not read, each with its reason.
 * Folders are walked recursively; the document kinds the readers take (.txt, .md, .markdown, .pdf,
 * .html, .htm, .docx) are taken from folders, every other file is listed as skipped ("unsupported kind
 * .xlsx"). Skipped quietly, since they are no input: hidden files and folders (".git", ".zangraph"),
 * the data folder itself wherever it lies, and a folder's README (it describes the folder). A file
 * named explicitly is always taken, whatever its name or extension, so bad input gets a clear error
 * from the reader and counts as failed.
 */
import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { SkippedFile } from '../../schemas/run.ts';

export const DOCUMENT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.pdf', '.html', '.htm', '.docx']);

/** Kinds people keep beside their acts that a conversion makes readable. */
const CONVERTIBLE: Record<string, string> = {
  '.doc': 'save it as .docx, plain text or PDF',
  '.rtf': 'save it as .docx, plain text or PDF',
  '.odt': 'save it as .docx, plain text or PDF',
};

const isReadme = (name: string) => /^readme\.[a-z]+$/i.test(name);

/** Why a file found in a folder is not read. */
export function skipReason(name: string): string {
  const ext = extname(name).toLowerCase();
  if (ext === '') return 'unsupported kind (no extension)';
  const advice = CONVERTIBLE[ext];
  return advice ? `unsupported kind ${ext}: ${advice}` : `unsupported kind ${ext}`;
}

export interface CollectResult {
  files: string[];
  missing: string[];
  /** Files of the folders walked that are not read, in path order. */
  skipped: SkippedFile[];
}

export interface CollectOptions {
  /** The data folder: never walked, even when it lies inside an input folder. */
  dataDir?: string;
}

const byPath = <T>(items: T[], pathOf: (x: T) => string): T[] =>
  items.map((x) => ({ x, key: resolve(pathOf(x)) })).sort((a, b) => a.key.localeCompare(b.key)).map((e) => e.x);

export async function collectInputs(paths: string[], options: CollectOptions = {}): Promise<CollectResult> {
  const files = new Set<string>();
  const skipped = new Map<string, SkippedFile>();
  const missing: string[] = [];
  const dataDir = options.dataDir === undefined ? undefined : resolve(options.dataDir);
  const walk = async (dir: string) => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (resolve(p) !== dataDir) await walk(p);
      } else if (!e.isFile() || isReadme(e.name)) continue;
      else if (DOCUMENT_EXTENSIONS.has(extname(e.name).toLowerCase())) files.add(p);
      else skipped.set(p, { path: p, reason: skipReason(e.name) });
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
  // A file named explicitly and also found in a folder is read, not skipped.
  for (const f of files) skipped.delete(f);
  return { files: byPath([...files], (f) => f), missing, skipped: byPath([...skipped.values()], (s) => s.path) };
}
