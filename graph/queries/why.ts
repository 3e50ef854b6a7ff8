/**
 * Why an answer says what it says, for readers: one short line per end of a validity interval (what
 * puts a text in force, what ends it), and why an answer is empty (the last text found and what
 * ended it, or the first text found and when it starts).
 * Guarantees: every line names the acts by number and date and says how sure each date is; the full
 * computation stays in the answers' `basis`.
 */
import type { Version } from '../temporal/versions.ts';
import { shortAct } from './format.ts';
import type { QueryModel } from './model.ts';
import { modelIndex, relationKey } from './model-index.ts';

const RULES: Record<string, string> = {
  '10-days-after-first-publication': 'in force 10 calendar days after publication',
  'on-first-publication': 'in force on publication',
  'on-registration': 'in force on registration',
  'on-signature': 'in force on signature',
};
const NEEDS_PUBLICATION = new Set(['10-days-after-first-publication', 'on-first-publication']);

/** How an act's entry into force was found: its rule and the date the rule counts from. */
export function entryLine(model: QueryModel, key: string): string {
  const a = model.acts.get(key);
  if (!a) return shortAct(key);
  const stated = a.entryIntoForce;
  const rule = stated?.value ?? '10-days-after-first-publication';
  const where = (doc: string, own: boolean) => (own ? '' : ` (stated in ${doc})`);
  const ruleText = !stated
    ? 'entry-into-force rule not stated (10 calendar days after publication assumed)'
    : rule.startsWith('date:') ? `in force on ${rule.slice(5)}${where(stated.document, stated.own)}` : `${RULES[rule]}${where(stated.document, stated.own)}`;
  let counted = '';
  if (NEEDS_PUBLICATION.has(rule)) {
    counted = a.publicationDate ? `published ${a.publicationDate.value}${where(a.publicationDate.document, a.publicationDate.own)}`
      : a.registrationDate ? `publication not stated, registration ${a.registrationDate.value} taken`
        : `publication not stated, adoption ${a.date} taken`;
  } else if (rule === 'on-registration') {
    counted = a.registrationDate ? `registered ${a.registrationDate.value}` : `registration not stated, adoption ${a.date} taken`;
  }
  return `${shortAct(key)}, ${ruleText}${counted ? `; ${counted}` : ''}`;
}

/** What puts the version in force. */
export function startLine(model: QueryModel, v: Version): string {
  const how = v.wording === 'approved' ? 'approved by' : v.wording === 'added' ? 'added by' : 'new wording by';
  return `${how} ${entryLine(model, v.wordingBy)}`;
}

/** What ends the version, or that nothing known does. */
export function endLine(model: QueryModel, v: Version): string {
  if (!v.to || !v.endedBy) return 'no end known: the corpus names no repeal and no later wording';
  const by = v.endedBy.act;
  if (v.endedBy.by === 'new-wording') return `new wording by ${entryLine(model, by)}`;
  const r = modelIndex(model).repeals.get(relationKey(by, v.approvedBy));
  if (r?.basis === 'inferred') {
    return `repeal of ${shortAct(v.approvedBy)} inferred: ${shortAct(by)} repeals every act amending it; ${entryLine(model, by)}`;
  }
  const docs = [...new Set(r?.statedBy.map((s) => s.document) ?? [])];
  return `${shortAct(v.approvedBy)} repealed by ${entryLine(model, by)}${docs.length ? ` (repeal stated in ${docs.join(', ')})` : ''}`;
}

const serviceList = (model: QueryModel, ids: string[]) =>
  ids.length <= 3 ? ids.map((id) => `"${model.catalog.displayName(id)}"`).join(', ') : `${ids.length} services`;

/**
 * Why nothing of `versions` (the versions matching a question's region and service) is in force on
 * `date`: none exists, none has started yet, or the last ones ended — each group of services that
 * ended the same way in one line.
 */
export function whyNothingInForce(model: QueryModel, versions: Version[], date: string, scope: string): string[] {
  if (versions.length === 0) return [`the corpus holds no reglament ${scope}`];
  const started = versions.filter((v) => v.from.date <= date);
  if (started.length === 0) {
    const first = [...versions].sort((a, b) => a.from.date.localeCompare(b.from.date))[0]!;
    return [`no reglament ${scope} is in force yet on ${date}: the first text found is in force from ${first.from.date} (${first.from.certainty}), ${startLine(model, first)}`];
  }
  // Per region and service the last version that started; those that ended the same way go together.
  const last = new Map<string, Version>();
  for (const v of started) {
    const id = `${v.region}\u0000${v.serviceId}`;
    const cur = last.get(id);
    if (!cur || v.from.date > cur.from.date) last.set(id, v);
  }
  const groups = new Map<string, Version[]>();
  for (const v of last.values()) {
    const id = [v.region, v.to?.date, v.to?.certainty, v.endedBy?.act, v.endedBy?.by].join('\u0000');
    groups.set(id, [...(groups.get(id) ?? []), v]);
  }
  return [...groups.values()].map((vs) => {
    const v = vs[0]!;
    const wordings = [...new Set(vs.map((x) => shortAct(x.wordingBy)))].join(', ');
    return `${v.region}, ${serviceList(model, [...new Set(vs.map((x) => x.serviceId))])}: the last text (wording of ${wordings}) ended on ${v.to!.date} (${v.to!.certainty}): ${endLine(model, v)}`;
  }).sort();
}
