/**
 * Reglament: one text of a state service's reglament, as `query reglament` answers it (/api/reglament)
 * — its names (as the text writes it, and the catalog's Russian and Kazakh names), the acts that
 * approved it and gave this wording, its validity, the procedure as a process diagram with the
 * fastest and slowest totals, each step, duration and term, the participants — every fact linked to
 * its span in the source; then every version of the service in its region over time
 * (/api/reglament/versions).
 */
import type { Evidence, InForceRow, ReglamentAnswer } from '../../../../schemas/query.ts';
import { useApi } from '../api.ts';
import type { Labels } from '../i18n.ts';
import { reglamentHref, spanHref } from '../router.ts';
import { ActLink, Certainty, period, Show } from '../parts/common.tsx';
import { ProcessDiagram, totalText } from '../parts/process.tsx';
import { Timeline, type TimelineEvent } from '../parts/timeline.tsx';

type Text = NonNullable<ReglamentAnswer['text']>;

const LINK_LABEL = { then: 'linkThen', or: 'linkOr', extension: 'linkExtension' } as const;

const at = (e: Evidence) => spanHref(e.document, e.start, e.end);

/** A fact's quoted line, opening the document at its span. */
function Cite({ evidence, cls = 'quote' }: { evidence: Evidence | null; cls?: string }) {
  if (!evidence) return null;
  return <a class={cls} href={at(evidence)}>{evidence.reading}</a>;
}

function versionEvents(versions: InForceRow[], L: Labels): TimelineEvent[] {
  return versions.flatMap((v) => {
    const out: TimelineEvent[] = [{ date: v.validFrom, certainty: v.fromCertainty, label: `${L.t('entryIntoForce')}: ${L.t(v.wording)}`, act: v.wordingBy, detail: v.names.join(' / ') || undefined }];
    if (v.validTo) out.push({ date: v.validTo, certainty: v.toCertainty ?? 'exact', label: L.t('versionEnds'), act: v.wordingBy });
    return out;
  });
}

