/**
 * Shared option parsing: node's parseArgs for syntax, zod for meaning. Every problem is a UsageError
 * naming the option. The Neo4j connection flags are declared and read here once for every command.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { z } from 'zod';
import { UsageError } from './command.ts';
import { Neo4jFlags } from '../../schemas/neo4j.ts';

export function parse(argv: string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export function validate<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const r = schema.safeParse(value);
  if (!r.success) {
    const msg = r.error.issues.map((i) => `${i.path.join('.') || 'options'}: ${i.message}`).join('; ');
    throw new UsageError(msg);
  }
  return r.data;
}

/** The Neo4j connection flags, for a command's parseArgs options. */
export const NEO4J_FLAGS = {
  uri: { type: 'string' },
  user: { type: 'string' },
  password: { type: 'string' },
  database: { type: 'string' },
  'connect-timeout': { type: 'string' },
  'tx-timeout': { type: 'string' },
} as const;

/** The Neo4j connection flags' lines of a command's --help. */
export const NEO4J_HELP = `  --uri, --user, --password, --database   Neo4j connection (default: NEO4J_URI, NEO4J_USERNAME,
                        NEO4J_PASSWORD, NEO4J_DATABASE)
  --connect-timeout <s> seconds to connect to Neo4j before exiting 1 (default NEO4J_CONNECT_TIMEOUT, or 10)
  --tx-timeout <s>      seconds one Neo4j transaction or query may take before exiting 1 (default
                        NEO4J_TX_TIMEOUT, or 60)`;

/** The Neo4j connection flags out of a command's parsed options (absent ones stay absent: the
 * store falls back to the variables when it connects). */
export function neo4jFlags(values: { [K in keyof typeof NEO4J_FLAGS]?: string | boolean | (string | boolean)[] }): Neo4jFlags {
  return validate(Neo4jFlags, { uri: values.uri, user: values.user, password: values.password, database: values.database, connectTimeout: values['connect-timeout'], txTimeout: values['tx-timeout'] });
}
