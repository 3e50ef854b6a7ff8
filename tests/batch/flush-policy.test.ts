import { describe, expect, it } from 'vitest';
import { FlushPolicy } from '../../pipeline/batch/flush-policy.ts';

/** Simulates a run writing `docs` new documents, `msPerDoc` apart, into a manifest of `initial`
 * entries, where a flush takes `msPerEntry` per manifest entry. */
function simulate(docs: number, msPerDoc: number, initial = 0, msPerEntry = 0.001) {
  let now = 0;
  let size = initial;
  const policy = new FlushPolicy(500, size, now);
  const flushes: Array<{ at: number; size: number }> = [];
  for (let i = 0; i < docs; i++) {
    now += msPerDoc;
    size++;
    if (policy.documentWritten(now)) {
      const took = size * msPerEntry;
      flushes.push({ at: now, size });
      policy.flushed(now, now + took, size);
    }
  }
  const entriesWritten = flushes.reduce((a, f) => a + f.size, 0);
  return { flushes, entriesWritten, flushShare: (entriesWritten * msPerEntry) / now };
}

describe('manifest flush cadence', () => {
  it('keeps manifest writes to a small share of a large run instead of growing with its square', () => {
    // 100,000 documents at 200 a second, 5 µs a manifest entry (10,000 entries took about 50 ms): a
    // flush every 500 documents would write 10 million entries, 50 s of a 500 s run.
    const { flushes, entriesWritten, flushShare } = simulate(100_000, 5, 0, 0.005);
    expect(entriesWritten).toBeLessThan(3_000_000);
    expect(flushShare).toBeLessThan(0.03);
    expect(flushes.length).toBeGreaterThan(10);
  });

  it('flushes every 500 documents while the manifest is small', () => {
    const { flushes } = simulate(1_500, 1);
    expect(flushes.map((f) => f.size)).toEqual([500, 1000, 1500]);
  });

  it('saves a slow run at least every 5 seconds', () => {
    const { flushes } = simulate(20, 2_000);
    expect(flushes.map((f) => f.at)).toEqual([6_000, 12_000, 18_000, 24_000, 30_000, 36_000]);
  });

  it('spaces flushes out when one takes long, so they cost about 2% of the run', () => {
    // A manifest of a million entries taking 1 s to write: the next flush comes 50 s later, not 5 s.
    const { flushes } = simulate(100, 2_000, 1_000_000, 0.001);
    expect(flushes.length).toBeGreaterThan(1);
    for (let i = 1; i < flushes.length; i++) expect(flushes[i]!.at - flushes[i - 1]!.at).toBeGreaterThanOrEqual(50_000);
  });
});
