/**
 * The key that names an act across documents and stores: `issuer|region|date|number`
 * (tests/gold/README.md, "Act keys"); `-` stands for the region of a national act.
 * Shared by the extractors, the graph model and the queries.
 */
export function actKey(a: { issuer: string | null; region: string | null; date: string | null; number: string | null }): string | null {
  if (!a.issuer || !a.date || !a.number) return null;
  return `${a.issuer}|${a.region ?? '-'}|${a.date}|${a.number}`;
}
