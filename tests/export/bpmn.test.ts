/**
 * BPMN export on the corpus, read back with bpmn-moddle (the bpmn.io model library): no warnings,
 * a lane per role and a task per step of the text, gateways where variants branch, provenance on
 * every element that quotes the source exactly, and a parse → serialize → parse round trip that keeps
 * every element.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { BpmnModdle } from 'bpmn-moddle';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../pipeline/read/index.ts';
import { CORPUS_DIR } from '../helpers/corpus.ts';
import { corpusStore, exportCorpus } from './corpus-export.ts';
import { join } from 'node:path';

type El = { $type: string; id: string; name?: string; extensionElements?: { values: Array<{ $type: string; $attrs?: Record<string, string>; [k: string]: unknown }> }; [k: string]: unknown };

const moddle = new BpmnModdle();
const sources = new Map<string, Promise<string>>();
const sourceText = (doc: string) => {
  if (!sources.has(doc)) sources.set(doc, readDocument(join(CORPUS_DIR, doc)).then((d) => d.source));
  return sources.get(doc)!;
};

async function parse(path: string) {
  const xml = await readFile(path, 'utf8');
  const { rootElement, warnings } = await moddle.fromXML(xml);
  const process = (rootElement as unknown as { rootElements: El[] }).rootElements.find((e) => e.$type === 'bpmn:Process') as El & { flowElements: El[]; laneSets: Array<{ lanes: El[] }> };
  return { xml, rootElement, warnings, process };
}

/** The zg:provenance extension of an element (bpmn-moddle keeps unknown extensions as generic elements). */
const provenanceOf = (e: El) => e.extensionElements?.values.find((v) => v.$type === 'zg:provenance') as { document: string; start: string; end: string; quote: string; line: string } | undefined;

describe('export bpmn --region kostanay', () => {
  let files: string[] = [];
  beforeAll(async () => { files = (await exportCorpus('bpmn', { region: 'kostanay' })).files; }, 120_000);

  it('writes six files, one per reglament text of № 564, each read without warnings with five tasks', async () => {
    expect(files).toHaveLength(6);
    for (const f of files) {
      const { warnings, process } = await parse(f);
      expect(warnings, basename(f)).toEqual([]);
      expect(process.flowElements.filter((e) => e.$type === 'bpmn:Task'), basename(f)).toHaveLength(5);
    }
  });

  it('has a lane per role performing a step and a task per step, named by the step as the text words it', async () => {
    const { model, source } = await corpusStore();
    const texts = model.versions.filter((v) => v.region === 'kostanay').flatMap((v) => v.texts);
    const full = await source.reglamentTexts(texts.map((t) => ({ document: t.document, ordinal: t.ordinal })));
    expect(full).toHaveLength(6);
    for (const f of files) {
      const { process } = await parse(f);
      const participant = process.documentation as Array<{ text: string }>;
      const text = full.find((t) => participant[0]!.text.includes(`${t.document}, reglament ${t.ordinal} `))!;
      expect(text, basename(f)).toBeDefined();
      const steps = text.procedures.flatMap((p) => p.steps);
      const tasks = process.flowElements.filter((e) => e.$type === 'bpmn:Task');
      expect(tasks.map((t) => provenanceOf(t)!.quote)).toEqual(steps.map((s) => s.evidence.quote));
      const roles = [...new Set(steps.map((s) => s.actor ?? 'no-role'))];
      const lanes = process.laneSets[0]!.lanes;
      expect(lanes.map((l) => (l.extensionElements!.values.find((v) => v.$type === 'zg:role') as unknown as { id: string }).id).sort()).toEqual(roles.sort());
      for (const l of lanes) {
        const refs = (l.flowNodeRef as El[]).filter((n) => n.$type === 'bpmn:Task');
        for (const t of refs) {
          const s = steps[tasks.indexOf(t)]!;
          expect(s.actor ?? 'no-role').toBe((l.extensionElements!.values.find((v) => v.$type === 'zg:role') as unknown as { id: string }).id);
        }
      }
    }
  });

  it('puts provenance on every flow element, lane and flow, quoting the source text exactly at its span', async () => {
    for (const f of files) {
      const { process } = await parse(f);
      const elements = [...process.flowElements, ...process.laneSets[0]!.lanes];
      for (const e of elements) {
        const p = provenanceOf(e);
        if (e.$type === 'bpmn:SequenceFlow' && !p) {
          // Only the flows into the end event or a join state no fact of their own.
          expect(['bpmn:EndEvent', 'bpmn:ExclusiveGateway']).toContain((e.targetRef as El).$type);
          continue;
        }
        expect(p, `${basename(f)} ${e.id}`).toBeDefined();
        const text = await sourceText(p!.document);
        expect(text.slice(Number(p!.start), Number(p!.end)), `${basename(f)} ${e.id}`).toBe(p!.quote);
      }
    }
  });

  it('round trip parse → serialize → parse keeps every element, name and extension', async () => {
    for (const f of files) {
      const first = await parse(f);
      const { xml } = await moddle.toXML(first.rootElement);
      const again = await moddle.fromXML(xml);
      expect(again.warnings).toEqual([]);
      const ids = (x: string) => [...x.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]).sort();
      expect(ids(xml)).toEqual(ids(first.xml));
      expect((xml.match(/<zg:provenance /g) ?? []).length).toBe((first.xml.match(/<zg:provenance /g) ?? []).length);
      expect((xml.match(/<zg:duration /g) ?? []).length).toBe((first.xml.match(/<zg:duration /g) ?? []).length);
    }
  });

  it('gives every task its durations in the documentation and as extension data with working minutes', async () => {
    const { process } = await parse(files.find((f) => f.includes('active-employment-measures'))!);
    const first = process.flowElements.find((e) => e.$type === 'bpmn:Task')!;
    const durations = first.extensionElements!.values.filter((v) => v.$type === 'zg:duration') as unknown as Array<{ raw: string; workingMinutes: string; iso8601: string }>;
    expect(durations.map((d) => [d.raw, d.workingMinutes, d.iso8601])).toEqual([['15 minute', '15', 'PT15M']]);
    expect((first.documentation as Array<{ text: string }>)[0]!.text).toContain('Durations: 15 minute');
  });
});

