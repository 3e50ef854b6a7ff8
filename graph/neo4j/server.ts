/**
 * The local Neo4j 5.26 Community server for development, tests and CI.
 *
 * Provisioning: Maven resolves org.neo4j:neo4j (graph/neo4j/server/pom.xml) from Maven Central into
 * the local repository and writes the classpath; javac compiles the tiny launcher
 * (zangraph.Neo4jServer); java 17 runs it with Bolt on 127.0.0.1 only and authentication on, the
 * password taken from NEO4J_PASSWORD. Everything lives under .neo4j/ (gitignored).
 * Start is idempotent (a running server is reused) and returns only once Bolt answers.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import neo4j from 'neo4j-driver';
import { PACKAGE_ROOT as ROOT } from '../../pipeline/shared/package-root.ts';
import { UserError } from '../../pipeline/shared/user-error.ts';
const POM = join(ROOT, 'graph', 'neo4j', 'server', 'pom.xml');
const SOURCE = join(ROOT, 'graph', 'neo4j', 'server', 'src', 'main', 'java', 'zangraph', 'Neo4jServer.java');

export interface LocalServerOptions {
  dir?: string;
  port?: number;
  password?: string;
  /** Milliseconds to wait for Bolt. */
  timeoutMs?: number;
  log?: (line: string) => void;
}

export const DEFAULT_PORT = 17687;
export const DEFAULT_TEST_PASSWORD = 'zangraph-local-neo4j';

function settings(o: LocalServerOptions) {
  const dir = resolve(o.dir ?? join(ROOT, '.neo4j'));
  const port = o.port ?? Number(process.env.ZANGRAPH_NEO4J_PORT ?? DEFAULT_PORT);
  const password = o.password ?? process.env.NEO4J_PASSWORD ?? DEFAULT_TEST_PASSWORD;
  return { dir, port, password, uri: `bolt://127.0.0.1:${port}`, timeoutMs: o.timeoutMs ?? 180_000, log: o.log ?? ((l: string) => console.error(l)) };
}


function run(cmd: string, args: string[], what: string): void {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.error) throw new UserError(`${what}: cannot run ${cmd} (${(r.error as NodeJS.ErrnoException).code}); install Java 17 and Maven`);
  if (r.status !== 0) throw new UserError(`${what} failed (${cmd} exit ${r.status}):\n${(r.stdout + r.stderr).slice(-2000)}`);
}

const newer = (a: string, b: string) => !existsSync(b) || statSync(a).mtimeMs > statSync(b).mtimeMs;

/** Resolves the Neo4j artifacts with Maven and compiles the launcher; cached under <dir>. */
export function provision(o: LocalServerOptions = {}): { classpath: string } {
  const s = settings(o);
  mkdirSync(s.dir, { recursive: true });
  const cpFile = join(s.dir, 'classpath.txt');
  if (newer(POM, cpFile)) {
    s.log('neo4j: resolving Neo4j 5.26 from Maven Central (first run downloads ~100 MB)…');
    run('mvn', ['-q', '-B', '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${cpFile}`], 'resolving Neo4j with Maven');
  }
  const classes = join(s.dir, 'classes');
  const compiled = join(classes, 'zangraph', 'Neo4jServer.class');
  const deps = readFileSync(cpFile, 'utf8').trim();
  if (newer(SOURCE, compiled) || newer(cpFile, compiled)) {
    mkdirSync(classes, { recursive: true });
    run('javac', ['-cp', deps, '-d', classes, SOURCE], 'compiling the Neo4j launcher');
  }
  return { classpath: `${classes}:${deps}` };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A killed child not yet reaped by its parent is a zombie: dead for our purposes.
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

async function boltReady(uri: string, password: string): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { connectionTimeout: 2000 });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

export interface RunningServer {
  uri: string;
  user: string;
  password: string;
  pid: number;
  /** True when this call started it (false: it was already running). */
  started: boolean;
}

export async function startServer(o: LocalServerOptions = {}): Promise<RunningServer> {
  const s = settings(o);
  const pidFile = join(s.dir, 'neo4j.pid');
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8'));
    if (alive(pid) && (await boltReady(s.uri, s.password))) return { uri: s.uri, user: 'neo4j', password: s.password, pid, started: false };
    if (alive(pid)) process.kill(pid, 'SIGKILL');
    rmSync(pidFile, { force: true });
  }
  if (s.password.length < 8) throw new UserError('NEO4J_PASSWORD must have 8 characters at least');
  const { classpath } = provision(o);
  const logFile = join(s.dir, 'neo4j.log');
  const out = openSync(logFile, 'a');
  const child = spawn('java', ['-Xms256m', '-Xmx1g', '-cp', classpath, 'zangraph.Neo4jServer', join(s.dir, 'home'), String(s.port)], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', out, out],
    env: { ...process.env, NEO4J_PASSWORD: s.password },
  });
  child.unref();
  writeFileSync(pidFile, String(child.pid));
  const t0 = Date.now();
  while (Date.now() - t0 < s.timeoutMs) {
    if (!alive(child.pid!)) throw new UserError(`Neo4j exited during start; see ${logFile}:\n${readFileSync(logFile, 'utf8').slice(-1500)}`);
    if (await boltReady(s.uri, s.password)) {
      s.log(`neo4j: ready at ${s.uri} after ${((Date.now() - t0) / 1000).toFixed(1)} s (pid ${child.pid}, log ${logFile})`);
      return { uri: s.uri, user: 'neo4j', password: s.password, pid: child.pid!, started: true };
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new UserError(`Neo4j did not answer on ${s.uri} within ${s.timeoutMs / 1000} s; see ${logFile}`);
}

/** Stops the server started from <dir> (SIGTERM, then SIGKILL after a grace period). */
export async function stopServer(o: LocalServerOptions = {}, signal: NodeJS.Signals = 'SIGTERM'): Promise<boolean> {
  const s = settings(o);
  const pidFile = join(s.dir, 'neo4j.pid');
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, 'utf8'));
  if (alive(pid)) {
    process.kill(pid, signal);
    const t0 = Date.now();
    while (alive(pid) && Date.now() - t0 < 30_000) await new Promise((r) => setTimeout(r, 200));
    if (alive(pid)) process.kill(pid, 'SIGKILL');
  }
  rmSync(pidFile, { force: true });
  return true;
}
