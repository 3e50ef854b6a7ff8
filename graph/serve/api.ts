/**
 * The JSON API of `zangraph serve`, as a table of routes: each names its path, the zod schemas of
 * its parameters and answer, and a handler that asks graph/queries (the functions the CLI calls), so
 * a route answers exactly what `zangraph query ... --format json` answers for the same question.
 * Guarantees: parameters reach a handler only after their schema accepted them (the server answers
 * 400 with the schema's reason otherwise); an id the graph does not hold throws NotFound (404).
 */
import type { z } from 'zod';
import {
  ActParams, ApiAnswers, ChangesQuery, ReglamentQuery, CompareQuery, DocumentParams, DocumentQuery, InForceQuery, ReglamentVersionsQuery,
  SearchQuery, PAGE_SIZE, type ActPage, type PageQuery,
} from '../../schemas/serve.ts';
import { REGION_IDS } from '../../schemas/gold.ts';
import type { CatalogLinkRow, InForceRow } from '../../schemas/query.ts';
import { modelIndex, serviceKey, textId } from '../queries/model-index.ts';
import { inForce, versionRow, whyEmpty } from '../queries/in-force.ts';
import { history } from '../queries/history.ts';
import { compare } from '../queries/compare.ts';
import { changes } from '../queries/changes.ts';
import { search } from '../queries/search.ts';
import type { QueryModel } from '../queries/model.ts';
import type { GraphSource } from '../queries/source.ts';
import { selectReglaments } from '../queries/reglament.ts';
import type { DocumentTexts } from './documents.ts';
import labels from './page/labels.json' with { type: 'json' };

export class NotFound extends Error {}

/** One page of a long answer, built alone: its rows, and how many rows the whole answer has. */
export interface AnswerPage { total: number; rows: unknown[] }

export interface ApiContext { model: QueryModel; texts: DocumentTexts; source: GraphSource }

export interface ApiRoute<P extends z.ZodType = z.ZodType, Q extends z.ZodType = z.ZodType> {
  /** Fastify path syntax (`:name` for a path parameter). */
  path: string;
  summary: string;
  /** Takes no parameters, and the model never changes while serving: the server serializes the answer once. */
  constant?: boolean;
  /**
   * The answer is a list that can run to thousands of rows: it comes a page at a time, `limit` rows
   * by default (pageQuery). The handler answers the whole list, which the server slices, or, where
   * each row is costly to build, only the page its query names, with the whole list's length.
   */
  paged?: { limit: number };
  params?: P;
  query?: Q;
  answer: z.ZodType;
  handle(ctx: ApiContext, params: z.output<P>, query: z.output<Q>): unknown;
}

const route = <P extends z.ZodType, Q extends z.ZodType>(r: ApiRoute<P, Q>): ApiRoute => r as unknown as ApiRoute;

function actPage({ model }: ApiContext, key: string): ActPage {
  const info = model.acts.get(key);
  if (!info) throw new NotFound(`no act ${key} in the graph`);
  const carried = [...(modelIndex(model).carried.get(key) ?? [])]
    .sort((a, b) => a.document.localeCompare(b.document) || a.ordinal - b.ordinal)
    .map((g) => ({ document: g.document, ordinal: g.ordinal, service: g.service, language: g.language }));
  const relations = model.relations.filter((r) => r.from === key || r.to === key);
  return { info, validity: model.validity.get(key)!, history: history(model, { act: key }), relations, reglaments: carried };
}

/** Every version of a text's service in the text's region, oldest first; none when the text could not be placed in time. */
function reglamentVersions({ model }: ApiContext, document: string, ordinal: number): InForceRow[] {
  const index = modelIndex(model);
  if (!index.reglaments.has(textId(document, ordinal))) throw new NotFound(`no reglament ${ordinal} in document ${document}`);
  const own = index.versionOf.get(textId(document, ordinal));
  if (!own) return [];
  return [...index.versionsOf.get(serviceKey(own.serviceId, own.region))!]
    .sort((a, b) => a.from.date.localeCompare(b.from.date) || a.wordingBy.localeCompare(b.wordingBy))
    .map((v) => versionRow(model, v));
}

