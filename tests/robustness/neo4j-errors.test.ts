/**
 * Neo4j errors end the command: a database that does not exist is one line and exit code 1 (run and
 * query), and a server that stops answering (SIGSTOP) fails the command within the connect timeout,
 * exit code 1, the process gone. The frozen server is a second local server of this test's own, on a
 * free port, so the shared test server is never stopped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, cpSync, existsSync, mkdirSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, stopServer } from '../../graph/neo4j/server.ts';
import { corpusPath } from '../helpers/corpus.ts';
import { neo4jCoordinates } from '../neo4j/connect.ts';
import { zangraph } from './cli.ts';

const A = '000_1599c89bdcad9835.txt'; // ru, resolution № 142 of 2019-06-19
let root: string;
let input: string;

const freePort = () => new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const port = (s.address() as { port: number }).port;
    s.close(() => resolve(port));
  });
});

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'zangraph-neo4jerr-'));
  input = join(root, 'in');
  await mkdir(input);
  await copyFile(corpusPath('000'), join(input, A));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('a database that does not exist', () => {
  for (const command of ['run', 'query'] as const) {
    it(`${command}: one line naming it, exit code 1, the process ends`, async () => {
      const c = neo4jCoordinates();
      const args = command === 'run' ? ['run', input] : ['query', 'catalog'];
      // Killed after 30 s (exit code -1) if it hung; its own exit code 1 means it ended by itself.
      const r = await zangraph([...args, '--data', join(root, `nosuchdb-${command}`), '--store', 'neo4j', '--uri', c.uri, '--user', c.user, '--password', c.password, '--database', 'nosuchdb'], { timeoutMs: 30_000 });
      expect(r.code).toBe(1);
      expect(r.stderr.trim()).toBe(`zangraph ${command}: Neo4j at ${c.uri} has no database "nosuchdb" (NEO4J_DATABASE / --database)`);
    }, 300_000);
  }
});

describe('a server that stops answering', () => {
  const dir = join(tmpdir(), `zangraph-frozen-neo4j-${process.pid}`);
  let port = 0;
  let pid = 0;
  beforeAll(async () => {
    // The launcher compiled for the shared server serves this one too (else it is resolved and built).
    const shared = join(import.meta.dirname, '..', '..', '.neo4j');
    mkdirSync(dir, { recursive: true });
    if (existsSync(join(shared, 'classpath.txt')) && existsSync(join(shared, 'classes'))) {
      copyFileSync(join(shared, 'classpath.txt'), join(dir, 'classpath.txt'));
      cpSync(join(shared, 'classes'), join(dir, 'classes'), { recursive: true, preserveTimestamps: false });
    }
    port = await freePort();
    pid = (await startServer({ dir, port, log: () => {} })).pid;
    process.kill(pid, 'SIGSTOP');
  }, 300_000);
  afterAll(async () => {
    if (pid) process.kill(pid, 'SIGCONT');
    await stopServer({ dir, port }, 'SIGKILL');
    await rm(dir, { recursive: true, force: true });
  }, 300_000);

  for (const [command, how] of [['run', ['--connect-timeout', '3']], ['query', []]] as const) {
    it(`${command}: exit code 1 within the connect timeout (${how.length ? 'flag' : 'NEO4J_CONNECT_TIMEOUT'})`, async () => {
      const uri = `bolt://127.0.0.1:${port}`;
      const args = command === 'run' ? ['run', input] : ['query', 'catalog'];
      const t0 = Date.now();
      const r = await zangraph([...args, '--data', join(root, `frozen-${command}`), '--store', 'neo4j', '--uri', uri, '--password', 'zangraph-local-neo4j', ...how], { env: { NEO4J_CONNECT_TIMEOUT: '3' }, timeoutMs: 60_000 });
      const seconds = (Date.now() - t0) / 1000;
      expect(r.code).toBe(1);
      expect(r.stderr.trim()).toBe(`zangraph ${command}: Neo4j at ${uri} did not answer within 3 s (connecting); is the server stopped or overloaded? (--connect-timeout / NEO4J_CONNECT_TIMEOUT)`);
      // 3 s, the start of Node and the CLI (slow on a busy machine), and half a second for output.
      expect(seconds).toBeLessThan(20);
    }, 90_000);
  }
});
