/** Every CLI command, in the order `zangraph --help` lists them. */
import type { Command } from '../command.ts';
import { extractCommand } from './extract.ts';
import { ingestCommand, loadCommand, runCommand } from './run.ts';
import { queryCommand } from './query.ts';
import { evalCommand } from './eval.ts';
import { serveCommand } from './serve.ts';
import { exportCommand } from './export.ts';

export const COMMANDS: Command[] = [runCommand, extractCommand, ingestCommand, loadCommand, queryCommand, exportCommand, serveCommand, evalCommand];
