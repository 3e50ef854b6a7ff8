/**
 * Addresses of the page's views. Everything a view shows is in its address (path and query), so any
 * view can be bookmarked and shared:
 *   /in-force?region=R&date=D&service=S   /compare?regions=A,B&date=D   /search?q=TEXT
 *   /act/<act key>   /reglament/<document>/<number>   /source/<document>?quote=TEXT or ?start=S&end=E
 * `lang=kk` on any of them switches the interface to Kazakh.
 */
import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { view: 'in-force' | 'compare' | 'search'; query: URLSearchParams }
  | { view: 'act'; key: string; query: URLSearchParams }
  | { view: 'reglament'; document: string; ordinal: string; query: URLSearchParams }
  | { view: 'source'; document: string; query: URLSearchParams }
  | { view: 'not-found'; query: URLSearchParams };

export function parseRoute(pathname: string, search: string): Route {
  const query = new URLSearchParams(search);
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const [head, a, b] = parts;
  if (!head || head === 'in-force') return parts.length <= 1 ? { view: 'in-force', query } : { view: 'not-found', query };
  if ((head === 'compare' || head === 'search') && parts.length === 1) return { view: head, query };
  if (head === 'act' && a && parts.length === 2) return { view: 'act', key: a, query };
  if (head === 'reglament' && a && b && parts.length === 3) return { view: 'reglament', document: a, ordinal: b, query };
  if (head === 'source' && a && parts.length === 2) return { view: 'source', document: a, query };
  return { view: 'not-found', query };
}

/** An address on this page, keeping the interface language. */
export function href(path: string, query: Record<string, string | null | undefined> = {}, lang = currentLang()): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v) q.set(k, v);
  if (lang === 'kk') q.set('lang', 'kk');
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

const currentLang = () => new URLSearchParams(location.search).get('lang') ?? 'ru';

export const actHref = (key: string) => href(`/act/${encodeURIComponent(key)}`);
export const reglamentHref = (document: string, ordinal: number) => href(`/reglament/${encodeURIComponent(document)}/${ordinal}`);
export const sourceHref = (document: string, quote: string) => href(`/source/${encodeURIComponent(document)}`, { quote });
/** A fact's exact place: its evidence span. */
export const spanHref = (document: string, start: number, end: number) => href(`/source/${encodeURIComponent(document)}`, { start: String(start), end: String(end) });

export function navigate(to: string): void {
  history.pushState(null, '', to);
  dispatchEvent(new PopStateEvent('popstate'));
}

/** The current address, updated on navigation; links inside the page navigate without reloading. */
export function useLocation(): { pathname: string; search: string } {
  const [loc, setLoc] = useState({ pathname: location.pathname, search: location.search });
  useEffect(() => {
    const update = () => setLoc({ pathname: location.pathname, search: location.search });
    const click = (e: MouseEvent) => {
      const a = (e.target as Element).closest?.('a');
      if (!a || a.origin !== location.origin || a.target || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
      e.preventDefault();
      navigate(a.pathname + a.search);
      scrollTo(0, 0);
    };
    addEventListener('popstate', update);
    addEventListener('click', click);
    return () => { removeEventListener('popstate', update); removeEventListener('click', click); };
  }, []);
  return loc;
}
