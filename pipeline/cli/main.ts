/**
 * `zangraph <command> [options]`: dispatches to the commands in ./commands.
 * Errors meant for the user (UsageError, ReadError, store connection errors) print one clear line,
 * never a stack trace; exit code 2 for usage errors, 1 for failures.
 */
import type { Command } from './command.ts';
import { restarter } from './restart.ts';
import { UsageError } from './command.ts';
import { COMMANDS } from './commands/index.ts';

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

/** `entry`: the script that started the CLI, for a command that needs to start it again. */
export async function main(argv: string[], { entry }: { entry?: string } = {}): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(topHelp());
    return name ? 0 : 2;
  }
  const command: Command | undefined = COMMANDS.find((c) => c.name === name);
  if (!command) {
    console.error(`zangraph: unknown command "${name}"\n\n${topHelp()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(command.help);
    return 0;
  }
  try {
    return await command.run(rest, { restarter: restarter(entry, argv) });
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`zangraph ${name}: ${e.message}\nRun \`zangraph ${name} --help\` for usage.`);
      return 2;
    }
    const err = e as Error & { userFacing?: boolean };
    if (err.userFacing || err.name === 'ReadError') {
      console.error(`zangraph ${name}: ${err.message}`);
      return 1;
    }
    console.error(`zangraph ${name}: unexpected error: ${err.stack ?? err.message}`);
    return 1;
  }
}
