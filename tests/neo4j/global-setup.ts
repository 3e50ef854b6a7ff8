/**
 * Starts the local Neo4j server (graph/neo4j/server.ts) once for the whole test run and hands its
 * coordinates to the tests (`inject('neo4j')`). In CI (CI=true) a server that cannot start fails the
 * run; elsewhere, without Java or Maven, the Neo4j tests report why they cannot run.
 */
import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { startServer, stopServer } from '../../graph/neo4j/server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string } | { unavailable: string };
  }
}

let startedHere = false;

const has = (cmd: string) => spawnSync(cmd, ['-version'], { stdio: 'ignore' }).error === undefined;

export async function setup(project: TestProject) {
  if (!has('java') || !has('mvn')) {
    const why = 'Java 17 and Maven are needed to run the local Neo4j server';
    if (process.env.CI === 'true') throw new Error(`CI: ${why}, and CI must run the Neo4j tests`);
    project.provide('neo4j', { unavailable: why });
    return;
  }
  try {
    const s = await startServer({ log: (l) => console.log(l) });
    startedHere = s.started;
    project.provide('neo4j', { uri: s.uri, user: s.user, password: s.password });
  } catch (e) {
    if (process.env.CI === 'true') throw e;
    project.provide('neo4j', { unavailable: (e as Error).message });
  }
}

export async function teardown() {
  if (startedHere) await stopServer();
}
