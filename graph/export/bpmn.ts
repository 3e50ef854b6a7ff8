/**
 * A reglament text as a BPMN 2.0 process model (one XML document per text of a version):
 * - a pool (participant) for the service, a lane per role performing a step (steps whose text names
 *   no performer share one lane);
 * - a task per step, named by its action (the step as the text words it), its durations in the
 *   documentation and as `zg:duration` extension data (stated amount and unit, working minutes, ISO
 *   8601 where calendar time);
 * - sequence flows in step order from a start to an end event; procedure variants branch at an
 *   exclusive gateway and join at another; durations that are alternatives (`or`) branch after their
 *   task into one timer event per alternative;
 * - BPMNDI shapes and edges laid out left to right, a lane per row;
 * - on every element a `zg:provenance` extension element: document, span, line and quote of the fact;
 * - on the process, a `zg:procedure` extension element per procedure variant: the time limit the text
 *   states for the variant as a whole (with where it is stated) and its fastest and slowest totals in
 *   working minutes; the documentation says the same in words.
 * Guarantees: element ids are unique NCNames; every flow node has incoming and outgoing flows as
 * BPMN requires; all text is XML-escaped.
 */
import type { ExportedText } from './select.ts';
import type { Evidence } from '../../schemas/query.ts';
import { isoDuration, workingMinutes } from './durations.ts';

export const ZG_NS = 'https://zangraph.dev/schema/bpmn/1';

type Step = Omit<ExportedText['answer']['text']['procedures'][number]['steps'][number], 'links'> & { links: string[] };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ' ');
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const short = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

function provenance(e: Evidence | null | undefined): string {
  if (!e) return '';
  return `<zg:provenance document="${esc(e.document)}" start="${e.start}" end="${e.end}" line="${e.line ?? ''}" quote="${esc(e.quote)}" />`;
}

/** A total as one line: "1 day + 2 hour", or "none stated". */
const totalText = (ds: string[]) => ds.join(' + ') || 'none stated';

function ext(...inner: string[]): string {
  const body = inner.filter(Boolean).join('');
  return body ? `<bpmn:extensionElements>${body}</bpmn:extensionElements>` : '';
}

interface Node { id: string; kind: 'startEvent' | 'endEvent' | 'task' | 'exclusiveGateway' | 'intermediateCatchEvent'; name: string; lane: string; col: number; slot: number; xml: string }
interface Flow { id: string; from: string; to: string; evidence: Evidence | null }

const NO_ROLE = 'no-role';

/** Alternative groups of a step's durations: indexes of durations linked `or` to the one before. */
function alternatives(step: Step): number[][] {
  const links = step.links;
  const groups: number[][] = [];
  step.durations.forEach((_, i) => {
    if (links[i] === 'or' && groups.length) groups.at(-1)!.push(i);
    else groups.push([i]);
  });
  return groups.filter((g) => g.length > 1);
}