/** Per variant its stated limit and totals, each step (role label in the text's language) and each of its durations with how it follows the one before. */
function Steps({ text, L }: { text: Text; L: Labels }) {
  return (
    <div class="step-sources" lang={text.language}>
      {text.procedures.map((p) => (
        <div class="procedure">
          <p class="variant-totals">
            {p.variant && <strong>{p.variant} </strong>}
            {p.limit.length > 0 && (
              <span class="limit">{L.t('limit')}: {p.limit.map((d, i) => (p.limitEvidence[i]
                ? <><a class="limit-source" href={at(p.limitEvidence[i]!)}>{L.duration(d)}</a> </>
                : <>{L.duration(d)} </>))}</span>
            )}
            <span class="variant-fastest">{L.t('fastest')}: {totalText(p.total.fastest, L)}</span>{' '}
            <span class="variant-slowest">{L.t('slowest')}: {totalText(p.total.slowest, L)}</span>
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
    </div>
  );
}

function Versions({ document, ordinal, L }: { document: string; ordinal: string; L: Labels }) {
  const versions = useApi<InForceRow[]>('/api/reglament/versions', { document, reglament: ordinal });
  return (
    <Show loaded={versions} L={L}>
      {(vs) => (
        <>
          <Timeline events={versionEvents(vs, L)} L={L} />
          <ol class="versions">
            {vs.map((v) => (
              <li>
                <ActLink act={v.wordingBy} /> {period(v.validFrom, v.validTo, L)} <Certainty value={v.certainty} L={L} />
                {v.source.map((s) => <> · <a href={reglamentHref(s.document, s.reglament)}>{s.document} #{s.reglament} ({s.language})</a></>)}
                {!v.source.length && <small class="absent"> ({L.t('textNotInCorpus')})</small>}
              </li>
            ))}
          </ol>
        </>
      )}
    </Show>
  );
}

function ReglamentText({ a, document, ordinal, L }: { a: ReglamentAnswer; document: string; ordinal: string; L: Labels }) {
  const text = a.text;
  const from = a.validity?.from, to = a.validity?.to ?? null;
  const certainty = from ? (from.certainty === 'estimated' || to?.certainty === 'estimated' ? 'estimated' : 'exact') : null;
  return (
    <section class="reglament-page">
      <h1 lang={text?.language}>{a.service.name ?? a.service.catalog?.ru ?? a.serviceId}</h1>
      <dl class="meta">
        <dt>{L.t('names')}</dt>
        <dd>
          <div lang="ru">ru: {a.service.catalog?.ru ?? '—'}</div>
          <div lang="kk">kk: {a.service.catalog?.kk ?? '—'}</div>
          {a.otherTexts.map((o) => <div><a class="other-text" href={reglamentHref(o.document, o.reglament)}>{o.document} #{o.reglament} ({o.language})</a></div>)}
        </dd>
        <dt>{L.t('approvedBy')}</dt><dd><ActLink act={a.approvedBy?.key ?? null} /> <Cite evidence={a.approvedBy?.evidence ?? null} /></dd>
        <dt>{L.t('wordingBy')}</dt>
        <dd><ActLink act={a.wordingBy?.key ?? null} /> {a.wording && <small>({L.t(a.wording)})</small>} {a.wording !== 'approved' && <Cite evidence={a.wordingBy?.evidence ?? null} />}</dd>
        {from && <><dt>{L.t('validity')}</dt><dd>{period(from.date, to?.date ?? null, L)} <Certainty value={certainty} L={L} />
          <details class="basis"><summary>{L.t('basis')}</summary><ul>
            <li>{from.date} ({L.t(from.certainty)}): {from.basis}; {from.why}</li>
            {to && <li>{to.date} ({L.t(to.certainty)}): {to.basis}; {to.why}</li>}
          </ul></details></dd></>}
        {a.notes.length > 0 && <><dt>{L.t('notes')}</dt><dd><ul class="notes">{a.notes.map((n) => <li>{n}</li>)}</ul></dd></>}
        <dt>{L.t('source')}</dt><dd><Cite evidence={a.service.evidence} /></dd>
      </dl>
      {text && (
        <>
          <h2>{L.t('process')}</h2>
          <p class="totals">
            <span class="fastest">{L.t('fastest')}: {totalText(text.total.fastest, L)}</span>
            <span class="slowest">{L.t('slowest')}: {totalText(text.total.slowest, L)}</span>
          </p>
          <ProcessDiagram procedures={text.procedures} L={L} />
          <Steps text={text} L={L} />
          <h2>{L.t('participants')}</h2>
          <ul class="participants">
            {text.participants.map((p) => <li title={p.role.id}>{p.evidence ? <a class="participant-source" href={at(p.evidence)}>{L.role(p.role.id, p.role.label)}</a> : L.role(p.role.id, p.role.label)}</li>)}
          </ul>
          <h2>{L.t('terms')}</h2>
          <table class="terms">
            <tbody>{text.terms.map((t) => <tr><td>{L.t(t.kind)}</td><td>{L.channel(t.channel)}</td><td><a class="term-source" href={at(t.evidence)}>{L.duration(t.duration)}</a></td></tr>)}</tbody>
          </table>
        </>
      )}
      <h2>{L.t('versions')}</h2>
      <Versions document={document} ordinal={ordinal} L={L} />
    </section>
  );
}

export function ReglamentView({ document, ordinal, L }: { document: string; ordinal: string; L: Labels }) {
  const answers = useApi<ReglamentAnswer[]>('/api/reglament', { document, reglament: ordinal });
  return (
    <Show loaded={answers} L={L}>
      {(as) => <>{as.map((a) => <ReglamentText a={a} document={document} ordinal={ordinal} L={L} />)}</>}
    </Show>
  );
}
