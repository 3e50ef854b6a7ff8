/**
 * GraphSource over Neo4j. Pending: written against graph/model's node and relationship types once
 * that model lands; until then `--store neo4j` says so instead of answering.
 */
import type { GraphSource } from './source.ts';

export async function openNeo4jSource(_flags: { uri?: string; user?: string; password?: string; database?: string }): Promise<GraphSource> {
  throw new Error('query --store neo4j: the Neo4j read side is not available yet (waiting for graph/model)');
}
