/**
 * Compare: two or more regions side by side, per catalog service, for a date (or each region's
 * latest known text): the text's name, the wording act and validity, steps, fastest and slowest totals,
 * stated terms per channel and roles; values that differ between the regions are highlighted, a text in
 * force outside the corpus is told from a service the corpus does not regulate, and the answer's notes
 * (periods that never meet) are shown. A chart draws each service's totals per region.
 */
import type { CompareResult, CompareRow } from '../../../../schemas/query.ts';
import type { RegionRow } from '../../../../schemas/serve.ts';
import { useApi } from '../api.ts';
import type { Labels } from '../i18n.ts';
import { href, navigate, reglamentHref } from '../router.ts';
import { ActLink, Certainty, period, Show } from '../parts/common.tsx';
import { TotalsChart } from '../parts/chart.tsx';

type Cell = CompareRow['regions'][number];

/** A cell's value for one aspect, to tell where the regions differ. */
const aspects: Record<string, (c: Cell) => string> = {
  steps: (c) => String(c.steps ?? ''),
  total: (c) => `${c.total.fastest.join(' ')}|${c.total.slowest.join(' ')}`,
  terms: (c) => c.totalTime.map((t) => `${t.channel}:${t.durations.join(' ')}`).join(' '),
  roles: (c) => c.roles.join(' '),
};

function differing(row: CompareRow): Set<string> {
  const present = row.regions.filter((c) => c.status === 'text');
  return new Set(Object.keys(aspects).filter((k) => new Set(present.map(aspects[k]!)).size > 1));
}

export function CompareView({ query, L }: { query: URLSearchParams; L: Labels }) {
  const chosen = (query.get('regions') ?? '').split(',').filter(Boolean);
  const date = query.get('date') ?? '';
  const regions = useApi<RegionRow[]>('/api/regions');
  const result = useApi<CompareResult>(chosen.length ? '/api/compare' : null, { regions: chosen.join(','), date: date || undefined });
  const submit = (e: Event) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget as HTMLFormElement);
    navigate(href('/compare', { regions: f.getAll('regions').map(String).join(','), date: String(f.get('date') ?? '') }));
  };
  return (
    <section>
      <h1>{L.t('compare')}</h1>
      <form class="pickers compare-form" onSubmit={submit}>
        <fieldset>
          <legend>{L.t('regions')}</legend>
          {regions.state === 'done' && regions.data.map((r) => (
            <label class="region-choice"><input type="checkbox" name="regions" value={r.id} checked={chosen.includes(r.id)} /> {L.lang === 'kk' ? r.kk : r.ru}</label>
          ))}
        </fieldset>
        <label>{L.t('date')} <input type="date" name="date" value={date} /> <small>{L.t('latest')}</small></label>
        <button type="submit">{L.t('show')}</button>
      </form>
      {chosen.length > 0 && (
        <Show loaded={result} L={L}>
          {({ rows: data, notes }) => (
            <>
              {notes.length > 0 && <ul class="notes">{notes.map((n) => <li>{n}</li>)}</ul>}
              <TotalsChart rows={data} regions={chosen} L={L} />
              <table class="compare">
                <thead><tr><th>{L.t('service')}</th>{chosen.map((r) => <th>{L.region(r)}</th>)}</tr></thead>
                <tbody>
                  {data.map((row) => {
                    const diff = differing(row);
                    return (
                      <tr>
                        <th scope="row">{row.service}</th>
                        {row.regions.map((c) => (
                          <td class={c.present ? 'present' : 'absent'}>
                            {!c.present ? <span class="absent">{c.note ?? L.t('absent')}</span> : (
                              <>
                                <div class="names">{c.names.join(' / ')}</div>
                                <div><ActLink act={c.wordingBy} /> {period(c.validFrom, c.validTo, L)} <Certainty value={c.certainty} L={L} /></div>
                                {c.status !== 'text' && <div class="absent">{c.note ?? L.t('textNotInCorpus')}</div>}
                                {c.status === 'text' && <>
                                  <div class={diff.has('steps') ? 'diff' : ''}>{c.text ? <a href={reglamentHref(c.text.document, c.text.reglament)}>{c.steps} {L.t('steps')}</a> : `${c.steps} ${L.t('steps')}`}</div>
                                  <div class={diff.has('total') ? 'diff totals' : 'totals'}>{L.t('fastest')}: {c.total.fastest.map(L.duration).join(' ') || '—'}; {L.t('slowest')}: {c.total.slowest.map(L.duration).join(' ') || '—'}</div>
                                  <div class={diff.has('terms') ? 'diff' : ''}>{c.totalTime.map((t) => `${L.channel(t.channel)}: ${t.durations.map(L.duration).join(' / ')}`).join('; ')}</div>
                                  <div class={diff.has('roles') ? 'diff roles' : 'roles'}>{c.roles.map((r) => L.role(r)).join(', ')}</div>
                                </>}
                              </>
                            )}
                          </td>
                        ))}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </>
          )}
        </Show>
      )}
    </section>
  );
}
