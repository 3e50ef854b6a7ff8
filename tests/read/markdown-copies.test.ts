/**
 * Acts copied into Markdown by converters (tests/fixtures/markdown-copies/README.md): each scored
 * against the gold of the document it was copied from, and the Markdown features that used to lose
 * facts read off directly.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../pipeline/extract-file.ts';
import { readDocument } from '../../pipeline/read/index.ts';
import { mismatchesAgainstGold } from '../helpers/gold.ts';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'markdown-copies');
const md = (name: string) => join(DIR, 'docs', name);

describe('acts copied into Markdown', () => {
  it('every fact of the gold, nothing else', async () => {
    const { mismatches, report } = await mismatchesAgainstGold(DIR);
    expect(mismatches).toEqual([]);
    expect(Object.keys(report.documents)).toHaveLength(10);
    expect(report.overall.tp).toBeGreaterThan(450);
  }, 60_000);

  it('a .md file is Markdown even with no "#" or "**" in it', async () => {
    const doc = await readDocument(md('p09_karaganda_setext.md'));
    expect(doc.format).toBe('markdown');
    expect(doc.plain.text).not.toContain('&laquo;');
    expect(doc.plain.text).not.toContain('====');
  });

  it('a paragraph hard-wrapped in the Markdown is one paragraph (pandoc, 72 columns)', async () => {
    const r = await extractFile(md('p01_pavlodar_pandoc.md'));
    expect(r.relations.map((x) => `${x.type} ${x.target}`)).toContain('repealed-by akimat|pavlodar|2020-05-26|107/2');
    expect(r.act?.entryIntoForce).toBe('10-days-after-first-publication');
  });

  it('steps written as bullets are numbered in order, each variant from 1', async () => {
    const r = await extractFile(md('p07_northkaz_bullets.md'));
    const procedures = r.reglaments[0]!.procedures;
    expect(procedures.length).toBeGreaterThan(1);
    for (const p of procedures) expect(p.steps.map((s) => s.n)).toEqual(p.steps.map((_, i) => i + 1));
    expect(procedures[0]!.steps[0]).toMatchObject({ actor: 'other:akim-specialist', durations: ['10 minute'] });
  });

  it('a <br> separates words: the stamp in a table cell names its act', async () => {
    const r = await extractFile(md('p05_atyrau_table.md'));
    expect(r.reglaments.map((g) => g.approvedBy)).toEqual(r.reglaments.map(() => 'akimat|atyrau|2017-03-14|62'));
  });
});
