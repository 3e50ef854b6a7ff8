/**
 * A reglament's procedure as a process diagram, drawn from `query reglament`'s answer for the text:
 * one lane per role (the steps' actors, in order of first appearance), a box per step in its actor's
 * lane with its number and durations (an alternative joined by "/", an extension by "+"), the steps of
 * a variant joined by arrows from a common start to a common end, so alternative variants read as
 * alternative paths. Variants are told apart by colour and named in the legend with their stated
 * limit and their fastest and slowest totals.
 */
import type { ReglamentAnswer } from '../../../../schemas/query.ts';
import type { Labels } from '../i18n.ts';

const BOX_W = 132, BOX_H = 40, COL = 156, LANE_LABEL = 190, ROW = 50, TOP = 10;

export type Procedure = NonNullable<ReglamentAnswer['text']>['procedures'][number];
type Step = Procedure['steps'][number];

const NO_ROLE = 'none';
const laneOf = (s: Step) => s.actor?.id ?? NO_ROLE;

/** A step's durations as the box shows them: each joined to the one before by how it follows it. */
export function stepDurations(s: Pick<Step, 'durations' | 'links'>, L: Labels): string {
  return s.durations.map((d, i) => {
    const link = s.links[i] ?? 'then';
    const joint = link === 'extension' ? ' + ' : i === 0 ? '' : link === 'or' ? ' / ' : ', ';
    return `${joint}${L.duration(d)}`;
  }).join('').trim() || '—';
}

export const totalText = (ds: string[], L: Labels) => ds.map(L.duration).join(' ') || '—';

export function ProcessDiagram({ procedures, L }: { procedures: Procedure[]; L: Labels }) {
  const paths = procedures.map((p, k) => ({ p, k })).filter(({ p }) => p.steps.length > 0);
  if (!paths.length) return null;
  const lanes = new Map<string, string>();
  for (const { p } of paths) for (const s of p.steps) if (!lanes.has(laneOf(s))) lanes.set(laneOf(s), L.role(s.actor?.id ?? null, s.actor?.label));
  const laneIds = [...lanes.keys()];
  const columns = Math.max(...paths.map(({ p }) => p.steps.length));
  const laneH = paths.length * ROW + 10;
  const width = LANE_LABEL + (columns + 2) * COL;
  const height = TOP + laneIds.length * laneH + 10;
  const startX = LANE_LABEL + 10, endX = LANE_LABEL + (columns + 1) * COL + 10;
  const midY = TOP + (laneIds.length * laneH) / 2;
  const box = (row: number, col: number, s: Step) => ({
    x: LANE_LABEL + (col + 1) * COL - (COL - BOX_W) / 2 + 10,
    y: TOP + laneIds.indexOf(laneOf(s)) * laneH + 5 + row * ROW,
  });
  return (
    <figure class="process">
      <svg viewBox={`0 0 ${width} ${height}`} width={width} role="img" aria-label={L.t('process')}>
        <defs>
          <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" /></marker>
        </defs>
        {laneIds.map((id, i) => (
          <g class="lane" data-role={id}>
            <rect x={0} y={TOP + i * laneH} width={width} height={laneH} class={i % 2 ? 'lane-bg odd' : 'lane-bg'} />
            <foreignObject x={4} y={TOP + i * laneH + 4} width={LANE_LABEL - 8} height={laneH - 8}>
              <div class="lane-label" title={id}>{lanes.get(id)}</div>
            </foreignObject>
          </g>
        ))}
        <circle cx={startX} cy={midY} r={9} class="start" />
        <circle cx={endX} cy={midY} r={9} class="end" />
        {paths.map(({ p, k }, row) => {
          const boxes = p.steps.map((s, col) => ({ s, ...box(row, col, s) }));
          const points = [[startX + 9, midY], ...boxes.flatMap((b) => [[b.x, b.y + BOX_H / 2], [b.x + BOX_W, b.y + BOX_H / 2]]), [endX - 9, midY]];
          const segments = [];
          for (let i = 0; i + 1 < points.length; i += 2) segments.push([points[i]!, points[i + 1]!]);
          return (
            <g class={`variant v${k % 6}`} data-variant={p.variant ?? ''}>
              {segments.map(([a, b]) => <line x1={a[0]} y1={a[1]} x2={b[0]} y2={b[1]} class="flow" marker-end="url(#arrow)" />)}
              {boxes.map((b) => (
                <g class="step" data-step={b.s.n} data-role={laneOf(b.s)}>
                  <rect x={b.x} y={b.y} width={BOX_W} height={BOX_H} rx={6} />
                  <text x={b.x + 8} y={b.y + 16} class="n">{`${L.t('step')} ${b.s.n}`}</text>
                  <text x={b.x + 8} y={b.y + 32} class="durations">{stepDurations(b.s, L)}</text>
                  <title>{`${lanes.get(laneOf(b.s))}: ${stepDurations(b.s, L)}`}</title>
                </g>
              ))}
            </g>
          );
        })}
      </svg>
      {procedures.length > 1 && (
        <figcaption class="legend">
          {procedures.map((p, k) => (
            <span class={`key v${k % 6}`}>
              {L.t('variant')} {k + 1}: {p.variant ?? L.t('mainPath')}
              {p.limit.length > 0 && ` · ${L.t('limit')} ${totalText(p.limit, L)}`}
              {` (${totalText(p.total.fastest, L)} … ${totalText(p.total.slowest, L)})`}
            </span>
          ))}
        </figcaption>
      )}
    </figure>
  );
}
