/**
 * Every test that uses the real Neo4j server, in one file: they share the server's one database, so
 * they must run one after the other, never in parallel with each other.
 */
import { loaderSuite } from './loader.suite.ts';
import { paritySuite } from './parity.suite.ts';
import { cypherSuite } from './cypher.suite.ts';
import { crashSuite } from './crash.suite.ts';
import { exportSuite } from './export.suite.ts';
import { serveSuite } from './serve.suite.ts';
import { vi } from 'vitest';

// A load of the corpus takes seconds on an idle machine and minutes on a busy one: the limit is a
// hang detector, never a speed check (speed is npm run bench's).
vi.setConfig({ testTimeout: 300_000 });

loaderSuite();
paritySuite();
cypherSuite();
exportSuite();
crashSuite();
serveSuite();
