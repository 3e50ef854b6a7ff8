/**
 * The Neo4j connection variables are named the same in every command's --help and in the README
 * (Neo4j's own names: NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../pipeline/cli/commands/index.ts';

const README = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
const VARIABLE = /\bNEO4J_[A-Z]+\b/g;

describe('Neo4j variables in --help and README', () => {
  it('every command that connects to Neo4j names the README\'s variables, and no other', () => {
    const documented = new Set(README.match(VARIABLE));
    expect([...documented].sort()).toEqual(['NEO4J_DATABASE', 'NEO4J_PASSWORD', 'NEO4J_URI', 'NEO4J_USERNAME']);
    const connecting = COMMANDS.filter((c) => /--uri/.test(c.help));
    expect(connecting.map((c) => c.name).sort()).toEqual(['load', 'query', 'run']);
    for (const c of connecting) expect(new Set(c.help.match(VARIABLE)), c.name).toEqual(documented);
  });
});
