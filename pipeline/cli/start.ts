/**
 * The CLI's process entry: runs `main` on the process's arguments and sets its exit code. Built into
 * dist/cli.mjs (bin/zangraph.mjs runs that); `npm run dev -- <args>` runs it from the sources with tsx.
 * Node's own flags are the caller's (docs/launch.md): nothing here starts another process. The
 * process ends at most a moment after its command did, whatever handles a library left open.
 */
import { main } from './main.ts';

// `zangraph extract x | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = await main(process.argv.slice(2));

/** How long the process may stay after its command ended, for output still being written. */
const EXIT_GRACE_MS = 500;
// A connection a library could not close (a Neo4j server that stopped answering keeps its socket
// open) must not keep the process alive once the command is done: unref'd, this timer fires only if
// something else still holds the process.
setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
