/**
 * The HTTP server of `zangraph serve`: the JSON API (graph/serve/api.ts), its OpenAPI document, and
 * the page (one HTML shell, one script, one style sheet, all served from here; nothing external).
 * Guarantees:
 * - read-only: only GET (and HEAD) routes exist; the query model is built once and never written;
 * - every parameter is checked by its zod schema before a handler runs; a rejected one is a 400 whose
 *   message names the parameter and the reason; an id the graph does not hold is a 404, for the API
 *   (JSON) and for a page address (the shell, which shows the page "not found" with a way back);
 * - the page runs under a Content-Security-Policy that allows only this origin's script and style,
 *   so a document's text can never run as code even if it reached the page unescaped.
 */
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { gzipSync } from 'node:zlib';
import type { z } from 'zod';
import { API_ROUTES, NotFound, type AnswerPage, type ApiContext } from './api.ts';
import { modelIndex, textId } from '../queries/model-index.ts';
import { prepareQueries } from '../queries/prepare.ts';
import { searchIndex } from '../queries/search.ts';
import { openApiDocument } from './openapi.ts';
import { DocumentTexts, DocumentUnavailable } from './documents.ts';
import { PIPELINE_VERSION } from '../../schemas/extraction.ts';
import { ActParams, CompareQuery, DocumentParams, DocumentQuery, InForceQuery, pageQuery, type PageQuery, ReglamentParams } from '../../schemas/serve.ts';
import type { QueryModel } from '../queries/model.ts';
import type { GraphSource } from '../queries/source.ts';
import { QueryError } from '../queries/history.ts';
import type { PageBundle } from './bundle-page.ts';

export interface ServerOptions {
  model: QueryModel;
  /** The store the model was read from, open: the answers that read texts through it. The server closes it when it closes. */
  source: GraphSource;
  page: PageBundle;
  /** The folder the stored document paths are relative to (where `zangraph run` was started). */
  baseDir?: string;
  logger?: boolean;
}

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

const SHELL = `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>zangraph</title>
<link rel="stylesheet" href="/assets/app.css">
<script type="module" src="/assets/app.js"></script>
</head>
<body><div id="app"></div></body>
</html>
`;

class BadRequest extends Error {}

