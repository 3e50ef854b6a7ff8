import {
  ActKey,
  ActKind,
  Channel,
  Duration,
  EntryIntoForce,
  IsoDate,
  Language,
  RelationType,
  RoleId,
  TermKind
} from "./chunk-ZMMWVS5X.mjs";
import {
  external_exports
} from "./chunk-VXHWECNZ.mjs";

// graph/queries/source.ts
var ActStatementRow = external_exports.object({
  act: ActKey,
  document: external_exports.string(),
  /** true: the document's own header; false: the document names this act (in a relation). */
  self: external_exports.boolean(),
  kind: ActKind.nullable(),
  title: external_exports.string().nullable(),
  registrationNumber: external_exports.string().nullable(),
  registrationDate: IsoDate.nullable(),
  publicationDate: IsoDate.nullable(),
  entryIntoForce: EntryIntoForce.nullable(),
  status: external_exports.enum(["in-force", "repealed"]).nullable(),
  /** The lines of the document that state these facts (header, status line, relation sentence). */
  quotes: external_exports.array(external_exports.string())
});
var RelationRow = external_exports.object({
  from: ActKey,
  type: RelationType,
  to: ActKey,
  document: external_exports.string(),
  quote: external_exports.string()
});
var StepRow = external_exports.object({
  variant: external_exports.string().nullable(),
  n: external_exports.number().int().positive(),
  actor: RoleId.nullable(),
  durations: external_exports.array(Duration)
});
var TermRow = external_exports.object({ kind: TermKind, channel: Channel, duration: Duration });
var ReglamentRow = external_exports.object({
  document: external_exports.string(),
  language: Language,
  ordinal: external_exports.number().int().positive(),
  appendix: external_exports.string().nullable(),
  service: external_exports.string(),
  /** The act that carries the text (the document's own act), null for a bare reglament. */
  carrier: ActKey.nullable(),
  approvedBy: ActKey.nullable(),
  effect: external_exports.enum(["approved", "new-wording", "added"]).nullable(),
  steps: external_exports.array(StepRow),
  actors: external_exports.array(RoleId),
  terms: external_exports.array(TermRow),
  /** Quoted lines: the heading naming the approving act and the service. */
  quotes: external_exports.array(external_exports.string())
});
var DocumentRow = external_exports.object({
  name: external_exports.string(),
  path: external_exports.string(),
  language: Language,
  act: ActKey.nullable()
});
function parseRows(schema, rows, where) {
  return rows.map((r, i) => {
    const p = schema.safeParse(r);
    if (!p.success) {
      const issue = p.error.issues[0];
      throw new Error(`${where}: row ${i} is malformed (${issue?.path.join(".") || "row"}: ${issue?.message})`);
    }
    return p.data;
  });
}

export {
  ActStatementRow,
  RelationRow,
  ReglamentRow,
  DocumentRow,
  parseRows
};
//# sourceMappingURL=chunk-KISZASET.mjs.map
