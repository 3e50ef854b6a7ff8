/**
 * The shape of a CLI command. Each command lives in pipeline/cli/commands/<name>.ts, validates its
 * options with a zod schema (schemas/cli.ts) and returns the process exit code.
 */
export interface Command {
  name: string;
  summary: string;
  /** Full --help text. */
  help: string;
  run(argv: string[]): Promise<number>;
}

/** An error whose message is for the user as it is (no stack trace). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
