/**
 * The graph model's rows on the corpus: what both stores are loaded from. Each fact row's span is
 * written once, and every property is a value Neo4j can hold.
 */
import { describe, expect, it } from 'vitest';
import { toGraph } from '../../graph/model/index.ts';
import { Props } from '../../schemas/graph.ts';
import { corpusResults } from '../queries/corpus.ts';

describe('graph rows of the corpus', () => {
  it('a Step carries its own and its durations\' spans; its actor\'s is on PERFORMED_BY and its variant heading\'s on the ReglamentVersion', async () => {
    const results = await corpusResults();
    const graphs = results.map(toGraph);
    const steps = graphs.flatMap((g) => g.nodes.filter((n) => n.label === 'Step'));
    expect(steps.length).toBe(results.flatMap((r) => r.reglaments.flatMap((g) => g.procedures.flatMap((p) => p.steps))).length);
    expect(steps.length).toBeGreaterThan(200);
    for (const s of steps) {
      expect(Object.keys(s.props).filter((k) => /^(actor|variant)(Start|End|Quote|Line)$/.test(k))).toEqual([]);
    }
    const performedBy = graphs.flatMap((g) => g.rels.filter((r) => r.type === 'PERFORMED_BY'));
    expect(performedBy.length).toBe(steps.filter((s) => s.props.actor).length);
    expect(performedBy.every((r) => typeof r.props.quote === 'string' && typeof r.props.line === 'number')).toBe(true);
    // Every variant heading of the corpus, once per procedure, with its quote in the source.
    const headings = results.flatMap((r) => r.reglaments.flatMap((g) => g.procedures.flatMap((p) => (p.evidence.variant ? [p.evidence.variant.quote] : []))));
    const versions = graphs.flatMap((g) => g.nodes.filter((n) => n.label === 'ReglamentVersion'));
    expect(versions.flatMap((v) => v.props.variantQuotes as string[])).toEqual(headings);
    for (const v of versions) expect((v.props.variantProcedures as number[]).length).toBe((v.props.variantQuotes as string[]).length);
  });

  it('a property is a string, number, boolean, null, or a list of strings or of numbers', () => {
    for (const ok of [{ a: 'x' }, { a: 1.5 }, { a: true }, { a: null }, { a: ['x', 'y'] }, { a: [1, 2] }, { a: [] }]) expect(Props.safeParse(ok).success).toBe(true);
    for (const bad of [{ a: ['x', 1] }, { a: { b: 1 } }, { a: [null] }, { a: undefined }, { a: [['x']] }]) expect(Props.safeParse(bad).success).toBe(false);
  });
});
