/**
 * The analyst's Cypher files in graph/cypher/ on the real server, against the CLI's answers on the
 * corpus: the graph is loaded as `zangraph run --store neo4j` loads it (documents, then the validity
 * computed from them, graph/neo4j/validity.ts), and every file must return what the query layer
 * returns from the embedded store, on every date, region and act tried.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Neo4jStore } from '../../graph/neo4j/store.ts';
import { writeValidity } from '../../graph/neo4j/validity.ts';
import { compare, history, inForce, type QueryModel } from '../../graph/queries/index.ts';
import { corpusResults, embeddedModel } from '../queries/corpus.ts';
import { openTestStore } from './connect.ts';
import { versionUriOf } from '../../graph/identifiers/uri.ts';

const cypher = (name: string) => readFileSync(join(import.meta.dirname, '..', '..', 'graph', 'cypher', name), 'utf8');
const DATES = ['2014-12-31', '2015-01-01', '2015-09-01', '2015-10-14', '2016-03-01', '2016-07-01', '2018-06-01', '2019-09-01', '2021-01-01'];
const REGIONS = ['west-kazakhstan', 'kostanay'] as const;

export function cypherSuite(): void {
  describe('graph/cypher files give the CLI\'s answers', () => {
    let store: Neo4jStore;
    let cli: QueryModel;
    const run2 = async (query: string, params: Record<string, unknown>) =>
      (await store.driver.executeQuery(query, params)).records.map((r) => r.toObject());
    const inForceUris = (v: QueryModel['versions'][number]): Array<[string, string]> =>
      v.texts.map((t) => [`${t.document}#${t.ordinal}`, versionUriOf(cli.acts, v, t.language)]);
    const run = async (name: string, params: Record<string, unknown>) =>
      (await store.driver.executeQuery(cypher(name), params)).records.map((r) => r.toObject());
    beforeAll(async () => {
      store = await openTestStore();
      await store.clear();
      for (const r of await corpusResults()) await store.loadDocument(r);
      await writeValidity(store);
      cli = await embeddedModel();
    }, 300_000);
    afterAll(async () => store?.close());

    it('Act and ReglamentVersion nodes carry the Akoma Ntoso URIs the exports and answers use', async () => {
      const acts = await run2('MATCH (a:Act) RETURN a.key AS key, a.uri AS uri', {});
      expect(acts.length).toBe(cli.acts.size);
      expect(acts.find((a) => a.key === 'akimat|west-kazakhstan|2015-08-04|204')?.uri).toBe('/akn/kz-27/act/resolution/akimat/2015-08-04/204');
      const texts = await run2('MATCH (rv:ReglamentVersion) RETURN rv.key AS key, rv.uri AS uri', {});
      const expected = new Map(cli.versions.flatMap((v) => inForceUris(v)));
      expect(expected.size).toBeGreaterThan(0);
      expect(Object.fromEntries(texts.filter((t) => t.uri).map((t) => [t.key, t.uri]))).toEqual(Object.fromEntries(expected));
    });

    it('reglaments-in-force.cypher: on 2015-09-01 the 18 texts of № 177 in West Kazakhstan, as in-force says', async () => {
      const rows = await run('reglaments-in-force.cypher', { region: 'west-kazakhstan', date: '2015-09-01' });
      expect(rows).toHaveLength(18);
      expect(new Set(rows.map((r) => r.wordingBy))).toEqual(new Set(['akimat|west-kazakhstan|2014-07-01|177']));
    });

    it('reglaments-in-force.cypher equals in-force on every date, per region and for all regions', async () => {
      for (const date of DATES) for (const region of [...REGIONS, null]) {
        const rows = await run('reglaments-in-force.cypher', { region, date });
        const expected = inForce(cli, { date, ...(region ? { region } : {}) });
        const key = (r: { region: string; serviceId: string; approvedBy: string; wordingBy: string }) => `${r.region} ${r.serviceId} ${r.approvedBy} ${r.wordingBy}`;
        expect(rows.map((r) => [r.region, r.serviceId, r.approvedBy, r.wordingBy, r.wording, r.validFrom, r.validTo ?? null, r.certainty, r.texts]).sort(), `${date} ${region}`)
          .toEqual(expected.map((r) => [r.region, r.serviceId, r.approvedBy, r.wordingBy, r.wording, r.validFrom, r.validTo, r.certainty,
            r.source.map((s) => `${s.document}#${s.reglament}`).sort()]).sort());
        expect(rows.map((r) => key(r as never)).sort()).toEqual(expected.map(key).sort());
      }
    });

    it('act-history.cypher equals history for every act, inferred repeals with the statements they come from', async () => {
      for (const key of [...cli.acts.keys()].sort()) {
        const rows = await run('act-history.cypher', { key });
        const expected = history(cli, { act: key }).relations;
        expect(rows.map((r) => [r.relation, r.act, r.date, r.inCorpus, r.effective, r.certainty, r.basis, r.statedBy]), key)
          .toEqual(expected.map((r) => [r.relation, r.other, r.otherDate, r.otherInCorpus, r.effective, r.certainty, r.basis, r.statedBy]));
      }
      const h204 = await run('act-history.cypher', { key: 'akimat|west-kazakhstan|2015-08-04|204' });
      expect(h204.at(-1)).toMatchObject({ relation: 'repealed-by', basis: 'inferred', statedBy: [] });
      expect((h204.at(-1)!.inferredFrom as string[]).every((s) => /repealed-by akimat\|west-kazakhstan\|2020-06-05\|131 \(every act amending/.test(s))).toBe(true);
    });

    it('region-comparison.cypher equals compare --date: the version, its text and its steps per region and service', async () => {
      for (const date of DATES) {
        const rows = await run('region-comparison.cypher', { regions: [...REGIONS], date });
        const expected = compare(cli, { regions: [...REGIONS], date }).rows
          .flatMap((r) => r.regions.filter((c) => c.present).map((c) => [r.serviceId, c.region, c.wordingBy, c.validFrom, c.certainty,
            c.text ? `${c.text.document}#${c.text.reglament}` : null, c.steps ?? 0]));
        expect(rows.map((r) => [r.serviceId, r.region, r.wordingBy, r.validFrom, r.certainty, r.text ?? null, r.steps]).sort(), date).toEqual(expected.sort());
      }
      const permit = (await run('region-comparison.cypher', { regions: [...REGIONS], date: '2016-03-01' })).find((r) => r.serviceId === 'foreign-labour-permit')!;
      expect((permit.stepList as Array<{ n: number; links: string[] }>).find((s) => s.n === 3)!.links).toEqual(['then', 'or', 'or', 'or', 'or']);
    });

    it('writing validity again leaves the same graph', async () => {
      const count = async () => (await store.driver.executeQuery('MATCH (v:VersionPeriod) RETURN count(v) AS n')).records[0]!.get('n');
      const before = await count();
      await writeValidity(store);
      expect(await count()).toBe(before);
      expect(before).toBe(cli.versions.length);
    });
  });
}
