/**
 * The Neo4j connection variables are named the same in every command's --help and in the documentation
 * the README links for the connection (docs/graph-model.md; Neo4j's own names: NEO4J_URI,
 * NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../pipeline/cli/commands/index.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const CONNECTION_DOC = readFileSync(join(ROOT, 'docs', 'graph-model.md'), 'utf8');
const VARIABLE = /\bNEO4J_[A-Z]+\b/g;

describe('Neo4j variables in --help and the documentation', () => {
  it('every command that connects to Neo4j names the documented variables, and no other', async () => {
    expect(README).toContain('docs/graph-model.md');
    const documented = new Set(CONNECTION_DOC.match(VARIABLE));
    expect([...documented].sort()).toEqual(['NEO4J_DATABASE', 'NEO4J_PASSWORD', 'NEO4J_URI', 'NEO4J_USERNAME']);
    const commands = await Promise.all(COMMANDS.map((c) => c.load()));
    const connecting = commands.filter((c) => /--uri/.test(c.help));
    expect(connecting.map((c) => c.name).sort()).toEqual(['export', 'load', 'query', 'run', 'serve']);
    for (const c of connecting) expect(new Set(c.help.match(VARIABLE)), c.name).toEqual(documented);
  });
});

describe('the command list', () => {
  it('names each command as its module does', async () => {
    for (const entry of COMMANDS) expect((await entry.load()).name).toBe(entry.name);
  });
});