export const API_ROUTES: ApiRoute[] = [
  route({
    path: '/api/regions',
    summary: 'The region ids with their Russian and Kazakh names',
    constant: true,
    answer: ApiAnswers.regions,
    handle: () => REGION_IDS.map((id) => ({ id, ...labels.regions[id] })),
  }),
  route({
    path: '/api/in-force',
    summary: 'Reglaments in force on a date (zangraph query in-force --format json)',
    query: InForceQuery,
    paged: { limit: PAGE_SIZE },
    answer: ApiAnswers.inForce,
    handle: ({ model }, _p, q) => inForce(model, q),
  }),
  route({
    path: '/api/in-force/why',
    summary: 'Why /api/in-force answers nothing for the same question, one reason a line (what zangraph query in-force prints when nothing is in force); empty when it answers something',
    query: InForceQuery,
    answer: ApiAnswers.inForceWhy,
    handle: ({ model }, _p, q) => whyEmpty(model, q),
  }),
  route({
    path: '/api/compare',
    summary: 'Regions side by side per service (zangraph query compare --format json)',
    query: CompareQuery,
    answer: ApiAnswers.compare,
    handle: ({ model }, _p, q) => compare(model, q),
  }),
  route({
    path: '/api/changes',
    summary: 'Reglaments of a region that came into force, got a new wording or ceased between two dates (zangraph query changes --format json)',
    query: ChangesQuery,
    paged: { limit: PAGE_SIZE },
    answer: ApiAnswers.changes,
    handle: ({ model }, _p, q) => changes(model, q),
  }),
  route({
    path: '/api/catalog',
    summary: 'Every reglament text and the catalog service it is linked to (zangraph query catalog --format json)',
    paged: { limit: PAGE_SIZE },
    answer: ApiAnswers.catalog,
    handle: ({ model }) => model.links,
  }),
  route({
    path: '/api/acts/:key',
    summary: 'An act: what the texts state of it, its history (zangraph query history KEY --format json) and the reglaments it carries',
    params: ActParams,
    answer: ApiAnswers.act,
    handle: (ctx, p) => actPage(ctx, p.key),
  }),
  route({
    path: '/api/reglament',
    summary: 'One reglament text in full, every fact with its line and quote, by region and service (and date) or by document and reglament number (zangraph query reglament --format json)',
    query: ReglamentQuery,
    paged: { limit: 10 },
    answer: ApiAnswers.reglamentText,
    handle: async ({ model, source }, _p, q): Promise<AnswerPage> => {
      const { limit, offset } = q as unknown as PageQuery;
      const selected = await selectReglaments(model, source, q);
      return { total: selected.count, rows: await selected.answers(offset, offset + limit) };
    },
  }),
  route({
    path: '/api/reglament/versions',
    summary: 'Every version of a reglament text\'s service in its region, oldest first, as query in-force rows (empty for a text not placed in time)',
    query: ReglamentVersionsQuery,
    answer: ApiAnswers.versions,
    handle: (ctx, _p, q) => reglamentVersions(ctx, q.document, q.reglament),
  }),
  route({
    path: '/api/documents/:name',
    summary: 'A document\'s source text (the text facts\' spans index), with where a quote stands in it',
    params: DocumentParams,
    query: DocumentQuery,
    answer: ApiAnswers.document,
    handle: async ({ texts }, p, q) => {
      const doc = await texts.get(p.name, q);
      if (!doc) throw new NotFound(`no document ${p.name} in the store`);
      return doc;
    },
  }),
  route({
    path: '/api/search',
    summary: 'Reglaments and acts by service name (either language), act number or words of the quoted text',
    query: SearchQuery,
    answer: ApiAnswers.search,
    handle: ({ model }, _p, q) => search(model, q.q),
  }),
];
