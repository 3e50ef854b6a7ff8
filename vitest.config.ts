import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // dist/ built from the sources under test, for the tests that start bin/zangraph.mjs; and one
    // real Neo4j server for the run (fetched from Maven Central on first use).
    globalSetup: ['tests/support/build-setup.ts', 'tests/neo4j/global-setup.ts'],
    // vitest's own report, then one plain "N passed, N failed" line for CI.
    reporters: ['default', './tests/support/summary-reporter.ts'],
  },
});
