/**
 * Source: a document's text with line numbers, opened at the line of the quote in the address, the
 * quoted span highlighted. The text is rendered as text nodes (never as markup).
 */
import { useEffect } from 'preact/hooks';
import type { DocumentText } from '../../../../schemas/serve.ts';
import { useApi } from '../api.ts';
import type { Labels } from '../i18n.ts';
import { actHref } from '../router.ts';
import { Show } from '../parts/common.tsx';

function Lines({ doc }: { doc: DocumentText }) {
  const h = doc.highlight;
  let offset = 0;
  return (
    <div class="lines">
      {doc.text.split('\n').map((line, i) => {
        const start = offset, end = offset + line.length;
        offset = end + 1;
        const n = i + 1;
        if (!h || h.end <= start || h.start > end) return <div class="line" id={`L${n}`}><span class="ln">{n}</span><span class="tx">{line}</span></div>;
        const a = Math.max(h.start, start) - start, b = Math.min(h.end, end) - start;
        return (
          <div class="line hit" id={`L${n}`}>
            <span class="ln">{n}</span>
            <span class="tx">{line.slice(0, a)}<mark>{line.slice(a, b)}</mark>{line.slice(b)}</span>
          </div>
        );
      })}
    </div>
  );
}

export function SourceView({ document: name, query, L }: { document: string; query: URLSearchParams; L: Labels }) {
  const quote = query.get('quote');
  const want = { quote: quote ?? undefined, start: query.get('start') ?? undefined, end: query.get('end') ?? undefined };
  const doc = useApi<DocumentText>(`/api/documents/${encodeURIComponent(name)}`, want);
  useEffect(() => {
    if (doc.state === 'done' && doc.data.highlight) document.getElementById(`L${doc.data.highlight.line}`)?.scrollIntoView({ block: 'center' });
  }, [doc.state]);
  return (
    <Show loaded={doc} L={L}>
      {(d) => (
        <section class="source-page">
          <h1>{L.t('source')}: {d.name}</h1>
          <p>
            {d.act && <a href={actHref(d.act)}>{d.act}</a>}
            {d.highlight && <> · <a href={`#L${d.highlight.line}`}>{L.t('line')} {d.highlight.line}</a></>}
          </p>
          {(want.quote || want.start) && !d.highlight && <p class="empty">{L.t('quoteNotFound')}</p>}
          <Lines doc={d} />
        </section>
      )}
    </Show>
  );
}
