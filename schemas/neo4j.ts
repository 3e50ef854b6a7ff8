/**
 * The Neo4j connection as zod schemas: the flags every command that may use Neo4j accepts
 * (`--uri --user --password --database`), and the connection settings resolved from them and from
 * Neo4j's own variables (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE), and the
 * timeouts (`--connect-timeout`, `--tx-timeout`; NEO4J_CONNECT_TIMEOUT, NEO4J_TX_TIMEOUT, in seconds).
 */
import { z } from 'zod';

export const DEFAULT_CONNECT_TIMEOUT_S = 10;
export const DEFAULT_TX_TIMEOUT_S = 60;

/** The connection flags as given; an absent flag falls back to its variable. */
export const Neo4jFlags = z.object({
  uri: z.string().optional(),
  user: z.string().optional(),
  password: z.string().optional(),
  database: z.string().optional(),
  connectTimeout: z.string().optional(),
  txTimeout: z.string().optional(),
});
export type Neo4jFlags = z.infer<typeof Neo4jFlags>;

export const Neo4jConfig = z.object({
  uri: z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/\S+$/, 'a bolt://, neo4j://, bolt+s:// or neo4j+s:// URI'),
  user: z.string().min(1),
  password: z.string().min(1, 'a password is required (NEO4J_PASSWORD or --password)'),
  database: z.string().min(1).optional(),
  /** Seconds to open a connection (TCP and handshake) before giving up (default DEFAULT_CONNECT_TIMEOUT_S). */
  connectTimeoutS: z.coerce.number().positive().optional(),
  /** Seconds one transaction or query may take, retries included, before the command gives up
   * (default DEFAULT_TX_TIMEOUT_S). */
  txTimeoutS: z.coerce.number().positive().optional(),
});
export type Neo4jConfig = z.infer<typeof Neo4jConfig>;
