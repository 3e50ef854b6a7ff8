#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so no build step is needed.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The batch commands keep every core busy with an extraction worker, so V8's background threads
// (four by default, for concurrent GC and compilation) only take time from the workers: on two cores
// two workers did 1.15x the work of one with them, 1.75x with GC and compilation done on each
// worker's own thread. V8 reads these flags at start-up only (setting them later crashes it), so a
// batch command starts Node again with them, the way gulp's flagged-respawn does.
const BATCH_COMMANDS = new Set(['run', 'ingest']);
const BATCH_FLAGS = ['--single-threaded', '--v8-pool-size=1'];

if (BATCH_COMMANDS.has(process.argv[2]) && !BATCH_FLAGS.every((f) => process.execArgv.includes(f))) {
  const child = spawn(process.execPath, [...BATCH_FLAGS, ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  // The child gets the terminal's signals itself; forward the ones sent to this process alone.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('error', (e) => {
    console.error(`zangraph: cannot start ${process.execPath}: ${e.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' ? 130 : 1)));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  // `zangraph extract x | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  const { main } = await import('../pipeline/cli/main.ts');
  process.exitCode = await main(process.argv.slice(2));
}
