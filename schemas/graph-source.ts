/**
 * The rows a GraphSource (graph/queries/source.ts) hands out to the query layer, as zod schemas: what
 * one document states about one act, relations as stated, reglament texts with their steps, terms and
 * roles, and documents. Both stores give these same rows, so both answer every query the same way.
 * Act keys are `issuer|region|date|number`; every row names the document that states it.
 */
import { z } from 'zod';
import {
  ActKey, ActKind, Channel, Duration, EntryIntoForce, IsoDate, Language,
  RelationType, RoleId, TermKind,
} from './gold.ts';
import { DurationRelation } from './extraction.ts';

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
  /** 0-based index of the step's procedure (variant) in its reglament. */
  procedure: z.number().int().nonnegative().default(0),
  n: z.number().int().positive(),
  actor: RoleId.nullable(),
  durations: z.array(Duration),
  /** How each duration relates to the one before it (schemas/extraction.ts DurationRelation). */
  links: z.array(DurationRelation).default([]),
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
  /** Durations stated for a whole procedure (its heading), by procedure index. */
  limits: z.array(z.object({ procedure: z.number().int().nonnegative(), duration: Duration })).default([]),
  actors: z.array(RoleId),
  terms: z.array(TermRow),
  /** Quoted lines: the heading naming the approving act and the service. */
  quotes: z.array(z.string()),
});
export type ReglamentRow = z.infer<typeof ReglamentRow>;

/** Where a fact was read: the span of the document's source text, the line it starts on, the quote. */
export const EvidenceRow = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string(),
  /** null for facts stored without a line. */
  line: z.number().int().positive().nullable(),
});
export type EvidenceRow = z.infer<typeof EvidenceRow>;

export const StepTextRow = StepRow.extend({
  evidence: EvidenceRow,
  actorEvidence: EvidenceRow.nullable(),
  /** One per duration, in the same order. */
  durationEvidence: z.array(EvidenceRow),
});
export type StepTextRow = z.infer<typeof StepTextRow>;

export const ReglamentTextRow = ReglamentRow.omit({ steps: true, limits: true, terms: true, actors: true, quotes: true }).extend({
  evidence: z.object({
    service: EvidenceRow,
    appendix: EvidenceRow.nullable(),
    approvedBy: EvidenceRow.nullable(),
    effect: EvidenceRow.nullable(),
  }),
  procedures: z.array(z.object({
    variant: z.string().nullable(),
    evidence: EvidenceRow.nullable(),
    /** Where each duration of the procedure's own time limit is stated (the limit rows' order). */
    limitEvidence: z.array(EvidenceRow).default([]),
    steps: z.array(StepTextRow),
  })),
  /** Section 3's participants in order, each with its first mention. */
  participants: z.array(z.object({ role: RoleId, evidence: EvidenceRow.nullable() })),
  terms: z.array(TermRow.extend({ evidence: EvidenceRow })),
});
export type ReglamentTextRow = z.infer<typeof ReglamentTextRow>;

export const DocumentRow = z.object({
  name: z.string(),
  path: z.string(),
  language: Language,
  act: ActKey.nullable(),
});
export type DocumentRow = z.infer<typeof DocumentRow>;

/** A sub-point an amending act rewords or adds (schemas/extraction.ts AmendedPoint), with its document. */
export const AmendmentRow = z.object({
  document: z.string(),
  /** The amending act (the document's own act). */
  act: ActKey.nullable(),
  target: ActKey.nullable(),
  point: z.string().nullable(),
  subpoint: z.string(),
  change: z.enum(['new-wording', 'added']),
  text: z.string().nullable(),
  quote: z.string(),
});
export type AmendmentRow = z.infer<typeof AmendmentRow>;
