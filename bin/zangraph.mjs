#!/usr/bin/env node
// Runs the TypeScript CLI, bundled on first use after a change (bin/bundle.mjs) or through tsx's
// loader, so no build step is needed.
import { fileURLToPath } from 'node:url';

// The batch commands keep every core busy with an extraction worker, so V8's background threads
// (four by default, for concurrent GC and compilation) only take time from the workers: on two cores
// two workers did 1.15x the work of one with them, 1.75x with GC and compilation done on each
// worker's own thread. V8 reads these flags at start-up only (setting them later crashes it), so a
// batch command starts Node again with them, the way gulp's flagged-respawn does.
const BATCH_COMMANDS = new Set(['run', 'ingest']);
const BATCH_FLAGS = ['--single-threaded', '--v8-pool-size=1'];
// The main thread's heap limit also sets how far V8 lets its heap grow past the live data before it
// collects (up to 4x with the default limit of several GB, about 1.6x with 1 GB). Into Neo4j the main
// thread parses every document's graph rows and encodes them for the driver; with the default its
// heap swung between 60 and 230 MB, and the longer the run the higher the peak it met (574 MB at
// N = 10,000, 432 MB with 1 GB). Its live data (the manifest, about 1 KB a document) stays far below
// 1 GB; an operator can still give a limit of their own, on the command line or in NODE_OPTIONS.
const HEAP_FLAG = '--max-old-space-size=1024';
const givesHeapLimit = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)]
  .some((f) => /^--max-old-space-size(=|$)/.test(f));

if (BATCH_COMMANDS.has(process.argv[2]) && !BATCH_FLAGS.every((f) => process.execArgv.includes(f))) {
  const flags = [...BATCH_FLAGS, ...(givesHeapLimit ? [] : [HEAP_FLAG])];
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, [...flags, ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  // The child gets the terminal's signals itself; forward the ones sent to this process alone.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('error', (e) => {
    console.error(`zangraph: cannot start ${process.execPath}: ${e.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' ? 130 : 1)));
} else {
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
  process.exitCode = await main(process.argv.slice(2));
}
