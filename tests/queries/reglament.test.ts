/** `reglament` answers read back from a real embedded store holding the corpus. */
import { embeddedStore } from './corpus.ts';
import { reglamentSuite } from './reglament.ts';

reglamentSuite('embedded', embeddedStore);
