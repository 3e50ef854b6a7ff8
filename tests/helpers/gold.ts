/** Test helper: a folder of documents scored against its hand-made gold by the project's eval. */
import { join } from 'node:path';
import { evaluate } from '../../pipeline/eval/run.ts';

/** Every extra (fp) and missed (fn) fact of `dir/docs` against `dir/gold`, one line each, and the report. */
export async function mismatchesAgainstGold(dir: string) {
  const { report } = await evaluate({ gold: join(dir, 'gold'), docs: join(dir, 'docs'), details: true });
  const mismatches = Object.entries(report.documents).flatMap(([d, r]) => [
    ...(r.mismatches?.fp ?? []).map((m) => `${d} fp ${JSON.stringify(m)}`),
    ...(r.mismatches?.fn ?? []).map((m) => `${d} fn ${JSON.stringify(m)}`),
  ]);
  return { mismatches, report };
}
