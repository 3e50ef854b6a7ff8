/**
 * `zangraph eval`: its options and the report it prints (--format json), as zod schemas.
 * The scoring rules are those of tests/gold/README.md; pipeline/eval implements them.
 */
import { z } from 'zod';
import { Family, Language } from './gold.ts';

export const EvalOptions = z
  .object({
    gold: z.string({ error: '--gold <dir> is required' }).min(1, '--gold <dir> is required'),
    docs: z.string().min(1).optional(),
    pred: z.string().min(1).optional(),
    format: z.enum(['table', 'json']).default('table'),
    /** List the missed (fn) and extra (fp) tuples of every document. */
    details: z.boolean().default(false),
  })
  .refine((o) => o.docs !== undefined || o.pred !== undefined, {
    message: 'give --docs <dir> (documents to extract) or --pred <dir> (extraction results)',
    path: ['docs'],
  });
export type EvalOptions = z.infer<typeof EvalOptions>;

/** A fact tuple as README's table gives it, e.g. ["000.txt", 1, "service", "выдача ..."]. */
export const FactTuple = z.array(z.union([z.string(), z.number(), z.null()]));
export type FactTuple = z.infer<typeof FactTuple>;

export const Counts = z.object({
  tp: z.number().int().nonnegative(),
  fp: z.number().int().nonnegative(),
  fn: z.number().int().nonnegative(),
});
export type Counts = z.infer<typeof Counts>;

export const Score = Counts.extend({
  precision: z.number().min(0).max(1),
  recall: z.number().min(0).max(1),
  f1: z.number().min(0).max(1),
});
export type Score = z.infer<typeof Score>;

export const FamilyScore = Score.extend({ byLanguage: z.partialRecord(Language, Score) });
export type FamilyScore = z.infer<typeof FamilyScore>;

export const Mismatch = z.object({ family: Family, tuple: FactTuple });
export type Mismatch = z.infer<typeof Mismatch>;

export const DocumentReport = Score.extend({
  language: Language,
  /** The families this document's gold annotates (README `scope`). */
  scope: z.array(Family),
  families: z.partialRecord(Family, Score),
  /** Why the document has no prediction (missing file, extraction failure), if so. */
  warnings: z.array(z.string()),
  /** Only with --details: the extra (fp) and missed (fn) tuples. */
  mismatches: z.object({ fp: z.array(Mismatch), fn: z.array(Mismatch) }).optional(),
});
export type DocumentReport = z.infer<typeof DocumentReport>;

export const EvalReport = z.object({
  overall: Score,
  families: z.record(Family, FamilyScore),
  languages: z.record(Language, Score.extend({ documents: z.number().int().nonnegative() })),
  documents: z.record(z.string(), DocumentReport),
});
export type EvalReport = z.infer<typeof EvalReport>;
