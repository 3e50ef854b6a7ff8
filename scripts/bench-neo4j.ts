/**
 * Neo4j parts of the benchmark: availability, emptying the database between runs, and the load rate
 * of the batched loader against a one-statement-per-row baseline on the same documents.
 */
export async function neo4jAvailable(): Promise<{ ok: boolean; why: string }> {
  return { ok: false, why: 'the Neo4j store (graph/neo4j) is not available yet' };
}
export async function resetNeo4j(): Promise<void> {}
export async function benchNeo4jLoad(_data: string, _sample: number): Promise<{ documents: number; elements: number; batched: { seconds: number }; rowByRow: { seconds: number } }> {
  throw new Error('not available');
}
