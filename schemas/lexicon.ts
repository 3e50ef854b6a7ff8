/**
 * zod schemas of the lexicon data files (pipeline/lexicon/*.json). Every lexicon is validated when it
 * is loaded (pipeline/lexicon/index.ts), so a bad edit fails with the file and the path.
 * Each helper adds the schemas of its own files here; sections are grouped by lexicon file.
 */
import { z } from 'zod';
import { ActKind, Channel, DurationUnit, Issuer, RegionId, RoleId } from './gold.ts';

// ---- reglament lexicons: units.json, numerals.json, channels.json, roles.json ----

const Forms = z.array(z.string().min(1)).min(1);
const PerLanguage = <T extends z.ZodTypeAny>(t: T) => z.object({ ru: t, kk: t });

export const UnitsLexicon = z.object({
  units: z.array(z.object({ unit: DurationUnit, ru: Forms, kk: Forms })).min(1),
  workingDayQualifiers: PerLanguage(Forms),
  bareForms: PerLanguage(z.array(z.object({ form: z.string().min(1), unit: DurationUnit }))),
  /** Written right before the number of a bare day unit, they make it a calendar day ("күнтізбелік 7 күн"). */
  calendarQualifiersBefore: PerLanguage(Forms),
});
export type UnitsLexicon = z.infer<typeof UnitsLexicon>;

/** duration-relations.json: cues for how a step's durations relate (sequence, alternatives, extension), per language. */
export const DurationRelationsLexicon = PerLanguage(z.object({
  resultMarkers: Forms,
  extension: Forms,
  disjunction: Forms,
  upperBound: Forms,
  caseBefore: Forms,
  caseAfter: Forms,
}));
export type DurationRelationsLexicon = z.infer<typeof DurationRelationsLexicon>;

/** amendments.json: the words of an amending act's operative text naming the sub-points it changes, per language. */
export const AmendmentsLexicon = PerLanguage(z.object({ point: Forms, subpoint: Forms, newWording: Forms, added: Forms }));
export type AmendmentsLexicon = z.infer<typeof AmendmentsLexicon>;

/** numerals.json: number words (every case form) → their value, per language. */
export const NumeralsLexicon = PerLanguage(z.record(z.string().min(1), z.number().int().positive()));
export type NumeralsLexicon = z.infer<typeof NumeralsLexicon>;

export const ChannelsLexicon = z.object({
  channels: z.array(z.object({ channel: Channel.unwrap(), ru: Forms, kk: Forms })).min(1),
});
export type ChannelsLexicon = z.infer<typeof ChannelsLexicon>;

export const RolesLexicon = z.object({
  defaultOrganization: z.string(),
  positions: z.array(z.object({
    id: z.string(),
    /** A position that is a role by itself (услугополучатель → recipient). */
    role: RoleId.optional(),
    /** A position that implies its organization (аким → akim's office), as that organization's position. */
    organization: z.string().optional(),
    position: z.string().optional(),
    ru: Forms,
    kk: Forms,
  })).min(1),
  organizations: z.array(z.object({
    id: z.string(),
    ru: Forms,
    kk: Forms,
    roles: z.record(z.string(), RoleId),
  })).min(1),
}).superRefine((lex, ctx) => {
  const orgs = new Set(lex.organizations.map((o) => o.id));
  if (!orgs.has(lex.defaultOrganization)) ctx.addIssue({ code: 'custom', message: `defaultOrganization ${lex.defaultOrganization} is not an organization` });
  for (const p of lex.positions) {
    if (p.organization && !orgs.has(p.organization)) ctx.addIssue({ code: 'custom', message: `position ${p.id}: unknown organization ${p.organization}` });
  }
});
export type RolesLexicon = z.infer<typeof RolesLexicon>;

/** role-labels.json: a role id's label per language, for answers (graph/queries). */
export const RoleLabelsLexicon = z.object({
  labels: z.record(RoleId, z.object({ ru: z.string().min(1), kk: z.string().min(1) })),
});
export type RoleLabelsLexicon = z.infer<typeof RoleLabelsLexicon>;

// ---- act lexicons: months.json, regions.json, acts.json ----

export const MonthsLexicon = z.object({
  ru: z.array(z.tuple([z.string().min(2), z.number().int().min(1).max(12)])).min(12),
  kk: z.array(z.tuple([z.string().min(2), z.number().int().min(1).max(12)])).min(12),
});
export type MonthsLexicon = z.infer<typeof MonthsLexicon>;

export const RegionsLexicon = z.object({
  regions: z.array(z.object({
    id: RegionId,
    ru: Forms,
    kk: Forms,
    /** Names and abbreviations a user types for the region ("ЗКО", "Батыс Қазақстан"): queries only. */
    aliases: z.array(z.string().min(1)).default([]),
  })).min(20),
});
export type RegionsLexicon = z.infer<typeof RegionsLexicon>;

export const ActsLexicon = z.object({
  kinds: z.array(z.object({ kind: ActKind, ru: Forms, kk: Forms })).min(1),
  issuers: z.array(z.object({ issuer: Issuer, ru: Forms, kk: Forms })).min(1),
});
export type ActsLexicon = z.infer<typeof ActsLexicon>;

// ---- text-layout.json (pipeline/normalize) ----

export const TextLayoutLexicon = z.object({
  /** Latin letter → the Cyrillic letter it stands for inside a Cyrillic word (one UTF-16 unit each). */
  latinHomoglyphs: z.record(z.string().regex(/^[A-Za-z]$/), z.string().regex(/^\p{Script=Cyrillic}$/u)),
});
export type TextLayoutLexicon = z.infer<typeof TextLayoutLexicon>;

// ---- services.json (graph/catalog) ----

/** One state service of the catalog, with every Russian and Kazakh wording the acts use. */
export const ServiceEntry = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  ru: z.array(z.string().min(1)),
  kk: z.array(z.string().min(1)),
}).refine((e) => e.ru.length + e.kk.length > 0, 'a service needs at least one name');
export type ServiceEntry = z.infer<typeof ServiceEntry>;

export const ServiceCatalogFile = z.object({
  version: z.literal(1),
  note: z.string().optional(),
  services: z.array(ServiceEntry),
});
export type ServiceCatalogFile = z.infer<typeof ServiceCatalogFile>;
