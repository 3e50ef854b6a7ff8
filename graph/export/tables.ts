/**
 * Tables for researchers: acts, relations, reglament versions with validity, their texts (with their
 * fastest and slowest totals), procedures (each variant with its stated time limit and totals), steps,
 * durations (as stated and in working minutes, docs/queries.md), roles and terms; each as CSV (UTF-8,
 * header, RFC 4180 quoting, CRLF) and JSON Lines, with a Frictionless `datapackage.json` describing
 * columns, types, primary and foreign keys.
 * Keys: acts by `act_key` (issuer|region|date|number), versions by `version_key`, texts by `text_uri`,
 * procedures by `procedure_key`, steps by `step_key`, roles by `role_id`; every reference column holds one of these keys.
 * Guarantees: acts and relations are the whole store's; versions, texts and everything under them are
 * the selection's; every fact row carries document, span, line and quote.
 */
import type { QueryModel } from '../queries/model.ts';
import { roleLabel } from '../queries/labels.ts';
import { durationParts, workingMinutes } from './durations.ts';
import { workUri, type Selected } from './select.ts';
import type { Evidence, Total } from '../../schemas/query.ts';

type Cell = string | number | boolean | null;
type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';
interface Field { name: string; type: FieldType; description?: string }
export interface Table {
  name: string;
  description: string;
  fields: Field[];
  primaryKey: string[];
  foreignKeys: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  rows: Record<string, Cell>[];
}

const f = (name: string, type: FieldType = 'string', description?: string): Field => ({ name, type, ...(description ? { description } : {}) });
const EVIDENCE_FIELDS = [f('document'), f('start', 'integer', 'UTF-16 offset of the quote in the source text'), f('end', 'integer'), f('line', 'integer', '1-based line the quote starts on'), f('quote')];
const evidenceCells = (e: Evidence | null | undefined) => ({ document: e?.document ?? null, start: e?.start ?? null, end: e?.end ?? null, line: e?.line ?? null, quote: e?.quote ?? null });
const TOTAL_FIELDS = [
  f('fastest', 'string', 'fastest total (graph/queries/totals.ts), one duration per unit joined by " + "'), f('slowest', 'string'),
  f('fastest_working_minutes', 'integer', 'a working day = 8 working hours (docs/queries.md)'), f('slowest_working_minutes', 'integer'),
];
const totalCells = (t: Total) => ({
  fastest: t.total.fastest.join(' + ') || null, slowest: t.total.slowest.join(' + ') || null,
  fastest_working_minutes: t.workingMinutes?.fastest ?? null, slowest_working_minutes: t.workingMinutes?.slowest ?? null,
});
const versionKey = (v: { region: string; serviceId: string; approvedBy: string; wordingBy: string }) => [v.region, v.serviceId, v.approvedBy, v.wordingBy].join('|');

