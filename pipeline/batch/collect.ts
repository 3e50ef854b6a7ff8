/**
 * Input paths (files or folders) → the list of documents to process, sorted, without duplicates, and
 * the files of the folders that are not read, each with its reason.
 * Folders are walked recursively; the document kinds the readers take (.txt, .md, .markdown, .pdf,
 * .html, .htm, .docx) are taken from folders, every other file is listed as skipped ("unsupported kind
 * .xlsx"). Skipped quietly, since they are no input: hidden files and folders (".git", ".zangraph"),
 * the data folder itself wherever it lies, and a folder's README (it describes the folder). A file
 * named explicitly is always taken, whatever its name or extension, so bad input gets a clear error
 * from the reader and counts as failed.
 *
 * Guarantees: a symbolic link in a folder is followed (to a file, or to a folder walked like any
 * other); a folder reached twice (a link loop, or two links to one folder) is walked once, and a
 * file reached by a link and by its own path is one document, under its own path. A folder or link
 * that cannot be read is one failed input (`unreadable`, with the reason), never an aborted scan. A
 * name that is not valid UTF-8 is listed under its UTF-8 reading (U+FFFD for the bad bytes), and
 * `fsPath` gives back the bytes to open it by.
 */
import { statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { extname, normalize, resolve } from 'node:path';
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

export interface CollectOptions {
  /** The data folder: never walked, even when it lies inside an input folder. */
  dataDir?: string;
}

export interface CollectResult {
  files: string[];
  missing: string[];
  /** Files of the folders walked that are not read, in path order. */
  skipped: SkippedFile[];
  /** Inputs found but not readable (a folder that cannot be listed, a broken link), by path, with why. */
  unreadable: Map<string, string>;
}

/** File paths whose bytes are not valid UTF-8: their listed string → the bytes to open them by. */
const rawPaths = new Map<string, Buffer>();

/** The path to give the file system for a listed path: its bytes when its name is not valid UTF-8. */
export function fsPath(path: string): string | Buffer {
  return rawPaths.get(path) ?? path;
}

const SEPARATOR = Buffer.from('/');
const reason = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;
const identity = (s: Stats) => `${s.dev}:${s.ino}`;

/** The order of String.prototype.localeCompare, from one collator made once rather than per comparison. */
const COLLATION = new Intl.Collator();
const byPath = <T>(items: T[], pathOf: (x: T) => string): T[] =>
  items.map((x) => ({ x, key: resolve(pathOf(x)) })).sort((a, b) => COLLATION.compare(a.key, b.key)).map((e) => e.x);

export async function collectInputs(paths: string[], options: CollectOptions = {}): Promise<CollectResult> {
  const skipped = new Map<string, SkippedFile>();
  const dataDir = options.dataDir === undefined ? undefined : resolve(options.dataDir);
  /** Collected files by identity (device and inode): the first path, or the non-link one. */
  const byIdentity = new Map<string, { path: string; viaLink: boolean }>();
  const missing: string[] = [];
  const unreadable = new Map<string, string>();
  const walkedFolders = new Set<string>();

  const addFile = (path: string, st: Stats, viaLink: boolean) => {
    const id = identity(st);
    const seen = byIdentity.get(id);
    if (!seen || (seen.viaLink && !viaLink)) byIdentity.set(id, { path, viaLink });
  };

  const walk = async (dir: Buffer, st: Stats, viaLink: boolean) => {
    if (walkedFolders.has(identity(st))) return; // a link loop, or a folder linked twice
    walkedFolders.add(identity(st));
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true, encoding: 'buffer' });
    } catch (e) {
      unreadable.set(dir.toString('utf8'), `cannot read folder (${reason(e)})`);
      return;
    }
    for (const e of entries) {
      const name = e.name.toString('utf8');
      if (name.startsWith('.')) continue;
      const raw = Buffer.concat([dir, SEPARATOR, e.name]);
      const path = raw.toString('utf8');
      if (!Buffer.from(path).equals(raw)) rawPaths.set(path, raw);
      const isDocument = DOCUMENT_EXTENSIONS.has(extname(name).toLowerCase()) && !isReadme(name);
      if (!e.isDirectory() && !e.isFile() && !e.isSymbolicLink()) continue;
      if (e.isFile() && isReadme(name)) continue;
      if (e.isFile() && !isDocument) {
        skipped.set(path, { path, reason: skipReason(name) });
        continue;
      }
      let target: Stats;
      try {
        // Synchronously: an awaited stat per file is a thread-pool round trip each, most of a rerun's time.
        target = statSync(raw);
      } catch (err) {
        if (e.isSymbolicLink()) {
          if (isDocument) unreadable.set(path, `broken symbolic link (${reason(err)})`);
        } else unreadable.set(path, `cannot read ${e.isDirectory() ? 'folder' : 'file'} (${reason(err)})`);
        continue;
      }
      const linked = viaLink || e.isSymbolicLink();
      if (target.isDirectory()) {
        if (resolve(path) !== dataDir) await walk(raw, target, linked);
      }
      else if (target.isFile() && isDocument) addFile(path, target, linked);
    }
  };

  for (const p of paths) {
    let st: Stats;
    try {
      st = statSync(p);
    } catch {
      missing.push(p);
      continue;
    }
    if (st.isDirectory()) await walk(Buffer.from(normalize(p).replace(/(.)\/+$/, '$1')), st, false);
    else addFile(p, st, false);
  }
  const files = new Set([...byIdentity.values()].map((f) => f.path));
  for (const p of unreadable.keys()) files.add(p);
  // A file named explicitly and also found in a folder is read, not skipped.
  for (const f of files) skipped.delete(f);
  return { files: byPath([...files], (f) => f), missing, skipped: byPath([...skipped.values()], (s) => s.path), unreadable };
}
