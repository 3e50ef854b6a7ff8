/**
 * Graph rows: what both stores (embedded and Neo4j) hold, as zod schemas. Labels and relationship
 * types are closed enums, so the Cypher statements that write them are fixed strings chosen from
 * these enums, never built from data (values always travel as parameters).
 */
import { z } from 'zod';

export const NODE_LABELS = ['Document', 'Act', 'Region', 'Issuer', 'Service', 'ReglamentVersion', 'Step', 'Role', 'Term', 'Amendment'] as const;
export const NodeLabel = z.enum(NODE_LABELS);
export type NodeLabel = z.infer<typeof NodeLabel>;

export const REL_TYPES = [
  'CARRIES', 'MENTIONS', 'AMENDS', 'REPEALS', 'APPROVES', 'GIVES_WORDING', 'CONTAINS', 'FOR_SERVICE',
  'IN_REGION', 'ISSUED_BY', 'HAS_STEP', 'NEXT', 'PERFORMED_BY', 'HAS_PARTICIPANT', 'HAS_TERM', 'HAS_AMENDMENT',
] as const;
export const RelType = z.enum(REL_TYPES);
export type RelType = z.infer<typeof RelType>;

/** A property value Neo4j can hold. One flat union, most frequent kinds first: a union tries its
 * options in order, and every option that fails first records an issue. */
const PropValue = z.union([z.string(), z.number(), z.null(), z.boolean(), z.array(z.string()), z.array(z.number())]);
export const Props = z.record(z.string(), PropValue);
export type Props = z.infer<typeof Props>;

export const NodeRow = z.object({
  label: NodeLabel,
  key: z.string().min(1),
  props: Props,
  /** Owned by one document (replaced with it); otherwise shared and merged by key. */
  owned: z.boolean(),
});
export type NodeRow = z.infer<typeof NodeRow>;

export const RelRow = z.object({
  type: RelType,
  from: z.object({ label: NodeLabel, key: z.string() }),
  to: z.object({ label: NodeLabel, key: z.string() }),
  props: Props,
  /** Owned relationships carry `doc` and are created per document; shared ones are merged once. */
  owned: z.boolean(),
});
export type RelRow = z.infer<typeof RelRow>;

export const GraphRows = z.object({
  /** The document name: owner of every owned row. */
  doc: z.string(),
  nodes: z.array(NodeRow),
  rels: z.array(RelRow),
});
export type GraphRows = z.infer<typeof GraphRows>;

export const GraphCounts = z.object({
  nodes: z.record(z.string(), z.number().int()),
  relationships: z.record(z.string(), z.number().int()),
});
export type GraphCounts = z.infer<typeof GraphCounts>;
