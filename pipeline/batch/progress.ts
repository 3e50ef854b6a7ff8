/**
 * What a long run shows while it works, on stderr (stdout stays the run's result):
 * - on a terminal (and not in CI), a progress bar redrawn in place: documents done / total, rate, ETA;
 * - otherwise one plain line every few seconds, so logs of CI jobs and pipes stay readable;
 * - nothing below the chosen --log-level (progress counts as info).
 */
import { z } from 'zod';

export const LogLevel = z.enum(['silent', 'error', 'warn', 'info', 'debug']);
export type LogLevel = z.infer<typeof LogLevel>;
const RANK: Record<LogLevel, number> = { silent: 0, error: 1, warn: 2, info: 3, debug: 4 };

export interface Sink {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export class Logger {
  constructor(readonly level: LogLevel = 'info', private readonly out: Sink = process.stderr, private readonly beforeWrite?: () => void) {}
  enabled(level: Exclude<LogLevel, 'silent'>): boolean {
    return RANK[this.level] >= RANK[level];
  }
  private log(level: Exclude<LogLevel, 'silent'>, msg: string) {
    if (!this.enabled(level)) return;
    this.beforeWrite?.();
    this.out.write(`${level === 'info' ? '' : level + ': '}${msg}\n`);
  }
  error(msg: string) { this.log('error', msg); }
  warn(msg: string) { this.log('warn', msg); }
  info(msg: string) { this.log('info', msg); }
  debug(msg: string) { this.log('debug', msg); }
}

export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '?';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

export interface ProgressOptions {
  total: number;
  out?: Sink;
  /** Interactive bar; default: stderr is a TTY and CI is not set. */
  interactive?: boolean;
  enabled?: boolean;
  /** Seconds between plain progress lines. */
  lineEverySeconds?: number;
}

export class Progress {
  private done = 0;
  private readonly t0 = performance.now();
  private lastLine = 0;
  private drawn = false;
  private timer?: NodeJS.Timeout;
  readonly interactive: boolean;
  private readonly out: Sink;
  private readonly enabled: boolean;
  private readonly every: number;

  constructor(readonly total: number, opts: Omit<ProgressOptions, 'total'> = {}) {
    this.out = opts.out ?? process.stderr;
    this.interactive = opts.interactive ?? (!!this.out.isTTY && !process.env.CI);
    this.enabled = opts.enabled ?? true;
    this.every = (opts.lineEverySeconds ?? 5) * 1000;
    if (this.enabled && this.interactive) {
      this.timer = setInterval(() => this.draw(), 200);
      this.timer.unref();
    }
  }

  tick(n = 1): void {
    this.done += n;
    if (!this.enabled || this.interactive) return;
    const now = performance.now();
    if (now - this.lastLine >= this.every && this.done < this.total) {
      this.lastLine = now;
      this.out.write(`progress: ${this.status()}\n`);
    }
  }

  private status(): string {
    const secs = (performance.now() - this.t0) / 1000;
    const rate = secs > 0 ? this.done / secs : 0;
    const eta = rate > 0 ? ((this.total - this.done) / rate) * 1000 : Infinity;
    const pct = this.total ? Math.floor((100 * this.done) / this.total) : 100;
    return `${this.done}/${this.total} documents (${pct}%), ${rate.toFixed(1)} docs/s, ETA ${formatDuration(eta)}`;
  }

  private draw(): void {
    const width = Math.max(10, Math.min(30, (this.out.columns ?? 80) - 60));
    const filled = this.total ? Math.round((width * this.done) / this.total) : width;
    this.out.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.status()}\x1b[K`);
    this.drawn = true;
  }

  /** Erases the bar so a log line can be written cleanly (it is redrawn on the next tick). */
  clear(): void {
    if (this.drawn) {
      this.out.write('\r\x1b[K');
      this.drawn = false;
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.clear();
  }
}
