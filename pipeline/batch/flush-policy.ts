/**
 * When a batch rewrites the embedded store's manifest. Each flush rewrites the whole manifest, so a
 * fixed cadence would make a run's manifest writes grow with the square of the corpus
 * (docs/performance.md). Guarantees:
 * - a flush is due after `every` written documents or a tenth of the manifest, whichever is more, so
 *   all of a run's flushes together write a bounded multiple of its final manifest (about ten times,
 *   plus `every`-sized steps while it is small);
 * - and after `maxIntervalMs` (5 s) at most, or fifty times the last flush's duration if that is
 *   longer, so a slow run is still saved often and a big manifest costs at most about 2% of the run.
 */
export class FlushPolicy {
  private sinceFlush = 0;
  private after: number;
  private last: number;
  private lastMs = 0;

  constructor(private readonly every: number, manifestSize: number, now: number, private readonly maxIntervalMs = 5000) {
    this.after = Math.max(every, Math.ceil(manifestSize / 10));
    this.last = now;
  }

  /** One more document written; true when the manifest should be flushed now. */
  documentWritten(now: number): boolean {
    this.sinceFlush++;
    if (this.sinceFlush < this.after && now - this.last <= Math.max(this.maxIntervalMs, 50 * this.lastMs)) return false;
    this.sinceFlush = 0;
    this.last = now;
    return true;
  }

  /** A flush started at `startedAt` finished at `now`, leaving a manifest of `manifestSize` entries. */
  flushed(startedAt: number, now: number, manifestSize: number): void {
    this.lastMs = now - startedAt;
    this.after = Math.max(this.every, Math.ceil(manifestSize / 10));
  }
}
