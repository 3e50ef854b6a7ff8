import {
  ActKey,
  EntryIntoForce,
  GoldAct,
  GoldReglament,
  GoldRelation,
  GoldStep,
  GoldTerm,
  Language,
  RoleId
} from "./chunk-ZMMWVS5X.mjs";
import {
  external_exports
} from "./chunk-VXHWECNZ.mjs";

// pipeline/read/limits.ts
var DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

// schemas/provenance.ts
var Span = external_exports.object({
  start: external_exports.number().int().nonnegative(),
  end: external_exports.number().int().nonnegative(),
  quote: external_exports.string()
});
var Severity = external_exports.enum(["error", "warning", "info"]);
var Diagnostic = external_exports.object({
  /** Stage that raised it: read, normalize, structure, extract, ... */
  stage: external_exports.string(),
  /** Stable rule id, e.g. `act/missing-number`. */
  ruleId: external_exports.string(),
  severity: Severity,
  message: external_exports.string(),
  span: Span.optional()
});

// schemas/extraction.ts
var PIPELINE_VERSION = "0.1.0";
var SourceFormat = external_exports.enum(["text", "markdown", "pdf"]);
var ActEvidence = external_exports.object({
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
  publication: Span.optional()
});
var ExtractedAct = GoldAct.extend({
  /** Official publication date, when the text states it (used for validity). */
  publicationDate: external_exports.string().nullable().default(null),
  evidence: ActEvidence
});
var ReferencedAct = external_exports.object({
  key: ActKey,
  title: external_exports.string().nullable().default(null),
  registrationNumber: external_exports.string().nullable().default(null),
  publicationDate: external_exports.string().nullable().default(null),
  entryIntoForce: EntryIntoForce.nullable().default(null)
});
var ExtractedRelation = GoldRelation.extend({
  evidence: Span,
  /** What the text says of the target act (title, registration, publication). */
  targetInfo: ReferencedAct.optional()
});
var ExtractedStep = GoldStep.extend({
  evidence: external_exports.object({ step: Span, actor: Span.optional(), durations: external_exports.array(Span) })
});
var ExtractedProcedure = external_exports.object({
  variant: external_exports.string().nullable(),
  steps: external_exports.array(ExtractedStep),
  evidence: external_exports.object({ variant: Span.optional() }).default({})
});
var ExtractedTerm = GoldTerm.extend({ evidence: Span });
var ExtractedActor = external_exports.object({ role: RoleId, evidence: Span });
var ExtractedReglament = GoldReglament.omit({ procedures: true, terms: true }).extend({
  procedures: external_exports.array(ExtractedProcedure),
  terms: external_exports.array(ExtractedTerm),
  /** Participants of section 3 with where each was read (`actors` is the deduplicated id list). */
  actorMentions: external_exports.array(ExtractedActor).default([]),
  evidence: external_exports.object({
    /** The whole reglament text. */
    text: Span,
    service: Span,
    appendix: Span.optional(),
    approvedBy: Span.optional(),
    effect: Span.optional()
  })
});
var ExtractionResult = external_exports.object({
  schemaVersion: external_exports.literal(1),
  pipelineVersion: external_exports.string(),
  /** File name (no folder), as gold's `source`. */
  source: external_exports.string(),
  path: external_exports.string(),
  format: SourceFormat,
  language: Language,
  /** sha256 of the file bytes. */
  contentHash: external_exports.string(),
  act: ExtractedAct.nullable(),
  relations: external_exports.array(ExtractedRelation),
  reglaments: external_exports.array(ExtractedReglament),
  diagnostics: external_exports.array(Diagnostic)
});

export {
  DEFAULT_MAX_BYTES,
  PIPELINE_VERSION,
  ExtractedReglament,
  ExtractionResult
};
//# sourceMappingURL=chunk-Z2SMPQQD.mjs.map
