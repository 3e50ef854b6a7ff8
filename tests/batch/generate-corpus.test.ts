/**
 * The scale-corpus generator plants its own ground truth: each gold file validates, names the
 * generated document, and every rewritten fact (region, act number, registration, date) is what the
 * generated text says — checked on the text, not with the extractor. Same seed, same files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../scripts/generate-corpus.ts';
import { GoldDocument } from '../../schemas/gold.ts';
import { CORPUS_DIR, GOLD_DIR } from '../helpers/corpus.ts';

let root: string;
const opts = (out: string, seed: number) => ({ count: 12, out, seed, from: CORPUS_DIR, gold: GOLD_DIR, lexicon: join(CORPUS_DIR, '..', 'pipeline', 'lexicon', 'regions.json') });

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'zangraph-gen-'));
  await generateCorpus(opts(join(root, 'a'), 5));
  await generateCorpus(opts(join(root, 'b'), 5));
});
afterAll(() => rm(root, { recursive: true, force: true }));

const RU_MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

describe('generate-corpus', () => {
  it('writes docs/ and gold/ in the gold format, deterministically', async () => {
    const docs = (await readdir(join(root, 'a', 'docs'))).sort();
    const gold = (await readdir(join(root, 'a', 'gold'))).sort();
    expect(docs).toHaveLength(12);
    expect(gold).toEqual(docs.map((d) => d.replace(/\.txt$/, '.gold.json')));
    for (const f of docs) {
      expect(await readFile(join(root, 'b', 'docs', f), 'utf8')).toBe(await readFile(join(root, 'a', 'docs', f), 'utf8'));
    }
  });

  it('planted facts are what the text says: region, number, date, registration, relation targets', async () => {
    let moved = 0;
    for (const f of (await readdir(join(root, 'a', 'gold'))).sort()) {
      const g = GoldDocument.parse(JSON.parse(await readFile(join(root, 'a', 'gold', f), 'utf8')));
      const text = await readFile(join(root, 'a', 'docs', g.source), 'utf8');
      const flat = text.replace(/\s+/g, ' ');
      const template = GoldDocument.parse(JSON.parse(await readFile(join(GOLD_DIR, f.replace(/^gen-\d+-\w\w-/, '')), 'utf8')));
      if (!g.act) continue;
      expect(flat).toMatch(new RegExp(`№ ?${g.act.number}(?!\\d)`));
      const [y, m, d] = g.act.date!.split('-').map(Number) as [number, number, number];
      if (g.language === 'ru') expect(flat).toContain(`${d} ${RU_MONTHS[m - 1]} ${y} года`);
      else expect(flat).toContain(`${y} жылғы ${d} `);
      if (g.act.registration?.number) expect(flat).toMatch(new RegExp(`(?<!\\d)${g.act.registration.number}(?!\\d)`));
      for (const rel of g.relations) expect(flat).toMatch(new RegExp(`№ ?${rel.target.split('|')[3]}(?!\\d)`));
      if (g.act.region !== template.act!.region) {
        moved++;
        // The template's region is gone from the text in both languages' forms.
        expect(flat).not.toMatch(template.act!.region === 'west-kazakhstan' ? /Западно-Казахстанск|Батыс Қазақстан облыс/ : /Костанайск|Қостанай облыс/);
      }
    }
    expect(moved).toBeGreaterThan(0);
  });
});
