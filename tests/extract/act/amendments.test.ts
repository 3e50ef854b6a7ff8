/**
 * The sub-points an amending act rewords or adds, read from the operative text of the corpus's two
 * amending acts (Russian PDF text with moved link text, Kazakh Markdown).
 */
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../../pipeline/extract-file.ts';
import { corpusPath } from '../../helpers/corpus.ts';

const ACT_204 = 'akimat|west-kazakhstan|2015-08-04|204';
const read = async (prefix: string) => (await extractFile(corpusPath(prefix))).amendments;

describe('amended sub-points', () => {
  it('№ 142 (ru): rewords sub-points 18 and 19 of point 1 of № 204 and adds 21, each with its quoted new text', async () => {
    const a = await read('000');
    expect(a.map((x) => [x.target, x.point, x.subpoint, x.change, x.text])).toEqual([
      [ACT_204, '1', '18', 'new-wording', 'Присвоение или продление статуса оралмана'],
      [ACT_204, '1', '19', 'new-wording', 'Регистрация лиц, ищущих работу, в качестве безработных'],
      [ACT_204, '1', '21', 'added', 'Выдача справки о регистрации в качестве безработного'],
    ]);
    // The PDF moved "подпункт 18" to the end of the clause; the clause is the evidence, as written.
    expect(a[0]!.evidence.clause.quote.trim()).toBe('изложить в новой редакции следующего содержания:подпункт 18');
    expect(a[2]!.evidence.text!.quote).toBe('"Выдача справки о регистрации в качестве безработного".";');
  });

  it('№ 272 (kk): rewords sub-point 17 of point 1 and adds 19 and 20 in one clause', async () => {
    const a = await read('001');
    expect(a.map((x) => [x.point, x.subpoint, x.change])).toEqual([['1', '17', 'new-wording'], ['1', '19', 'added'], ['1', '20', 'added']]);
    expect(a[1]!.evidence.clause.quote).toBe('1-тармақ мынадай мазмұндағы 19), 20) тармақшалармен толықтырылсын:');
    expect(a[2]!.text).toBe('Жұмыс іздеп жүрген адамдарды тіркеу');
  });

  it('acts that approve reglaments amend no sub-point', async () => {
    expect(await read('002')).toEqual([]);
    expect(await read('004')).toEqual([]);
  });
});