describe('export bpmn: alternative durations', () => {
  it('branches the foreign-labour permit\'s step 3 at a gateway into one timer per alternative (40, 30, 7, 30 or 2 working days), and nothing else in Kostanay\'s six', async () => {
    const { files } = await exportCorpus('bpmn', { region: 'kostanay' });
    const withAlternatives: string[] = [];
    for (const f of files) {
      const { process } = await parse(f);
      const splits = process.flowElements.filter((e) => e.$type === 'bpmn:ExclusiveGateway' && e.name === 'term by case');
      if (!f.includes('foreign-labour-permit')) { if (splits.length) withAlternatives.push(basename(f)); continue; }
      expect(splits).toHaveLength(1);
      const split = splits[0]!;
      expect(((split.incoming as El[])[0]!.sourceRef as El).id).toBe('Task_1_3');
      const timers = (split.outgoing as El[]).map((o) => o.targetRef as El);
      expect(timers.map((t) => t.$type)).toEqual(Array(5).fill('bpmn:IntermediateCatchEvent'));
      expect(timers.map((t) => t.name)).toEqual(['40 working-day', '30 working-day', '7 working-day', '30 working-day', '2 working-day']);
      expect(timers.every((t) => (t.eventDefinitions as El[])[0]!.$type === 'bpmn:TimerEventDefinition')).toBe(true);
      const joins = new Set(timers.map((t) => ((t.outgoing as El[])[0]!.targetRef as El).id));
      expect(joins.size).toBe(1);
      const join = process.flowElements.find((e) => joins.has(e.id))!;
      expect(((join.outgoing as El[])[0]!.targetRef as El).id).toBe('Task_1_4');
    }
    // The Semipalatinsk reglament's alternatives (outcomes) branch too; the other four state none.
    expect(withAlternatives).toEqual([expect.stringContaining('semipalatinsk')]);
  });
});

describe('export bpmn on the whole corpus', () => {
  it('branches procedure variants at an exclusive gateway (West Kazakhstan\'s child benefit under № 177: two paths)', async () => {
    const { files } = await exportCorpus('bpmn', { region: 'west-kazakhstan', service: 'пособия на детей' });
    const withVariants = [];
    for (const f of files) {
      const { warnings, process } = await parse(f);
      expect(warnings).toEqual([]);
      const split = process.flowElements.find((e) => e.id === 'Gateway_variants_split');
      if (split) {
        withVariants.push(basename(f));
        expect(split.$type).toBe('bpmn:ExclusiveGateway');
        expect((split.outgoing as El[]).length).toBeGreaterThan(1);
      }
    }
    expect(withVariants.some((f) => f.includes('_n177_'))).toBe(true);
  });

  it('gives the process each procedure\'s own time limit, where it is stated and its totals (002, reglament 16: 15 minutes, line 3304)', async () => {
    const { files } = await exportCorpus('bpmn', { region: 'west-kazakhstan', service: 'адресной социальной помощи' });
    const xml = await Promise.all(files.map((f) => readFile(f, 'utf8')));
    const limited = xml.filter((x) => x.includes('<zg:procedure index="1" variant="" limit="15 minute"'));
    expect(limited).toHaveLength(1);
    expect(limited[0]).toMatch(/limit="15 minute" fastestWorkingMinutes="15" slowestWorkingMinutes="15"><zg:provenance document="002_e21e414c054581b8.txt" start="\d+" end="\d+" line="3304"/);
    expect(limited[0]).toMatch(/Procedure 1: limit 15 minute \(line 3304\); fastest 15 minute, slowest 15 minute/);
    const { warnings } = await parse(files[xml.indexOf(limited[0]!)]!);
    expect(warnings).toEqual([]);
  });
});
