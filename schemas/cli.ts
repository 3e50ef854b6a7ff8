/** CLI options as zod schemas: what each command accepts, validated before anything runs. */
import { z } from 'zod';
import { Neo4jFlags } from './neo4j.ts';

export const DEFAULT_DATA_DIR = '.zangraph';

export const StoreKind = z.enum(['embedded', 'neo4j']);
export type StoreKind = z.infer<typeof StoreKind>;

const positiveInt = z.coerce.number().int().positive();

export const ExtractOptions = z.object({
  file: z.string().min(1, 'a file path is required'),
  pretty: z.boolean().default(true),
});

export const RunOptions = z.object({
  paths: z.array(z.string()).default([]),
  data: z.string().default(DEFAULT_DATA_DIR),
  store: StoreKind.default('embedded'),
  concurrency: positiveInt.optional(),
  maxBytes: positiveInt.optional(),
  format: z.enum(['table', 'json']).default('table'),
  neo4j: Neo4jFlags.default({}),
});
export type RunOptions = z.infer<typeof RunOptions>;
