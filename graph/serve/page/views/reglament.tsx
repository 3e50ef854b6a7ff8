/**
 * Reglament: one text of a state service's reglament — its names (as the text writes it, and the
 * catalog's Russian and Kazakh names), the acts that approved it and gave this wording, its validity,
 * the procedure as a process diagram, participants, terms per channel, and every version of the
 * service in its region over time. Quoted lines open the document at that line.
 */
import type { ReglamentPage } from '../../../../schemas/serve.ts';
import type { ReglamentAnswer } from '../../../../schemas/query.ts';
import { useApi } from '../api.ts';
import type { Labels } from '../i18n.ts';
import { reglamentHref, spanHref } from '../router.ts';
import { ActLink, Certainty, period, Quote, Show } from '../parts/common.tsx';
import { ProcessDiagram } from '../parts/process.tsx';
import { Timeline, type TimelineEvent } from '../parts/timeline.tsx';

function versionEvents(p: ReglamentPage, L: Labels): TimelineEvent[] {
  return p.versions.flatMap((v) => {
    const startCertainty = v.fromCertainty;
    const endCertainty = v.toCertainty ?? 'exact';
    const out: TimelineEvent[] = [{ date: v.validFrom, certainty: startCertainty, label: `${L.t('entryIntoForce')}: ${L.t(v.wording)}`, act: v.wordingBy, detail: v.names.join(' / ') || undefined }];
    if (v.validTo) out.push({ date: v.validTo, certainty: endCertainty, label: L.t('versionEnds'), act: v.wordingBy });
    return out;
  });
}

const LINK_LABEL = { then: 'linkThen', or: 'linkOr', extension: 'linkExtension' } as const;

/**
 * The text as `query reglament` answers it: per variant its stated limit and fastest/slowest totals,
 * each step (role label in the text's language) and each of its durations with how it follows the one
 * before ('then', 'or', 'extension'), and each term; every one linked to its span in the source.
 */
function StepSources({ document, ordinal, L }: { document: string; ordinal: string; L: Labels }) {
  const answers = useApi<ReglamentAnswer[]>('/api/reglament', { document, reglament: ordinal });
  const at = (e: { document: string; start: number; end: number }) => spanHref(e.document, e.start, e.end);
  return (
    <Show loaded={answers} L={L}>
      {(as) => (
        <div class="step-sources">
          {as.map((a) => a.text && (
            <div lang={a.text.language}>
              {a.text.procedures.map((p) => (
                <div class="procedure">
                  <p class="variant-totals">
                    {p.variant && <strong>{p.variant} </strong>}
                    {p.limit.length > 0 && <span class="limit">{L.t('limit')}: {p.limit.map(L.duration).join(' ')} </span>}
                    <span class="variant-fastest">{L.t('fastest')}: {p.total.fastest.map(L.duration).join(' ') || '—'}</span>
                    <span class="variant-slowest">{L.t('slowest')}: {p.total.slowest.map(L.duration).join(' ') || '—'}</span>
                  </p>
                  <ol>
                    {p.steps.map((st) => (
                      <li>
                        <a class="step-source" href={at(st.evidence)}>{st.n}. {st.actor ? `${st.actor.label}: ` : ''}{st.evidence.reading}</a>
                        {' '}<small>({L.t('line')} {st.evidence.line})</small>
                        {st.durations.map((d, i) => (
                          <> {(i > 0 || st.links[i] === 'extension') && <small class="link">{L.t(LINK_LABEL[st.links[i] ?? 'then'])}</small>}{' '}
                            {st.durationEvidence[i] ? <a class="duration-source" href={at(st.durationEvidence[i]!)}>{L.duration(d)}</a> : L.duration(d)}</>
                        ))}
                      </li>
                    ))}
                  </ol>
                </div>
              ))}
              <ul class="term-sources">
                {a.text.terms.map((t) => <li><a class="term-source" href={at(t.evidence)}>{L.t(t.kind)} · {L.channel(t.channel)} · {L.duration(t.duration)}</a></li>)}
              </ul>
            </div>
          ))}
        </div>
      )}
    </Show>
  );
}

export function ReglamentView({ document, ordinal, L }: { document: string; ordinal: string; L: Labels }) {
  const page = useApi<ReglamentPage>(`/api/reglaments/${encodeURIComponent(document)}/${encodeURIComponent(ordinal)}`);
  return (
    <Show loaded={page} L={L}>
      {(p) => {
        const g = p.reglament;
        return (
          <section class="reglament-page">
            <h1 lang={g.language}>{g.service}</h1>
            <dl class="meta">
              <dt>{L.t('names')}</dt>
              <dd>
                <div lang="ru">ru: {p.service.ru.join(' / ') || '—'}</div>
                <div lang="kk">kk: {p.service.kk.join(' / ') || '—'}</div>
              </dd>
              <dt>{L.t('approvedBy')}</dt><dd><ActLink act={p.version?.approvedBy ?? g.approvedBy} /></dd>
              <dt>{L.t('wordingBy')}</dt><dd><ActLink act={p.version?.wordingBy ?? g.carrier} /> {g.effect && <small>({L.t(g.effect)})</small>}</dd>
              {p.version && <><dt>{L.t('validity')}</dt><dd>{period(p.version.validFrom, p.version.validTo, L)} <Certainty value={p.version.certainty} L={L} />
                <details class="basis"><summary>{L.t('basis')}</summary><ul>{p.version.basis.map((b) => <li>{b}</li>)}</ul></details></dd></>}
              {p.unplaced && <><dt>{L.t('unplaced')}</dt><dd>{p.unplaced}</dd></>}
              <dt>{L.t('source')}</dt><dd><ul class="quotes">{g.quotes.map((q) => <li><Quote document={g.document} quote={q} /></li>)}</ul></dd>
            </dl>
            <h2>{L.t('process')}</h2>
            <p class="totals">
              <span class="fastest">{L.t('fastest')}: {p.totals.total.fastest.map(L.duration).join(' ') || '—'}</span>
              <span class="slowest">{L.t('slowest')}: {p.totals.total.slowest.map(L.duration).join(' ') || '—'}</span>
            </p>
            <ProcessDiagram steps={g.steps} variants={p.totals.variants} L={L} />
            <StepSources document={document} ordinal={ordinal} L={L} />
            <h2>{L.t('participants')}</h2>
            <ul class="participants">{g.actors.map((a) => <li title={a}>{L.role(a)}</li>)}</ul>
            <h2>{L.t('terms')}</h2>
            <table class="terms">
              <tbody>{g.terms.map((t) => <tr><td>{L.t(t.kind)}</td><td>{L.channel(t.channel)}</td><td>{L.duration(t.duration)}</td></tr>)}</tbody>
            </table>
            <h2>{L.t('versions')}</h2>
            <Timeline events={versionEvents(p, L)} L={L} />
            <ol class="versions">
              {p.versions.map((v) => (
                <li>
                  <ActLink act={v.wordingBy} /> {period(v.validFrom, v.validTo, L)} <Certainty value={v.certainty} L={L} />
                  {v.source.map((s) => <> · <a href={reglamentHref(s.document, s.reglament)}>{s.document} #{s.reglament} ({s.language})</a></>)}
                  {!v.source.length && <small class="absent"> ({L.t('textNotInCorpus')})</small>}
                </li>
              ))}
            </ol>
          </section>
        );
      }}
    </Show>
  );
}
