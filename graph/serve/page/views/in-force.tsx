/**
 * In force: a region and a date → the reglaments in force then, each with the act that approved it,
 * the act that gave its wording, its validity and how certain that is; the basis on expanding a row;
 * the text's quoted lines link to the document. The form writes its choices into the address. A long
 * answer is shown a page at a time, saying how many rows there are and how to narrow the question.
 */
import type { InForceRow } from '../../../../schemas/query.ts';
import type { RegionRow } from '../../../../schemas/serve.ts';
import { useApi } from '../api.ts';
import type { Labels } from '../i18n.ts';
import { href, navigate, reglamentHref } from '../router.ts';
import { ActLink, Certainty, Pages, period, Quote, Show } from '../parts/common.tsx';

const today = () => new Date().toISOString().slice(0, 10);

export function RegionSelect({ name, value, L, regions, all }: { name: string; value: string; L: Labels; regions: RegionRow[]; all?: boolean }) {
  return (
    <select name={name} value={value}>
      {all && <option value="">{L.t('allRegions')}</option>}
      {regions.map((r) => <option value={r.id}>{L.lang === 'kk' ? r.kk : r.ru}</option>)}
    </select>
  );
}

/** The query's own reasons for answering nothing (the lines `zangraph query in-force` prints then). */
function WhyEmpty({ query, L }: { query: Record<string, string | undefined>; L: Labels }) {
  const why = useApi<string[]>('/api/in-force/why', query);
  return (
    <div class="empty">
      <p>{L.t('noneInForce')}</p>
      {why.state === 'done' && why.data.length > 0 && <ul class="why">{why.data.map((line) => <li>{line}</li>)}</ul>}
    </div>
  );
}

export function InForceView({ query, L }: { query: URLSearchParams; L: Labels }) {
  const date = query.get('date') ?? today();
  const region = query.get('region') ?? '';
  const service = query.get('service') ?? '';
  const regions = useApi<RegionRow[]>('/api/regions');
  // A page of the answer: from row `offset`, `limit` rows (the server's page size unless the address says).
  const offset = Number(query.get('offset')) || 0;
  const limit = query.get('limit') ?? undefined;
  const rows = useApi<InForceRow[]>('/api/in-force', { date, region: region || undefined, service: service || undefined, offset: offset ? String(offset) : undefined, limit });
  const at = (from: number) => href('/in-force', { region, date, service, offset: from ? String(from) : '', limit });
  const submit = (e: Event) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget as HTMLFormElement);
    navigate(href('/in-force', { region: String(f.get('region') ?? ''), date: String(f.get('date') ?? ''), service: String(f.get('service') ?? '') }));
  };
  return (
    <section>
      <h1>{L.t('inForce')}</h1>
      <form class="pickers" onSubmit={submit}>
        <label>{L.t('region')} {regions.state === 'done' ? <RegionSelect name="region" value={region} L={L} regions={regions.data} all /> : <select name="region" />}</label>
        <label>{L.t('date')} <input type="date" name="date" value={date} required /></label>
        <label>{L.t('service')} <input type="search" name="service" value={service} /></label>
        <button type="submit">{L.t('show')}</button>
      </form>
      <Show loaded={rows} L={L}>
        {(data, total) => data.length === 0 && !total
          ? <WhyEmpty query={{ date, region: region || undefined, service: service || undefined }} L={L} />
          : (<>
            <Pages total={total} offset={offset} shown={data.length} at={at} hint={L.t('narrowInForce')} L={L} />
            <table class="in-force">
              <thead><tr>
                <th>{L.t('region')}</th><th>{L.t('service')}</th><th>{L.t('approvedBy')}</th><th>{L.t('wordingBy')}</th>
                <th>{L.t('validity')}</th><th>{L.t('certainty')}</th>
              </tr></thead>
              <tbody>
                {data.map((r) => (
                  <tr>
                    <td>{L.region(r.region)}</td>
                    <td>
                      {r.source.length
                        ? r.source.map((s) => <div><a class="reglament" href={reglamentHref(s.document, s.reglament)}>{(r.names.length ? r.names : [r.service]).join(' / ')}</a> <small>({s.language})</small></div>)
                        : <div>{r.service} <small class="absent">({L.t('textNotInCorpus')})</small></div>}
                      <details class="basis">
                        <summary>{L.t('basis')}</summary>
                        <ul>{r.basis.map((b) => <li>{b}</li>)}</ul>
                        {r.source.map((s) => <ul class="quotes">{s.quotes.map((q) => <li><Quote document={s.document} quote={q} /></li>)}</ul>)}
                      </details>
                    </td>
                    <td><ActLink act={r.approvedBy} /></td>
                    <td><ActLink act={r.wordingBy} /></td>
                    <td class="nowrap">{period(r.validFrom, r.validTo, L)}</td>
                    <td><Certainty value={r.certainty} L={L} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>)}
      </Show>
    </section>
  );
}
