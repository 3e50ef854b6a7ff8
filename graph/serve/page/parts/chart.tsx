/**
 * The compare view's chart: per service, one bar per region for the service's total. When the answer
 * carries `workingMinutes` (the query layer's totals), the bar is the slowest total; otherwise it is
 * the longest total term the text states for a channel. Bars share a logarithmic scale (terms run
 * from minutes to months); each bar is labelled with the durations as stated, so the length only
 * orders and the label tells.
 */
import type { CompareRow } from '../../../../schemas/query.ts';
import type { Labels } from '../i18n.ts';

type Cell = CompareRow['regions'][number] & { workingMinutes?: { fastest: number; slowest: number } };

/** Bar length only: working time in minutes, a working day being 8 hours and a month 21 working days. */
const SCALE: Record<string, number> = { minute: 1, hour: 60, 'working-day': 480, 'calendar-day': 480, day: 480, month: 21 * 480 };
const minutes = (durations: string[]) => durations.reduce((s, d) => {
  const [n, unit] = d.split(' ');
  return s + Number(n!.replace(',', '.')) * (SCALE[unit!] ?? 0);
}, 0);

function barOf(c: Cell, L: Labels): { value: number; label: string } | null {
  if (!c.present || !c.textInCorpus) return null;
  if (c.workingMinutes) return { value: c.workingMinutes.slowest, label: `${c.workingMinutes.slowest} min` };
  const longest = [...c.totalTime].sort((a, b) => minutes(b.durations) - minutes(a.durations))[0];
  if (!longest) return null;
  return { value: minutes(longest.durations), label: longest.durations.map(L.duration).join(' + ') };
}

export function TotalsChart({ rows, regions, L }: { rows: CompareRow[]; regions: string[]; L: Labels }) {
  const bars = rows.map((r) => ({ service: r.service, cells: r.regions.map((c) => barOf(c, L)) })).filter((r) => r.cells.some(Boolean));
  if (!bars.length) return null;
  const max = Math.log10(Math.max(...bars.flatMap((b) => b.cells.map((c) => c?.value ?? 1))) + 1);
  const LABEL = 330, W = 920, BAR = 14, GAP = 10;
  const rowH = regions.length * (BAR + 2) + GAP;
  const H = bars.length * rowH + 30;
  const len = (v: number) => ((W - LABEL - 140) * Math.log10(v + 1)) / max;
  return (
    <figure class="chart">
      <figcaption>{L.t('chart')}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={L.t('chart')}>
        {bars.map((b, i) => (
          <g transform={`translate(0 ${i * rowH + 20})`}>
            <foreignObject x={0} y={0} width={LABEL - 10} height={rowH - 2}><div class="chart-label">{b.service}</div></foreignObject>
            {b.cells.map((c, j) => c && (
              <g class={`bar r${j % 6}`}>
                <rect x={LABEL} y={j * (BAR + 2)} width={Math.max(2, len(c.value))} height={BAR} />
                <text x={LABEL + Math.max(2, len(c.value)) + 6} y={j * (BAR + 2) + BAR - 3}>{c.label}</text>
              </g>
            ))}
          </g>
        ))}
      </svg>
      <div class="legend">{regions.map((r, j) => <span class={`key r${j % 6}`}>{L.region(r)}</span>)}</div>
    </figure>
  );
}
