/**
 * Query rows and options (`zangraph query ...` and the library API of graph/queries), as zod schemas.
 * Every date a query answers carries its certainty: `exact` when computed from dates the texts
 * state, `estimated` when a missing publication date was replaced by the registration or adoption
 * date, or the entry-into-force rule was not stated, or the relation itself was inferred.
 */
import { z } from 'zod';
import { DataDir, DEFAULT_DATA_DIR } from './cli.ts';
import { ActKey, Channel, Duration, EntryIntoForce, IsoDate, Language, RegionId, RoleId, TermKind } from './gold.ts';
import { Neo4jFlags } from './neo4j.ts';
import { DurationRelation } from './extraction.ts';

export const Certainty = z.enum(['exact', 'estimated']);
export type Certainty = z.infer<typeof Certainty>;

/** A fact about an act, with the document that states it. `own`: stated in the act's own text. */
export const StatedFact = z.object({ value: z.string(), document: z.string(), own: z.boolean(), quote: z.string() });
export type StatedFact = z.infer<typeof StatedFact>;

export const ActInfo = z.object({
  key: ActKey,
  issuer: z.string(),
  region: RegionId.nullable(),
  date: IsoDate,
  number: z.string(),
  /** A corpus document carries this act's own text. */
  inCorpus: z.boolean(),
  documents: z.array(z.string()),
  kind: z.string().nullable(),
  title: z.string().nullable(),
  registrationNumber: StatedFact.nullable(),
  registrationDate: StatedFact.nullable(),
  publicationDate: StatedFact.nullable(),
  entryIntoForce: StatedFact.extend({ value: EntryIntoForce }).nullable(),
  status: z.string().nullable(),
  conflicts: z.array(z.string()),
});
export type ActInfo = z.infer<typeof ActInfo>;

/** A computed date: when, how sure, and how it was computed (for the reader). */
export const DateFact = z.object({ date: IsoDate, certainty: Certainty, basis: z.string() });
export type DateFact = z.infer<typeof DateFact>;

export const Validity = z.object({
  act: ActKey,
  from: DateFact,
  /** null: no repeal known. */
  to: DateFact.nullable(),
  repealedBy: ActKey.nullable(),
  certainty: Certainty,
});
export type Validity = z.infer<typeof Validity>;

/** A relation in canonical direction (A amends/repeals B), merged over every document stating it. */
export const CanonicalRelation = z.object({
  from: ActKey,
  type: z.enum(['amends', 'repeals']),
  to: ActKey,
  /** `stated` by at least one document, or `inferred` (see graph/temporal/relations.ts). */
  basis: z.enum(['stated', 'inferred']),
  statedBy: z.array(z.object({ document: z.string(), quote: z.string(), as: z.string() })),
});
export type CanonicalRelation = z.infer<typeof CanonicalRelation>;

export const OutputFormat = z.enum(['table', 'json', 'csv']);
export type OutputFormat = z.infer<typeof OutputFormat>;

export const SourceRef = z.object({
  /** The Akoma Ntoso URI of this text (graph/identifiers/uri.ts). */
  uri: z.string(),
  document: z.string(),
  reglament: z.number().int().positive(),
  language: Language,
  quotes: z.array(z.string()),
});
export type SourceRef = z.infer<typeof SourceRef>;

/** One end of a validity interval, for the reader: when, how sure, the full basis, and why in one short line. */
export const ValidityEnd = DateFact.extend({ why: z.string() });
export type ValidityEnd = z.infer<typeof ValidityEnd>;

export const InForceRow = z.object({
  /** The Akoma Ntoso URI of the version, in the language of its first text; null when the corpus holds no text of it (an expression names its language). */
  uri: z.string().nullable(),
  service: z.string(),
  /** Catalog id, or `unmatched:<name>` for a name the catalog does not know. */
  serviceId: z.string(),
  /** The service's name in the version's own text(s), per language; empty when the text is not in the corpus. */
  names: z.array(z.string()),
  region: RegionId,
  approvedBy: ActKey,
  wordingBy: ActKey,
  /** How the wording came: approved with the act, new wording or added by an amending act. */
  wording: z.enum(['approved', 'new-wording', 'added']),
  validFrom: IsoDate,
  validTo: IsoDate.nullable(),
  certainty: Certainty,
  /** The certainty of each end on its own (`certainty` is the worse of the two). */
  fromCertainty: Certainty,
  toCertainty: Certainty.nullable(),
  basis: z.array(z.string()),
  /** One short line per end: what puts the text in force, and what ends it. */
  why: z.object({ from: z.string(), to: z.string() }),
  /** Corpus documents holding this text; empty when the corpus does not carry it (only its replacement is known). */
  source: z.array(SourceRef),
});
export type InForceRow = z.infer<typeof InForceRow>;

