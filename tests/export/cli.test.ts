/**
 * `zangraph export` as a user runs it (bin/zangraph.mjs on the build): the files it writes, the
 * selection, and the exit code 2 with a clear message for a bad kind or region; the URIs in the
 * exports are the ones the JSON answers give.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { InForceRow } from '../../schemas/query.ts';
import { corpusResults } from '../queries/corpus.ts';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'zangraph.mjs');
let data = '';

async function zangraph(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [BIN, ...args, '--data', data], { maxBuffer: 1 << 24 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

beforeAll(async () => {
  data = await mkdtemp(join(tmpdir(), 'zangraph-export-cli-'));
  const store = await EmbeddedStore.open(data);
  await store.write((await corpusResults()).map((result) => ({ kind: 'result' as const, result })), { flush: true });
}, 120_000);

describe('zangraph export', () => {
  it('export bpmn --region kostanay --out DIR writes six .bpmn files and lists them', async () => {
    const out = await mkdtemp(join(tmpdir(), 'zangraph-bpmn-'));
    const r = await zangraph('export', 'bpmn', '--region', 'Костанайская', '--out', out);
    expect(r.code).toBe(0);
    const files = (await readdir(out)).sort();
    expect(files).toHaveLength(6);
    expect(files.every((f) => f.endsWith('.bpmn') && f.startsWith('kostanay_'))).toBe(true);
    expect(r.stdout.trim().split('\n').map((l) => l.split('/').at(-1)).sort()).toEqual(files);
  });

  it('export mermaid --service writes a flowchart per text, with the version URI and every step', async () => {
    const out = await mkdtemp(join(tmpdir(), 'zangraph-mmd-'));
    const r = await zangraph('export', 'mermaid', '--region', 'kostanay', '--service', 'шетелдік', '--out', out);
    expect(r.code).toBe(0);
    const [file] = await readdir(out);
    const text = await readFile(join(out, file!), 'utf8');
    expect(text).toMatch(/^%% \/akn\/kz-39\/act\/resolution\/akimat\/2015-12-30\/564\/kaz@2016-02-06\/!foreign-labour-permit\n/);
    expect(text).toContain('flowchart LR');
    expect([...text.matchAll(/^ {4}s1_(\d)\[/gm)].map((m) => m[1]).sort()).toEqual(['1', '2', '3', '4', '5']);
    for (const n of [1, 2, 3, 4]) expect(text).toContain(`  s1_${n} --> s1_${n + 1}\n`);
  });

  it('the texts table names each text by the URI the in-force JSON gives it', async () => {
    const out = await mkdtemp(join(tmpdir(), 'zangraph-tables-'));
    expect((await zangraph('export', 'tables', '--out', out)).code).toBe(0);
    const texts = parse(await readFile(join(out, 'texts.csv'), 'utf8'), { columns: true }) as Array<{ text_uri: string }>;
    const r = await zangraph('query', 'in-force', '--date', '2019-09-01', '--region', 'west-kazakhstan', '--format', 'json');
    const rows = InForceRow.array().parse(JSON.parse(r.stdout));
    const uris = rows.flatMap((x) => x.source.map((s) => s.uri));
    expect(uris.length).toBeGreaterThan(0);
    const known = new Set(texts.map((t) => t.text_uri));
    expect(uris.filter((u) => !known.has(u))).toEqual([]);
    expect(rows.every((x) => x.uri === x.source[0]?.uri)).toBe(true);
  });

  it('rejects an unknown kind or region with exit code 2 and a message naming it', async () => {
    const kind = await zangraph('export', 'pdf', '--out', '/tmp/never');
    expect(kind.code).toBe(2);
    expect(kind.stderr).toMatch(/kind.*bpmn/s);
    const region = await zangraph('export', 'bpmn', '--region', 'atlantis', '--out', '/tmp/never');
    expect(region.code).toBe(2);
    expect(region.stderr).toContain('unknown region "atlantis"');
  });
});
