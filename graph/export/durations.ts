/**
 * Durations for exports: the stated amount and unit, and the same in working minutes under the
 * query layer's convention (docs/queries.md: a working day is 8 working hours; a calendar day is 5/7
 * of a working day; a month is 30 calendar days), and an ISO 8601 duration where the unit has one
 * (calendar time; a working day has none).
 */
import type { DurationUnit } from '../../schemas/gold.ts';

const WORKING_MINUTES: Record<DurationUnit, number> = {
  minute: 1,
  hour: 60,
  'working-day': 8 * 60,
  'calendar-day': (8 * 60 * 5) / 7,
  day: (8 * 60 * 5) / 7,
  month: (30 * 8 * 60 * 5) / 7,
};

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
