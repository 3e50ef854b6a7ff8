import type { Command } from '../command.ts';
import { UsageError } from '../command.ts';
import { parse, validate } from '../args.ts';
import { ExtractOptions } from '../../../schemas/cli.ts';
import { extractFile } from '../../extract-file.ts';

export const extractCommand: Command = {
  name: 'extract',
  help: `Usage: zangraph extract <file> [--compact]

Reads one document (.txt, .md or .pdf; the format is decided from the content), extracts the act,
its relations and its reglaments, and prints one JSON document (schemas/extraction.ts): the gold
fact shape plus an evidence span {start, end, quote} for every fact and the stages' diagnostics.

Options:
  --compact   one line of JSON instead of indented output`,
  async run(argv) {
    const { values, positionals } = parse(argv, { compact: { type: 'boolean' } });
    if (positionals.length !== 1) throw new UsageError('expected exactly one file');
    const opts = validate(ExtractOptions, { file: positionals[0], pretty: !values.compact }, ['file']);
    const result = await extractFile(opts.file);
    console.log(JSON.stringify(result, null, opts.pretty ? 2 : undefined));
    return 0;
  },
};
