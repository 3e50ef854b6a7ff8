/**
 * A reglament's procedure as a process diagram: one lane per role (the steps' actors, in order of
 * first appearance), a box per step in its actor's lane with its number and durations, steps of a
 * variant joined by arrows from a common start to a common end, so alternative variants read as
 * alternative paths. Variants are told apart by colour and named in the legend with their fastest and
 * slowest totals.
 */
import type { StepRow } from '../../../../schemas/graph-source.ts';
import type { ReglamentPage } from '../../../../schemas/serve.ts';
import type { Labels } from '../i18n.ts';

const BOX_W = 132, BOX_H = 40, COL = 156, LANE_LABEL = 190, ROW = 50, TOP = 10;

type VariantTotals = ReglamentPage['totals']['variants'];

export function ProcessDiagram({ steps, variants: totals, L }: { steps: StepRow[]; variants: VariantTotals; L: Labels }) {
  if (!steps.length) return null;
  const procedures = [...new Set(steps.map((s) => s.procedure))].sort((a, b) => a - b);
  const variants = procedures.map((k) => steps.find((s) => s.procedure === k)!.variant);
  const lanes = [...new Set(steps.map((s) => s.actor ?? 'none'))];
  const byVariant = procedures.map((k) => steps.filter((s) => s.procedure === k).sort((a, b) => a.n - b.n));
  const columns = Math.max(...byVariant.map((s) => s.length));
  const laneH = variants.length * ROW + 10;
  const width = LANE_LABEL + (columns + 2) * COL;
  const height = TOP + lanes.length * laneH + 10;
  const startX = LANE_LABEL + 10, endX = LANE_LABEL + (columns + 1) * COL + 10;
  const midY = TOP + (lanes.length * laneH) / 2;
  const box = (variantIdx: number, col: number, s: StepRow) => ({
    x: LANE_LABEL + (col + 1) * COL - (COL - BOX_W) / 2 + 10,
    y: TOP + lanes.indexOf(s.actor ?? 'none') * laneH + 5 + variantIdx * ROW,
  });
  return (
    <figure class="process">
      <svg viewBox={`0 0 ${width} ${height}`} width={width} role="img" aria-label={L.t('process')}>
        <defs>
          <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" /></marker>
        </defs>
        {lanes.map((role, i) => (
          <g class="lane">
            <rect x={0} y={TOP + i * laneH} width={width} height={laneH} class={i % 2 ? 'lane-bg odd' : 'lane-bg'} />
            <foreignObject x={4} y={TOP + i * laneH + 4} width={LANE_LABEL - 8} height={laneH - 8}>
              <div class="lane-label" title={role}>{L.role(role === 'none' ? null : role)}</div>
            </foreignObject>
          </g>
        ))}
        <circle cx={startX} cy={midY} r={9} class="start" />
        <circle cx={endX} cy={midY} r={9} class="end" />
        {byVariant.map((vs, vi) => {
          const boxes = vs.map((s, col) => ({ s, ...box(vi, col, s) }));
          const points = [[startX + 9, midY], ...boxes.flatMap((b) => [[b.x, b.y + BOX_H / 2], [b.x + BOX_W, b.y + BOX_H / 2]]), [endX - 9, midY]];
          const segments = [];
          for (let i = 0; i + 1 < points.length; i += 2) segments.push([points[i]!, points[i + 1]!]);
          return (
            <g class={`variant v${vi % 6}`} data-variant={vs[0]?.variant ?? ''}>
              {segments.map(([a, b]) => <line x1={a[0]} y1={a[1]} x2={b[0]} y2={b[1]} class="flow" marker-end="url(#arrow)" />)}
              {boxes.map((b) => (
                <g class="step" data-step={b.s.n}>
                  <rect x={b.x} y={b.y} width={BOX_W} height={BOX_H} rx={6} />
                  <text x={b.x + 8} y={b.y + 16} class="n">{`${L.t('step')} ${b.s.n}`}</text>
                  <text x={b.x + 8} y={b.y + 32} class="durations">{b.s.durations.map(L.duration).join(', ') || '—'}</text>
                  <title>{`${L.role(b.s.actor)}: ${b.s.durations.map(L.duration).join(', ')}`}</title>
                </g>
              ))}
            </g>
          );
        })}
      </svg>
      {variants.length > 1 && (
        <figcaption class="legend">
          {variants.map((v, vi) => {
            const t = totals.length === procedures.length ? totals[vi] : totals.find((x) => x.variant === v);
            const range = t ? ` (${t.total.fastest.map(L.duration).join(' ') || '—'} … ${t.total.slowest.map(L.duration).join(' ') || '—'})` : '';
            return <span class={`key v${vi % 6}`}>{L.t('variant')} {vi + 1}: {v ?? L.t('mainPath')}{range}</span>;
          })}
        </figcaption>
      )}
    </figure>
  );
}
