/**
 * The shape of a CLI command. Each command lives in pipeline/cli/commands/<name>.ts, validates its
 * options with a zod schema (schemas/cli.ts) and returns the process exit code.
 */
import type { Restarter } from './restart.ts';

export interface Command {
  name: string;
  summary: string;
  /** Full --help text. */
  help: string;
  run(argv: string[], ctx?: CommandContext): Promise<number>;
}

/** What the process that runs a command offers it. */
export interface CommandContext {
  /** Starts the CLI again in a Node with start-up flags (./restart.ts); absent when the command runs
   * in-process (tests). */
  restarter?: Restarter;
}

/** An error whose message is for the user as it is (no stack trace). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
