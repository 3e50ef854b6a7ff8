/**
 * The compare view's chart: per service, one bar per region from its fastest to its slowest total
 * (graph/queries/totals.ts, in working minutes under the convention of docs/queries.md): the solid part
 * reaches the fastest total, the light part on to the slowest. Bars share a logarithmic scale (totals
 * run from minutes to months); each bar is labelled with the totals as the texts state them.
 */
import type { CompareRow } from '../../../../schemas/query.ts';
import type { Labels } from '../i18n.ts';

type Cell = CompareRow['regions'][number];

function barOf(c: Cell, L: Labels): { fastest: number; slowest: number; label: string } | null {
  if (c.status !== 'text' || !c.workingMinutes) return null;
  const fastest = c.total.fastest.map(L.duration).join(' ');
  const slowest = c.total.slowest.map(L.duration).join(' ');
  return { ...c.workingMinutes, label: fastest === slowest ? fastest : `${fastest} … ${slowest}` };
}

export function TotalsChart({ rows, regions, L }: { rows: CompareRow[]; regions: string[]; L: Labels }) {
  const bars = rows.map((r) => ({ service: r.service, cells: r.regions.map((c) => barOf(c, L)) })).filter((r) => r.cells.some(Boolean));
  if (!bars.length) return null;
  const max = Math.log10(Math.max(...bars.flatMap((b) => b.cells.map((c) => c?.slowest ?? 1))) + 1);
  const LABEL = 330, W = 920, BAR = 14, GAP = 10;
  const rowH = regions.length * (BAR + 2) + GAP;
  const H = bars.length * rowH + 30;
  const len = (v: number) => Math.max(2, ((W - LABEL - 250) * Math.log10(v + 1)) / max);
  return (
    <figure class="chart">
      <figcaption>{L.t('chart')}: {L.t('fastest')} — {L.t('slowest')}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={L.t('chart')}>
        {bars.map((b, i) => (
          <g transform={`translate(0 ${i * rowH + 20})`}>
            <foreignObject x={0} y={0} width={LABEL - 10} height={rowH - 2}><div class="chart-label">{b.service}</div></foreignObject>
            {b.cells.map((c, j) => c && (
              <g class={`bar r${j % 6}`}>
                <rect class="slowest" x={LABEL} y={j * (BAR + 2)} width={len(c.slowest)} height={BAR} />
                <rect class="fastest" x={LABEL} y={j * (BAR + 2)} width={len(c.fastest)} height={BAR} />
                <text x={LABEL + len(c.slowest) + 6} y={j * (BAR + 2) + BAR - 3}>{c.label}</text>
              </g>
            ))}
          </g>
        ))}
      </svg>
      <div class="legend">{regions.map((r, j) => <span class={`key r${j % 6}`}>{L.region(r)}</span>)}</div>
    </figure>
  );
}