export function toBpmn(t: ExportedText): string {
  const { answer } = t;
  const text = answer.text;
  const doc = text.document;
  const serviceName = oneLine(answer.service.name ?? answer.serviceId);
  const nodes: Node[] = [];
  const flows: Flow[] = [];
  const laneNames = new Map<string, string>();
  const laneEvidence = new Map<string, Evidence | null>();
  let col = 0;
  const flow = (from: string, to: string, evidence: Evidence | null) => flows.push({ id: `Flow_${flows.length + 1}`, from, to, evidence });
  const add = (n: Omit<Node, 'slot'> & { slot?: number }) => { nodes.push({ slot: 0, ...n }); return n.id; };

  const laneOf = (s: Pick<Step, 'actor' | 'actorEvidence'>) => {
    const id = s.actor?.id ?? NO_ROLE;
    if (!laneNames.has(id)) {
      laneNames.set(id, s.actor?.label ?? 'performer not stated');
      laneEvidence.set(id, s.actorEvidence);
    }
    return id;
  };
  const firstStep = text.procedures.flatMap((p) => p.steps)[0];
  const startLane = firstStep ? laneOf(firstStep) : NO_ROLE;
  if (!laneNames.has(startLane)) laneNames.set(startLane, 'performer not stated');

  const start = add({ id: 'StartEvent_1', kind: 'startEvent', name: 'application', lane: startLane, col: col++, xml: ext(provenance(answer.service.evidence)) });
  let ends: string[] = [start];
  const variants = text.procedures.filter((p) => p.steps.length > 0);
  let split: string | null = null;
  if (variants.length > 1) {
    split = add({ id: 'Gateway_variants_split', kind: 'exclusiveGateway', name: 'procedure variant', lane: startLane, col: col++, xml: ext(provenance(variants[0]!.evidence)) });
    flow(start, split, variants[0]!.evidence);
    ends = [];
  }
  variants.forEach((p, vi) => {
    let previous = split ?? start;
    for (const s of p.steps.map((x, si): Step => ({ ...x, links: t.links[vi]?.[si] ?? [] }))) {
      const lane = laneOf(s);
      const action = oneLine(s.evidence.reading);
      const durations = s.durations.map((d, i) => {
        const e = s.durationEvidence[i];
        const iso = isoDuration(d);
        return `<zg:duration raw="${esc(d)}" workingMinutes="${workingMinutes(d)}"${iso ? ` iso8601="${iso}"` : ''} relation="${esc(s.links[i] ?? 'then')}"${e ? ` document="${esc(doc)}" start="${e.start}" end="${e.end}" line="${e.line ?? ''}" quote="${esc(e.quote)}"` : ''} />`;
      });
      const documentation = `Step ${s.n}${s.actor ? ` (${s.actor.label})` : ''}: ${action}${s.durations.length ? `\nDurations: ${s.durations.join(', ')}` : ''}\nSource: ${doc}, line ${s.evidence.line ?? '?'}`;
      const id = add({
        id: `Task_${vi + 1}_${s.n}`, kind: 'task', name: short(action, 120), lane, col: col++,
        xml: `<bpmn:documentation>${esc(documentation)}</bpmn:documentation>${ext(provenance(s.evidence), ...durations)}`,
      });
      flow(previous, id, s.evidence);
      previous = id;
      for (const [gi, group] of alternatives(s).entries()) {
        const gSplit = add({ id: `Gateway_${vi + 1}_${s.n}_${gi + 1}_split`, kind: 'exclusiveGateway', name: 'term by case', lane, col: col++, xml: ext(provenance(s.evidence)) });
        flow(previous, gSplit, s.evidence);
        const timerCol = col++;
        const gJoin = `Gateway_${vi + 1}_${s.n}_${gi + 1}_join`;
        group.forEach((di, k) => {
          const d = s.durations[di]!;
          const iso = isoDuration(d);
          const e = s.durationEvidence[di];
          const timer = add({
            id: `Timer_${vi + 1}_${s.n}_${di + 1}`, kind: 'intermediateCatchEvent', name: d, lane, col: timerCol, slot: k,
            xml: `${ext(provenance(e))}<bpmn:timerEventDefinition id="TimerDef_${vi + 1}_${s.n}_${di + 1}">${iso ? `<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${iso}</bpmn:timeDuration>` : ''}</bpmn:timerEventDefinition>`,
          });
          flow(gSplit, timer, e ?? s.evidence);
          flow(timer, gJoin, e ?? s.evidence);
        });
        add({ id: gJoin, kind: 'exclusiveGateway', name: '', lane, col: col++, xml: ext(provenance(s.evidence)) });
        previous = gJoin;
      }
    }
    ends.push(previous);
  });
  const lastLane = nodes.at(-1)!.lane;
  let beforeEnd = ends;
  if (split) {
    const join = add({ id: 'Gateway_variants_join', kind: 'exclusiveGateway', name: '', lane: lastLane, col: col++, xml: ext(provenance(variants.at(-1)!.evidence)) });
    for (const e of ends) flow(e, join, null);
    beforeEnd = [join];
  }
  const end = add({ id: 'EndEvent_1', kind: 'endEvent', name: 'result', lane: lastLane, col: col++, xml: ext(provenance(answer.service.evidence)) });
  for (const e of beforeEnd) flow(e, end, null);
  return render(t, serviceName, nodes, flows, laneNames, laneEvidence);
}

