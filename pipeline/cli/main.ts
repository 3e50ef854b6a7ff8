/**
 * `zangraph <command> [options]`: dispatches to the commands in ./commands.
 * A UserError prints one line naming the command, never a stack trace, and exits with its exit code
 * (2 for a usage error, with a pointer to the command's --help; 1 otherwise); any other error is a
 * defect and prints its stack, exit code 1.
 */
import { UsageError } from './command.ts';
import { COMMANDS } from './commands/index.ts';
import { UserError } from '../shared/user-error.ts';

function topHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'zangraph: Kazakhstan regional legal acts (ru/kk) → knowledge graph of acts, relations and reglaments',
    '',
    'Usage: zangraph <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `zangraph <command> --help` for the options of a command.',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(topHelp());
    return name ? 0 : 2;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    console.error(`zangraph: unknown command "${name}"\n\n${topHelp()}`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(command.help);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (e) {
    if (e instanceof UserError) {
      const hint = e instanceof UsageError ? `\nRun \`zangraph ${name} --help\` for usage.` : '';
      console.error(`zangraph ${name}: ${e.message}${hint}`);
      return e.exitCode;
    }
    const err = e as Error;
    console.error(`zangraph ${name}: unexpected error: ${err.stack ?? err.message}`);
    return 1;
  }
}
