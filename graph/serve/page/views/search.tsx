/**
 * Search: by a service's name in either language, an act's number, or words of the quoted text;
 * each hit links to its reglament, act or line.
 */
import type { SearchHit } from '../../../../schemas/serve.ts';
import { useApi } from '../api.ts';
import type { Labels } from '../i18n.ts';
import { actHref, href, navigate, reglamentHref, sourceHref } from '../router.ts';
import { Show } from '../parts/common.tsx';

const KIND = { service: 'kindService', act: 'kindAct', text: 'kindText' } as const;

function target(h: SearchHit): string {
  if (h.kind === 'text' && h.document && h.quote) return sourceHref(h.document, h.quote);
  if (h.document && h.ordinal) return reglamentHref(h.document, h.ordinal);
  return h.act ? actHref(h.act) : '#';
}

export function SearchView({ query, L }: { query: URLSearchParams; L: Labels }) {
  const q = query.get('q') ?? '';
  const hits = useApi<SearchHit[]>(q ? '/api/search' : null, { q });
  const submit = (e: Event) => {
    e.preventDefault();
    navigate(href('/search', { q: String(new FormData(e.currentTarget as HTMLFormElement).get('q') ?? '') }));
  };
  return (
    <section>
      <h1>{L.t('search')}</h1>
      <form class="pickers" onSubmit={submit}>
        <input type="search" name="q" value={q} placeholder={L.t('searchHint')} size={50} />
        <button type="submit">{L.t('search')}</button>
      </form>
      {q && (
        <Show loaded={hits} L={L}>
          {(data) => data.length === 0 ? <p class="empty">{L.t('noHits')}</p> : (
            <ul class="hits">
              {data.map((h) => (
                <li class={`hit ${h.kind}`}>
                  <span class="kind">{L.t(KIND[h.kind])}</span> <a href={target(h)}>{h.label}</a>
                  {h.region && <small> · {L.region(h.region)}</small>}
                  {h.quote && <div class="quote-text">{h.quote.replace(/\s+/g, ' ')}</div>}
                </li>
              ))}
            </ul>
          )}
        </Show>
      )}
    </section>
  );
}
