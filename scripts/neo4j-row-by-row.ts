/**
 * The benchmark's baseline Neo4j loader: one document in one transaction like the store's own
 * loader (its previous facts deleted, act properties refreshed), but one statement per node and per
 * relationship instead of UNWIND batches. Not used by the CLI.
 */
import neo4j from 'neo4j-driver';
import { loaderSteps, type Neo4jStore } from '../graph/neo4j/store.ts';
import type { GraphRows } from '../schemas/graph.ts';

export async function loadRowByRow(store: Neo4jStore, g: GraphRows): Promise<void> {
  const session = store.driver.session({ ...(store.config.database ? { database: store.config.database } : {}), defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.executeWrite(async (tx) => {
      await loaderSteps.deleteDocument(tx, g.doc);
      for (const n of g.nodes) await tx.run(loaderSteps.mergeNode(n.label), { rows: [{ key: n.key, props: n.props }] });
      for (const r of g.rels) await tx.run(loaderSteps.relationship(r), { rows: [{ from: r.from.key, to: r.to.key, props: r.props }] });
      await loaderSteps.refreshActs(tx, g.nodes.filter((n) => n.label === 'Act').map((n) => n.key));
    });
  } finally {
    await session.close();
  }
}
