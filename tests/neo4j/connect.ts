/** The server the global setup started, for the Neo4j test files. */
import { inject } from 'vitest';
import { openNeo4jStore, type Neo4jStore } from '../../graph/neo4j/store.ts';

export function neo4jCoordinates(): { uri: string; user: string; password: string } {
  const n = inject('neo4j');
  if ('unavailable' in n) throw new Error(`Neo4j tests cannot run: ${n.unavailable}`);
  return n;
}

export async function openTestStore(database?: string): Promise<Neo4jStore> {
  const c = neo4jCoordinates();
  return openNeo4jStore({ uri: c.uri, user: c.user, password: c.password, database });
}