/** One thing an amending act changed in the act it amends, as its operative text says. */
export const ChangeMade = z.object({
  /** `subpoint`: a sub-point of the amended act; `appendix`: a reglament (an appendix of the amended act). */
  part: z.enum(['subpoint', 'appendix']),
  change: z.enum(['new-wording', 'added']),
  /** subpoint: its point ("1"); appendix: null. */
  point: z.string().nullable(),
  /** subpoint: its number; appendix: the amending act's appendix that carries the text. */
  number: z.string().nullable(),
  /** subpoint: its new text when quoted; appendix: the reglament's service as the text names it. */
  text: z.string().nullable(),
  document: z.string(),
  /** The operative clause (subpoint) or the reglament's heading (appendix). */
  quote: z.string(),
});
export type ChangeMade = z.infer<typeof ChangeMade>;

export const HistoryRow = z.object({
  act: ActKey,
  /** What `other` is to `act`. */
  relation: z.enum(['amends', 'repeals', 'amended-by', 'repealed-by']),
  other: ActKey,
  otherDate: IsoDate,
  otherTitle: z.string().nullable(),
  otherInCorpus: z.boolean(),
  /** When the amendment or repeal took effect: entry into force of the amending or repealing act. */
  effective: IsoDate,
  certainty: Certainty,
  basis: z.enum(['stated', 'inferred']),
  /** Documents stating this relation itself (empty for an inferred one). */
  statedBy: z.array(z.string()),
  quotes: z.array(z.string()),
  /** For an inferred relation: the statements it is inferred from (of other acts' repeal), as such. */
  inferredFrom: z.array(z.object({ document: z.string(), statement: z.string(), quote: z.string() })).default([]),
  /** For an amendment: what it changed (empty when the amending act's text is not in the corpus). */
  changes: z.array(ChangeMade).default([]),
});
export type HistoryRow = z.infer<typeof HistoryRow>;

export const ChannelTime = z.object({
  channel: z.string(),
  /** The stated durations, per unit, never converted between units: "30 minute", "1 working-day".
   * Several durations for one channel are alternatives (per case), never added up. */
  durations: z.array(z.string()),
});

/** A fastest and a slowest total (graph/queries/totals.ts): gold-format durations, one per unit,
 * largest unit first; working minutes under the convention of docs/queries.md (null: no duration). */
export const Total = z.object({
  total: z.object({ fastest: z.array(Duration), slowest: z.array(Duration) }),
  workingMinutes: z.object({ fastest: z.number().int().nonnegative(), slowest: z.number().int().nonnegative() }).nullable(),
});
export type Total = z.infer<typeof Total>;

export const VariantTotal = Total.extend({
  variant: z.string().nullable(),
  /** Durations the text states for the variant as a whole (its heading). */
  limit: z.array(Duration),
});

export const CompareCell = Total.extend({
  region: RegionId,
  /** `text`: the text in force is in the corpus; `text-not-in-corpus`: a text was in force (a later
   * act replaces it) but the corpus does not carry it; `not-regulated`: the corpus has no text in force. */
  status: z.enum(['text', 'text-not-in-corpus', 'not-regulated']),
  present: z.boolean(),
  names: z.array(z.string()),
  approvedBy: ActKey.nullable(),
  wordingBy: ActKey.nullable(),
  validFrom: IsoDate.nullable(),
  validTo: IsoDate.nullable(),
  certainty: Certainty.nullable(),
  textInCorpus: z.boolean(),
  /** The corpus text the steps and totals are read from (one language of the version). */
  text: z.object({ document: z.string(), reglament: z.number().int().positive(), language: Language }).nullable(),
  steps: z.number().int().nonnegative().nullable(),
  /** Totals per procedure variant; `total` above is over the variants as alternative paths. */
  variants: z.array(VariantTotal),
  /** The stated total term of service per channel. */
  totalTime: z.array(ChannelTime),
  roles: z.array(RoleId),
  /** For the reader: "text in force not in the corpus (№ 204 of 2015-08-04)", "not regulated in the corpus". */
  note: z.string().nullable(),
});
export type CompareCell = z.infer<typeof CompareCell>;

export const CompareRow = z.object({
  serviceId: z.string(),
  service: z.string(),
  regions: z.array(CompareCell),
});
export type CompareRow = z.infer<typeof CompareRow>;

