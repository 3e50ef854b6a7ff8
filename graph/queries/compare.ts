/**
 * `compare`: regions side by side, per catalog service, each region as of one date — `--date`, or
 * without it the start of the region's latest known text (so a region's repealed texts are never
 * set against another's current ones). Per region and service: the version in force then, whether
 * its text is in the corpus, how many steps, the fastest and slowest totals (graph/queries/totals.ts,
 * alternatives never added), the stated term per channel and the roles taking part.
 * Guarantees: one row per service any region has in force at its date, sorted by service name; one
 * cell per requested region, in the order given; a cell tells a text in force that the corpus does
 * not carry from a service the corpus does not regulate; `overlap` is false and a note says so when
 * the regions' compared texts are never in force on the same day.
 */
import { CompareOptions, CompareResult, type CompareCell, type CompareRegion, type CompareRow } from '../../schemas/query.ts';
import type { RegionId } from '../../schemas/gold.ts';
import { worse, type Version } from '../temporal/versions.ts';
import { shortAct } from './format.ts';
import type { QueryModel } from './model.ts';
import { inForceOn, modelIndex } from './model-index.ts';
import { textTotals } from './totals.ts';

const NOT_REGULATED = 'not regulated in the corpus';

function absent(region: RegionId): CompareCell {
  return {
    region, status: 'not-regulated', present: false, names: [], approvedBy: null, wordingBy: null, validFrom: null, validTo: null,
    certainty: null, textInCorpus: false, text: null, steps: null, total: { fastest: [], slowest: [] }, workingMinutes: null, variants: [],
    totalTime: [], roles: [], note: NOT_REGULATED,
  };
}

/** A version's cell depends on nothing but the version (its region is the version's): built once per version. */
const cells = new WeakMap<Version, CompareCell>();
function cell(region: RegionId, v: Version | undefined): CompareCell {
  if (!v) return absent(region);
  let c = cells.get(v);
  if (!c) cells.set(v, c = buildCell(v));
  return c;
}

function buildCell(v: Version): CompareCell {
  const region = v.region;
  // Texts of one version in two languages say the same; take the one with the most steps read.
  const text = [...v.texts].sort((a, b) => b.steps.length - a.steps.length || a.document.localeCompare(b.document))[0];
  const channels = new Map<string, string[]>();
  for (const t of text?.terms ?? []) {
    if (t.kind !== 'total') continue;
    const ch = t.channel ?? 'unspecified';
    channels.set(ch, [...new Set([...(channels.get(ch) ?? []), t.duration])]);
  }
  const roles = new Set<string>([...(text?.actors ?? []), ...(text?.steps ?? []).map((s) => s.actor).filter((a): a is string => !!a)]);
  const totals = text ? textTotals(text) : { total: { fastest: [], slowest: [] }, workingMinutes: null, variants: [] };
  return {
    region,
    status: text ? 'text' : 'text-not-in-corpus',
    present: true,
    names: [...new Set(v.texts.map((t) => t.service))],
    approvedBy: v.approvedBy,
    wordingBy: v.wordingBy,
    validFrom: v.from.date,
    validTo: v.to?.date ?? null,
    certainty: worse(v.from.certainty, v.to?.certainty),
    textInCorpus: !!text,
    text: text ? { document: text.document, reglament: text.ordinal, language: text.language } : null,
    steps: text ? text.steps.length : null,
    ...totals,
    totalTime: [...channels].map(([channel, durations]) => ({ channel, durations })),
    roles: [...roles].sort(),
    note: text ? null : `text in force not in the corpus (${shortAct(v.wordingBy)})`,
  };
}

/** The version of each service in force in `region` on `date`; ties go to the latest start, then act key. */
function inForceIn(model: QueryModel, region: RegionId, date: string): Map<string, Version> {
  const pick = new Map<string, Version>();
  const scope = modelIndex(model).datedIn.get(region);
  for (const v of scope ? inForceOn(scope, date) : []) {
    const cur = pick.get(v.serviceId);
    if (!cur || v.from.date > cur.from.date || (v.from.date === cur.from.date && v.wordingBy > cur.wordingBy)) pick.set(v.serviceId, v);
  }
  return pick;
}

const minDate = (ds: (string | null)[]): string | null => ds.reduce<string | null>((m, d) => (d !== null && (m === null || d < m) ? d : m), null);
const maxDate = (ds: string[]): string | null => ds.reduce<string | null>((m, d) => (m === null || d > m ? d : m), null);

