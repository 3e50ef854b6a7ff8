/**
 * The run report is folded from per-document events: counts add up, facts added and removed follow
 * the statuses, failures keep their reasons in input order, and the report parses against its schema.
 */
import { describe, expect, it } from 'vitest';
import { emptyTally, reduceRun, runReport, type DocumentSummary, type RunEvent } from '../../pipeline/batch/report.ts';
import { RunReport } from '../../schemas/run.ts';

const c = (reglaments: number, steps: number) => ({ acts: 1, relations: 1, reglaments, steps, terms: 0, actors: 0 });

function doc(index: number, summary: Omit<DocumentSummary, 'index' | 'path' | 'name' | 'extracted'>, more: Partial<Extract<RunEvent, { type: 'document' }>> = {}): RunEvent {
  const path = `in/${index}.txt`;
  return { type: 'document', summary: { index, path, name: `${index}.txt`, extracted: summary.status === 'new' || summary.status === 'changed', ...summary }, bytesRead: 0, bytesExtracted: 0, factsRemoved: 0, graphElements: 0, ...more };
}

const run = { startedAt: new Date(0), finishedAt: new Date(1000), cacheKey: 'v1+abc', store: 'embedded' as const, storeLocation: '.zangraph/embedded', concurrency: 2,
  stagesMs: { collect: 0, read: 1, hash: 2, extract: 3, embedded: 4, neo4j: 0, prune: 0 }, wallMs: 1000, workerStartupMs: 5, peakRssBytes: 1e8 };

describe('run report from events', () => {
  it.each<[string, RunEvent[], number, Partial<RunReport>]>([
    ['no inputs', [], 0, { documents: { new: 0, changed: 0, unchanged: 0, failed: 0, removed: 0, notInInput: 0 }, facts: { added: 0, removed: 0 }, perInput: [] }],
    ['a new document adds its facts to both the added facts and the totals',
      [doc(0, { status: 'new', counts: c(2, 5) }, { bytesRead: 100, bytesExtracted: 100 })], 0,
      { documents: { new: 1, changed: 0, unchanged: 0, failed: 0, removed: 0, notInInput: 0 }, facts: { added: 9, removed: 0 },
        totals: { reglaments: 2, steps: 5, relations: 1, terms: 0, actors: 0, acts: 1 }, bytes: { read: 100, extracted: 100 } }],
    ['an unchanged document counts in the totals, not in the added facts',
      [doc(0, { status: 'unchanged', counts: c(1, 1) })], 0,
      { documents: { new: 0, changed: 0, unchanged: 1, failed: 0, removed: 0, notInInput: 0 }, facts: { added: 0, removed: 0 },
        totals: { reglaments: 1, steps: 1, relations: 1, terms: 0, actors: 0, acts: 1 } }],
    ['a changed document: its new facts added, its old ones removed',
      [doc(0, { status: 'changed', counts: c(1, 2) }, { factsRemoved: 7 })], 3,
      { documents: { new: 0, changed: 1, unchanged: 0, failed: 0, removed: 0, notInInput: 3 }, facts: { added: 5, removed: 7 } }],
    ['a failure lists its reason and adds nothing; a pruned document counts as removed with its facts',
      [doc(0, { status: 'failed', reason: 'not a regular file' }), { type: 'pruned', name: 'old.txt', factsRemoved: 4 }], 0,
      { documents: { new: 0, changed: 0, unchanged: 0, failed: 1, removed: 1, notInInput: 0 }, facts: { added: 0, removed: 4 },
        failures: [{ path: 'in/0.txt', reason: 'not a regular file' }],
        perInput: [{ path: 'in/0.txt', status: 'failed', outcome: 'failed', warnings: 0, reason: 'not a regular file' }] }],
    ['warnings make the outcome "warnings"; inputs stay in event order',
      [doc(0, { status: 'new', counts: c(0, 0), warnings: 2 }), doc(1, { status: 'failed', reason: 'empty' }), doc(2, { status: 'unchanged', counts: c(0, 0) })], 0,
      { perInput: [
        { path: 'in/0.txt', status: 'new', outcome: 'warnings', warnings: 2 },
        { path: 'in/1.txt', status: 'failed', outcome: 'failed', warnings: 0, reason: 'empty' },
        { path: 'in/2.txt', status: 'unchanged', outcome: 'ok', warnings: 0 },
      ] }],
  ])('%s', (_case, events, notInInput, expected) => {
    const inputs = events.filter((e) => e.type === 'document').length;
    const report = runReport(events.reduce(reduceRun, emptyTally()), { ...run, inputs, notInInput });
    expect(report).toMatchObject(expected);
    const d = report.documents;
    expect(d.new + d.changed + d.unchanged + d.failed).toBe(report.inputs);
    expect(RunReport.parse(JSON.parse(JSON.stringify(report)))).toEqual(report);
  });

  it('graph elements add up over documents', () => {
    const events = [doc(0, { status: 'new', counts: c(1, 1) }, { graphElements: 40 }), doc(1, { status: 'changed', counts: c(1, 1) }, { graphElements: 2 })];
    expect(runReport(events.reduce(reduceRun, emptyTally()), { ...run, store: 'neo4j', inputs: 2, notInInput: 0 }).graphElements).toBe(42);
  });
});
