/**
 * `zangraph export <kind>`: the kinds, the selection (the query layer's: region, service, date, act,
 * or everything) and the command's options, as zod schemas.
 */
import { z } from 'zod';
import { ActKey, RegionId } from './gold.ts';
import { QueryCliOptions } from './query.ts';

export const ExportKind = z.enum(['bpmn', 'mermaid', 'tables', 'graphml']);
export type ExportKind = z.infer<typeof ExportKind>;

const isCalendarDate = (d: string) => {
  const t = Date.parse(`${d}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d;
};

export const ExportSelection = z.object({
  region: RegionId.optional(),
  /** A service name in either language, matched as `query` matches it. */
  service: z.string().min(1).optional(),
  /** Only the versions in force on this date. */
  date: z.string().refine(isCalendarDate, 'not a calendar date (YYYY-MM-DD)').optional(),
  /** Only the versions this act approved or worded. */
  act: ActKey.optional(),
});
export type ExportSelection = z.infer<typeof ExportSelection>;

export const ExportCliOptions = QueryCliOptions.omit({ format: true }).extend({
  kind: ExportKind,
  out: z.string().min(1).default('out'),
});
export type ExportCliOptions = z.infer<typeof ExportCliOptions>;
