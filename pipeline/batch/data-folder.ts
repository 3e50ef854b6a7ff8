/**
 * The data folder (--data) as a place to write: checked before any work is done, and held by one
 * writer at a time.
 *
 * Guarantees:
 * - `checkDataFolder` refuses, with one line naming the folder and the reason, an empty path, a path
 *   that is a file (or under one), and a folder this process cannot write to;
 * - `lockDataFolder` returns only when this process holds <data>/lock, a file created exclusively
 *   that names the holder (pid, the holder's process start time, command, start of the hold). A lock
 *   whose holder process is gone (or whose pid now belongs to another process, told by its start
 *   time) is stale and taken over. Otherwise it waits for the holder with a message (`wait`), or
 *   refuses naming the holder. The lock is removed when released and when the process exits.
 */
import { closeSync, existsSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { access, constants, mkdir, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { UserError } from '../shared/user-error.ts';

const LOCK_FILE = 'lock';
/** How often a waiting writer looks at the lock again. */
const WAIT_POLL_MS = 250;

const LockHolder = z.object({
  pid: z.number().int().positive(),
  host: z.string(),
  /** The holder process's start time as the OS records it (Linux: clock ticks after boot), when known. */
  processStart: z.string().nullable(),
  command: z.string(),
  since: z.string(),
});
type LockHolder = z.infer<typeof LockHolder>;

/** Checks that `dir` can be the data folder (creating it), before any input is read. */
export async function checkDataFolder(dir: string): Promise<void> {
  if (dir.trim() === '') throw new UserError('--data "": is empty: give the data folder (default .zangraph/)');
  const path = resolve(dir);
  const existing = await stat(path).catch(() => undefined);
  if (existing && !existing.isDirectory()) throw new UserError(`--data ${dir}: is a file, not a folder`);
  try {
    await mkdir(path, { recursive: true });
  } catch (e) {
    throw new UserError(`--data ${dir}: cannot create the folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  try {
    await access(path, constants.W_OK | constants.X_OK);
  } catch {
    throw new UserError(`--data ${dir}: the folder is not writable`);
  }
  for (const sub of ['embedded', join('embedded', 'documents')]) {
    const p = join(path, sub);
    if (existsSync(p)) {
      try {
        await access(p, constants.W_OK | constants.X_OK);
      } catch {
        throw new UserError(`--data ${dir}: ${sub} is not writable`);
      }
    }
  }
}

/** This process's start time as the OS records it: with the pid, it tells a live holder from a
 * process that got the same pid later. Linux only; null elsewhere. */
function processStartOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: fields are counted after its ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function alive(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true; // another machine's process: cannot be checked, assumed alive
  try {
    process.kill(holder.pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const start = processStartOf(holder.pid);
  return holder.processStart === null || start === null || start === holder.processStart;
}

function readHolder(lockPath: string): LockHolder | null {
  try {
    const parsed = LockHolder.safeParse(JSON.parse(readFileSync(lockPath, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const describeHolder = (h: LockHolder) => `${h.command} (pid ${h.pid} on ${h.host}, since ${h.since})`;

export interface DataLock {
  release(): void;
}

/** Creates the lock file exclusively; false when it exists. */
function tryCreate(lockPath: string, me: LockHolder): boolean {
  let fd: number;
  try {
    fd = openSync(lockPath, 'wx');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new UserError(`--data ${dirname(lockPath)}: cannot create its lock file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  try {
    writeSync(fd, JSON.stringify(me));
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Takes the data folder's lock for a writer (`command` names it for whoever finds it held).
 * `wait`: wait for the holder, calling `onWait` once with the message; else a UserError names it.
 */
export async function lockDataFolder(dir: string, command: string, options: { wait?: boolean; onWait?: (message: string) => void } = {}): Promise<DataLock> {
  const lockPath = join(resolve(dir), LOCK_FILE);
  const me: LockHolder = { pid: process.pid, host: hostname(), processStart: processStartOf(process.pid), command, since: new Date().toISOString() };
  let told = false;
  for (;;) {
    if (tryCreate(lockPath, me)) break;
    const holder = readHolder(lockPath);
    // A lock file that cannot be read is one being written this instant, or left half-written by a
    // writer killed at that instant: it is stale once it is older than a poll.
    const stale = holder ? !alive(holder) : Date.now() - (statSync(lockPath, { throwIfNoEntry: false })?.mtimeMs ?? 0) > WAIT_POLL_MS * 4;
    if (stale) {
      try {
        unlinkSync(lockPath);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }
      continue;
    }
    const who = holder ? describeHolder(holder) : 'another zangraph process';
    if (!options.wait) throw new UserError(`--data ${dir}: the data folder is being written by ${who}; wait for it to finish, or run with --wait`);
    if (!told) {
      options.onWait?.(`waiting for the data folder ${dir}: it is being written by ${who}`);
      told = true;
    }
    await new Promise((r) => setTimeout(r, WAIT_POLL_MS));
  }
  const release = () => {
    process.off('exit', release);
    const holder = readHolder(lockPath);
    if (holder?.pid === me.pid && holder.since === me.since) {
      try {
        unlinkSync(lockPath);
      } catch {
        // already gone
      }
    }
  };
  process.on('exit', release);
  return { release };
}

/** Error codes of a data folder that cannot take a write: the file system's fault, not zangraph's. */
const WRITE_FAILURES = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'EIO']);

/** A failed write into the data folder as one line naming the folder and the cause; other errors as they are. */
export function dataFolderWriteError(dir: string, e: unknown): unknown {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (e instanceof UserError || !code || !WRITE_FAILURES.has(code)) return e;
  const why = code === 'ENOSPC' || code === 'EDQUOT' ? 'the disk is full' : code === 'EROFS' ? 'the file system is read-only' : code === 'EIO' ? 'an I/O error' : 'permission denied';
  return new UserError(`--data ${dir}: cannot write to the data folder: ${why} (${code}); the store keeps its previous state`);
}
