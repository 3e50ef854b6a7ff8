/**
 * Issue 5's point-in-time answers on the real extraction of the corpus (extractFile on every corpus
 * document), read back from each store.
 */
import { embeddedModel } from './corpus.ts';
import { pointInTimeSuite } from './point-in-time.ts';
import { stores } from './stores.ts';

for (const s of stores(embeddedModel)) pointInTimeSuite(s.name, s.model);
