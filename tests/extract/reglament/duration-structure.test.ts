/**
 * How a step's durations combine and which durations belong to a whole procedure, read off the
 * corpus and the other-regions fixtures (pipeline/extract/reglament/duration-structure.ts).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../../pipeline/extract-file.ts';
import type { ExtractionResult } from '../../../schemas/extraction.ts';
import { corpusPath } from '../../helpers/corpus.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'other-regions', 'docs');
const results = new Map<string, Promise<ExtractionResult>>();
const extracted = (path: string) => {
  if (!results.has(path)) results.set(path, extractFile(path));
  return results.get(path)!;
};

/** The step of the reglament whose service name matches, as "relation duration [cue]" strings. */
async function links(path: string, service: RegExp, n: number, variant = 0) {
  const r = await extracted(path);
  const g = r.reglaments.find((x) => service.test(x.service));
  if (!g) throw new Error(`no reglament ${service} in ${path}`);
  const s = g.procedures[variant]!.steps.find((x) => x.n === n)!;
  return s.durations.map((d, i) => [s.durationLinks[i]!.relation, d, s.durationLinks[i]!.evidence?.quote ?? null]);
}

describe('duration structure', () => {
  it('Kostanay foreign-labour permit, step 3: five terms per case, one list after a colon: alternatives', async () => {
    expect(await links(corpusPath('004'), /^Шетелдік қызметкерге/, 3)).toEqual([
      ['then', '40 working-day', null],
      ['or', '30 working-day', ':'],
      ['or', '7 working-day', ':'],
      ['or', '30 working-day', ':'],
      ['or', '2 working-day', ':'],
    ]);
  });

  it('Kostanay Semipalatinsk step 3: registration, duplicate and first certificate are alternative cases', async () => {
    expect((await links(corpusPath('004'), /^Семей ядролық/, 3)).map((l) => l[0])).toEqual(['then', 'or', 'or']);
  });

  it('West Kazakhstan Semipalatinsk step 3 (2014): decision or certificate, and a one-month extension in some cases', async () => {
    expect(await links(corpusPath('002'), /Семипалатинском/, 3)).toEqual([
      ['then', '17 working-day', null],
      ['or', '3 working-day', ':'],
      ['extension', '1 month', 'продлевается на'],
    ]);
  });

  it('actions each closed by their result follow each other, even with "либо" between them', async () => {
    expect(await links(corpusPath('000'), /активных мерах/, 1)).toEqual([
      ['then', '5 minute', null],
      ['then', '15 minute', null],
    ]);
  });

  it('terms qualified each by its own case are alternatives; actions in one sentence follow each other', async () => {
    expect(await links(join(FIXTURES, '04_almaty_city_2016_ru.txt'), /^Выдача разрешения на эмиссии/, 3)).toEqual([
      ['then', '25 working-day', null],
      ['or', '45 working-day', 'для'],
    ]);
    const almatyRegion = join(FIXTURES, 'b03_almaty_region_2015_ru.txt');
    expect((await links(almatyRegion, /./, 1)).map((l) => l[0])).toEqual(['then', 'then']);
    expect((await links(almatyRegion, /./, 3)).map((l) => l[0])).toEqual(['then', 'then']);
  });

  it('a time limit in the procedure heading ("при обращении … в течении 15 минут:") belongs to the procedure', async () => {
    const r = await extracted(corpusPath('002'));
    const g = r.reglaments.find((x) => /^Выдача справки, подтверждающей/.test(x.service))!;
    expect(g.procedures).toHaveLength(1);
    expect(g.procedures[0]!.limit.map((l) => l.duration)).toEqual(['15 minute']);
    expect(g.procedures[0]!.limit[0]!.evidence.quote).toMatch(/^15 \(\s*п я т н а д ц а т ь\s*\)\s+м и н у т$/);
    expect(g.procedures[0]!.steps.every((s) => s.durations.length === 0)).toBe(true);
    // Procedures whose heading states no time have no limit.
    expect(r.reglaments.filter((x) => x !== g).every((x) => x.procedures.every((p) => p.limit.length === 0))).toBe(true);
  });
});
