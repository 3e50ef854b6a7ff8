/**
 * The fact format of the gold annotations (tests/gold/README.md), as zod schemas.
 * The extractor's output (schemas/extraction.ts) extends these shapes with provenance,
 * so that eval can read gold files and extraction results with the same code.
 */
import { z } from 'zod';

export const LANGUAGES = ['ru', 'kk'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

export const FAMILIES = ['act', 'title', 'relation', 'reglament', 'step', 'actor', 'term'] as const;
export const Family = z.enum(FAMILIES);
export type Family = z.infer<typeof Family>;

export const ActKind = z.enum(['resolution', 'decision', 'order', 'law']);
export type ActKind = z.infer<typeof ActKind>;
export const Issuer = z.enum(['akimat', 'maslikhat', 'akim', 'government', 'ministry']);
export type Issuer = z.infer<typeof Issuer>;

export const REGION_IDS = [
  'akmola', 'aktobe', 'almaty-region', 'atyrau', 'east-kazakhstan', 'zhambyl', 'west-kazakhstan',
  'karaganda', 'kostanay', 'kyzylorda', 'mangystau', 'pavlodar', 'north-kazakhstan', 'turkestan',
  'abai', 'zhetysu', 'ulytau', 'astana', 'almaty', 'shymkent',
] as const;
export const RegionId = z.enum(REGION_IDS);
export type RegionId = z.infer<typeof RegionId>;

/** ISO calendar date, YYYY-MM-DD. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** `issuer|region|date|number`; region is `-` for national acts. */
export const ActKey = z.string().regex(/^[a-z]+\|[a-z-]+\|\d{4}-\d{2}-\d{2}\|\S+$/, "not an act key (issuer|region|YYYY-MM-DD|number, e.g. akimat|west-kazakhstan|2015-08-04|204)");
export type ActKey = z.infer<typeof ActKey>;

export const EntryIntoForce = z.union([
  z.enum(['10-days-after-first-publication', 'on-first-publication', 'on-registration', 'on-signature']),
  z.string().regex(/^date:\d{4}-\d{2}-\d{2}$/),
]);
export type EntryIntoForce = z.infer<typeof EntryIntoForce>;

export const DURATION_UNITS = ['minute', 'hour', 'working-day', 'calendar-day', 'day', 'month'] as const;
export const DurationUnit = z.enum(DURATION_UNITS);
export type DurationUnit = z.infer<typeof DurationUnit>;
/** `"<amount> <unit>"`, e.g. "15 minute", "1 working-day". */
export const Duration = z.string().regex(/^\d+(?:[.,]\d+)? (minute|hour|working-day|calendar-day|day|month)$/);

export const Channel = z.enum(['provider', 'state-corporation', 'portal']).nullable();
export type Channel = z.infer<typeof Channel>;
export const TermKind = z.enum(['total', 'max-wait', 'max-service']);
export type TermKind = z.infer<typeof TermKind>;

/** A role id of the gold README, or `other:<slug>`. */
export const RoleId = z.string().regex(/^(provider-clerk|provider-head|provider-deputy-head|provider-department-head|provider-executor|provider-employee|state-corporation-employee|recipient|commission|akim|other:[a-z0-9-]+)$/);
export type RoleId = z.infer<typeof RoleId>;

export const RelationType = z.enum(['amends', 'repeals', 'repealed-by', 'amended-by']);
export type RelationType = z.infer<typeof RelationType>;

export const GoldAct = z.object({
  kind: ActKind.nullable(),
  issuer: Issuer.nullable(),
  region: RegionId.nullable(),
  number: z.string().nullable(),
  date: IsoDate.nullable(),
  title: z.string().nullable(),
  registration: z.object({ number: z.string().nullable(), date: IsoDate.nullable() }).nullable(),
  status: z.enum(['in-force', 'repealed']).nullable(),
  entryIntoForce: EntryIntoForce.nullable(),
});
export const GoldRelation = z.object({ type: RelationType, target: ActKey });
export const GoldStep = z.object({ n: z.number().int().positive(), actor: RoleId.nullable(), durations: z.array(Duration) });
export const GoldProcedure = z.object({ variant: z.string().nullable(), steps: z.array(GoldStep) });
export const GoldTerm = z.object({ kind: TermKind, channel: Channel, duration: Duration });
export const GoldReglament = z.object({
  ordinal: z.number().int().positive(),
  appendix: z.string().nullable(),
  service: z.string(),
  approvedBy: ActKey.nullable(),
  effect: z.enum(['approved', 'new-wording', 'added']).nullable(),
  procedures: z.array(GoldProcedure),
  actors: z.array(RoleId),
  terms: z.array(GoldTerm),
});
export const GoldDocument = z.object({
  source: z.string(),
  language: Language,
  scope: z.array(Family).optional(),
  act: GoldAct.nullable(),
  relations: z.array(GoldRelation),
  reglaments: z.array(GoldReglament),
});
export type GoldDocument = z.infer<typeof GoldDocument>;
export type GoldReglament = z.infer<typeof GoldReglament>;
