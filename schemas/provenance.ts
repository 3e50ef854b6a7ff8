/**
 * Provenance and diagnostics shared by every stage (the vfile idea: messages travel with the
 * document and carry a position and a rule id).
 *
 * Offsets are UTF-16 code unit offsets (JavaScript string indices) into the *source text*:
 * the file decoded as text for .txt/.md, the text layer returned by pdf-parse for .pdf.
 * Invariant checked by tests: source.slice(start, end) === quote, and `line` is the 1-based line of the
 * source text that holds `start` (a line ends at "\n", "\r\n" or a lone "\r").
 */
import { z } from 'zod';

export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string(),
  /** Set on every span the pipeline makes (pipeline/shared/mapped-text.ts); optional so that results
   * stored without it still read. */
  line: z.number().int().positive().optional(),
});
export type Span = z.infer<typeof Span>;

export const Severity = z.enum(['error', 'warning', 'info']);
export const Diagnostic = z.object({
  /** Stage that raised it: read, normalize, structure, extract, ... */
  stage: z.string(),
  /** Stable rule id, e.g. `act/missing-number`. */
  ruleId: z.string(),
  severity: Severity,
  message: z.string(),
  span: Span.optional(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;
