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

/**
 * `value` checked against a command's options schema. A problem names the option as the user typed it
 * (`--date 2020-13-01: not a calendar date`): a schema field is its flag in kebab case, except the
 * fields listed in `positional`, which name a positional argument.
 */
export function validate<T extends z.ZodType>(schema: T, value: unknown, positional: string[] = []): z.infer<T> {
  const r = schema.safeParse(value);
  if (!r.success) throw new UsageError(r.error.issues.map((i) => `${optionOf(i.path, value, positional)}: ${i.message}`).join('; '));
  return r.data;
}

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The option an issue's path points at, with the value given for it when it is a plain one. */
function optionOf(path: PropertyKey[], value: unknown, positional: string[]): string {
  const keys = path.filter((k): k is string => typeof k === 'string');
  if (keys.length === 0) return 'options';
  // Nested option groups (`neo4j.txTimeout`) are flags of their own.
  const key = keys.at(-1)!;
  let given: unknown = value;
  for (const k of path) given = given && typeof given === 'object' ? (given as Record<PropertyKey, unknown>)[k as string] : undefined;
  const name = positional.includes(key) ? key : `--${kebab(key)}`;
  return typeof given === 'string' || typeof given === 'number' ? `${name} ${given === '' ? '""' : given}` : name;
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
