/**
 * Relations in one direction: "A repealed-by B" is "B repeals A", "A amended-by B" is "B amends A";
 * the same relation stated by several documents becomes one, listing every statement.
 *
 * One inference, marked `inferred`: an act whose amending acts are all repealed by the same act R,
 * and of which no repeal is stated, is taken as repealed by R. Amendments are merged into the text of
 * the act they amend, so an amending act is only ever repealed together with that act (Kazakh
 * practice: the repealing act lists the base act and all its amending acts); the corpus often holds
 * the amending acts' status lines but not the base act's.
 * Guarantees: no duplicates; sorted by (from, type, to); inferred relations name the statements used.
 */
import { CanonicalRelation } from '../../schemas/query.ts';
import type { RelationRow } from '../../schemas/graph-source.ts';

export function canonicalRelations(rows: RelationRow[]): CanonicalRelation[] {
  const byId = new Map<string, CanonicalRelation>();
  for (const r of rows) {
    const [from, type, to] = r.type === 'repealed-by' ? [r.to, 'repeals', r.from] as const
      : r.type === 'amended-by' ? [r.to, 'amends', r.from] as const
        : [r.from, r.type, r.to] as const;
    if (from === to) continue;
    const id = `${from}\u0000${type}\u0000${to}`;
    const rel = byId.get(id) ?? { from, type, to, basis: 'stated' as const, statedBy: [] };
    const as = `${r.from} ${r.type} ${r.to}`;
    if (!rel.statedBy.some((s) => s.document === r.document && s.as === as)) rel.statedBy.push({ document: r.document, quote: r.quote, as });
    byId.set(id, rel);
  }
  const stated = [...byId.values()];
  for (const inferred of inferRepeals(stated)) byId.set(`${inferred.from}\u0000repeals\u0000${inferred.to}`, inferred);
  return [...byId.values()]
    .map((r) => CanonicalRelation.parse({ ...r, statedBy: [...r.statedBy].sort((a, b) => a.document.localeCompare(b.document) || a.as.localeCompare(b.as)) }))
    .sort((a, b) => a.from.localeCompare(b.from) || a.type.localeCompare(b.type) || a.to.localeCompare(b.to));
}

function inferRepeals(stated: CanonicalRelation[]): CanonicalRelation[] {
  const repealers = (act: string) => stated.filter((r) => r.type === 'repeals' && r.to === act);
  const targets = new Set(stated.filter((r) => r.type === 'amends').map((r) => r.to));
  const out: CanonicalRelation[] = [];
  for (const base of [...targets].sort()) {
    if (repealers(base).length) continue;
    const amenders = [...new Set(stated.filter((r) => r.type === 'amends' && r.to === base).map((r) => r.from))];
    const sets = amenders.map((m) => repealers(m));
    if (sets.some((s) => s.length === 0)) continue;
    const common = sets[0]!.map((r) => r.from).filter((R) => sets.every((s) => s.some((r) => r.from === R)) && R !== base);
    for (const R of common) {
      const used = sets.flatMap((s) => s.filter((r) => r.from === R)).flatMap((r) => r.statedBy);
      out.push({
        from: R,
        type: 'repeals',
        to: base,
        basis: 'inferred',
        statedBy: used.map((s) => ({ ...s, as: `${s.as} (every act amending ${base} is repealed by ${R})` })),
      });
    }
  }
  return out;
}
