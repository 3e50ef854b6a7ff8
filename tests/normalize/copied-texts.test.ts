/**
 * Texts made otherwise than the corpus's PDF texts: without indentation (copied from web pages, or
 * from PDF extractors that drop it), where paragraphs must still be found or whole reglaments are
 * lost; with the page's left margin kept on every line; and Kazakh typed with the Latin i for і. The
 * corpus documents so changed must give the facts their originals give.
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

async function original(prefix: string) {
  const path = corpusPath(prefix);
  return { path, facts: facts(await extractBytes(path, new Uint8Array(readFileSync(path)))) };
}

async function both(prefix: string) {
  const { path, facts: indented } = await original(prefix);
  const flush = flushCopy(path);
  expect(flush).not.toMatch(/^[ \t]/m);
  return { indented, flush: facts(await extractBytes(path, encoder.encode(flush))) };
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

describe('texts that keep the page\'s left margin (every line indented)', () => {
  for (const prefix of ['002', '004']) {
    it(`${prefix}: every line indented by 8 more spaces gives the same facts`, async () => {
      const { path, facts: plain } = await original(prefix);
      const margined = readFileSync(path, 'utf8').split('\n').map((l) => (l.trim() ? `        ${l}` : l)).join('\n');
      const shifted = facts(await extractBytes(path, encoder.encode(margined)));
      expect(shifted.reglaments.length).toBeGreaterThan(5);
      expect(shifted).toEqual(plain);
    });
  }
});

describe('Kazakh typed with the Latin i (U+0069) for і (U+0456)', () => {
  it('a Kazakh act with six reglaments, every і typed as i: the same facts, names spelt with і', async () => {
    const { path, facts: printed } = await original('004');
    const latin = readFileSync(path, 'utf8').replace(/і/g, 'i').replace(/І/g, 'I');
    expect(latin).not.toMatch(/[іІ]/);
    const typed = facts(await extractBytes(path, encoder.encode(latin)));
    expect(typed.act?.number).toBe('564');
    expect(typed.reglaments).toHaveLength(6);
    expect(typed.reglaments[0]!.service).toBe('Оралман мәртебесін беру');
    expect(typed).toEqual(printed);
  });
});
