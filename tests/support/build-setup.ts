/**
 * Builds dist/ (scripts/build.mjs) once before the tests: the tests that start the CLI as a user
 * does (bin/zangraph.mjs) then run the build of the sources under test.
 */
import { build } from '../../scripts/build.mjs';

export async function setup() {
  await build();
}
