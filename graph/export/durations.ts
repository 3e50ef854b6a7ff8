/**
 * Durations for exports: the stated amount and unit, the same in working minutes under the query
 * layer's convention (graph/queries/totals.ts, docs/queries.md: a working day is 8 working hours),
 * and an ISO 8601 duration where the unit has one (calendar time; a working day has none).
 */
import type { DurationUnit } from '../../schemas/gold.ts';
import { WORKING_MINUTES } from '../queries/totals.ts';


export interface DurationParts { amount: number; unit: DurationUnit }

export function durationParts(d: string): DurationParts {
  const [amount = '', unit = ''] = d.split(' ');
  return { amount: Number(amount.replace(',', '.')), unit: unit as DurationUnit };
}

export const workingMinutes = (d: string): number => {
  const { amount, unit } = durationParts(d);
  return Math.round(amount * WORKING_MINUTES[unit]);
};

/** ISO 8601 duration of calendar time, or null for working days (no calendar equivalent). */
export function isoDuration(d: string): string | null {
  const { amount, unit } = durationParts(d);
  switch (unit) {
    case 'minute': return `PT${amount}M`;
    case 'hour': return `PT${amount}H`;
    case 'calendar-day': case 'day': return `P${amount}D`;
    case 'month': return `P${amount}M`;
    default: return null;
  }
}
