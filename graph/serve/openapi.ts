/**
 * The OpenAPI 3.1 document of the JSON API, generated from the route table's zod schemas
 * (z.toJSONSchema): parameters from the input side of their schemas (what a client sends), answers
 * from the output side (what it gets back), with a paged route's page parameters and headers.
 * Nothing here is written by hand but the route list, so the document cannot drift from what the
 * routes validate and return.
 */
import { z } from 'zod';
import { ApiError, pageQuery } from '../../schemas/serve.ts';
import type { ApiRoute } from './api.ts';

type JsonSchema = Record<string, unknown>;

const schemaOf = (s: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(s, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
};

function parameters(s: z.ZodType | undefined, where: 'path' | 'query'): JsonSchema[] {
  if (!s) return [];
  const obj = schemaOf(s, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(obj.properties ?? {}).map(([name, schema]) => ({
    name, in: where, required: where === 'path' || (obj.required ?? []).includes(name), schema,
  }));
}

/** What a paged answer says of the whole answer. */
const PAGE_HEADERS = {
  'X-Total-Count': { description: 'how many rows the whole answer has', schema: { type: 'integer', minimum: 0 } },
  Link: { description: 'the next page, `<path?...&offset=N>; rel="next"`; absent on the last page', schema: { type: 'string' } },
};

const toOpenApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

export function openApiDocument(routes: ApiRoute[], version: string): JsonSchema {
  const error = { description: '', content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } } };
  const paths: Record<string, JsonSchema> = {};
  for (const r of routes) {
    paths[toOpenApiPath(r.path)] = {
      get: {
        summary: r.summary,
        parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query'), ...(r.paged ? parameters(pageQuery(r.paged.limit), 'query') : [])],
        responses: {
          200: {
            description: r.paged ? `the answer, \`limit\` rows from \`offset\` (${r.paged.limit} from the first by default)` : 'the answer',
            ...(r.paged && { headers: PAGE_HEADERS }),
            content: { 'application/json': { schema: schemaOf(r.answer, 'output') } },
          },
          400: { ...error, description: 'a parameter is malformed; the message names it and the reason' },
          404: { ...error, description: 'the graph holds no such act, reglament or document' },
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'zangraph', version, description: 'Read-only answers over the graph of regional legal acts and state-service reglaments.' },
    paths,
    components: { schemas: { ApiError: schemaOf(ApiError, 'output') } },
  };
}
