/** Header facts read off the corpus documents themselves (act lines, registration notes, status lines). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractBytes, extractFile } from '../../../pipeline/extract-file.ts';
import { corpusPath } from '../../helpers/corpus.ts';

const extract = (prefix: string) => extractFile(corpusPath(prefix));

describe('corpus act headers', () => {
  it('000: West Kazakhstan resolution № 142 of 19.06.2019 amends № 204 and was repealed by № 131', async () => {
    const r = await extract('000');
    expect(r.act).toMatchObject({ kind: 'resolution', issuer: 'akimat', region: 'west-kazakhstan', number: '142', date: '2019-06-19', registration: { number: '5726', date: '2019-06-20' }, status: 'repealed', entryIntoForce: '10-days-after-first-publication' });
    expect(r.relations.map((x) => `${x.type} ${x.target}`)).toEqual(['amends akimat|west-kazakhstan|2015-08-04|204', 'repealed-by akimat|west-kazakhstan|2020-06-05|131']);
    // № 204's registration and publication are stated only here, in the amending point.
    expect(r.relations[0].targetInfo).toMatchObject({ registrationNumber: '4030', publicationDate: '2015-10-03' });
    expect(r.act?.evidence.number?.quote).toMatch(/^Постановление акимата Западно-Казахстанской области от 19 июня 2019 года №\s+142$/);
  });

  it('001 (Kazakh, Markdown): № 272 of 31.10.2017, registered 20.11.2017 № 4954', async () => {
    const r = await extract('001');
    expect(r.format).toBe('markdown');
    expect(r.act).toMatchObject({ number: '272', date: '2017-10-31', region: 'west-kazakhstan', registration: { number: '4954', date: '2017-11-20' }, status: 'repealed' });
    expect(r.relations.map((x) => `${x.type} ${x.target}`)).toEqual(['amends akimat|west-kazakhstan|2015-08-04|204', 'repealed-by akimat|west-kazakhstan|2020-06-05|131']);
    expect(r.relations[0].targetInfo).toMatchObject({ registrationNumber: '4030', publicationDate: '2015-10-03' });
  });

  it('002: № 177 of 01.07.2014 repealed by № 204 of 04.08.2015', async () => {
    const r = await extract('002');
    expect(r.act).toMatchObject({ number: '177', date: '2014-07-01', registration: { number: '3602', date: '2014-08-07' }, title: 'Об утверждении регламентов государственных услуг в сфере социальной защиты населения' });
    expect(r.relations.map((x) => `${x.type} ${x.target}`)).toEqual(['repealed-by akimat|west-kazakhstan|2015-08-04|204']);
    expect(r.relations[0].targetInfo?.entryIntoForce).toBe('10-days-after-first-publication');
  });

  it('003: a bare reglament has no act', async () => {
    const r = await extract('003');
    expect(r.act).toBeNull();
    expect(r.relations).toEqual([]);
  });

  it('004 (Kazakh): Kostanay № 564 of 30.12.2015, repealed by № 266 of 10.06.2016', async () => {
    const r = await extract('004');
    expect(r.act).toMatchObject({ region: 'kostanay', number: '564', date: '2015-12-30', registration: { number: '6188', date: '2016-01-26' }, title: 'Мемлекеттік көрсетілетін қызметтер регламенттерін бекіту туралы', entryIntoForce: '10-days-after-first-publication' });
    expect(r.relations.map((x) => `${x.type} ${x.target}`)).toEqual(['repealed-by akimat|kostanay|2016-06-10|266']);
  });
});

describe('a document without its act line', () => {
  /** The corpus document with its status banner and act line (up to the footnote) taken out. */
  async function withoutActLine(prefix: string, actLine: RegExp) {
    const path = corpusPath(prefix);
    const original = readFileSync(path, 'utf8');
    const text = original.replace(actLine, '');
    expect(text).not.toBe(original);
    return extractBytes(path, new TextEncoder().encode(text));
  }

  it('keeps the relation its Russian footnote states (and the amendment its operative point makes)', async () => {
    const r = await withoutActLine('000', /Утративший силу\n[\s\S]*?№ 131\n/);
    expect(r.act).toBeNull();
    expect(r.relations.map((x) => `${x.type} ${x.target}`)).toEqual(['repealed-by akimat|west-kazakhstan|2020-06-05|131', 'amends akimat|west-kazakhstan|2015-08-04|204']);
    expect(r.relations[0]!.evidence.quote).toMatch(/^постановлением акимата Западно-Казахстанской\s+области от 05\.06\.2020/);
  });

  it('keeps the relation its Kazakh footnote states', async () => {
    const r = await withoutActLine('004', /Күшін жойған\n[\s\S]*?маусымдағы № 266 қаулысымен\n/);
    expect(r.act).toBeNull();
    expect(r.relations.map((x) => `${x.type} ${x.target}`)).toEqual(['repealed-by akimat|kostanay|2016-06-10|266']);
  });
});
