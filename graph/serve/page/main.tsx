/**
 * The analyst's page: one Preact application, six views chosen by the address (router.ts), the
 * interface in Russian or Kazakh. Every answer comes from the server's JSON API.
 */
import { render } from 'preact';
import './style.css';
import { labelsFor, langOf } from './i18n.ts';
import { href, parseRoute, useLocation } from './router.ts';
import { InForceView } from './views/in-force.tsx';
import { ActView } from './views/act.tsx';
import { ReglamentView } from './views/reglament.tsx';
import { CompareView } from './views/compare.tsx';
import { SourceView } from './views/source.tsx';
import { SearchView } from './views/search.tsx';
import { Failure } from './parts/common.tsx';
import { ApiFailure } from './api.ts';

function App() {
  const loc = useLocation();
  const L = labelsFor(langOf(loc.search));
  const route = parseRoute(loc.pathname, loc.search);
  document.documentElement.lang = L.lang;
  document.title = L.t('title');
  const other = new URLSearchParams(loc.search);
  if (L.lang === 'kk') other.delete('lang'); else other.set('lang', 'kk');
  const switchTo = `${loc.pathname}${other.toString() ? `?${other}` : ''}`;
  const tab = (view: string, label: string, to: string) => <a class={route.view === view ? 'tab on' : 'tab'} href={to}>{label}</a>;
  return (
    <>
      <header>
        <a class="brand" href={href('/')}>zangraph</a>
        <nav>
          {tab('in-force', L.t('inForce'), href('/in-force'))}
          {tab('compare', L.t('compare'), href('/compare'))}
          {tab('search', L.t('search'), href('/search'))}
        </nav>
        <span class="lang" title={L.t('language')}>
          {L.lang === 'ru'
            ? <><b>РУС</b> <a id="lang-switch" href={switchTo} hrefLang="kk">ҚАЗ</a></>
            : <><a id="lang-switch" href={switchTo} hrefLang="ru">РУС</a> <b>ҚАЗ</b></>}
        </span>
      </header>
      <main data-view={route.view}>
        {route.view === 'in-force' && <InForceView query={route.query} L={L} />}
        {route.view === 'compare' && <CompareView query={route.query} L={L} />}
        {route.view === 'search' && <SearchView query={route.query} L={L} />}
        {route.view === 'act' && <ActView actKey={route.key} L={L} />}
        {route.view === 'reglament' && <ReglamentView document={route.document} ordinal={route.ordinal} L={L} />}
        {route.view === 'source' && <SourceView document={route.document} query={route.query} L={L} />}
        {route.view === 'not-found' && <Failure error={new ApiFailure(404, loc.pathname)} L={L} />}
      </main>
    </>
  );
}

render(<App />, document.getElementById('app')!);
