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

export function Show<T>({ loaded, L, children }: { loaded: Loaded<T>; L: Labels; children: (data: T) => ComponentChildren }) {
  if (loaded.state === 'loading') return <p class="loading">{L.t('loading')}</p>;
  if (loaded.state === 'failed') return <Failure error={loaded.error} L={L} />;
  return <>{children(loaded.data)}</>;
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
