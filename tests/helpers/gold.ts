/** Test helper: a folder of documents scored against its hand-made gold by the project's eval. */
import { join } from 'node:path';
import { evaluate } from '../../pipeline/eval/run.ts';

/** Every extra (fp) and missed (fn) fact of the documents of `docs` against `gold`, one line each, and the report. */
export async function mismatchesOf(gold: string, docs: string) {
  const { report } = await evaluate({ gold, docs, details: true });
  const mismatches = Object.entries(report.documents).flatMap(([d, r]) => [
    ...(r.mismatches?.fp ?? []).map((m) => `${d} fp ${JSON.stringify(m)}`),
    ...(r.mismatches?.fn ?? []).map((m) => `${d} fn ${JSON.stringify(m)}`),
  ]);
  return { mismatches, report };
}

/** The same for a fixture folder laid out as `dir/docs` and `dir/gold`. */
export const mismatchesAgainstGold = (dir: string) => mismatchesOf(join(dir, 'gold'), join(dir, 'docs'));
