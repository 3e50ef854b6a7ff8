/**
 * Acts merged from statements: one record per act key, each fact taken from the act's own header
 * when a corpus document carries it, else from what other documents say of it (an amending act
 * names the publication of the act it amends). Every merged fact keeps the document and quote it
 * came from, and disagreeing statements are kept as conflicts rather than silently dropped.
 * Guarantees: every key that occurs in a statement, relation or reglament has an ActInfo.
 */
import type { EntryIntoForce } from '../../schemas/gold.ts';
import { ActInfo, type StatedFact } from '../../schemas/query.ts';
import type { ActStatementRow, ReglamentRow, RelationRow } from '../../schemas/graph-source.ts';

export function parseKey(key: string): { issuer: string; region: string | null; date: string; number: string } {
  const [issuer, region, date, ...rest] = key.split('|');
  return { issuer: issuer!, region: region === '-' ? null : region!, date: date!, number: rest.join('|') };
}

type Field = 'kind' | 'title' | 'registrationNumber' | 'registrationDate' | 'publicationDate' | 'entryIntoForce' | 'status';
const FIELDS: Field[] = ['kind', 'title', 'registrationNumber', 'registrationDate', 'publicationDate', 'entryIntoForce', 'status'];

/** Own header first, then other documents by name, so the choice is the same on every store. */
function ordered(statements: ActStatementRow[]): ActStatementRow[] {
  return [...statements].sort((a, b) => Number(b.self) - Number(a.self) || a.document.localeCompare(b.document));
}

export function mergeActs(statements: ActStatementRow[], relations: RelationRow[], reglaments: ReglamentRow[]): Map<string, ActInfo> {
  const byKey = new Map<string, ActStatementRow[]>();
  const note = (key: string | null) => { if (key && !byKey.has(key)) byKey.set(key, []); };
  for (const s of statements) { note(s.act); byKey.get(s.act)!.push(s); }
  for (const r of relations) { note(r.from); note(r.to); }
  for (const g of reglaments) { note(g.carrier); note(g.approvedBy); }

  const out = new Map<string, ActInfo>();
  for (const [key, list] of [...byKey].sort(([a], [b]) => a.localeCompare(b))) {
    const k = parseKey(key);
    const st = ordered(list);
    const facts: Partial<Record<Field, StatedFact>> = {};
    const conflicts: string[] = [];
    for (const f of FIELDS) {
      for (const s of st) {
        const v = s[f];
        if (v === null || v === undefined) continue;
        const fact: StatedFact = { value: String(v), document: s.document, own: s.self, quote: s.quotes.join(' … ') };
        const prev = facts[f];
        if (!prev) facts[f] = fact;
        else if (prev.value !== fact.value) conflicts.push(`${f}: ${prev.document} says ${prev.value}, ${s.document} says ${fact.value}`);
      }
    }
    out.set(key, ActInfo.parse({
      key,
      issuer: k.issuer,
      region: k.region,
      date: k.date,
      number: k.number,
      inCorpus: st.some((s) => s.self),
      documents: [...new Set(st.filter((s) => s.self).map((s) => s.document))],
      kind: facts.kind?.value ?? null,
      title: facts.title?.value ?? null,
      registrationNumber: facts.registrationNumber ?? null,
      registrationDate: facts.registrationDate ?? null,
      publicationDate: facts.publicationDate ?? null,
      entryIntoForce: facts.entryIntoForce ? { ...facts.entryIntoForce, value: facts.entryIntoForce.value as EntryIntoForce } : null,
      status: facts.status?.value ?? null,
      conflicts,
    }));
  }
  return out;
}