function issuesText(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'value'}: ${i.message}`).join('; ');
}

/** Checks a page address's parameters with the API's own schemas: a page that would only show an error is answered with that status. */
function pageCheck(model: QueryModel, texts: DocumentTexts): Array<{ path: string; check(params: Record<string, string>, query: Record<string, string>): void }> {
  const valid = (schema: z.ZodType, value: unknown) => {
    const r = schema.safeParse(value);
    if (!r.success) throw new BadRequest(issuesText(r.error));
    return r.data as Record<string, unknown>;
  };
  return [
    { path: '/', check: (_p, q) => { if (q.date) valid(InForceQuery, q); } },
    { path: '/in-force', check: (_p, q) => { if (q.date) valid(InForceQuery, q); } },
    { path: '/compare', check: (_p, q) => { if (q.regions) valid(CompareQuery, q); } },
    { path: '/search', check: () => {} },
    { path: '/act/:key', check: (p) => { const { key } = valid(ActParams, p); if (!model.acts.has(key as string)) throw new NotFound(`no act ${key}`); } },
    {
      path: '/reglament/:document/:ordinal',
      check: (p) => {
        const { document, ordinal } = valid(ReglamentParams, p);
        if (!modelIndex(model).reglaments.has(textId(document as string, ordinal as number))) throw new NotFound(`no reglament ${ordinal} in ${document}`);
      },
    },
    {
      path: '/source/:name',
      check: (p, q) => {
        const { name } = valid(DocumentParams, p);
        valid(DocumentQuery, q);
        if (!texts.has(name as string)) throw new NotFound(`no document ${name}`);
      },
    },
  ];
}

function asset(reply: FastifyReply, acceptEncoding: string | undefined, type: string, body: { raw: Buffer; gzip: Buffer }) {
  reply.header('content-type', type).header('cache-control', 'no-cache');
  if (acceptEncoding && /\bgzip\b/.test(acceptEncoding)) return reply.header('content-encoding', 'gzip').send(body.gzip);
  return reply.send(body.raw);
}

/** One page of a long answer; the headers tell how long the whole answer is and where the next page is. */
function onePage(url: string, { limit, offset }: PageQuery, answer: unknown[] | AnswerPage, reply: FastifyReply): unknown[] {
  const { total, rows } = Array.isArray(answer) ? { total: answer.length, rows: answer.slice(offset, offset + limit) } : answer;
  reply.header('x-total-count', String(total));
  if (offset + limit < total) {
    const next = new URL(url, 'http://server');
    next.searchParams.set('offset', String(offset + limit));
    next.searchParams.set('limit', String(limit));
    reply.header('link', `<${next.pathname}${next.search}>; rel="next"`);
  }
  return rows;
}

export function buildServer(options: ServerOptions): FastifyInstance {
  const { model, page, source } = options;
  const texts = new DocumentTexts(model, options.baseDir);
  const ctx: ApiContext = { model, texts, source };
  const app = Fastify({ logger: options.logger ?? false, routerOptions: { maxParamLength: 1000 } });
  app.addHook('onClose', async () => { await source.close(); });

  // zod checks every parameter (the same schemas the CLI validates its options with).
  app.setValidatorCompiler(({ schema }) => (data) => {
    const r = (schema as z.ZodType).safeParse(data);
    return r.success ? { value: r.data } : { error: new BadRequest(issuesText(r.error)) };
  });
  app.setErrorHandler((error: Error & { statusCode?: number; validationContext?: string }, request, reply) => {
    const api = request.url.startsWith('/api/');
    // A QueryError is the query layer refusing a question (an unknown service or region, with the closest names).
    const status = error instanceof NotFound ? 404
      : error instanceof BadRequest || error instanceof QueryError || error.statusCode === 400 ? 400
      : error instanceof DocumentUnavailable ? 503 : 500;
    const where = error.validationContext ? `${error.validationContext === 'querystring' ? 'query' : error.validationContext}: ` : '';
    const message = `${where}${error.message}`;
    if (status === 500) request.log.error(error);
    if (api) return reply.status(status).send({ statusCode: status, error: status === 404 ? 'Not Found' : status === 400 ? 'Bad Request' : 'Error', message });
    return reply.status(status).type('text/html; charset=utf-8').header('content-security-policy', CSP).send(SHELL);
  });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/')) return reply.status(404).send({ statusCode: 404, error: 'Not Found', message: `no route ${request.method} ${request.url.split('?')[0]}` });
    return reply.status(404).type('text/html; charset=utf-8').header('content-security-policy', CSP).send(SHELL);
  });

  // Lookups and derived rows built now rather than by the first requests.
  prepareQueries(model);
  searchIndex(model);
  for (const r of API_ROUTES) {
    if (r.constant) {
      const json = JSON.stringify(r.handle(ctx, undefined, undefined));
      app.get(r.path, (_req, reply) => reply.type('application/json; charset=utf-8').send(json));
      continue;
    }
    const query = r.paged ? (r.query ? r.query.and(pageQuery(r.paged.limit)) : pageQuery(r.paged.limit)) : r.query;
    app.get(r.path, { schema: { ...(r.params && { params: r.params }), ...(query && { querystring: query }) } }, async (request, reply) => {
      const answer = await r.handle(ctx, request.params, request.query);
      return r.paged ? onePage(request.url, request.query as PageQuery, answer as unknown[] | AnswerPage, reply) : answer;
    });
  }
  const openapi = JSON.stringify(openApiDocument(API_ROUTES, PIPELINE_VERSION));
  app.get('/api/openapi.json', (_req, reply) => reply.type('application/json; charset=utf-8').send(openapi));

  // A browser asks for an icon on every page; the page has none, and a 404 would be noise in its console.
  app.get('/favicon.ico', (_req, reply) => reply.status(204).send());
  const js = { raw: Buffer.from(page.js), gzip: gzipSync(page.js) };
  const css = { raw: Buffer.from(page.css), gzip: gzipSync(page.css) };
  app.get('/assets/app.js', (req, reply) => asset(reply, req.headers['accept-encoding'], 'text/javascript; charset=utf-8', js));
  app.get('/assets/app.css', (req, reply) => asset(reply, req.headers['accept-encoding'], 'text/css; charset=utf-8', css));

  for (const p of pageCheck(model, texts)) {
    app.get(p.path, async (request, reply) => {
      p.check(request.params as Record<string, string>, request.query as Record<string, string>);
      return reply.type('text/html; charset=utf-8').header('content-security-policy', CSP).send(SHELL);
    });
  }
  return app;
}
