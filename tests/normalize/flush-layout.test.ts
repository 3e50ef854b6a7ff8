/**
 * Texts without indentation (copied from web pages, or from PDF extractors that drop it): paragraphs
 * must still be found, or whole reglaments are lost. The corpus documents copied without their
 * indentation must give the facts their indented originals give.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusPath } from '../helpers/corpus.ts';
import { extractBytes } from '../../pipeline/extract-file.ts';
import type { ExtractionResult } from '../../schemas/extraction.ts';

const encoder = new TextEncoder();
/** The document with every line's leading whitespace removed. */
const flushCopy = (path: string) => readFileSync(path, 'utf8').split('\n').map((l) => l.replace(/^\s+/, '')).join('\n');

/** What the gold scores of a reglament, without provenance. */
const facts = (r: ExtractionResult) => ({
  act: r.act && { ...r.act, evidence: undefined },
  relations: r.relations.map((x) => `${x.type} ${x.target}`),
  reglaments: r.reglaments.map((g) => ({
    service: g.service,
    approvedBy: g.approvedBy,
    procedures: g.procedures.map((p) => ({ variant: p.variant, steps: p.steps.map((s) => [s.n, s.actor, s.durations]) })),
    actors: g.actors,
    terms: g.terms.map((t) => [t.kind, t.channel, t.duration]),
  })),
});

async function both(prefix: string) {
  const path = corpusPath(prefix);
  const flush = flushCopy(path);
  expect(flush).not.toMatch(/^[ \t]/m);
  const [indented, copied] = await Promise.all([
    extractBytes(path, new Uint8Array(readFileSync(path))),
    extractBytes(path, encoder.encode(flush)),
  ]);
  return { indented: facts(indented), flush: facts(copied) };
}

describe('flush texts (no line indented)', () => {
  it('a Russian reglament with "действие N –" steps and lowercase list items: the same facts', async () => {
    const { indented, flush } = await both('003');
    expect(flush.reglaments).toHaveLength(1);
    expect(flush.reglaments[0]!.service).toBe('Выдача направлений лицам на участие в активных мерах содействия занятости');
    expect(flush.reglaments[0]!.procedures[0]!.steps.map((s) => s[2])).toEqual([['30 minute'], ['3 minute'], ['2 minute'], ['5 minute']]);
    expect(flush).toEqual(indented);
  });

  it('a Kazakh act with six reglaments: the same facts', async () => {
    const { indented, flush } = await both('004');
    expect(flush.reglaments).toHaveLength(6);
    expect(flush).toEqual(indented);
  });

  it('a Russian act with eighteen reglaments, variants under lowercase lead-ins ("при обращении к акиму сельского округа:")', async () => {
    const { indented, flush } = await both('002');
    expect(flush.act).toEqual(indented.act);
    expect(flush.relations).toEqual(indented.relations);
    expect(flush.reglaments.map((r) => r.service)).toEqual(indented.reglaments.map((r) => r.service));
    expect(flush.reglaments.map((r) => r.procedures)).toEqual(indented.reglaments.map((r) => r.procedures));
    const variants = flush.reglaments.flatMap((r) => r.procedures.map((p) => p.variant)).filter((v) => v !== null);
    expect(variants).toContain('при обращении к акиму сельского округа');
    expect(flush.reglaments.map((r) => r.terms)).toEqual(indented.reglaments.map((r) => r.terms));
  });
});
