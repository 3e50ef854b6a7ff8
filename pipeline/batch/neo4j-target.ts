/**
 * The Neo4j store as a batch GraphTarget. Guarantees: connection settings come from the flags, else
 * NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD / NEO4J_DATABASE; an unreachable server or a refused
 * login fails before any document is processed, with one user-facing line naming the URI and a hint.
 */
import type { GraphTarget } from './run-batch.ts';

export interface Neo4jFlags { uri?: string; user?: string; password?: string; database?: string }

export async function openNeo4jTarget(_flags: Neo4jFlags): Promise<GraphTarget & { close(): Promise<void> }> {
  throw Object.assign(new Error('--store neo4j: the Neo4j store is not available yet'), { userFacing: true });
}
