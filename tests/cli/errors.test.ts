/**
 * Errors meant for the user are UserErrors: the CLI prints each as one line naming the command, no
 * stack trace, with its exit code (2 for a usage error); anything else is a defect printed with its stack.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { main } from '../../pipeline/cli/main.ts';
import { extractCommand } from '../../pipeline/cli/commands/extract.ts';
import { LexiconError, loadLexicon } from '../../pipeline/lexicon/index.ts';
import { ReadError } from '../../pipeline/read/read-error.ts';
import { UserError } from '../../pipeline/shared/user-error.ts';
import { UsageError } from '../../pipeline/cli/command.ts';
import { resolveNeo4jConfig } from '../../graph/neo4j/store.ts';
import { UnitsLexicon } from '../../schemas/lexicon.ts';
import unitsJson from '../../pipeline/lexicon/units.json' with { type: 'json' };

/** Runs the CLI in-process and returns its exit code and what it printed on stderr. */
async function cli(argv: string[]) {
  const lines: string[] = [];
  const spy = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void lines.push(a.join(' ')));
  try {
    return { code: await main(argv), stderr: lines.join('\n') };
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe('UserError', () => {
  it('a lexicon that does not validate is one line naming the file and the path, no stack', async () => {
    const broken = { ...unitsJson, units: [] };
    let thrown: unknown;
    try {
      loadLexicon('units.json', UnitsLexicon, broken);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(LexiconError);
    expect(thrown).toBeInstanceOf(UserError);
    vi.spyOn(extractCommand, 'run').mockRejectedValue(thrown);
    const r = await cli(['extract', 'any.txt']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^zangraph extract: pipeline\/lexicon\/units\.json: units: .+$/);
    expect(r.stderr).not.toContain('\n');
  });

  it('an unreadable input is a ReadError: one line naming the file, exit code 1', async () => {
    const missing = join(tmpdir(), 'zangraph-no-such-document.txt');
    const r = await cli(['extract', missing]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`zangraph extract: ${missing}: cannot read file (ENOENT)`);
  });

  it('a usage error exits 2 and points to --help', async () => {
    const r = await cli(['extract']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('zangraph extract: expected exactly one file\nRun `zangraph extract --help` for usage.');
  });

  it('any other error is a defect: printed with its stack', async () => {
    vi.spyOn(extractCommand, 'run').mockRejectedValue(new TypeError('x is undefined'));
    const r = await cli(['extract', 'any.txt']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^zangraph extract: unexpected error: TypeError: x is undefined\n\s+at /);
  });

  it('every error kind meant for the user is one', () => {
    expect(new ReadError('a.txt', 'empty document')).toBeInstanceOf(UserError);
    expect(new UsageError('bad flag').exitCode).toBe(2);
    expect(() => resolveNeo4jConfig({ uri: 'http://x' }, {})).toThrow(UserError);
    expect(() => resolveNeo4jConfig({ uri: 'http://x' }, {})).toThrow(/^Neo4j connection settings: uri: a bolt:\/\/, neo4j:\/\/, bolt\+s:\/\/ or neo4j\+s:\/\/ URI; password: a password is required/);
  });
});
