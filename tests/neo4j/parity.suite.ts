/**
 * Parity: the corpus loaded into Neo4j answers every point-in-time query exactly as the embedded
 * store does (the point-in-time suite runs on the Neo4j model, and the answers are compared as a whole).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compare, history, inForce, loadModel, type QueryModel } from '../../graph/queries/index.ts';
import { Neo4jSource } from '../../graph/queries/neo4j-source.ts';
import type { Neo4jStore } from '../../graph/neo4j/store.ts';
import { corpusResults, embeddedModel } from '../queries/corpus.ts';
import { pointInTimeSuite } from '../queries/point-in-time.ts';
import { everyText, reglamentSuite } from '../queries/reglament.ts';
import { embeddedStore } from '../queries/corpus.ts';
import { openTestStore } from './connect.ts';
import { toGraph } from '../../graph/model/index.ts';
import { GraphRows } from '../../schemas/graph.ts';

/** The rows with each procedure's variant span moved from the ReglamentVersion's lists onto its steps. */
function withVariantOnSteps(g: GraphRows): GraphRows {
  const versions = new Map(g.nodes.filter((n) => n.label === 'ReglamentVersion').map((n) => [n.key, n.props]));
  const versionOf = new Map(g.rels.filter((r) => r.type === 'HAS_STEP').map((r) => [r.to.key, r.from.key]));
  const nodes = g.nodes.map((n) => {
    if (n.label === 'ReglamentVersion') {
      const { variantProcedures, variantStarts, variantEnds, variantQuotes, variantLines, ...props } = n.props;
      return { ...n, props };
    }
    if (n.label !== 'Step') return n;
    const rv = versions.get(versionOf.get(n.key)!)!;
    const at = (rv.variantProcedures as number[]).indexOf(n.props.variantIndex as number);
    const pick = (list: string) => (at < 0 ? null : (rv[list] as unknown[])[at]);
    return { ...n, props: { ...n.props, variantStart: pick('variantStarts'), variantEnd: pick('variantEnds'), variantQuote: pick('variantQuotes'), variantLine: pick('variantLines') } };
  });
  return GraphRows.parse({ ...g, nodes });
}

export function paritySuite(): void {
  describe('Neo4j and embedded stores give the same answers', () => {
    let store: Neo4jStore;
    let neo: QueryModel;
    let emb: QueryModel;
    beforeAll(async () => {
      store = await openTestStore();
      await store.clear();
      for (const r of await corpusResults()) await store.loadDocument(r);
      neo = await loadModel(new Neo4jSource(store, false));
      emb = await embeddedModel();
    }, 300_000);
    afterAll(async () => {
      await store?.close();
    });

    pointInTimeSuite('neo4j', async () => neo);
    reglamentSuite('neo4j', async () => ({ model: neo, source: new Neo4jSource(store, false) }));

    it('every reglament text reads the same, with the same lines and quotes, from both stores', async () => {
      const e = await embeddedStore();
      const fromNeo = await everyText(neo, new Neo4jSource(store, false));
      expect(fromNeo.length).toBe(emb.reglaments.length);
      expect(fromNeo).toEqual(await everyText(e.model, e.source));
    });

    it('a graph holding each procedure\'s variant heading on its every Step (as earlier versions wrote it) reads the same texts', async () => {
      const e = await embeddedStore();
      const expected = await everyText(e.model, e.source);
      // The corpus has procedures with a variant heading: otherwise this test would read nothing.
      expect(expected.flatMap((a) => a.text?.procedures ?? []).filter((p) => p.evidence).length).toBeGreaterThan(3);
      const results = await corpusResults();
      try {
        for (const r of results) await store.loadGraph(withVariantOnSteps(toGraph(r)));
        expect(await everyText(neo, new Neo4jSource(store, false))).toEqual(expected);
      } finally {
        for (const r of results) await store.loadDocument(r);
      }
    });

    it('reading reglament headings only (as validity is written) gives the same acts, validity and versions', async () => {
      const headings = await loadModel(new Neo4jSource(store, false, { procedures: false }));
      expect(headings.reglaments.every((r) => r.steps.length === 0 && r.terms.length === 0)).toBe(true);
      expect(headings.reglaments.length).toBe(neo.reglaments.length);
      expect([...headings.acts]).toEqual([...neo.acts]);
      expect([...headings.validity]).toEqual([...neo.validity]);
      // a version's texts are the same reglaments, without their procedures
      const withoutProcedures = (m: QueryModel) => m.versions.map((v) => ({ ...v, texts: v.texts.map((t) => ({ ...t, steps: [], terms: [], limits: [] })) }));
      expect(withoutProcedures(headings)).toEqual(withoutProcedures(neo));
      expect(headings.relations).toEqual(neo.relations);
    });

    const dates = ['2014-12-31', '2015-01-01', '2015-09-01', '2016-03-01', '2016-07-01', '2018-06-01', '2019-09-01', '2021-01-01'];
    it('in-force answers are identical on every date and region', () => {
      for (const date of dates) for (const region of ['west-kazakhstan', 'kostanay', undefined] as const) {
        expect(inForce(neo, { date, region })).toEqual(inForce(emb, { date, region }));
      }
    });

    it('histories are identical for every act', () => {
      for (const key of [...emb.acts.keys()].sort()) expect(history(neo, { act: key })).toEqual(history(emb, { act: key }));
    });

    it('comparisons are identical with and without a date', () => {
      for (const date of [undefined, ...dates]) {
        expect(compare(neo, { regions: ['west-kazakhstan', 'kostanay'], date })).toEqual(compare(emb, { regions: ['west-kazakhstan', 'kostanay'], date }));
      }
    });
  });
}
