/**
 * The page's one way to the server: GET a JSON route, typed by the API's own schemas (types only;
 * no validator ships in the bundle). A 4xx answer becomes an ApiFailure carrying the server's reason;
 * a paged answer (one page of a long list) comes with the length of the whole list.
 */
import { useEffect, useState } from 'preact/hooks';

export class ApiFailure extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** An answer, and for a paged one how many rows the whole answer has (null for an answer that is not paged). */
export interface Answer<T> { data: T; total: number | null }

export async function getJson<T>(path: string, query: Record<string, string | undefined> = {}): Promise<Answer<T>> {
  const q = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => !!e[1]));
  const qs = q.toString();
  const res = await fetch(qs ? `${path}?${qs}` : path, { headers: { accept: 'application/json' } });
  const body = await res.json().catch(() => ({ message: res.statusText }));
  if (!res.ok) throw new ApiFailure(res.status, (body as { message?: string }).message ?? res.statusText);
  const total = res.headers.get('x-total-count');
  return { data: body as T, total: total === null ? null : Number(total) };
}

export type Loaded<T> = { state: 'loading' } | ({ state: 'done' } & Answer<T>) | { state: 'failed'; error: ApiFailure };

/** Loads a route when its address changes; a newer request wins over an older one still on its way. */
export function useApi<T>(path: string | null, query: Record<string, string | undefined> = {}): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const key = path === null ? '' : `${path}?${JSON.stringify(query)}`;
  useEffect(() => {
    if (path === null) return;
    let live = true;
    setLoaded({ state: 'loading' });
    getJson<T>(path, query).then(
      (answer) => live && setLoaded({ state: 'done', ...answer }),
      (e: unknown) => live && setLoaded({ state: 'failed', error: e instanceof ApiFailure ? e : new ApiFailure(0, String(e)) }),
    );
    return () => { live = false; };
  }, [key]);
  return loaded;
}
