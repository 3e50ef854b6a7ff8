/**
 * Starting the CLI again in a Node with a 1 GB heap limit for the main thread, the way gulp's
 * flagged-respawn does: V8 reads the limit at start-up only.
 *
 * Why: the heap limit also sets how far V8 lets the heap grow past the live data before it collects
 * (up to 4x with the default limit of a quarter of the machine's memory, about 1.6x with 1 GB). Into
 * Neo4j (`run --store neo4j`, `load`) the main thread parses every document's graph rows and encodes
 * them for the driver; with the default its heap swung between 60 and 230 MB, and the longer the run
 * the higher the peak it met (574 MB at N = 10,000, 432 MB with 1 GB). Its live data (the manifest,
 * about 1 KB a document) stays far below 1 GB. A run into the embedded store only counts on the main
 * thread: its heap stays small either way, so it never restarts (starting Node again cost a rerun of
 * 1,000 unchanged documents 60 of its 310 ms).
 *
 * Batch runs used to restart with `--single-threaded --v8-pool-size=1` too, to keep V8's background
 * threads off the workers' cores. Since the CLI runs bundled (no tsx loader threads) they make no
 * difference: with and without them, 2 workers took the same CPU time (10.5 s for 1,000 documents)
 * and gave the same throughput at N = 100, 1,000 and 10,000.
 *
 * Guarantees to the commands: `heapLimitRestart` is undefined when this process has a heap limit
 * already (the restarted one, or an operator's own, on the command line or in NODE_OPTIONS) or was not
 * started by the CLI's entry script (a test calling `main` in-process never restarts); the restarted
 * process gets the same arguments, environment and terminal, the signals sent to this one alone, and
 * its exit code becomes this one's.
 */
import { spawn } from 'node:child_process';

const HEAP_FLAG = '--max-old-space-size=1024';

/** Starts the CLI again with the heap limit; resolves with its exit code. */
export type Restart = () => Promise<number>;

export function heapLimitRestart(entry: string | undefined, argv: string[]): Restart | undefined {
  const hasHeapLimit = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)]
    .some((f) => /^--max-old-space-size(=|$)/.test(f));
  if (!entry || hasHeapLimit) return undefined;
  return () => new Promise((done) => {
    const child = spawn(process.execPath, [HEAP_FLAG, ...process.execArgv, entry, ...argv], { stdio: 'inherit' });
    // The child gets the terminal's signals itself; forward the ones sent to this process alone.
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));
    child.on('error', (e) => {
      console.error(`zangraph: cannot start ${process.execPath}: ${e.message}`);
      done(1);
    });
    child.on('exit', (code, signal) => done(code ?? (signal === 'SIGINT' ? 130 : 1)));
  });
}
