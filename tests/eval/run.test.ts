import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate } from '../../pipeline/eval/run.ts';
import { UserError } from '../../pipeline/shared/user-error.ts';
import { evalCommand } from '../../pipeline/cli/commands/eval.ts';
import { UsageError } from '../../pipeline/cli/command.ts';
import { EvalReport } from '../../schemas/eval.ts';

const GOLD_DIR = join(import.meta.dirname, '..', 'gold');
const goldFiles = readdirSync(GOLD_DIR).filter((f) => f.endsWith('.gold.json')).sort();
const rawGold = (f: string) => JSON.parse(readFileSync(join(GOLD_DIR, f), 'utf8'));

const scratch = mkdtempSync(join(tmpdir(), 'zangraph-eval-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let n = 0;
const dir = (files: Record<string, unknown> = {}) => {
  const d = join(scratch, String(n++));
  mkdirSync(d);
  for (const [name, v] of Object.entries(files)) writeFileSync(join(d, name), typeof v === 'string' ? v : JSON.stringify(v));
  return d;
};
/** A --pred folder holding each gold file as `<stem>.json`. */
const goldAsPredictions = () => {
  const d = dir();
  for (const f of goldFiles) copyFileSync(join(GOLD_DIR, f), join(d, f.replace(/\.gold\.json$/, '.json')));
  return d;
};

/**
 * Facts per family counted straight from a gold file's JSON, following README's table, written
 * independently of pipeline/eval/flatten.ts: non-null act fields, the title, relations, non-null
 * reglament fields (service is never null), step actors and durations, distinct actors and terms.
 */
function expectedCounts(g: any): Record<string, number> {
  const c = { act: 0, title: 0, relation: 0, reglament: 0, step: 0, actor: 0, term: 0 };
  if (g.act) {
    for (const k of ['kind', 'issuer', 'region', 'number', 'date', 'status', 'entryIntoForce']) if (g.act[k] !== null) c.act++;
    if (g.act.registration) for (const k of ['number', 'date']) if (g.act.registration[k] !== null) c.act++;
    if (g.act.title !== null) c.title++;
  }
  c.relation = g.relations.length;
  for (const r of g.reglaments) {
    c.reglament += 1 + ['appendix', 'approvedBy', 'effect'].filter((k) => r[k] !== null).length;
    for (const p of r.procedures) for (const s of p.steps) c.step += (s.actor !== null ? 1 : 0) + s.durations.length;
    c.actor += new Set(r.actors).size;
    c.term += new Set(r.terms.map((t: any) => `${t.kind}|${t.channel}|${t.duration}`)).size;
  }
  return c;
}

describe('every gold file scored against itself', () => {
  it('matches every fact: tp = number of facts, no fp or fn', async () => {
    const { report } = await evaluate({ gold: GOLD_DIR, pred: goldAsPredictions() });
    expect(Object.keys(report.documents)).toEqual(goldFiles.map((f) => rawGold(f).source));
    let total = 0;
    for (const f of goldFiles) {
      const g = rawGold(f);
      const want = expectedCounts(g);
      const scope: string[] = g.scope ?? Object.keys(want);
      const d = report.documents[g.source];
      for (const fam of scope) expect(d.families[fam as keyof typeof d.families], `${f} ${fam}`).toMatchObject({ tp: want[fam], fp: 0, fn: 0 });
      const n = scope.reduce((s, fam) => s + want[fam], 0);
      expect(d).toMatchObject({ tp: n, fp: 0, fn: 0, f1: 1 });
      total += n;
    }
    expect(total).toBeGreaterThan(0);
    expect(report.overall).toMatchObject({ tp: total, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
  });
});

describe('evaluate', () => {
  const g0 = goldFiles[0];
  const source0 = rawGold(g0).source;
  const oneGold = () => dir({ [g0]: rawGold(g0) });
  const facts0 = Object.values(expectedCounts(rawGold(g0))).reduce((a, b) => a + b, 0);

  it('extracts the gold source from --docs and ignores the extra keys of extraction results', async () => {
    const docs = dir({ [source0]: 'text' });
    const seen: string[] = [];
    const { report } = await evaluate({
      gold: oneGold(),
      docs,
      extract: async (path) => {
        seen.push(path);
        const g = rawGold(g0);
        return { ...g, schemaVersion: 1, diagnostics: [], act: { ...g.act, evidence: {} }, reglaments: g.reglaments.map((r: object) => ({ ...r, evidence: { text: { start: 0, end: 1, quote: 't' } } })) };
      },
    });
    expect(seen).toEqual([join(docs, source0)]);
    expect(report.overall).toMatchObject({ tp: facts0, fp: 0, fn: 0 });
  });

  it('a missing document is all missed with a warning, not a crash', async () => {
    const warnings: string[] = [];
    const { report } = await evaluate({ gold: oneGold(), docs: dir(), extract: async () => { throw new Error('not called'); }, onWarning: (w) => warnings.push(w) });
    expect(report.overall).toMatchObject({ tp: 0, fp: 0, fn: facts0 });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(source0);
    expect(warnings[0]).toContain('document not found');
    expect(report.documents[source0].warnings).toEqual(warnings);
  });

  it('a failed extraction is all missed with a warning naming the reason', async () => {
    const { report } = await evaluate({ gold: oneGold(), docs: dir({ [source0]: 'x' }), extract: async () => { throw new Error('boom'); } });
    expect(report.overall.fn).toBe(facts0);
    expect(report.documents[source0].warnings[0]).toMatch(/extraction failed \(boom\)/);
  });

  it('--pred: a missing or malformed result is all missed with a warning', async () => {
    const stem = g0.replace(/\.gold\.json$/, '');
    const missing = await evaluate({ gold: oneGold(), pred: dir() });
    expect(missing.report.documents[source0].warnings[0]).toContain(`${stem}.json: no such prediction`);
    const bad = await evaluate({ gold: oneGold(), pred: dir({ [`${stem}.json`]: { source: source0 } }) });
    expect(bad.report.documents[source0].warnings[0]).toContain('not an extraction result');
    expect(bad.report.overall.fn).toBe(facts0);
  });

  it('--pred falls back to --docs for a document without a result', async () => {
    const { report } = await evaluate({ gold: oneGold(), pred: dir(), docs: dir({ [source0]: 'x' }), extract: async () => rawGold(g0) });
    expect(report.overall).toMatchObject({ tp: facts0, fn: 0, fp: 0 });
    expect(report.documents[source0].warnings).toEqual([]);
  });

  it('an invalid gold file stops the run with an error naming it', async () => {
    const bad = { ...rawGold(g0), language: 'en' };
    const gold = dir({ 'bad.gold.json': bad });
    await expect(evaluate({ gold, pred: dir() })).rejects.toThrow(UserError);
    await expect(evaluate({ gold, pred: dir() })).rejects.toThrow(/bad\.gold\.json: not a gold document: language/);
    await expect(evaluate({ gold: dir({ 'x.gold.json': '{' }), pred: dir() })).rejects.toThrow(/x\.gold\.json: not valid JSON/);
    await expect(evaluate({ gold: dir(), pred: dir() })).rejects.toThrow(/no \*\.gold\.json files/);
  });
});

describe('zangraph eval', () => {
  let out: string[] = [];
  const capture = () => {
    out = [];
    vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
    vi.spyOn(console, 'error').mockImplementation(() => {});
  };
  afterEach(() => vi.restoreAllMocks());

  it('table: families × language, documents, and "overall F1" as the last line', async () => {
    const pred = goldAsPredictions();
    // Spoil one act number, so the table has something below 1.
    const stem = goldFiles.find((f) => rawGold(f).act)!.replace(/\.gold\.json$/, '');
    const p = JSON.parse(readFileSync(join(pred, `${stem}.json`), 'utf8'));
    p.act.number = `${p.act.number}9`;
    writeFileSync(join(pred, `${stem}.json`), JSON.stringify(p));
    capture();
    expect(await evalCommand.run(['--gold', GOLD_DIR, '--pred', pred, '--details'])).toBe(0);
    const lines = out.join('\n').split('\n');
    expect(lines.at(-1)).toMatch(/^overall F1 0\.\d{3}$/);
    expect(lines.at(-1)).not.toBe('overall F1 1.000');
    expect(lines.some((l) => /^act\s+all\s+0\.9\d\d\s+0\.9\d\d\s+0\.9\d\d\s+\d+\s+1\s+1$/.test(l))).toBe(true);
    for (const l of ['ru', 'kk', 'all']) expect(lines.some((x) => new RegExp(`^step\\s+${l}\\s+1\\.000`).test(x))).toBe(true);
    expect(lines.filter((l) => /^  f[pn]  act /.test(l))).toHaveLength(2);
  });

  it('json: the documented top-level keys', async () => {
    capture();
    expect(await evalCommand.run(['--gold', GOLD_DIR, '--pred', goldAsPredictions(), '--format', 'json'])).toBe(0);
    const report = EvalReport.parse(JSON.parse(out.join('\n')));
    expect(Object.keys(report)).toEqual(['overall', 'families', 'languages', 'documents']);
    expect(Object.keys(report.languages)).toEqual(['ru', 'kk']);
    expect(report.overall.f1).toBe(1);
  });

  it('usage errors for missing or invalid folders and options', async () => {
    await expect(evalCommand.run(['--docs', 'corpus'])).rejects.toThrow(UsageError);
    await expect(evalCommand.run(['--gold', GOLD_DIR])).rejects.toThrow(/--docs <dir>/);
    await expect(evalCommand.run(['--gold', join(scratch, 'nope'), '--docs', GOLD_DIR])).rejects.toThrow(/--gold .*nope: no such folder/);
    await expect(evalCommand.run(['--gold', GOLD_DIR, '--docs', join(GOLD_DIR, goldFiles[0])])).rejects.toThrow(/--docs .*: not a folder/);
    await expect(evalCommand.run(['--gold', GOLD_DIR, '--pred', GOLD_DIR, '--format', 'xml'])).rejects.toThrow(UsageError);
  });
});