/** What was compared in one region: the date its texts are taken at and the period they hold together. */
export const CompareRegion = z.object({
  region: RegionId,
  /** The date the region's texts are taken at: `--date`, or the start of its latest known text. */
  asOf: IsoDate.nullable(),
  /** The period in which every compared text of the region is in force (validTo half-open; null: no end known). */
  from: IsoDate.nullable(),
  to: IsoDate.nullable(),
  /** The period the region's texts in the corpus cover at all. */
  coveredFrom: IsoDate.nullable(),
  coveredTo: IsoDate.nullable(),
});
export type CompareRegion = z.infer<typeof CompareRegion>;

export const CompareResult = z.object({
  date: IsoDate.nullable(),
  regions: z.array(CompareRegion),
  /** Whether the compared texts of all regions are in force together on some day. */
  overlap: z.boolean(),
  /** Warnings for the reader: periods that do not overlap, regions with nothing in force. */
  notes: z.array(z.string()),
  rows: z.array(CompareRow),
});
export type CompareResult = z.infer<typeof CompareResult>;

export const CatalogLinkRow = z.object({
  document: z.string(),
  reglament: z.number().int().positive(),
  language: Language,
  name: z.string(),
  serviceId: z.string().nullable(),
  method: z.enum(['exact', 'stem', 'fuzzy', 'unmatched']),
  score: z.number(),
});
export type CatalogLinkRow = z.infer<typeof CatalogLinkRow>;

