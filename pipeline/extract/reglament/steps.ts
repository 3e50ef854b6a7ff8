/**
 * Procedure steps of section 2 → {n, actor, durations} with normalized-text offsets. The step
 * ranges come from the structure stage; the actor is the step's first agent mention, the durations
 * every duration the step states, in text order.
 */
import type { RoleId } from '../../../schemas/gold.ts';
import type { Annotation } from '../../shared/annotation.ts';
import type { ProcedureBlock } from '../../structure/index.ts';
import type { Locale } from '../../locales/index.ts';
import { findDurations, type DurationValue } from './durations.ts';
import { stepActor, type RoleMention } from './roles.ts';

export interface StepFacts {
  n: number;
  start: number;
  end: number;
  actor: RoleMention | null;
  durations: Annotation<DurationValue>[];
}

export interface ProcedureFacts {
  variant: { text: string; start: number; end: number } | null;
  steps: StepFacts[];
}

export function extractProcedures(text: string, blocks: ProcedureBlock[], locale: Locale): ProcedureFacts[] {
  return blocks.map((p) => ({
    variant: p.variant,
    steps: p.steps.map((s) => ({
      n: s.n,
      start: s.start,
      end: s.end,
      actor: stepActor(text, locale, s.bodyStart, s.end),
      durations: findDurations(text, locale, s.bodyStart, s.end),
    })),
  }));
}
