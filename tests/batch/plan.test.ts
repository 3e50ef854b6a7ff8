/**
 * The batch plan decides each input from values alone: these tables are its cases (stat, manifest
 * entry, graph record → action and status).
 */
import { describe, expect, it } from 'vitest';
import { decide, notInInput, probe, STAT_TRUST_MS, trustedStat, type DecideInput, type ProbeInput, type StatResult } from '../../pipeline/batch/plan.ts';
import type { ManifestEntry } from '../../schemas/manifest.ts';

const KEY = 'v1+abc';
const HASH = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);
const counts = { acts: 1, relations: 2, reglaments: 3, steps: 10, terms: 4, actors: 5 };
const stat = { size: 1200, mtimeMs: 1_700_000_000_000 };
const file = (s = stat): StatResult => ({ kind: 'file', stat: s });

function entry(over: Partial<ManifestEntry> = {}): ManifestEntry {
  return { contentHash: HASH, pipelineVersion: 'v1', path: 'in/a.txt', file: 'a.txt.0123.json', updatedAt: '2026-01-01T00:00:00Z', cacheKey: KEY, counts, input: stat, ...over };
}

const probeBase: ProbeInput = { path: 'in/a.txt', firstPath: 'in/a.txt', stat: file(), maxBytes: 5000, cached: undefined, cacheKey: KEY };

describe('probe: from the stat and the manifest, fail, trust the recorded hash, or read', () => {
  it.each<[string, Partial<ProbeInput>, ReturnType<typeof probe>]>([
    ['a new document is read', {}, { action: 'read', stat }],
    ['the same path, size, time and pipeline: the recorded hash stands', { cached: entry() }, { action: 'trust', contentHash: HASH, input: stat }],
    ['another modification time: read', { cached: entry(), stat: file({ ...stat, mtimeMs: stat.mtimeMs + 1 }) }, { action: 'read', stat: { ...stat, mtimeMs: stat.mtimeMs + 1 } }],
    ['another size: read', { cached: entry(), stat: file({ ...stat, size: 1201 }) }, { action: 'read', stat: { ...stat, size: 1201 } }],
    ['moved to another path: read', { path: 'other/a.txt', firstPath: 'other/a.txt', cached: entry() }, { action: 'read', stat }],
    ['stored by another pipeline: read', { cached: entry({ cacheKey: 'v1+old' }) }, { action: 'read', stat }],
    ['stored without a trusted stat: read', { cached: entry({ input: undefined }) }, { action: 'read', stat }],
    ['a second input with the same file name fails', { path: 'b/a.txt', firstPath: 'in/a.txt', cached: entry() },
      { action: 'fail', reason: 'another input has the same file name (in/a.txt); documents are keyed by file name' }],
    ['a folder fails', { stat: { kind: 'not-a-file' } }, { action: 'fail', reason: 'not a regular file' }],
    ['a stat error fails with its code', { stat: { kind: 'error', detail: 'EACCES' } }, { action: 'fail', reason: 'cannot read file (EACCES)' }],
    ['over the size limit fails', { maxBytes: 1199 }, { action: 'fail', reason: 'file is 1200 bytes, over the size limit of 1199 bytes' }],
    ['at the size limit is read', { maxBytes: 1200 }, { action: 'read', stat }],
  ])('%s', (_case, over, expected) => {
    expect(probe({ ...probeBase, ...over })).toEqual(expected);
  });
});

describe('trustedStat: a stat is recorded only when the file was old enough and read whole', () => {
  const readAt = stat.mtimeMs + STAT_TRUST_MS + 1;
  it.each<[string, number, number, typeof stat | undefined]>([
    ['old enough, same size', readAt, stat.size, stat],
    ['modified within the trust window before the read', stat.mtimeMs + STAT_TRUST_MS, stat.size, undefined],
    ['the bytes read differ from the size stat saw', readAt, stat.size + 1, undefined],
  ])('%s', (_case, at, bytes, expected) => {
    expect(trustedStat(stat, at, bytes)).toEqual(expected);
  });
});

describe('decide: status against the target store, and where the result comes from', () => {
  const base: DecideInput = { contentHash: HASH, cacheKey: KEY, cached: undefined };
  it.each<[string, Partial<DecideInput>, ReturnType<typeof decide>]>([
    // The embedded store is the target.
    ['not stored: new, extracted', {}, { status: 'new', source: 'extract' }],
    ['stored, same content and pipeline: unchanged', { cached: entry() }, { status: 'unchanged', source: 'cache' }],
    ['stored, other content: changed, its stored facts replaced', { cached: entry({ contentHash: OTHER }) }, { status: 'changed', source: 'extract', priorCounts: counts }],
    ['stored by another pipeline: changed, extracted again', { cached: entry({ cacheKey: 'v1+old' }) }, { status: 'changed', source: 'extract', priorCounts: counts }],
    ['stored without counts: changed, prior facts unknown', { cached: entry({ contentHash: OTHER, counts: undefined }) }, { status: 'changed', source: 'extract' }],
    // A graph is the target, the embedded store the cache.
    ['graph lacks it, cache has it: new, from the cache', { cached: entry(), graph: { held: undefined } }, { status: 'new', source: 'cache' }],
    ['graph lacks it, nor cached: new, extracted', { graph: { held: undefined } }, { status: 'new', source: 'extract' }],
    ['graph and cache hold this content: unchanged', { cached: entry(), graph: { held: { contentHash: HASH } } }, { status: 'unchanged', source: 'cache' }],
    ['graph holds other content, cache this one: changed from the cache, graph facts unknown', { cached: entry(), graph: { held: { contentHash: OTHER } } }, { status: 'changed', source: 'cache' }],
    ['graph and cache hold the same old content: changed, the cached counts are the graph facts', { cached: entry({ contentHash: OTHER }), graph: { held: { contentHash: OTHER } } }, { status: 'changed', source: 'extract', priorCounts: counts }],
    ['graph holds this content, cached by another pipeline: changed, extracted again', { cached: entry({ cacheKey: 'v1+old' }), graph: { held: { contentHash: HASH } } }, { status: 'changed', source: 'extract', priorCounts: counts }],
  ])('%s', (_case, over, expected) => {
    expect(decide({ ...base, ...over })).toEqual(expected);
  });
});

describe('notInInput: stored documents no input names, sorted', () => {
  it.each<[string[], string[], string[]]>([
    [['c.txt', 'a.txt', 'b.txt'], ['b.txt'], ['a.txt', 'c.txt']],
    [['a.txt'], ['a.txt'], []],
    [[], ['a.txt'], []],
  ])('stored %j, inputs %j → %j', (stored, inputs, expected) => {
    expect(notInInput(stored, new Set(inputs))).toEqual(expected);
  });
});
