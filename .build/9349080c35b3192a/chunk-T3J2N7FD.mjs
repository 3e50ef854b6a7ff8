import {
  Family,
  Language
} from "./chunk-ZMMWVS5X.mjs";
import {
  external_exports
} from "./chunk-VXHWECNZ.mjs";

// schemas/eval.ts
var EvalOptions = external_exports.object({
  gold: external_exports.string({ error: "--gold <dir> is required" }).min(1, "--gold <dir> is required"),
  docs: external_exports.string().min(1).optional(),
  pred: external_exports.string().min(1).optional(),
  format: external_exports.enum(["table", "json"]).default("table"),
  /** List the missed (fn) and extra (fp) tuples of every document. */
  details: external_exports.boolean().default(false)
}).refine((o) => o.docs !== void 0 || o.pred !== void 0, {
  message: "give --docs <dir> (documents to extract) or --pred <dir> (extraction results)",
  path: ["docs"]
});
var FactTuple = external_exports.array(external_exports.union([external_exports.string(), external_exports.number(), external_exports.null()]));
var Counts = external_exports.object({
  tp: external_exports.number().int().nonnegative(),
  fp: external_exports.number().int().nonnegative(),
  fn: external_exports.number().int().nonnegative()
});
var Score = Counts.extend({
  precision: external_exports.number().min(0).max(1),
  recall: external_exports.number().min(0).max(1),
  f1: external_exports.number().min(0).max(1)
});
var FamilyScore = Score.extend({ byLanguage: external_exports.partialRecord(Language, Score) });
var Mismatch = external_exports.object({ family: Family, tuple: FactTuple });
var DocumentReport = Score.extend({
  language: Language,
  /** The families this document's gold annotates (README `scope`). */
  scope: external_exports.array(Family),
  families: external_exports.partialRecord(Family, Score),
  /** Why the document has no prediction (missing file, extraction failure), if so. */
  warnings: external_exports.array(external_exports.string()),
  /** Only with --details: the extra (fp) and missed (fn) tuples. */
  mismatches: external_exports.object({ fp: external_exports.array(Mismatch), fn: external_exports.array(Mismatch) }).optional()
});
var EvalReport = external_exports.object({
  overall: Score,
  families: external_exports.record(Family, FamilyScore),
  languages: external_exports.record(Language, Score.extend({ documents: external_exports.number().int().nonnegative() })),
  documents: external_exports.record(external_exports.string(), DocumentReport)
});

export {
  EvalOptions,
  EvalReport
};
//# sourceMappingURL=chunk-T3J2N7FD.mjs.map