const LANE_MIN = 140;
const SLOT = 70;
const COL = 170;
const POOL_LABEL = 30;
const SIZE = { task: [120, 80], startEvent: [36, 36], endEvent: [36, 36], intermediateCatchEvent: [36, 36], exclusiveGateway: [50, 50] } as const;

function render(t: ExportedText, serviceName: string, nodes: Node[], flows: Flow[], laneNames: Map<string, string>, laneEvidence: Map<string, Evidence | null>): string {
  const { answer, uri } = t;
  const lanes = [...laneNames.keys()];
  const laneHeight = new Map(lanes.map((l) => [l, Math.max(LANE_MIN, ...nodes.filter((n) => n.lane === l).map((n) => (n.slot + 1) * SLOT + 40))]));
  const laneTop = new Map<string, number>();
  let y = 0;
  for (const l of lanes) { laneTop.set(l, y); y += laneHeight.get(l)!; }
  const poolWidth = POOL_LABEL + 40 + (Math.max(...nodes.map((n) => n.col)) + 1) * COL;
  const bounds = new Map(nodes.map((n) => {
    const [w, h] = SIZE[n.kind];
    const cx = POOL_LABEL + 40 + n.col * COL + 60;
    const groupSize = nodes.filter((m) => m.lane === n.lane && m.col === n.col).length;
    const cy = laneTop.get(n.lane)! + (groupSize > 1 ? 40 + n.slot * SLOT : laneHeight.get(n.lane)! / 2);
    return [n.id, { x: cx - w / 2, y: cy - h / 2, w, h }];
  }));
  const incoming = (id: string) => flows.filter((f) => f.to === id).map((f) => `<bpmn:incoming>${f.id}</bpmn:incoming>`).join('');
  const outgoing = (id: string) => flows.filter((f) => f.from === id).map((f) => `<bpmn:outgoing>${f.id}</bpmn:outgoing>`).join('');
  const nodeXml = nodes.map((n) => {
    const body = n.xml.replace(/(<bpmn:timerEventDefinition)/, `${incoming(n.id)}${outgoing(n.id)}$1`);
    const hasTimer = body.includes('<bpmn:timerEventDefinition');
    return `<bpmn:${n.kind} id="${n.id}"${n.name ? ` name="${esc(n.name)}"` : ''}>${hasTimer ? body : `${body}${incoming(n.id)}${outgoing(n.id)}`}</bpmn:${n.kind}>`;
  });
  const flowXml = flows.map((f) => `<bpmn:sequenceFlow id="${f.id}" sourceRef="${f.from}" targetRef="${f.to}">${ext(provenance(f.evidence))}</bpmn:sequenceFlow>`);
  const laneXml = lanes.map((l, i) => `<bpmn:lane id="Lane_${i + 1}" name="${esc(laneNames.get(l)!)}">${ext(`<zg:role id="${esc(l)}" />`, provenance(laneEvidence.get(l)))}${nodes.filter((n) => n.lane === l).map((n) => `<bpmn:flowNodeRef>${n.id}</bpmn:flowNodeRef>`).join('')}</bpmn:lane>`);
  const shapes = [
    `<bpmndi:BPMNShape id="Participant_1_di" bpmnElement="Participant_1" isHorizontal="true"><dc:Bounds x="0" y="0" width="${poolWidth}" height="${y}" /></bpmndi:BPMNShape>`,
    ...lanes.map((l, i) => `<bpmndi:BPMNShape id="Lane_${i + 1}_di" bpmnElement="Lane_${i + 1}" isHorizontal="true"><dc:Bounds x="${POOL_LABEL}" y="${laneTop.get(l)}" width="${poolWidth - POOL_LABEL}" height="${laneHeight.get(l)}" /></bpmndi:BPMNShape>`),
    ...nodes.map((n) => {
      const b = bounds.get(n.id)!;
      return `<bpmndi:BPMNShape id="${n.id}_di" bpmnElement="${n.id}"${n.kind === 'exclusiveGateway' ? ' isMarkerVisible="true"' : ''}><dc:Bounds x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" /></bpmndi:BPMNShape>`;
    }),
  ];
  const edges = flows.map((f) => {
    const a = bounds.get(f.from)!;
    const b = bounds.get(f.to)!;
    const x1 = a.x + a.w, y1 = a.y + a.h / 2, x2 = b.x, y2 = b.y + b.h / 2;
    const mid = Math.round((x1 + x2) / 2);
    const points = y1 === y2 ? [[x1, y1], [x2, y2]] : [[x1, y1], [mid, y1], [mid, y2], [x2, y2]];
    return `<bpmndi:BPMNEdge id="${f.id}_di" bpmnElement="${f.id}">${points.map(([px, py]) => `<di:waypoint x="${px}" y="${py}" />`).join('')}</bpmndi:BPMNEdge>`;
  });
  const docs = `Service: ${serviceName}${answer.service.catalog && answer.service.catalog.ru ? ` (catalog: ${answer.service.catalog.ru})` : ''}\n`
    + `Region: ${answer.region ?? 'unknown'}\nVersion: ${uri}\nApproved by: ${t.approvedByUri}\nWording by: ${t.wordingByUri}\n`
    + `In force: ${answer.validity ? `${answer.validity.from.date} (${answer.validity.from.certainty}) .. ${answer.validity.to ? `${answer.validity.to.date} (${answer.validity.to.certainty})` : 'no end known'}` : 'not placed in time'}\n`
    + `Text: ${answer.text.document}, reglament ${answer.text.reglament} (${answer.text.language})`
    + `\nTotal: fastest ${totalText(answer.text.total.fastest)}, slowest ${totalText(answer.text.total.slowest)}`
    + answer.text.procedures.map((p, vi) => `\nProcedure ${vi + 1}${p.variant ? ` (${oneLine(p.variant)})` : ''}: ${p.limit.length ? `limit ${p.limit.join(' or ')}${p.limitEvidence[0] ? ` (line ${p.limitEvidence[0].line ?? '?'})` : ''}; ` : ''}fastest ${totalText(p.total.fastest)}, slowest ${totalText(p.total.slowest)}`).join('');
  // Each procedure's own time limit and totals, with where the limit is stated.
  const procedureExt = answer.text.procedures.map((p, vi) => `<zg:procedure index="${vi + 1}" variant="${esc(p.variant ?? '')}" limit="${esc(p.limit.join(' | '))}" fastestWorkingMinutes="${p.workingMinutes?.fastest ?? ''}" slowestWorkingMinutes="${p.workingMinutes?.slowest ?? ''}">${p.limitEvidence.map((e) => provenance(e)).join('')}</zg:procedure>`).join('');
  const versionExt = `<zg:version uri="${esc(uri)}" approvedBy="${esc(t.approvedByUri)}" wordingBy="${esc(t.wordingByUri)}" region="${esc(answer.region ?? '')}" service="${esc(answer.serviceId)}" validFrom="${answer.validity?.from.date ?? ''}" validTo="${answer.validity?.to?.date ?? ''}" language="${answer.text.language}" />`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:zg="${ZG_NS}" id="Definitions_1" targetNamespace="${esc(uri)}" exporter="zangraph" exporterVersion="1">
<bpmn:collaboration id="Collaboration_1">
<bpmn:participant id="Participant_1" name="${esc(short(serviceName, 200))}" processRef="Process_1">${ext(versionExt, provenance(answer.service.evidence))}</bpmn:participant>
</bpmn:collaboration>
<bpmn:process id="Process_1" name="${esc(short(serviceName, 200))}" isExecutable="false">
<bpmn:documentation>${esc(docs)}</bpmn:documentation>${ext(versionExt, provenance(answer.service.evidence), procedureExt)}
<bpmn:laneSet id="LaneSet_1">
${laneXml.join('\n')}
</bpmn:laneSet>
${nodeXml.join('\n')}
${flowXml.join('\n')}
</bpmn:process>
<bpmndi:BPMNDiagram id="BPMNDiagram_1">
<bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="Collaboration_1">
${shapes.join('\n')}
${edges.join('\n')}
</bpmndi:BPMNPlane>
</bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
}
