/**
 * An act's timeline: its own dates (adoption, registration, publication, entry into force), each
 * amendment and its repeal on one axis. Exact dates are filled marks on a solid stem; estimated
 * dates are hollow marks on a dashed stem, marked ≈ in the list below the axis.
 */
import type { Labels } from '../i18n.ts';
import { actHref } from '../router.ts';

export interface TimelineEvent {
  date: string;
  certainty: 'exact' | 'estimated';
  label: string;
  /** An act this event is the doing of, linked. */
  act?: string;
  detail?: string;
}

const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;

export function Timeline({ events, L }: { events: TimelineEvent[]; L: Labels }) {
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date));
  if (!sorted.length) return null;
  const W = 900, H = 70 + sorted.length * 18, PAD = 40, AXIS = 40;
  const lo = day(sorted[0]!.date) - 30, hi = day(sorted[sorted.length - 1]!.date) + 30;
  const x = (d: string) => PAD + ((day(d) - lo) / (hi - lo)) * (W - 2 * PAD);
  const years: number[] = [];
  for (let y = new Date(lo * 86_400_000).getUTCFullYear() + 1; day(`${y}-01-01`) < hi; y++) years.push(y);
  return (
    <figure class="timeline">
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={L.t('timeline')}>
        <line x1={PAD} x2={W - PAD} y1={AXIS} y2={AXIS} class="axis" />
        {years.map((y) => <g><line x1={x(`${y}-01-01`)} x2={x(`${y}-01-01`)} y1={AXIS - 5} y2={AXIS + 5} class="tick" /><text x={x(`${y}-01-01`)} y={AXIS - 10} class="year">{y}</text></g>)}
        {sorted.map((e, i) => {
          const y = AXIS + 28 + i * 18;
          return (
            <g class={`event ${e.certainty}`}>
              <line x1={x(e.date)} x2={x(e.date)} y1={AXIS} y2={y - 4} class="stem" />
              <circle cx={x(e.date)} cy={AXIS} r={5} class="mark" />
              <text x={x(e.date) + (x(e.date) > W / 2 ? -6 : 6)} y={y} text-anchor={x(e.date) > W / 2 ? 'end' : 'start'}>
                {`${e.certainty === 'estimated' ? '≈ ' : ''}${e.date} ${e.label}`}
              </text>
            </g>
          );
        })}
      </svg>
      <ol class="events">
        {sorted.map((e) => (
          <li class={e.certainty}>
            <span class="date">{e.certainty === 'estimated' ? '≈ ' : ''}{e.date}</span> {e.label}
            {e.act && <> <a href={actHref(e.act)}>{e.act.split('|').slice(2).reverse().join(' / ')}</a></>}
            {' '}<span class={`certainty ${e.certainty}`}>{L.t(e.certainty)}</span>
            {e.detail && <div class="detail">{e.detail}</div>}
          </li>
        ))}
      </ol>
    </figure>
  );
}
