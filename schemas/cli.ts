/** CLI options as zod schemas: what each command accepts, validated before anything runs. */
import { z } from 'zod';
import { Neo4jFlags } from './neo4j.ts';

export const DEFAULT_DATA_DIR = '.zangraph';

export const StoreKind = z.enum(['embedded', 'neo4j']);
export type StoreKind = z.infer<typeof StoreKind>;

const positiveInt = z.coerce.number({ error: 'not a number' }).int('not a whole number').positive('must be at least 1');

/** The data folder (--data): a path, never an empty string (which would put the store in the current folder). */
export const DataDir = z.string().refine((s) => s.trim() !== '', 'is empty: give the data folder (default .zangraph/)');

/** Seconds one document may take to extract before its worker is ended (--doc-timeout). */
export const DEFAULT_DOC_TIMEOUT_S = 120;

export const ExtractOptions = z.object({
  file: z.string().min(1, 'a file path is required'),
  pretty: z.boolean().default(true),
});

export const RunOptions = z.object({
  paths: z.array(z.string()).default([]),
  data: DataDir.default(DEFAULT_DATA_DIR),
  store: StoreKind.default('embedded'),
  concurrency: positiveInt.optional(),
  maxBytes: positiveInt.optional(),
  docTimeout: z.coerce.number().positive().default(DEFAULT_DOC_TIMEOUT_S),
  format: z.enum(['table', 'json']).default('table'),
  neo4j: Neo4jFlags.default({}),
});
export type RunOptions = z.infer<typeof RunOptions>;
