/**
 * Everything a long-lived reader of one model (a server) would otherwise compute on its first
 * questions: the model's lookups and the rows and cells its answers are made of. A model never
 * changes once loaded, so these are computed once; answers are the same with or without them.
 */
import type { QueryModel } from './model.ts';
import { modelIndex } from './model-index.ts';
import { prepareInForce } from './in-force.ts';
import { prepareCompare } from './compare.ts';

export function prepareQueries(model: QueryModel): void {
  modelIndex(model);
  prepareInForce(model);
  prepareCompare(model);
}
