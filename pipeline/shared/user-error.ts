/**
 * The one error type whose message is for the user as it is: a bad input file, a store that cannot
 * be opened or reached, a command line that cannot run. The CLI (pipeline/cli/main.ts) prints such an
 * error as one line, `zangraph <command>: <message>`, never a stack trace, and exits with its
 * `exitCode`; any other error is a defect and is printed with its stack.
 * The message names the file, store or option at fault and says why.
 */
export class UserError extends Error {
  /** The CLI's exit code for this error: 1, a failure of the input or the environment. */
  readonly exitCode: number = 1;

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}