export function buildTables(model: QueryModel, selected: Selected): Table[] {
  const acts: Table = {
    name: 'acts', description: 'Every act the store knows, merged over the documents that state it, with its computed validity.',
    fields: [f('act_key'), f('uri', 'string', 'Akoma Ntoso work URI'), f('issuer'), f('region'), f('date', 'date'), f('number'), f('kind'), f('title'), f('in_corpus', 'boolean'),
      f('valid_from', 'date'), f('from_certainty'), f('from_basis'), f('valid_to', 'date'), f('to_certainty'), f('to_basis'), f('repealed_by'), f('documents')],
    primaryKey: ['act_key'], foreignKeys: [{ fields: ['repealed_by'], reference: { resource: 'acts', fields: ['act_key'] } }],
    rows: [...model.acts.values()].sort((a, b) => a.key.localeCompare(b.key)).map((a) => {
      const v = model.validity.get(a.key);
      return {
        act_key: a.key, uri: workUri(model, a.key), issuer: a.issuer, region: a.region, date: a.date, number: a.number, kind: a.kind, title: a.title, in_corpus: a.inCorpus,
        valid_from: v?.from.date ?? null, from_certainty: v?.from.certainty ?? null, from_basis: v?.from.basis ?? null,
        valid_to: v?.to?.date ?? null, to_certainty: v?.to?.certainty ?? null, to_basis: v?.to?.basis ?? null, repealed_by: v?.repealedBy ?? null,
        documents: a.documents.join(' '),
      };
    }),
  };
  const relations: Table = {
    name: 'relations', description: 'Amendments and repeals between acts (from amends/repeals to), stated by the documents or inferred.',
    fields: [f('from_act'), f('type'), f('to_act'), f('basis'), f('stated_by'), f('quotes')],
    primaryKey: ['from_act', 'type', 'to_act'],
    foreignKeys: [{ fields: ['from_act'], reference: { resource: 'acts', fields: ['act_key'] } }, { fields: ['to_act'], reference: { resource: 'acts', fields: ['act_key'] } }],
    rows: model.relations.map((r) => ({ from_act: r.from, type: r.type, to_act: r.to, basis: r.basis, stated_by: r.statedBy.map((s) => s.document).join(' '), quotes: r.statedBy.map((s) => s.quote).join(' | ') })),
  };
  const versions: Table = {
    name: 'versions', description: 'Reglament versions: one wording of one service\'s reglament in one region, with its validity (half-open: valid_to is the first day no longer in force).',
    fields: [f('version_key'), f('region'), f('service_id'), f('service'), f('approved_by'), f('wording_by'), f('wording'), f('valid_from', 'date'), f('from_certainty'), f('from_basis'),
      f('valid_to', 'date'), f('to_certainty'), f('to_basis'), f('text_in_corpus', 'boolean')],
    primaryKey: ['version_key'],
    foreignKeys: [{ fields: ['approved_by'], reference: { resource: 'acts', fields: ['act_key'] } }, { fields: ['wording_by'], reference: { resource: 'acts', fields: ['act_key'] } }],
    rows: selected.versions.map((v) => ({
      version_key: versionKey(v), region: v.region, service_id: v.serviceId, service: model.catalog.displayName(v.serviceId), approved_by: v.approvedBy, wording_by: v.wordingBy, wording: v.wording,
      valid_from: v.from.date, from_certainty: v.from.certainty, from_basis: v.from.basis, valid_to: v.to?.date ?? null, to_certainty: v.to?.certainty ?? null, to_basis: v.to?.basis ?? null,
      text_in_corpus: v.texts.length > 0,
    })),
  };
  const texts: Table = {
    name: 'texts', description: 'The corpus texts of each version (one per language), named by their Akoma Ntoso expression URI.',
    fields: [f('text_uri'), f('version_key'), f('reglament', 'integer', 'ordinal of the reglament in its document'), f('language'), f('appendix'), f('service_name'), ...TOTAL_FIELDS, ...EVIDENCE_FIELDS],
    primaryKey: ['text_uri'], foreignKeys: [{ fields: ['version_key'], reference: { resource: 'versions', fields: ['version_key'] } }],
    rows: selected.texts.map((t) => ({
      text_uri: t.uri, version_key: versionKey(t.version), reglament: t.answer.text.reglament, language: t.answer.text.language, appendix: t.answer.text.appendix, service_name: t.answer.service.name,
      ...totalCells(t.answer.text), ...evidenceCells(t.answer.service.evidence),
    })),
  };
  const procedureRows: Record<string, Cell>[] = [];
  const stepRows: Record<string, Cell>[] = [];
  const durationRows: Record<string, Cell>[] = [];
  const termRows: Record<string, Cell>[] = [];
  const roleIds = new Set<string>();
  for (const t of selected.texts) {
    t.answer.text.procedures.forEach((p, vi) => {
      const procedureKey = `${t.uri}#${vi + 1}`;
      procedureRows.push({
        procedure_key: procedureKey, text_uri: t.uri, variant_index: vi + 1, variant: p.variant, steps: p.steps.length,
        limit: p.limit.join(' | ') || null, ...totalCells(p), ...evidenceCells(p.limitEvidence[0] ?? p.evidence),
      });
      for (const [si, s] of p.steps.entries()) {
        const stepKey = `${t.uri}#${vi + 1}.${s.n}`;
        if (s.actor) roleIds.add(s.actor.id);
        stepRows.push({ step_key: stepKey, procedure_key: procedureKey, text_uri: t.uri, variant_index: vi + 1, variant: p.variant, n: s.n, role_id: s.actor?.id ?? null, action: s.evidence.reading, ...evidenceCells(s.evidence) });
        s.durations.forEach((d, i) => {
          const { amount, unit } = durationParts(d);
          const links = t.links[vi]?.[si];
          durationRows.push({ step_key: stepKey, index: i + 1, duration: d, amount, unit, working_minutes: workingMinutes(d), relation: links?.[i] ?? 'then', ...evidenceCells(s.durationEvidence[i]) });
        });
      }
    });
    t.answer.text.participants.forEach((p) => roleIds.add(p.role.id));
    t.answer.text.terms.forEach((x, i) => {
      const { amount, unit } = durationParts(x.duration);
      termRows.push({ term_key: `${t.uri}#term${i + 1}`, text_uri: t.uri, kind: x.kind, channel: x.channel, duration: x.duration, amount, unit, working_minutes: workingMinutes(x.duration), ...evidenceCells(x.evidence) });
    });
  }
  const durationFields = [f('duration', 'string', 'as stated: "<amount> <unit>"'), f('amount', 'number'), f('unit'), f('working_minutes', 'integer', 'a working day = 8 working hours (docs/queries.md)')];
  const procedures: Table = {
    name: 'procedures', description: 'Each text\'s procedure variants (one when the text has no variants): the time limit the text states for the variant as a whole (its heading), and its fastest and slowest totals; the quote is where the limit is stated, else the variant\'s heading.',
    fields: [f('procedure_key'), f('text_uri'), f('variant_index', 'integer'), f('variant'), f('steps', 'integer'), f('limit', 'string', 'durations stated for the whole variant, alternatives joined by " | "'),
      ...TOTAL_FIELDS, ...EVIDENCE_FIELDS],
    primaryKey: ['procedure_key'], foreignKeys: [{ fields: ['text_uri'], reference: { resource: 'texts', fields: ['text_uri'] } }],
    rows: procedureRows,
  };
  const steps: Table = {
    name: 'steps', description: 'Steps of each text\'s procedures, in order, with the role performing them and the action as the text words it.',
    fields: [f('step_key'), f('procedure_key'), f('text_uri'), f('variant_index', 'integer'), f('variant'), f('n', 'integer'), f('role_id'), f('action'), ...EVIDENCE_FIELDS],
    primaryKey: ['step_key'],
    foreignKeys: [{ fields: ['procedure_key'], reference: { resource: 'procedures', fields: ['procedure_key'] } }, { fields: ['text_uri'], reference: { resource: 'texts', fields: ['text_uri'] } }, { fields: ['role_id'], reference: { resource: 'roles', fields: ['role_id'] } }],
    rows: stepRows,
  };
  const durations: Table = {
    name: 'durations', description: 'Durations of each step; relation says how a duration relates to the one before it in the step (then, or, extension).',
    fields: [f('step_key'), f('index', 'integer'), ...durationFields, f('relation'), ...EVIDENCE_FIELDS],
    primaryKey: ['step_key', 'index'], foreignKeys: [{ fields: ['step_key'], reference: { resource: 'steps', fields: ['step_key'] } }],
    rows: durationRows,
  };
  const terms: Table = {
    name: 'terms', description: 'Terms of service per channel stated by each text.',
    fields: [f('term_key'), f('text_uri'), f('kind'), f('channel'), ...durationFields, ...EVIDENCE_FIELDS],
    primaryKey: ['term_key'], foreignKeys: [{ fields: ['text_uri'], reference: { resource: 'texts', fields: ['text_uri'] } }],
    rows: termRows,
  };
  const roles: Table = {
    name: 'roles', description: 'Roles performing steps or taking part, with their labels in Russian and Kazakh.',
    fields: [f('role_id'), f('label_ru'), f('label_kk')], primaryKey: ['role_id'], foreignKeys: [],
    rows: [...roleIds].sort().map((id) => ({ role_id: id, label_ru: roleLabel(id, 'ru'), label_kk: roleLabel(id, 'kk') })),
  };
  return [acts, relations, versions, texts, procedures, steps, durations, roles, terms];
}

const csvCell = (c: Cell): string => {
  if (c === null) return '';
  const s = String(c);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export const toCsv = (t: Table): string =>
  [t.fields.map((x) => csvCell(x.name)).join(','), ...t.rows.map((r) => t.fields.map((x) => csvCell(r[x.name] ?? null)).join(','))].join('\r\n') + '\r\n';

export const toJsonLines = (t: Table): string => t.rows.map((r) => JSON.stringify(Object.fromEntries(t.fields.map((x) => [x.name, r[x.name] ?? null])))).join('\n') + (t.rows.length ? '\n' : '');

export function dataPackage(tables: Table[]): object {
  return {
    profile: 'tabular-data-package',
    name: 'zangraph-reglaments',
    title: 'Reglaments of state services in Kazakhstan\'s regional legal acts (zangraph)',
    resources: tables.map((t) => ({
      name: t.name, path: `${t.name}.csv`, profile: 'tabular-data-resource', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8',
      description: t.description,
      dialect: { delimiter: ',', quoteChar: '"', doubleQuote: true, lineTerminator: '\r\n', header: true },
      schema: { fields: t.fields, primaryKey: t.primaryKey, foreignKeys: t.foreignKeys, missingValues: [''] },
    })),
  };
}
