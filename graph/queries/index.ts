/**
 * The query API: open a store as a GraphSource, build the model once, ask questions of it.
 *   const source = await openEmbeddedSource('.zangraph');
 *   const model = await loadModel(source);
 *   inForce(model, { date: '2018-06-01', region: 'west-kazakhstan' });
 *   history(model, { act: 'akimat|west-kazakhstan|2015-08-04|204' });
 *   compare(model, { regions: ['west-kazakhstan', 'kostanay'] });
 *   changes(model, { region: 'west-kazakhstan', from: '2017-01-01', to: '2020-12-31' });
 *   await reglament(model, source, { region: 'kostanay', service: 'шетелдік', date: '2016-03-01' });
 */
export { loadModel, type QueryModel } from './model.ts';
export { inForce, whyEmpty } from './in-force.ts';
export { reglament, type ReglamentResult } from './reglament.ts';
export { resolveRegion } from './regions.ts';
export { history, resolveAct, QueryError } from './history.ts';
export { compare } from './compare.ts';
export { changes } from './changes.ts';
export { textTotals, WORKING_MINUTES } from './totals.ts';
export { openEmbeddedSource, ResultsSource } from './embedded-source.ts';
export type { GraphSource } from './source.ts';
