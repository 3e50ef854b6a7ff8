/**
 * The embedded store keeps a consistent manifest: staged writes are invisible until flushed, a
 * replaced result gets a new file and the old one goes only after the manifest stops naming it, the
 * manifest's keys are sorted, and a corrupt manifest is a clear error naming the file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedStore, countFacts } from '../../graph/embedded/store.ts';
import { extractFile } from '../../pipeline/extract-file.ts';
import type { ExtractionResult } from '../../schemas/extraction.ts';
import { corpusPath } from '../helpers/corpus.ts';
import { UserError } from '../../pipeline/shared/user-error.ts';

let root: string;
let kk: ExtractionResult; // 004: Kostanay akimat resolution № 564
let bare: ExtractionResult; // 003: a bare reglament

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'zangraph-store-'));
  kk = await extractFile(corpusPath('004'));
  bare = await extractFile(corpusPath('003'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

const files = (data: string) => readdir(join(data, 'embedded', 'documents'));

describe('embedded store', () => {
  it('a written result and get round-trip a real result, with its counts in the manifest', async () => {
    const data = join(root, 'a');
    const s = await EmbeddedStore.open(data);
    await s.write([{ kind: 'result', result: kk }], { flush: true });
    const again = await EmbeddedStore.open(data);
    expect(again.names()).toEqual([kk.source]);
    expect((await again.get(kk.source))!.act!.number).toBe('564');
    expect(again.entry(kk.source)!.counts).toEqual(countFacts(kk));
    expect(again.entry(kk.source)!.counts!.reglaments).toBe(6);
  });

  it('staged writes are invisible to readers until flush; a crash before flush keeps the old state', async () => {
    const data = join(root, 'b');
    const s = await EmbeddedStore.open(data);
    await s.write([{ kind: 'result', result: bare }], { flush: true });
    const changed = { ...bare, contentHash: 'f'.repeat(64), reglaments: [] };
    await s.write([{ kind: 'result', result: changed }]);
    // Another process (or this one after a crash) sees the flushed state only.
    const reader = await EmbeddedStore.open(data);
    expect((await reader.get(bare.source))!.reglaments.length).toBe(1);
    expect((await files(data)).length).toBe(2); // old and new result files side by side
    await s.flush();
    const after = await EmbeddedStore.open(data);
    expect((await after.get(bare.source))!.reglaments.length).toBe(0);
    expect((await files(data)).length).toBe(1); // the old file is deleted once unreferenced
  });

  it('a batch writes the manifest once with sorted keys; a removal deletes the file', async () => {
    const data = join(root, 'c');
    const s = await EmbeddedStore.open(data);
    expect(await s.write([kk, bare].map((result) => ({ kind: 'result' as const, result })), { flush: true })).toBe(2);
    const raw = JSON.parse(await readFile(join(data, 'embedded', 'manifest.json'), 'utf8'));
    expect(Object.keys(raw.documents)).toEqual([bare.source, kk.source]);
    expect(await s.write([{ kind: 'removed', name: kk.source }], { flush: true })).toBe(1);
    expect(await s.write([{ kind: 'removed', name: kk.source }], { flush: true })).toBe(0);
    expect((await EmbeddedStore.open(data)).names()).toEqual([bare.source]);
    expect((await files(data)).length).toBe(1);
  });

  it('a seen document keeps its result and records where and how its input was found', async () => {
    const data = join(root, 'e');
    const s = await EmbeddedStore.open(data);
    await s.write([{ kind: 'result', result: kk }], { flush: true });
    const file = s.entry(kk.source)!.file;
    const input = { size: 1234, mtimeMs: 1_700_000_000_000 };
    expect(await s.write([{ kind: 'seen', name: kk.source, path: 'moved/' + kk.source, input }], { flush: true })).toBe(0);
    const moved = (await EmbeddedStore.open(data)).entry(kk.source)!;
    expect(moved).toMatchObject({ path: 'moved/' + kk.source, input, file });
    // A stat that cannot be trusted any more is dropped, so the next run reads the file.
    await s.write([{ kind: 'seen', name: kk.source, path: 'moved/' + kk.source }], { flush: true });
    expect((await EmbeddedStore.open(data)).entry(kk.source)!.input).toBeUndefined();
  });

  it('a corrupt manifest is a user-facing error naming the file', async () => {
    const data = join(root, 'd');
    await EmbeddedStore.open(data);
    await writeFile(join(data, 'embedded', 'manifest.json'), '{"version": 1, "documents": {"x": {}}}');
    await expect(EmbeddedStore.open(data)).rejects.toMatchObject({
      message: expect.stringContaining(join(data, 'embedded', 'manifest.json')),
    });
    await expect(EmbeddedStore.open(data)).rejects.toBeInstanceOf(UserError);
    await writeFile(join(data, 'embedded', 'manifest.json'), 'not json');
    await expect(EmbeddedStore.open(data)).rejects.toThrow(/invalid JSON/);
  });
});
