/**
 * The stores every parity test runs on. The Neo4j store joins when its read side exists and a
 * server is reachable (tests/neo4j infrastructure).
 */
import type { QueryModel } from '../../graph/queries/model.ts';

export interface StoreCase { name: string; model: () => Promise<QueryModel> }

export function stores(embedded: () => Promise<QueryModel>): StoreCase[] {
  return [{ name: 'embedded', model: embedded }];
}
