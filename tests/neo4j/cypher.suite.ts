/** The analyst's Cypher examples in graph/cypher/ run on the real server and answer sensibly. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Neo4jStore } from '../../graph/neo4j/store.ts';
import { corpusResults } from '../queries/corpus.ts';
import { openTestStore } from './connect.ts';

const cypher = (name: string) => readFileSync(join(import.meta.dirname, '..', '..', 'graph', 'cypher', name), 'utf8');

export function cypherSuite(): void {
  describe('graph/cypher examples', () => {
    let store: Neo4jStore;
    const run = async (name: string, params: Record<string, unknown>) =>
      (await store.driver.executeQuery(cypher(name), params)).records.map((r) => r.toObject());
    beforeAll(async () => {
      store = await openTestStore();
      await store.clear();
      for (const r of await corpusResults()) await store.loadDocument(r);
    }, 300_000);
    afterAll(async () => store?.close());

    it('act-history.cypher: № 204 repeals № 177, amended by № 272 and № 142', async () => {
      const rows = await run('act-history.cypher', { key: 'akimat|west-kazakhstan|2015-08-04|204' });
      expect(rows.map((r) => [r.relation, r.act])).toEqual([
        ['repeals', 'akimat|west-kazakhstan|2014-07-01|177'],
        ['amended-by', 'akimat|west-kazakhstan|2017-10-31|272'],
        ['amended-by', 'akimat|west-kazakhstan|2019-06-19|142'],
      ]);
    });

    it('reglaments-in-force.cypher: in mid-2018 West Kazakhstan has № 272 texts, in 2015 the 18 of № 177', async () => {
      const y2018 = await run('reglaments-in-force.cypher', { region: 'west-kazakhstan', date: '2018-06-01' });
      expect(y2018.every((r) => r.wordingBy === 'akimat|west-kazakhstan|2017-10-31|272')).toBe(true);
      expect(y2018.length).toBe(3);
      const y2015 = await run('reglaments-in-force.cypher', { region: 'west-kazakhstan', date: '2015-01-01' });
      expect(y2015).toHaveLength(18);
    });

    it('region-comparison.cypher: both regions have the oralman status service', async () => {
      const rows = await run('region-comparison.cypher', { regions: ['west-kazakhstan', 'kostanay'] });
      const oralman = rows.filter((r) => /оралман/i.test(String(r.wording)) || /Оралман/.test(String(r.wording)));
      expect(new Set(oralman.map((r) => r.region))).toEqual(new Set(['west-kazakhstan', 'kostanay']));
      expect(new Set(oralman.map((r) => r.service)).size).toBe(1);
    });
  });
}
