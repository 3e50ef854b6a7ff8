#!/usr/bin/env -S NODE_OPTIONS="--max-old-space-size=1024 ${NODE_OPTIONS}" node
// The installed CLI (package.json "bin"): runs the build in dist/ (`npm run build`, run by `prepare`).
//
// Node's flags are decided here, in the line above, and nowhere else (docs/launch.md): started as a
// program (`npx zangraph`, `./bin/zangraph.mjs`), Node caps the main thread's heap at 1 GB, which keeps
// its heap close to its live data when it parses and encodes every document's graph rows for Neo4j.
// The cap goes into NODE_OPTIONS before the caller's own NODE_OPTIONS, so a heap limit given there wins;
// `node <flags> bin/zangraph.mjs` leaves every flag to the caller. `env` replaces itself with Node:
// one process, nothing left behind when it is killed.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(cli)) {
  console.error('zangraph: dist/ is missing: run `npm run build` (or `npm run dev -- <args>` to run the sources)');
  process.exit(1);
}
await import(cli.href);
