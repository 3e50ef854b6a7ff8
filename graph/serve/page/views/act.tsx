/**
 * Act: what the texts state of an act (kind, title, registration, publication, entry-into-force
 * rule, with the quoted lines), its timeline (own dates, amendments with their acts, repeal), the
 * acts it names, and the reglaments it carries.
 */
import type { ActPage } from '../../../../schemas/serve.ts';
import { useApi } from '../api.ts';
import type { Labels } from '../i18n.ts';
import { reglamentHref } from '../router.ts';
import { ActLink, actLabel, Certainty, period, Quote, Show } from '../parts/common.tsx';
import { Timeline, type TimelineEvent } from '../parts/timeline.tsx';

function events(page: ActPage, L: Labels): TimelineEvent[] {
  const { info, validity, history } = page;
  const out: TimelineEvent[] = [{ date: info.date, certainty: 'exact', label: L.t('adopted') }];
  if (info.registrationDate) out.push({ date: info.registrationDate.value, certainty: 'exact', label: L.t('registered'), detail: info.registrationNumber?.value });
  if (info.publicationDate) out.push({ date: info.publicationDate.value, certainty: 'exact', label: L.t('published') });
  out.push({ date: validity.from.date, certainty: validity.from.certainty, label: L.t('entryIntoForce'), detail: validity.from.basis });
  for (const r of history.relations) {
    if (r.relation === 'amended-by') {
      const what = r.changes.map((c) => `${L.t(c.part)} ${[c.point, c.number].filter(Boolean).join('.')} (${L.t(c.change)})`).join(', ');
      out.push({ date: r.effective, certainty: r.certainty, label: L.t('amended-by'), act: r.other, detail: what || (r.otherTitle ?? undefined) });
    }
  }
  if (validity.to) out.push({ date: validity.to.date, certainty: validity.to.certainty, label: L.t('repealed'), act: validity.repealedBy ?? undefined, detail: validity.to.basis });
  return out;
}

/** The statements behind a history row: which document says it, in which words. */
function statements(page: ActPage, row: ActPage['history']['relations'][number]) {
  const outgoing = row.relation === 'amends' || row.relation === 'repeals';
  const [from, to] = outgoing ? [row.act, row.other] : [row.other, row.act];
  const type = row.relation.startsWith('amend') ? 'amends' : 'repeals';
  return page.relations.filter((r) => r.from === from && r.to === to && r.type === type).flatMap((r) => r.statedBy);
}

export function ActView({ actKey, L }: { actKey: string; L: Labels }) {
  const page = useApi<ActPage>(`/api/acts/${encodeURIComponent(actKey)}`);
  return (
    <Show loaded={page} L={L}>
      {(p) => (
        <section class="act-page">
          <h1>{L.t('act')} {actLabel(p.info.key)} <small>{L.region(p.info.region)}</small></h1>
          {p.info.title && <p class="title">{p.info.title}</p>}
          <dl class="meta">
            <dt>{L.t('validity')}</dt><dd>{period(p.validity.from.date, p.validity.to?.date ?? null, L)} <Certainty value={p.validity.certainty} L={L} /></dd>
            <dt>{L.t('documents')}</dt><dd>{p.info.inCorpus ? p.info.documents.join(', ') : L.t('textNotInCorpus')}</dd>
            {p.info.registrationNumber && <><dt>{L.t('registered')}</dt><dd>№ {p.info.registrationNumber.value} {p.info.registrationDate?.value ?? ''} <Quote document={p.info.registrationNumber.document} quote={p.info.registrationNumber.quote} /></dd></>}
            {p.info.entryIntoForce && <><dt>{L.t('entryIntoForce')}</dt><dd>{p.info.entryIntoForce.value} <Quote document={p.info.entryIntoForce.document} quote={p.info.entryIntoForce.quote} /></dd></>}
          </dl>
          <h2>{L.t('timeline')}</h2>
          <Timeline events={events(p, L)} L={L} />
          <h2>{L.t('act')}: {L.t('amends')} / {L.t('repeals')}</h2>
          <table class="relations">
            <tbody>
              {p.history.relations.map((r) => (
                <tr>
                  <td>{L.t(r.relation)}</td>
                  <td><ActLink act={r.other} /> {r.otherInCorpus ? '' : <small class="absent">({L.t('textNotInCorpus')})</small>}</td>
                  <td>{r.otherTitle}</td>
                  <td class="nowrap">{r.effective} <Certainty value={r.certainty} L={L} /></td>
                  <td>
                    {r.basis}
                    {r.inferredFrom.length > 0 && <ul class="inferred">{r.inferredFrom.map((f) => <li>{L.t('inferredFrom')}: {f.statement} <Quote document={f.document} quote={f.quote} /></li>)}</ul>}
                  </td>
                  <td>
                    {r.changes.length > 0 && <ul class="changes">{r.changes.map((c) => (
                      <li>{L.t(c.part)} {[c.point, c.number].filter(Boolean).join('.')} — {L.t(c.change)}{c.text ? `: ${c.text}` : ''} <Quote document={c.document} quote={c.quote} /></li>
                    ))}</ul>}
                  </td>
                  <td><ul class="quotes">{statements(p, r).map((s) => <li><Quote document={s.document} quote={s.quote} /></li>)}</ul></td>
                </tr>
              ))}
            </tbody>
          </table>
          {p.reglaments.length > 0 && <>
            <h2>{L.t('reglaments')}</h2>
            <ol class="carried">{p.reglaments.map((g) => <li><a href={reglamentHref(g.document, g.ordinal)}>{g.service}</a> <small>({g.document}, {g.language})</small></li>)}</ol>
          </>}
        </section>
      )}
    </Show>
  );
}
