/**
 * Every test that uses the real Neo4j server, in one file: they share the server's one database, so
 * they must run one after the other, never in parallel with each other.
 */
import { loaderSuite } from './loader.suite.ts';
import { paritySuite } from './parity.suite.ts';
import { cypherSuite } from './cypher.suite.ts';
import { crashSuite } from './crash.suite.ts';

loaderSuite();
paritySuite();
cypherSuite();
crashSuite();
