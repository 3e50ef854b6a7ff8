/**
 * `compare`: regions side by side, per catalog service — whether each region has it, how many
 * steps its procedure has, the time the steps add up to, the stated total term per channel, and the
 * roles taking part. At a date: the versions in force then; without one: each region's latest known
 * version (latest entry into force), whether or not it is still in force.
 * Durations are summed per unit and never converted (minutes and working days stay apart).
 * Guarantees: one row per service any of the regions has, sorted by service name; one cell per
 * requested region, in the order given.
 */
import { CompareOptions, CompareRow, type CompareCell } from '../../schemas/query.ts';
import type { RegionId } from '../../schemas/gold.ts';
import { inForceAt, worse, type Version } from '../temporal/versions.ts';
import type { QueryModel } from './model.ts';

function sumByUnit(durations: string[]): string[] {
  const sums = new Map<string, number>();
  for (const d of durations) {
    const [amount, unit] = d.split(' ');
    sums.set(unit!, (sums.get(unit!) ?? 0) + Number(amount!.replace(',', '.')));
  }
  return [...sums].map(([unit, n]) => `${Math.round(n * 100) / 100} ${unit}`);
}

function cell(model: QueryModel, region: RegionId, v: Version | undefined): CompareCell {
  if (!v) return { region, present: false, names: [], wordingBy: null, validFrom: null, validTo: null, certainty: null, textInCorpus: false, steps: null, stepTime: [], totalTime: [], roles: [] };
  // Texts of one version in two languages say the same; take the one with the most steps read.
  const text = [...v.texts].sort((a, b) => b.steps.length - a.steps.length || a.document.localeCompare(b.document))[0];
  const channels = new Map<string, string[]>();
  for (const t of text?.terms ?? []) {
    if (t.kind !== 'total') continue;
    const ch = t.channel ?? 'unspecified';
    channels.set(ch, [...(channels.get(ch) ?? []), t.duration]);
  }
  const roles = new Set<string>([...(text?.actors ?? []), ...(text?.steps ?? []).map((s) => s.actor).filter((a): a is string => !!a)]);
  return {
    region,
    present: true,
    names: [...new Set(v.texts.map((t) => t.service))],
    wordingBy: v.wordingBy,
    validFrom: v.from.date,
    validTo: v.to?.date ?? null,
    certainty: worse(v.from.certainty, v.to?.certainty),
    textInCorpus: !!text,
    steps: text ? text.steps.length : null,
    stepTime: sumByUnit((text?.steps ?? []).flatMap((s) => s.durations)),
    totalTime: [...channels].map(([channel, durations]) => ({ channel, durations: sumByUnit(durations) })),
    roles: [...roles].sort(),
  };
}

export function compare(model: QueryModel, options: CompareOptions): CompareRow[] {
  const o = CompareOptions.parse(options);
  const pick = new Map<string, Version>();
  for (const v of model.versions) {
    if (!o.regions.includes(v.region)) continue;
    if (o.date && !inForceAt(v, o.date)) continue;
    const id = `${v.serviceId}\u0000${v.region}`;
    const cur = pick.get(id);
    if (!cur || v.from.date > cur.from.date || (v.from.date === cur.from.date && v.wordingBy > cur.wordingBy)) pick.set(id, v);
  }
  const services = [...new Set([...pick.values()].map((v) => v.serviceId))];
  return services
    .map((serviceId) => CompareRow.parse({
      serviceId,
      service: model.catalog.displayName(serviceId),
      regions: o.regions.map((r) => cell(model, r, pick.get(`${serviceId}\u0000${r}`))),
    }))
    .sort((a, b) => a.service.localeCompare(b.service) || a.serviceId.localeCompare(b.serviceId));
}
