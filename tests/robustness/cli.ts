/** The CLI as an operator starts it (a child process), for the robustness tests. */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export const BIN = join(import.meta.dirname, '..', '..', 'bin', 'zangraph.mjs');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `zangraph ...args` to its end. */
export function zangraph(args: string[], options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile('node', [BIN, ...args], { maxBuffer: 1 << 24, env: { ...process.env, CI: '1', ...options.env }, timeout: options.timeoutMs ?? 0 }, (e, stdout, stderr) => {
      const code = e ? (typeof (e as { code?: unknown }).code === 'number' ? (e as { code: number }).code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Starts `zangraph ...args` without waiting for it; its output is collected. */
export function startZangraph(args: string[], env: NodeJS.ProcessEnv = {}): { child: ChildProcess; output: () => string; done: Promise<number | null> } {
  const child = spawn('node', [BIN, ...args], { env: { ...process.env, CI: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const done = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, output: () => out, done };
}
