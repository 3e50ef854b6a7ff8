/**
 * Small pieces every view uses: loading and failure states (404 with a way back, 400 with the
 * server's reason), certainty badges, links to acts and quotes. All text goes through Preact's
 * text nodes, so a document's words are shown as text, never read as markup.
 */
import type { ComponentChildren } from 'preact';
import type { ApiFailure, Loaded } from '../api.ts';
import type { Labels } from '../i18n.ts';
import { actHref, href, sourceHref } from '../router.ts';

export function Failure({ error, L }: { error: ApiFailure; L: Labels }) {
  const title = error.status === 404 ? L.t('notFound') : error.status === 400 ? L.t('badRequest') : `${error.status || ''}`;
  return (
    <section class="failure" data-status={error.status}>
      <h1>{title}</h1>
      <p class="reason">{error.message}</p>
      <p><a href={href('/')}>← {L.t('back')}</a></p>
    </section>
  );
}

/** `total`: how many rows the whole answer has, for a paged answer (null otherwise). */
export function Show<T>({ loaded, L, children }: { loaded: Loaded<T>; L: Labels; children: (data: T, total: number | null) => ComponentChildren }) {
  if (loaded.state === 'loading') return <p class="loading">{L.t('loading')}</p>;
  if (loaded.state === 'failed') return <Failure error={loaded.error} L={L} />;
  return <>{children(loaded.data, loaded.total)}</>;
}

/**
 * Where a page of a long answer stands in it: which rows of how many, links to the pages before and
 * after (`at(offset)` is the address of the page from that row), and how to narrow the question.
 * Nothing when the page is the whole answer.
 */
export function Pages({ total, offset, shown, at, hint, L }: { total: number | null; offset: number; shown: number; at: (offset: number) => string; hint: string; L: Labels }) {
  if (total === null || (offset === 0 && shown >= total)) return null;
  const fill = (s: string) => s.replace('{from}', String(Math.min(offset + 1, total))).replace('{to}', String(offset + shown)).replace('{total}', String(total));
  return (
    <p class="pages" data-total={total}>
      <span class="rows">{fill(L.t('pageRows'))}</span>
      {offset > 0 && <a class="previous" href={at(Math.max(0, offset - Math.max(shown, 1)))}>← {L.t('previousPage')}</a>}
      {offset + shown < total && <a class="next" href={at(offset + shown)}>{L.t('nextPage')} →</a>}
      <span class="hint">{hint}</span>
    </p>
  );
}

export function Certainty({ value, L }: { value: 'exact' | 'estimated' | null; L: Labels }) {
  if (!value) return null;
  return <span class={`certainty ${value}`}>{L.t(value)}</span>;
}

/** "№ 204 of 2015-08-04" for `akimat|west-kazakhstan|2015-08-04|204`. */
export const actLabel = (key: string) => {
  const [, , date, number] = key.split('|');
  return `№ ${number} ${date}`;
};

export function ActLink({ act }: { act: string | null }) {
  if (!act) return <span>—</span>;
  return <a class="act" href={actHref(act)} title={act}>{actLabel(act)}</a>;
}

/** A quoted line of a document; clicking it opens the document at that line. */
export function Quote({ document, quote }: { document: string; quote: string }) {
  return <a class="quote" href={sourceHref(document, quote)}>{quote.replace(/\s+/g, ' ').trim()}</a>;
}

export const period = (from: string | null, to: string | null, L: Labels) => `${from ?? '?'} — ${to ?? L.t('noEnd')}`;
