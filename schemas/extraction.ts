/**
 * The output of `zangraph extract`: one JSON document per input file.
 * It is the gold shape (schemas/gold.ts) plus, for every fact, an `evidence` span into the source
 * text, plus document metadata and the diagnostics of every stage.
 */
import { z } from 'zod';
import {
  ActKey, Channel, Duration, EntryIntoForce, GoldAct, GoldRelation, GoldReglament, GoldStep,
  GoldTerm, Language, RoleId,
} from './gold.ts';
import { Diagnostic, Span } from './provenance.ts';

export const PIPELINE_VERSION = '0.1.0';

export const SourceFormat = z.enum(['text', 'markdown', 'pdf', 'html', 'docx']);
export type SourceFormat = z.infer<typeof SourceFormat>;

/** Where each act field was read; a field the text does not give has no evidence. */
export const ActEvidence = z.object({
  kind: Span.optional(),
  issuer: Span.optional(),
  region: Span.optional(),
  number: Span.optional(),
  date: Span.optional(),
  title: Span.optional(),
  registration: Span.optional(),
  status: Span.optional(),
  entryIntoForce: Span.optional(),
  /** Publication date stated for this act in its own text, when present. */
  publication: Span.optional(),
});

export const ExtractedAct = GoldAct.extend({
  /** Official publication date, when the text states it (used for validity). */
  publicationDate: z.string().nullable().default(null),
  evidence: ActEvidence,
});
export type ExtractedAct = z.infer<typeof ExtractedAct>;

/** An act named by a relation; carries whatever the text says of it. */
export const ReferencedAct = z.object({
  key: ActKey,
  title: z.string().nullable().default(null),
  registrationNumber: z.string().nullable().default(null),
  publicationDate: z.string().nullable().default(null),
  entryIntoForce: EntryIntoForce.nullable().default(null),
});
export type ReferencedAct = z.infer<typeof ReferencedAct>;

export const ExtractedRelation = GoldRelation.extend({
  evidence: Span,
  /** What the text says of the target act (title, registration, publication). */
  targetInfo: ReferencedAct.optional(),
});
export type ExtractedRelation = z.infer<typeof ExtractedRelation>;

/**
 * How a step's duration relates to the one before it in the step (the first relates to nothing:
 * `then`): `then` — it follows, the two add up; `or` — it is an alternative (another case or
 * outcome), only one of the two applies; `extension` — the term is extended by it in some cases
 * (counted in the slowest path only). `or` binds tighter than `then`: "A then B or C" is A followed
 * by one of B and C.
 */
export const DurationRelation = z.enum(['then', 'or', 'extension']);
export type DurationRelation = z.infer<typeof DurationRelation>;

/** A duration's relation; its evidence is the words that decided it (none for the default `then`). */
export const DurationLink = z.object({ relation: DurationRelation, evidence: Span.optional() });
export type DurationLink = z.infer<typeof DurationLink>;

export const ExtractedStep = GoldStep.extend({
  /** One link per entry of `durations`, in the same order. */
  durationLinks: z.array(DurationLink).default([]),
  evidence: z.object({ step: Span, actor: Span.optional(), durations: z.array(Span) }),
});
export type ExtractedStep = z.infer<typeof ExtractedStep>;

/** A time limit the text states for a whole procedure ("при обращении … в течении 15 минут:"). */
export const ProcedureLimit = z.object({ duration: Duration, evidence: Span });
export type ProcedureLimit = z.infer<typeof ProcedureLimit>;

export const ExtractedProcedure = z.object({
  variant: z.string().nullable(),
  steps: z.array(ExtractedStep),
  /** Durations stated for the procedure as a whole, before its first step. */
  limit: z.array(ProcedureLimit).default([]),
  evidence: z.object({ variant: Span.optional() }).default({}),
});

export const ExtractedTerm = GoldTerm.extend({ evidence: Span });
export type ExtractedTerm = z.infer<typeof ExtractedTerm>;

export const ExtractedActor = z.object({ role: RoleId, evidence: Span });

export const ExtractedReglament = GoldReglament.omit({ procedures: true, terms: true }).extend({
  procedures: z.array(ExtractedProcedure),
  terms: z.array(ExtractedTerm),
  /** Participants of section 3 with where each was read (`actors` is the deduplicated id list). */
  actorMentions: z.array(ExtractedActor).default([]),
  evidence: z.object({
    /** The whole reglament text. */
    text: Span,
    service: Span,
    appendix: Span.optional(),
    approvedBy: Span.optional(),
    effect: Span.optional(),
  }),
});
export type ExtractedReglament = z.infer<typeof ExtractedReglament>;

/** A sub-point of the amended act that an amending act rewords or adds, read from its operative text. */
export const AmendedPoint = z.object({
  /** The act amended: the one act this document amends; null when it amends several. */
  target: ActKey.nullable(),
  /** The point holding the sub-point ("1"), when the text names it. */
  point: z.string().nullable(),
  subpoint: z.string(),
  change: z.enum(['new-wording', 'added']),
  /** The sub-point as the amending act words it, when it quotes it. */
  text: z.string().nullable(),
  evidence: z.object({ clause: Span, text: Span.optional() }),
});
export type AmendedPoint = z.infer<typeof AmendedPoint>;

export const ExtractionResult = z.object({
  schemaVersion: z.literal(1),
  pipelineVersion: z.string(),
  /** File name (no folder), as gold's `source`. */
  source: z.string(),
  path: z.string(),
  format: SourceFormat,
  language: Language,
  /** sha256 of the file bytes. */
  contentHash: z.string(),
  act: ExtractedAct.nullable(),
  relations: z.array(ExtractedRelation),
  reglaments: z.array(ExtractedReglament),
  /** Sub-points of the amended act this act rewords or adds (its appendices are its reglaments' `effect`). */
  amendments: z.array(AmendedPoint).default([]),
  diagnostics: z.array(Diagnostic),
});
export type ExtractionResult = z.infer<typeof ExtractionResult>;

export { ActKey, Channel, Duration, RoleId };
