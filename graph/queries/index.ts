/**
 * The query API: open a store as a GraphSource, build the model once, ask questions of it.
 *   const source = await openEmbeddedSource('.zangraph');
 *   const model = await loadModel(source);
 *   inForce(model, { date: '2018-06-01', region: 'west-kazakhstan' });
 *   history(model, { act: 'akimat|west-kazakhstan|2015-08-04|204' });
 *   compare(model, { regions: ['west-kazakhstan', 'kostanay'] });
 */
export { loadModel, type QueryModel } from './model.ts';
export { inForce } from './in-force.ts';
export { history, resolveAct, QueryError } from './history.ts';
export { compare } from './compare.ts';
export { openEmbeddedSource, ResultsSource } from './embedded-source.ts';
export type { GraphSource } from './source.ts';