/** The span a region's texts cover and the start of its latest text; depends on the region alone, so computed once per model and region. */
const covers = new WeakMap<QueryModel, Map<RegionId, { coveredFrom: string | null; coveredTo: string | null; latest: string | null }>>();
function coverOf(model: QueryModel, region: RegionId) {
  const byRegion = covers.get(model) ?? covers.set(model, new Map()).get(model)!;
  let c = byRegion.get(region);
  if (c) return c;
  const all = modelIndex(model).versionsIn.get(region) ?? [];
  const ends = all.map((v) => v.to?.date ?? null);
  c = {
    coveredFrom: all.length ? minDate(all.map((v) => v.from.date)) : null,
    coveredTo: all.length && !ends.includes(null) ? maxDate(ends as string[]) : null,
    latest: maxDate(all.map((v) => v.from.date)),
  };
  byRegion.set(region, c);
  return c;
}

function regionPeriod(model: QueryModel, region: RegionId, asOf: string | null, picked: Version[]): CompareRegion {
  const { coveredFrom, coveredTo } = coverOf(model, region);
  return {
    region,
    asOf,
    from: picked.length ? maxDate(picked.map((v) => v.from.date)) : null,
    to: picked.length ? minDate(picked.map((v) => v.to?.date ?? null)) : null,
    coveredFrom,
    coveredTo,
  };
}

const period = (from: string | null, to: string | null) => `${from ?? '?'}..${to ?? '(no end known)'}`;

/** Notes for the reader on dates: regions with nothing in force, compared periods that never meet. */
function dateNotes(regions: CompareRegion[], date: string | undefined): { overlap: boolean; notes: string[] } {
  const notes: string[] = [];
  for (const r of regions) {
    if (r.from !== null) continue;
    notes.push(r.coveredFrom === null
      ? `${r.region}: the corpus has no text of this region`
      : `${r.region}: no text of the corpus is in force on ${date}; its texts cover ${period(r.coveredFrom, r.coveredTo)}`);
  }
  const held = regions.filter((r) => r.from !== null);
  const start = maxDate(held.map((r) => r.from!));
  const end = minDate(held.map((r) => r.to));
  const overlap = held.length === regions.length && start !== null && (end === null || start < end);
  if (!date && !overlap && held.length > 1) {
    const common = maxDate(regions.map((r) => r.coveredFrom).filter((d): d is string => d !== null));
    const commonEnd = minDate(regions.map((r) => r.coveredTo));
    const both = common !== null && (commonEnd === null || common < commonEnd);
    notes.push(`the compared texts are never in force on the same day: ${held.map((r) => `${r.region} ${period(r.from, r.to)}`).join(', ')}`
      + (both ? `; the regions' texts cover ${period(common, commonEnd)} together (compare with --date in it)` : `; the regions' texts cover no common period`));
  }
  return { overlap, notes };
}

export function compare(model: QueryModel, options: CompareOptions): CompareResult {
  const o = CompareOptions.parse(options);
  const picks = new Map<RegionId, Map<string, Version>>();
  const regions: CompareRegion[] = [];
  for (const region of o.regions) {
    // Without a date: the start of the region's latest known text.
    const asOf = o.date ?? coverOf(model, region).latest;
    const pick = asOf ? inForceIn(model, region, asOf) : new Map<string, Version>();
    picks.set(region, pick);
    regions.push(regionPeriod(model, region, asOf, [...pick.values()]));
  }
  const services = [...new Set([...picks.values()].flatMap((p) => [...p.keys()]))];
  const rows: CompareRow[] = services
    .map((serviceId) => ({
      serviceId,
      service: model.catalog.displayName(serviceId),
      regions: o.regions.map((r) => cell(r, picks.get(r)!.get(serviceId))),
    }))
    .sort((a, b) => a.service.localeCompare(b.service) || a.serviceId.localeCompare(b.serviceId));
  return CompareResult.parse({ date: o.date ?? null, regions, ...dateNotes(regions, o.date), rows });
}

/** Computes what each region covers now, so that no later comparison pays for it (cells are built as comparisons ask for them: a few hundred each). */
export function prepareCompare(model: QueryModel): void {
  for (const region of modelIndex(model).versionsIn.keys()) coverOf(model, region);
}
