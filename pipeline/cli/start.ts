/**
 * The CLI's process entry: runs `main` on the process's arguments and sets its exit code. Built into
 * dist/cli.mjs (bin/zangraph.mjs runs that); `npm run dev -- <args>` runs it from the sources with tsx.
 * Node's own flags are the caller's (docs/launch.md): nothing here starts another process.
 */
import { main } from './main.ts';

// `zangraph extract x | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = await main(process.argv.slice(2));
