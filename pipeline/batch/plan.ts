/**
 * The batch's plan: what to do with each input, decided from values alone (no I/O), so every case is
 * a row of a table test.
 *
 * A document is decided in two steps, because its content hash needs a read unless its stat can be
 * trusted:
 * - `probe` (the input's stat + the manifest): fail it (a second input with the same file name, not a
 *   regular file, over the size limit, cannot stat), take its content hash as recorded (the same path,
 *   size and time as when its stored result was made, by the same pipeline), or read it;
 * - `decide` (the content hash + the manifest + what the target store holds): `new`, `changed` or
 *   `unchanged`, and whether the result comes from the embedded store (the cache) or from extraction.
 * Guarantees: a document is `unchanged` only when the target holds the same content and the cache
 * holds an intact result (its file as recorded) of the same content made by the same pipeline; the facts a `changed` document had
 * in the target are known exactly when the cache describes that same content.
 */
import type { FactCounts, InputStat, ManifestEntry } from '../../schemas/manifest.ts';

/** A file modified this recently when it was read may change again within its file system's
 * timestamp resolution without its time changing, so its size and time are not recorded. */
export const STAT_TRUST_MS = 2000;

/** What a stat of the input found: a file's size and time, something else, or why it failed. */
export type StatResult =
  | { kind: 'file'; stat: InputStat }
  | { kind: 'not-a-file' }
  | { kind: 'error'; detail: string };

export type Probe =
  | { action: 'fail'; reason: string }
  | { action: 'trust'; contentHash: string; input: InputStat }
  | { action: 'read'; stat: InputStat };

export interface ProbeInput {
  path: string;
  /** The first input path with the same file name (documents are keyed by file name). */
  firstPath: string;
  stat: StatResult;
  maxBytes: number;
  /** The embedded store's entry for the document's name. */
  cached: ManifestEntry | undefined;
  cacheKey: string;
}

/** The reason an input cannot be read, or its stat when it can. */
function checkStat(stat: StatResult, maxBytes: number): { reason: string } | { stat: InputStat } {
  if (stat.kind === 'error') return { reason: `cannot read file (${stat.detail})` };
  if (stat.kind === 'not-a-file') return { reason: 'not a regular file' };
  if (stat.stat.size > maxBytes) return { reason: `file is ${stat.stat.size} bytes, over the size limit of ${maxBytes} bytes` };
  return { stat: stat.stat };
}

/** Whether the stored entry was made from this very file: the same path, size and time as when its
 * input was read, by the same pipeline. Its recorded content hash then stands without a read. */
function storedFromSameFile(cached: ManifestEntry | undefined, path: string, st: InputStat, cacheKey: string): cached is ManifestEntry & { input: InputStat } {
  return !!cached?.input && cached.cacheKey === cacheKey && cached.path === path
    && cached.input.size === st.size && cached.input.mtimeMs === st.mtimeMs;
}

export function probe(d: ProbeInput): Probe {
  // A second input with the same name would silently replace the first in both stores.
  if (d.firstPath !== d.path) return { action: 'fail', reason: `another input has the same file name (${d.firstPath}); documents are keyed by file name` };
  const checked = checkStat(d.stat, d.maxBytes);
  if ('reason' in checked) return { action: 'fail', reason: checked.reason };
  if (storedFromSameFile(d.cached, d.path, checked.stat, d.cacheKey)) return { action: 'trust', contentHash: d.cached.contentHash, input: d.cached.input };
  return { action: 'read', stat: checked.stat };
}

/** The stat to record for a file read at `readAt` (ms since the epoch), if it can be trusted later:
 * old enough then, and the size read is the size stat saw. */
export function trustedStat(stat: InputStat, readAt: number, bytesRead: number): InputStat | undefined {
  return stat.mtimeMs < readAt - STAT_TRUST_MS && stat.size === bytesRead ? stat : undefined;
}

export interface DecideInput {
  contentHash: string;
  cacheKey: string;
  /** The embedded store's entry for the document. */
  cached: ManifestEntry | undefined;
  /** Whether the cached entry's result file is the one it recorded (default: it is); a missing or
   * damaged one is no cache hit. */
  cachedIntact?: boolean;
  /** When a graph store is the target: its record of the document (absent: it does not hold it).
   * Without a graph, the embedded store is the target. */
  graph?: { held: { contentHash: string } | undefined };
}

export interface Decision {
  status: 'new' | 'changed' | 'unchanged';
  /** `cache`: the embedded store's result stands; `extract`: the document is extracted again. */
  source: 'cache' | 'extract';
  /** The facts the target held for a changed document, when the cache describes them. */
  priorCounts?: FactCounts;
}

export function decide(d: DecideInput): Decision {
  const { cached } = d;
  const cacheHit = !!cached && d.cachedIntact !== false && cached.contentHash === d.contentHash && cached.cacheKey === d.cacheKey;
  const prior = d.graph ? d.graph.held : cached;
  const source = cacheHit ? 'cache' : 'extract';
  if (!prior) return { status: 'new', source };
  if (prior.contentHash === d.contentHash && cacheHit) return { status: 'unchanged', source };
  // The cached counts describe what the embedded store holds; for a graph they are right when the
  // cache holds the content the graph holds.
  const priorCounts = cached?.counts && (!d.graph || cached.contentHash === prior.contentHash) ? cached.counts : undefined;
  return { status: 'changed', source, ...(priorCounts ? { priorCounts } : {}) };
}

/** The first input path of each file name, in input order. */
export function firstPathByName(files: string[], nameOf: (path: string) => string): Map<string, string> {
  const first = new Map<string, string>();
  for (const f of files) if (!first.has(nameOf(f))) first.set(nameOf(f), f);
  return first;
}

/** Stored documents that are not inputs any more, sorted. */
export function notInInput(stored: Iterable<string>, inputNames: Set<string>): string[] {
  return [...stored].filter((n) => !inputNames.has(n)).sort();
}
