/**
 * Tables export of the whole corpus, loaded back with csv-parse: headers equal datapackage.json's
 * fields, primary keys are unique, every foreign key joins, JSON Lines hold the same rows, and the
 * counts equal the store's (acts, relations, versions, texts, steps, terms).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusStore, exportCorpus } from './corpus-export.ts';

interface Resource { name: string; path: string; schema: { fields: Array<{ name: string; type: string }>; primaryKey: string[]; foreignKeys: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }> } }

let out = '';
let pkg: { resources: Resource[] };
const tables = new Map<string, Record<string, string>[]>();

beforeAll(async () => {
  ({ out } = await exportCorpus('tables'));
  pkg = JSON.parse(await readFile(join(out, 'datapackage.json'), 'utf8'));
  for (const r of pkg.resources) {
    const csv = await readFile(join(out, r.path), 'utf8');
    tables.set(r.name, parse(csv, { columns: true, skip_empty_lines: true }));
  }
}, 120_000);

const key = (row: Record<string, string>, fields: string[]) => fields.map((f) => row[f]).join('\u0000');

describe('export tables', () => {
  it('describes every table in datapackage.json with the CSV header as its fields', async () => {
    expect(pkg.resources.map((r) => r.name)).toEqual(['acts', 'relations', 'versions', 'texts', 'procedures', 'steps', 'durations', 'roles', 'terms']);
    for (const r of pkg.resources) {
      const header = (await readFile(join(out, r.path), 'utf8')).split('\r\n')[0]!.split(',');
      expect(header).toEqual(r.schema.fields.map((f) => f.name));
    }
  });

  it('has unique primary keys and foreign keys that all join', () => {
    for (const r of pkg.resources) {
      const rows = tables.get(r.name)!;
      expect(new Set(rows.map((x) => key(x, r.schema.primaryKey))).size, r.name).toBe(rows.length);
      for (const fk of r.schema.foreignKeys) {
        const targets = new Set(tables.get(fk.reference.resource)!.map((x) => key(x, fk.reference.fields)));
        const dangling = rows.filter((x) => fk.fields.every((f) => x[f] !== '') && !targets.has(key(x, fk.fields)));
        expect(dangling.map((x) => key(x, fk.fields)), `${r.name}.${fk.fields} → ${fk.reference.resource}`).toEqual([]);
      }
    }
  });

  it('counts equal the store\'s: acts, relations, versions, texts, steps and terms', async () => {
    const { model } = await corpusStore();
    const texts = model.versions.flatMap((v) => v.texts);
    expect(tables.get('acts')).toHaveLength(model.acts.size);
    expect(tables.get('relations')).toHaveLength(model.relations.length);
    expect(tables.get('versions')).toHaveLength(model.versions.length);
    expect(tables.get('texts')).toHaveLength(texts.length);
    expect(tables.get('steps')).toHaveLength(texts.reduce((n, t) => n + t.steps.length, 0));
    expect(tables.get('durations')).toHaveLength(texts.reduce((n, t) => n + t.steps.reduce((m, s) => m + s.durations.length, 0), 0));
    expect(tables.get('terms')).toHaveLength(texts.reduce((n, t) => n + t.terms.length, 0));
  });

  it('holds the same rows as JSON Lines', async () => {
    for (const r of pkg.resources) {
      const lines = (await readFile(join(out, `${r.name}.jsonl`), 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l));
      expect(lines.map((l) => key(Object.fromEntries(Object.entries(l).map(([k, v]) => [k, v === null ? '' : String(v)])), r.schema.primaryKey)), r.name)
        .toEqual(tables.get(r.name)!.map((x) => key(x, r.schema.primaryKey)));
    }
  });

  it('names № 204 of West Kazakhstan by its Akoma Ntoso work URI and keeps quotes with line breaks intact', () => {
    const act = tables.get('acts')!.find((a) => a.act_key === 'akimat|west-kazakhstan|2015-08-04|204')!;
    expect(act.uri).toBe('/akn/kz-27/act/resolution/akimat/2015-08-04/204');
    const multiLine = tables.get('steps')!.filter((s) => s.quote!.includes('\n'));
    expect(multiLine.length).toBeGreaterThan(0);
    expect(multiLine.every((s) => Number(s.end) - Number(s.start) === s.quote!.length)).toBe(true);
  });

  it('gives durations in working minutes under the working-day = 8 hours convention', () => {
    const d = tables.get('durations')!;
    const workingDay = d.find((x) => x.unit === 'working-day')!;
    expect(Number(workingDay.working_minutes)).toBe(Number(workingDay.amount) * 480);
    const minutes = d.find((x) => x.unit === 'minute')!;
    expect(minutes.working_minutes).toBe(minutes.amount);
  });

  it('states a procedure\'s own time limit with its line, and its totals: West Kazakhstan\'s targeted-assistance certificate (002, reglament 16), 15 minutes at line 3304', () => {
    const text = tables.get('texts')!.find((t) => t.document === '002_e21e414c054581b8.txt' && t.reglament === '16')!;
    const procedures = tables.get('procedures')!.filter((p) => p.text_uri === text.text_uri);
    expect(procedures).toHaveLength(1);
    expect(procedures[0]).toMatchObject({ limit: '15 minute', fastest: '15 minute', slowest: '15 minute', fastest_working_minutes: '15', line: '3304', document: '002_e21e414c054581b8.txt' });
    expect(procedures[0]!.quote!.replace(/\s+/g, '')).toBe('15(пятнадцать)минут');
    expect(text).toMatchObject({ fastest: '15 minute', slowest: '15 minute' });
    const withoutLimit = tables.get('procedures')!.filter((p) => !p.limit);
    expect(withoutLimit.length).toBeGreaterThan(0);
    expect(withoutLimit.every((p) => p.quote === '' || p.variant !== '')).toBe(true);
  });
});
