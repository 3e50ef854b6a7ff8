/**
 * The shape of a CLI command. Each command lives in pipeline/cli/commands/<name>.ts, validates its
 * options with a zod schema (schemas/cli.ts) and returns the process exit code; commands/index.ts lists
 * it with its one-line summary and loads its module when it runs.
 */
import { UserError } from '../shared/user-error.ts';

export interface Command {
  name: string;
  /** Full --help text. */
  help: string;
  run(argv: string[]): Promise<number>;
}

/** A command line the command cannot run: exit code 2, and the CLI points to the command's --help. */
export class UsageError extends UserError {
  override readonly exitCode: number = 2;
}
