/**
 * Starting the CLI again in a Node with V8 flags that only take effect at start-up (setting them
 * later crashes V8 or does nothing), the way gulp's flagged-respawn does.
 *
 * - BATCH_FLAGS, `--single-threaded --v8-pool-size=1`: an extraction batch keeps every core busy with
 *   a worker, so V8's background threads (four by default, for concurrent GC and compilation) only
 *   take time from the workers. Two workers on 1,000 documents: 16.9-18.2 MB/s with the flags,
 *   15.6-16.3 without (three alternating runs each). With a core to spare the threads help instead,
 *   so the commands ask for these flags only when every core runs a worker (commands/run.ts).
 * - HEAP_LIMIT_FLAG, `--max-old-space-size=1024`: the heap limit also sets how far V8 lets the main
 *   thread's heap grow past its live data before it collects (up to 4x with the default limit of a
 *   quarter of the machine's memory, about 1.6x with 1 GB). Into Neo4j the main thread parses every
 *   document's graph rows and encodes them for the driver: with the default its heap swung between 60
 *   and 230 MB and a 10,000-document run peaked at 574 MB RSS, 432 MB with 1 GB (`load` of 1,000
 *   results: 232 MB, 155 MB with it). Its live data (the manifest, about 1 KB a document) stays far
 *   below 1 GB. A heap limit of the operator's own (command line or NODE_OPTIONS) is kept.
 *
 * Guarantees to the commands: there is no restarter when the CLI was not started by its entry script
 * (a test calling `main` in-process never restarts); `missing` is empty in a process started with the
 * flags, so a restarted process never restarts again; the restarted process gets the same arguments,
 * environment and terminal, the signals sent to this one alone, and its exit code becomes this one's.
 */
import { spawn } from 'node:child_process';

export const BATCH_FLAGS: readonly string[] = ['--single-threaded', '--v8-pool-size=1'];
export const HEAP_LIMIT_FLAG = '--max-old-space-size=1024';
/** A batch run's flags when every core runs a worker. */
export const BATCH_RUN_FLAGS: readonly string[] = [...BATCH_FLAGS, HEAP_LIMIT_FLAG];

export interface Restarter {
  /** The ones of these flags this process lacks: `restart` would start another one with them. */
  missing(flags: readonly string[]): string[];
  /** Starts the CLI again with the missing ones of these flags; resolves with its exit code. */
  restart(flags: readonly string[]): Promise<number>;
}

const hasHeapLimit = () => [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)]
  .some((f) => /^--max-old-space-size(=|$)/.test(f));
const has = (flag: string) => (flag === HEAP_LIMIT_FLAG ? hasHeapLimit() : process.execArgv.includes(flag));

export function restarter(entry: string | undefined, argv: string[]): Restarter | undefined {
  if (!entry) return undefined;
  return {
    missing: (flags) => flags.filter((f) => !has(f)),
    restart: (flags) => new Promise((done) => {
      const child = spawn(process.execPath, [...flags.filter((f) => !has(f)), ...process.execArgv, entry, ...argv], { stdio: 'inherit' });
      // The child gets the terminal's signals itself; forward the ones sent to this process alone.
      for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));
      child.on('error', (e) => {
        console.error(`zangraph: cannot start ${process.execPath}: ${e.message}`);
        done(1);
      });
      child.on('exit', (code, signal) => done(code ?? (signal === 'SIGINT' ? 130 : 1)));
    }),
  };
}