/** Where a fact was read: the document, the line its quote starts on, the raw quote and its span, and the quote as a reader writes it. */
export const Evidence = z.object({
  document: z.string(),
  /** 1-based line of the document's source text; null when the store holds no line for it. */
  line: z.number().int().positive().nullable(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** source.slice(start, end), as it stands in the document. */
  quote: z.string(),
  /** The quote as a reader writes it: letter-spacing rejoined, line breaks as spaces. */
  reading: z.string(),
});
export type Evidence = z.infer<typeof Evidence>;

/** A role with its label in the language of the text. */
export const RoleRef = z.object({ id: RoleId, label: z.string() });
export type RoleRef = z.infer<typeof RoleRef>;

export const ActRef = z.object({
  key: ActKey,
  /** The act's Akoma Ntoso work URI. */
  uri: z.string(),
  number: z.string(),
  date: IsoDate,
  title: z.string().nullable(),
  /** A corpus document carries the act's own text. */
  inCorpus: z.boolean(),
  /** Where the reglament's text names this act (the approval stamp, the amending point); null when it does not. */
  evidence: Evidence.nullable(),
});
export type ActRef = z.infer<typeof ActRef>;

export const ReglamentStep = z.object({
  n: z.number().int().positive(),
  actor: RoleRef.nullable(),
  durations: z.array(Duration),
  /** How each duration relates to the one before it: `then` (added), `or` (an alternative), `extension`. */
  links: z.array(DurationRelation),
  evidence: Evidence,
  actorEvidence: Evidence.nullable(),
  durationEvidence: z.array(Evidence),
});
export type ReglamentStep = z.infer<typeof ReglamentStep>;

/** One reglament text in full, with the version of the service's reglament it belongs to. */
export const ReglamentAnswer = z.object({
  /** The Akoma Ntoso URI of this text's version in its language; null without a text or a place in time. */
  uri: z.string().nullable(),
  region: RegionId.nullable(),
  serviceId: z.string(),
  service: z.object({
    /** The name the text itself uses; null when the text is not in the corpus. */
    name: z.string().nullable(),
    evidence: Evidence.nullable(),
    /** The catalog entry: its Russian and Kazakh display names; null for a name the catalog does not know. */
    catalog: z.object({ id: z.string(), ru: z.string().nullable(), kk: z.string().nullable() }).nullable(),
  }),
  approvedBy: ActRef.nullable(),
  wordingBy: ActRef.nullable(),
  wording: z.enum(['approved', 'new-wording', 'added']).nullable(),
  /** null when the text cannot be placed in time (no approving or carrying act, no region). */
  validity: z.object({ from: ValidityEnd, to: ValidityEnd.nullable() }).nullable(),
  /** The text in the corpus; null when the version is known only because a later act replaces it. */
  text: z.object({
    document: z.string(),
    reglament: z.number().int().positive(),
    language: Language,
    appendix: z.string().nullable(),
    /** Each variant with its stated time limit (its heading's durations) and its fastest and slowest totals. */
    procedures: z.array(Total.extend({
      variant: z.string().nullable(),
      evidence: Evidence.nullable(),
      limit: z.array(Duration),
      /** Where each duration of `limit` is stated, in the same order. */
      limitEvidence: z.array(Evidence),
      steps: z.array(ReglamentStep),
    })),
    /** The text's fastest and slowest totals, over its variants as alternative paths (graph/queries/totals.ts). */
    total: Total.shape.total,
    workingMinutes: Total.shape.workingMinutes,
    participants: z.array(z.object({ role: RoleRef, evidence: Evidence.nullable() })),
    terms: z.array(z.object({ kind: TermKind, channel: Channel, duration: Duration, evidence: Evidence })),
  }).nullable(),
  /** The same version's texts in other languages. */
  otherTexts: z.array(z.object({ document: z.string(), reglament: z.number().int().positive(), language: Language })),
  notes: z.array(z.string()),
});
export type ReglamentAnswer = z.infer<typeof ReglamentAnswer>;

const isCalendarDate = (d: string) => {
  const t = Date.parse(`${d}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d;
};
const dateOpt = IsoDate.refine(isCalendarDate, 'not a calendar date (YYYY-MM-DD)');

export const InForceOptions = z.object({
  date: dateOpt,
  region: RegionId.optional(),
  service: z.string().min(1).optional(),
});
export type InForceOptions = z.infer<typeof InForceOptions>;

export const ReglamentOptions = z.union([
  z.object({ region: RegionId, service: z.string().min(1), date: dateOpt.optional() }),
  z.object({ document: z.string().min(1), reglament: z.coerce.number().int().positive() }),
]);
export type ReglamentOptions = z.infer<typeof ReglamentOptions>;

export const HistoryOptions = z.union([
  z.object({ act: ActKey }),
  z.object({ region: RegionId, number: z.string().min(1), date: IsoDate.optional() }),
]);
export type HistoryOptions = z.infer<typeof HistoryOptions>;

export const CompareOptions = z.object({
  regions: z.array(RegionId).min(2, 'give at least two regions: --regions A,B'),
  date: dateOpt.optional(),
});
export type CompareOptions = z.infer<typeof CompareOptions>;

export const ChangesOptions = z.object({
  region: RegionId,
  from: dateOpt,
  to: dateOpt,
}).refine((o) => o.from <= o.to, { message: '--from must not be after --to', path: ['to'] });
export type ChangesOptions = z.infer<typeof ChangesOptions>;

/** A reglament text of the region that changed between the dates, and the act that changed it. */
export const ChangeRow = z.object({
  /** The day the change took effect (the act's entry into force). */
  date: IsoDate,
  certainty: Certainty,
  /** `came-into-force`: a text approved or added; `new-wording`: a text replaced by a new wording;
   * `ceased`: a text no longer in force and not replaced by another wording. */
  change: z.enum(['came-into-force', 'new-wording', 'ceased']),
  /** The act that did it: the approving / adding / rewording act, or the repealing act. */
  act: ActKey,
  actTitle: z.string().nullable(),
  actInCorpus: z.boolean(),
  /** How the date and the act were found (stated or inferred, publication, rule). */
  basis: z.string(),
  serviceId: z.string(),
  service: z.string(),
  /** The service's names in the changed text(s) (the new text for a new wording or entry into force). */
  names: z.array(z.string()),
  /** The act whose reglament this is. */
  approvedBy: ActKey,
  /** The corpus documents holding the text that came into force or ceased (empty: not in the corpus). */
  documents: z.array(z.string()),
});
export type ChangeRow = z.infer<typeof ChangeRow>;

export const ActSummary = z.object({
  key: ActKey,
  /** The act's Akoma Ntoso work URI. */
  uri: z.string(),
  title: z.string().nullable(),
  inCorpus: z.boolean(),
  documents: z.array(z.string()),
  validFrom: IsoDate,
  validTo: IsoDate.nullable(),
  certainty: Certainty,
  basis: z.array(z.string()),
});
export type ActSummary = z.infer<typeof ActSummary>;

export const HistoryResult = z.object({
  act: ActSummary,
  relations: z.array(HistoryRow),
  /** For the reader: texts that are not in the corpus, so what they say is known only from other acts. */
  warnings: z.array(z.string()).default([]),
});
export type HistoryResult = z.infer<typeof HistoryResult>;

export const QueryCliOptions = z.object({
  store: z.enum(['embedded', 'neo4j']).default('embedded'),
  data: DataDir.default(DEFAULT_DATA_DIR),
  format: OutputFormat.default('table'),
  neo4j: Neo4jFlags.default({}),
});
export type QueryCliOptions = z.infer<typeof QueryCliOptions>;
