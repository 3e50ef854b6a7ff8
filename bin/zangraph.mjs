#!/usr/bin/env node
// Runs the TypeScript CLI, bundled on first use after a change (bin/bundle.mjs) or through tsx's
// loader, so no build step is needed. `run`, `ingest` and `load` may start Node again with V8 flags
// (pipeline/cli/restart.ts), which needs this script's path.
import { fileURLToPath } from 'node:url';

// `zangraph extract x | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
// The sources bundled (bin/bundle.mjs), or through tsx's loader when they cannot be.
const bundled = process.env.ZANGRAPH_NO_BUNDLE ? undefined : await (await import('./bundle.mjs')).bundledCli();
let main;
if (bundled) {
  ({ main } = await import(bundled));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../pipeline/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2), { entry: fileURLToPath(import.meta.url) });
