/**
 * The corpus scored against its gold (tests/gold) by the project's eval, in-process: every gold fact
 * found and nothing else, family by family and language by language. A failure lists the missed (fn)
 * and extra (fp) facts of each document.
 */
import { basename } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, loadGoldDir } from '../../pipeline/eval/run.ts';
import { FAMILIES, LANGUAGES } from '../../schemas/gold.ts';
import type { EvalReport } from '../../schemas/eval.ts';
import { CORPUS_DIR, GOLD_DIR, corpusFiles } from '../helpers/corpus.ts';
import { mismatchesOf } from '../helpers/gold.ts';

describe('the corpus against its gold', () => {
  let mismatches: string[];
  let report: EvalReport;
  /** The gold's own facts, counted by the eval: each gold file scored as if it were the extraction. */
  let gold: EvalReport;

  beforeAll(async () => {
    ({ mismatches, report } = await mismatchesOf(GOLD_DIR, CORPUS_DIR));
    const golds = await loadGoldDir(GOLD_DIR);
    const goldOf = (path: string) => golds.find((g) => g.gold.source === basename(path))!.gold;
    ({ report: gold } = await evaluate({ gold: GOLD_DIR, docs: CORPUS_DIR, extract: async (path) => goldOf(path) }));
  }, 120_000);

  it('every corpus document has a gold file', () => {
    expect(Object.keys(report.documents).sort()).toEqual(corpusFiles());
  });

  it('finds every gold fact and nothing else (the list shows each missed and extra fact)', () => {
    expect(mismatches).toEqual([]);
    expect(report.overall).toMatchObject({ tp: gold.overall.tp, fp: 0, fn: 0, f1: 1 });
    expect(gold.overall.tp).toBeGreaterThan(500);
  });

  it.each(FAMILIES.flatMap((family) => LANGUAGES.map((language) => [family, language] as const)))(
    '%s facts in %s: tp = the gold count, no fp, no fn',
    (family, language) => {
      const want = gold.families[family].byLanguage[language];
      const got = report.families[family].byLanguage[language];
      const missedOrExtra = mismatches.filter((m) => JSON.parse(m.slice(m.indexOf('{'))).family === family);
      expect(got, `${family}/${language}: ${missedOrExtra.join('\n')}`).toEqual(want);
    },
  );

  it('every language: tp = the gold count, no fp, no fn', () => {
    for (const l of LANGUAGES) {
      expect(report.languages[l], l).toMatchObject({ tp: gold.languages[l].tp, fp: 0, fn: 0, documents: gold.languages[l].documents });
    }
    expect(LANGUAGES.every((l) => gold.languages[l].documents > 0)).toBe(true);
  });
});
