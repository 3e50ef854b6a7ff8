/**
 * The Neo4j connection as zod schemas: the flags every command that may use Neo4j accepts
 * (`--uri --user --password --database`), and the connection settings resolved from them and from
 * Neo4j's own variables (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE).
 */
import { z } from 'zod';

/** The connection flags as given; an absent flag falls back to its variable. */
export const Neo4jFlags = z.object({
  uri: z.string().optional(),
  user: z.string().optional(),
  password: z.string().optional(),
  database: z.string().optional(),
});
export type Neo4jFlags = z.infer<typeof Neo4jFlags>;

export const Neo4jConfig = z.object({
  uri: z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/\S+$/, 'a bolt://, neo4j://, bolt+s:// or neo4j+s:// URI'),
  user: z.string().min(1),
  password: z.string().min(1, 'a password is required (NEO4J_PASSWORD or --password)'),
  database: z.string().min(1).optional(),
});
export type Neo4jConfig = z.infer<typeof Neo4jConfig>;
