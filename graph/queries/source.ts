/**
 * GraphSource: the small read interface every query runs on, so that the embedded store and Neo4j
 * give the same answers. A source hands out plain rows (validated by the zod schemas of
 * schemas/graph-source.ts):
 * - act statements: what one document states about one act (its own header, or what it says of an
 *   act it names), never merged — merging is the query layer's job (graph/temporal/acts.ts);
 * - relations as stated (from, type, to), with the document and quote that state them;
 * - reglament texts with the act that carries them, their steps, terms and roles;
 * - documents;
 * - on request, named reglament texts in full: every step, participant and term with the span, line
 *   and quote of the source text it was read from (the rows above carry no spans, to stay small).
 * Guarantees to the query layer: rows validate; act keys are `issuer|region|date|number`; every row
 * names the document that states it. Order is not guaranteed (queries sort).
 */
import type { z } from 'zod';
import type { ActStatementRow, AmendmentRow, DocumentRow, ReglamentRow, ReglamentTextRow, RelationRow } from '../../schemas/graph-source.ts';

/** A reglament text: the document and the reglament's ordinal in it. */
export interface ReglamentRef { document: string; ordinal: number }

export interface GraphSource {
  /** Short name for messages: "embedded (.zangraph)", "neo4j (bolt://...)". */
  readonly label: string;
  actStatements(): Promise<ActStatementRow[]>;
  relations(): Promise<RelationRow[]>;
  reglaments(): Promise<ReglamentRow[]>;
  documents(): Promise<DocumentRow[]>;
  amendments(): Promise<AmendmentRow[]>;
  /** The named reglament texts in full, in the order asked; a reference the store does not hold is left out. */
  reglamentTexts(refs: ReglamentRef[]): Promise<ReglamentTextRow[]>;
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

