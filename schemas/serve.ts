/**
 * The JSON API of `zangraph serve`: the parameters each route accepts and the shapes it answers
 * that the CLI has no JSON for. Answers the CLI also gives (in-force, history, compare, catalog)
 * use the CLI's own schemas (schemas/query.ts), so a route and the CLI answer a question alike.
 * Parameters arrive as strings (path and query string); these schemas read and check them, and
 * their JSON Schema (input side) is what /api/openapi.json publishes.
 */
import { z } from 'zod';
import { ActKey, Language, RegionId } from './gold.ts';
import { Neo4jFlags } from './neo4j.ts';
import {
  ActInfo, CanonicalRelation, CatalogLinkRow, ChangeRow, ChangesOptions, CompareOptions, CompareResult, HistoryResult, InForceOptions, InForceRow, ReglamentAnswer, ReglamentOptions, Validity,
} from './query.ts';

export const ServeCliOptions = z.object({
  data: z.string().default('.zangraph'),
  store: z.enum(['embedded', 'neo4j']).default('embedded'),
  port: z.coerce.number().int().min(0).max(65_535).default(8080),
  host: z.string().min(1).default('127.0.0.1'),
  neo4j: Neo4jFlags.default({}),
});
export type ServeCliOptions = z.infer<typeof ServeCliOptions>;

/**
 * A long answer comes a page at a time: `limit` rows from `offset` of the rows the CLI answers, in
 * its order; the server says in the X-Total-Count header how many rows the whole answer has (and
 * links the next page), so a reader knows more exist. A route sets its default page: the page's
 * table of rows, or a few answers where each is a whole text.
 */
export const PAGE_SIZE = 200;
const count = (what: string) => z.string().regex(/^\d+$/, what).transform(Number);
export const pageQuery = (defaultLimit: number) => z.object({
  limit: count('a number of rows: 1, 2, ...').pipe(z.number().int().min(1).max(100_000)).default(defaultLimit),
  offset: count('a row offset: 0, 1, ...').default(0),
});
export const PageQuery = pageQuery(PAGE_SIZE);
export type PageQuery = z.output<typeof PageQuery>;

export const InForceQuery = InForceOptions;
export const ReglamentQuery = ReglamentOptions;

export const CompareQuery = z.object({
  /** Comma-separated region ids, as the CLI's --regions. */
  regions: z.string().transform((s) => s.split(',').map((r) => r.trim()).filter(Boolean)).pipe(CompareOptions.shape.regions),
  date: CompareOptions.shape.date,
});

export const ChangesQuery = ChangesOptions;

export const ActParams = z.object({ key: ActKey });

export const ReglamentParams = z.object({
  document: z.string().min(1),
  ordinal: z.string().regex(/^[1-9]\d*$/, 'a reglament number: 1, 2, ...').transform(Number),
});

/** A reglament text by document and number, as `/api/reglament` names it. */
export const ReglamentVersionsQuery = z.object({ document: ReglamentParams.shape.document, reglament: ReglamentParams.shape.ordinal });

export const DocumentParams = z.object({ name: z.string().min(1) });

const offset = z.string().regex(/^\d+$/, 'a character offset: 0, 1, ...').transform(Number);
export const DocumentQuery = z.object({
  /** A quote to find in the text; the answer says where it is. */
  quote: z.string().min(1).max(20_000).optional(),
  /** Or the span of a fact (its evidence's start and end): the answer says which line it starts on. */
  start: offset.optional(),
  end: offset.optional(),
}).refine((q) => (q.start === undefined) === (q.end === undefined), { message: 'give both start and end, or neither', path: ['end'] })
  .refine((q) => q.start === undefined || q.end === undefined || q.start < q.end, { message: 'end must be after start', path: ['end'] });

export const SearchQuery = z.object({
  q: z.string().trim().min(2, 'type at least two characters').max(1000),
});

export const RegionRow = z.object({ id: RegionId, ru: z.string(), kk: z.string() });
export type RegionRow = z.infer<typeof RegionRow>;

/** An act's page: what the texts state of it, and its history (the CLI's `query history` JSON). */
export const ActPage = z.object({
  info: ActInfo,
  /** When it was in force, each end with its own certainty and basis. */
  validity: Validity,
  history: HistoryResult,
  /** The relations behind the history, each with the document and quote of every statement of it. */
  relations: z.array(CanonicalRelation),
  /** The reglament texts this act carries, by document and number. */
  reglaments: z.array(z.object({ document: z.string(), ordinal: z.number().int().positive(), service: z.string(), language: Language })),
});
export type ActPage = z.infer<typeof ActPage>;

export const DocumentText = z.object({
  name: z.string(),
  language: Language,
  act: ActKey.nullable(),
  /** The source text, as the facts' character spans count it. */
  text: z.string(),
  /** Where the quote asked for is (first occurrence), with its 1-based line; null when not found. */
  highlight: z.object({ start: z.number().int(), end: z.number().int(), line: z.number().int().positive() }).nullable(),
});
export type DocumentText = z.infer<typeof DocumentText>;

export const SearchHit = z.object({
  kind: z.enum(['service', 'act', 'text']),
  /** What matched, as the text or catalog writes it. */
  label: z.string(),
  /** A reglament (document + ordinal) or an act key; a text hit also names the quote that matched. */
  document: z.string().nullable(),
  ordinal: z.number().int().positive().nullable(),
  act: ActKey.nullable(),
  region: RegionId.nullable(),
  quote: z.string().nullable(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const ApiError = z.object({ statusCode: z.number().int(), error: z.string(), message: z.string() });
export type ApiError = z.infer<typeof ApiError>;

export const ApiAnswers = {
  regions: z.array(RegionRow),
  inForce: z.array(InForceRow),
  /** Why in-force answers nothing for the same question, one reason a line; empty when it answers something. */
  inForceWhy: z.array(z.string()),
  compare: CompareResult,
  changes: z.array(ChangeRow),
  catalog: z.array(CatalogLinkRow),
  act: ActPage,
  reglamentText: z.array(ReglamentAnswer),
  /** Every version of a text's service in its region, oldest first (the CLI's in-force rows). */
  versions: z.array(InForceRow),
  document: DocumentText,
  search: z.array(SearchHit),
};
