/**
 * GraphSource: the small read interface every query runs on, so that the embedded store and Neo4j
 * give the same answers. A source hands out plain rows (validated by the zod schemas below):
 * - act statements: what one document states about one act (its own header, or what it says of an
 *   act it names), never merged — merging is the query layer's job (graph/temporal/acts.ts);
 * - relations as stated (from, type, to), with the document and quote that state them;
 * - reglament texts with the act that carries them, their steps, terms and roles;
 * - documents.
 * Guarantees to the query layer: rows validate; act keys are `issuer|region|date|number`; every row
 * names the document that states it. Order is not guaranteed (queries sort).
 */
import { z } from 'zod';
import {
  ActKey, ActKind, Channel, Duration, EntryIntoForce, IsoDate, Issuer, Language, RegionId,
  RelationType, RoleId, TermKind,
} from '../../schemas/gold.ts';

export const ActStatementRow = z.object({
  act: ActKey,
  document: z.string(),
  /** true: the document's own header; false: the document names this act (in a relation). */
  self: z.boolean(),
  kind: ActKind.nullable(),
  title: z.string().nullable(),
  registrationNumber: z.string().nullable(),
  registrationDate: IsoDate.nullable(),
  publicationDate: IsoDate.nullable(),
  entryIntoForce: EntryIntoForce.nullable(),
  status: z.enum(['in-force', 'repealed']).nullable(),
  /** The lines of the document that state these facts (header, status line, relation sentence). */
  quotes: z.array(z.string()),
});
export type ActStatementRow = z.infer<typeof ActStatementRow>;

export const RelationRow = z.object({
  from: ActKey,
  type: RelationType,
  to: ActKey,
  document: z.string(),
  quote: z.string(),
});
export type RelationRow = z.infer<typeof RelationRow>;

export const StepRow = z.object({
  variant: z.string().nullable(),
  n: z.number().int().positive(),
  actor: RoleId.nullable(),
  durations: z.array(Duration),
});
export type StepRow = z.infer<typeof StepRow>;

export const TermRow = z.object({ kind: TermKind, channel: Channel, duration: Duration });
export type TermRow = z.infer<typeof TermRow>;

export const ReglamentRow = z.object({
  document: z.string(),
  language: Language,
  ordinal: z.number().int().positive(),
  appendix: z.string().nullable(),
  service: z.string(),
  /** The act that carries the text (the document's own act), null for a bare reglament. */
  carrier: ActKey.nullable(),
  approvedBy: ActKey.nullable(),
  effect: z.enum(['approved', 'new-wording', 'added']).nullable(),
  steps: z.array(StepRow),
  actors: z.array(RoleId),
  terms: z.array(TermRow),
  /** Quoted lines: the heading naming the approving act and the service. */
  quotes: z.array(z.string()),
});
export type ReglamentRow = z.infer<typeof ReglamentRow>;

export const DocumentRow = z.object({
  name: z.string(),
  path: z.string(),
  language: Language,
  act: ActKey.nullable(),
});
export type DocumentRow = z.infer<typeof DocumentRow>;

export interface GraphSource {
  /** Short name for messages: "embedded (.zangraph)", "neo4j (bolt://...)". */
  readonly label: string;
  actStatements(): Promise<ActStatementRow[]>;
  relations(): Promise<RelationRow[]>;
  reglaments(): Promise<ReglamentRow[]>;
  documents(): Promise<DocumentRow[]>;
  close(): Promise<void>;
}

/** Parses rows coming out of a store, naming the store and row kind when one is malformed. */
export function parseRows<T extends z.ZodType>(schema: T, rows: unknown[], where: string): z.infer<T>[] {
  return rows.map((r, i) => {
    const p = schema.safeParse(r);
    if (!p.success) {
      const issue = p.error.issues[0];
      throw new Error(`${where}: row ${i} is malformed (${issue?.path.join('.') || 'row'}: ${issue?.message})`);
    }
    return p.data;
  });
}

export { IsoDate, RegionId, Issuer };
