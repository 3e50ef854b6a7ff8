/**
 * `zangraph query reglament` output: one reglament text in full. The table is a block per text (its
 * service, catalog entry, acts and validity) and a table each of steps, participants and terms; every
 * fact cites `document:line` and the quote as a reader writes it. JSON is the answers as the library
 * returns them (raw quotes, spans and lines included); CSV is one row per fact.
 * An empty answer says why: in the table, or on stderr beside JSON and CSV.
 */
import type { Evidence, OutputFormat, ReglamentAnswer } from '../../../schemas/query.ts';
import type { ReglamentResult } from '../../../graph/queries/reglament.ts';
import { actLabel } from '../../../graph/queries/reglament.ts';
import { linkedDurations, render, toTable, totalLine, wrap, type Flat } from '../../../graph/queries/format.ts';

const at = (e: Evidence | null): string => (e ? `${e.document}:${e.line ?? '?'}` : '');
/** The line alone, in the tables of one text (its document is named above them). */
const lineOf = (e: Evidence | null): string => (e ? String(e.line ?? '?') : '');
const cite = (e: Evidence | null): string => (e ? `${at(e)} "${e.reading}"` : '');

const CSV_COLUMNS = ['document', 'reglament', 'language', 'fact', 'variant', 'n', 'role', 'label', 'durations', 'kind', 'channel', 'value', 'line', 'start', 'end', 'reading'];

/** Every fact of an answer as a CSV row. */
function facts(a: ReglamentAnswer): Flat[] {
  const base = { document: a.text?.document ?? null, reglament: a.text?.reglament ?? null, language: a.text?.language ?? null };
  const row = (fact: string, e: Evidence | null, over: Flat): Flat => ({
    ...base, fact, variant: null, n: null, role: null, label: null, durations: null, kind: null, channel: null, value: null,
    line: e?.line ?? null, start: e?.start ?? null, end: e?.end ?? null, reading: e?.reading ?? null, ...over,
  });
  const out: Flat[] = [
    row('service', a.service.evidence, { value: a.service.name ?? a.service.catalog?.ru ?? a.serviceId }),
    row('catalog', null, { value: a.service.catalog ? `${a.service.catalog.id} | ${a.service.catalog.ru ?? ''} | ${a.service.catalog.kk ?? ''}` : 'unmatched' }),
  ];
  if (a.approvedBy) out.push(row('approved-by', a.approvedBy.evidence, { value: a.approvedBy.key }));
  if (a.wordingBy) out.push(row('wording-by', a.wordingBy.evidence, { value: `${a.wordingBy.key} (${a.wording})` }));
  if (a.validity) {
    out.push(row('valid-from', null, { value: `${a.validity.from.date} (${a.validity.from.certainty}): ${a.validity.from.why}` }));
    out.push(row('valid-to', null, { value: a.validity.to ? `${a.validity.to.date} (${a.validity.to.certainty}): ${a.validity.to.why}` : 'no end known' }));
  }
  if (a.text) out.push(row('total', null, { value: totalLine(a.text.total) }));
  for (const p of a.text?.procedures ?? []) {
    // One row per duration of the limit, each at its own span (the variant's heading when the span is not known).
    p.limit.forEach((d, i) => out.push(row('limit', p.limitEvidence[i] ?? p.evidence, { variant: p.variant, durations: d })));
    out.push(row('variant-total', null, { variant: p.variant, value: totalLine(p.total) }));
    for (const s of p.steps) {
      out.push(row('step', s.evidence, { variant: p.variant, n: s.n, role: s.actor?.id ?? null, label: s.actor?.label ?? null, durations: linkedDurations(s.durations, s.links) }));
    }
  }
  for (const p of a.text?.participants ?? []) out.push(row('participant', p.evidence, { role: p.role.id, label: p.role.label }));
  for (const t of a.text?.terms ?? []) out.push(row('term', t.evidence, { kind: t.kind, channel: t.channel ?? 'unspecified', durations: t.duration }));
  for (const n of a.notes) out.push(row('note', null, { value: n }));
  return out;
}

const field = (name: string, value: string) => wrap(value, 100).map((l, k) => `${k ? ' '.repeat(14) : `  ${name.padEnd(12)}`}${l}`).join('\n');

function block(a: ReglamentAnswer): string {
  const head = [
    a.service.name ?? a.service.catalog?.ru ?? a.serviceId,
    field('catalog', a.service.catalog ? `${a.service.catalog.id}: ${[a.service.catalog.ru, a.service.catalog.kk].filter(Boolean).join(' / ')}` : 'not in the catalog'),
    field('region', a.region ?? '—'),
    field('text', a.text ? `${a.text.document}, reglament ${a.text.reglament} (${a.text.language})${a.text.appendix ? `, appendix ${a.text.appendix}` : ''}, named on line ${lineOf(a.service.evidence)}; lines below are of this document` : 'not in the corpus'),
    field('approved by', `${actLabel(a.approvedBy)}${a.approvedBy?.evidence ? `: ${cite(a.approvedBy.evidence)}` : ''}`),
    field('wording by', `${actLabel(a.wordingBy)}${a.wording ? ` (${a.wording})` : ''}${a.wordingBy?.evidence && a.wording !== 'approved' ? `: ${cite(a.wordingBy.evidence)}` : ''}`),
    field('in force', a.validity ? `from ${a.validity.from.date} (${a.validity.from.certainty}): ${a.validity.from.why}` : 'not placed in time'),
    ...(a.validity ? [field('', a.validity.to ? `to ${a.validity.to.date} (${a.validity.to.certainty}): ${a.validity.to.why}` : 'to: no end known')] : []),
    ...(a.otherTexts.length ? [field('also', a.otherTexts.map((t) => `${t.document}#${t.reglament} (${t.language})`).join(', '))] : []),
    ...(a.text ? [field('total', `${totalLine(a.text.total)}${a.text.procedures.length > 1 ? ' (the variants are alternative paths: the fastest variant, the slowest variant)' : ''}`)] : []),
    ...a.notes.map((n) => field('note', n)),
  ].join('\n');
  if (!a.text) return `${head}\n`;
  const parts = [`${head}\n`];
  for (const p of a.text.procedures) {
    const steps = p.steps.map((s) => ({ n: s.n, actor: s.actor?.label ?? '', durations: linkedDurations(s.durations, s.links), line: lineOf(s.evidence), quote: s.evidence.reading }));
    const limitAt = p.limitEvidence.length ? `, line ${p.limitEvidence.map(lineOf).join(', ')} "${p.limitEvidence.map((e) => e.reading).join('", "')}"` : '';
    const limit = p.limit.length ? `\n  time limit ${p.limit.join(' or ')} (stated for the whole procedure${limitAt}; it is the procedure's total)` : '';
    parts.push(`\nprocedure${p.variant ? `: ${p.variant}` : ''}${p.evidence ? ` (${at(p.evidence)})` : ''}${limit}\n  total      ${totalLine(p.total)}\n${toTable(steps, ['n', 'actor', 'durations', 'line', 'quote'], { actor: 28, durations: 18, quote: 70 })}`);
  }
  const participants = a.text.participants.map((p) => ({ role: p.role.label, line: lineOf(p.evidence), quote: p.evidence?.reading ?? '' }));
  parts.push(`\nparticipants\n${participants.length ? toTable(participants, ['role', 'line', 'quote'], { role: 40, quote: 60 }) : '(none stated)\n'}`);
  const terms = a.text.terms.map((t) => ({ kind: t.kind, channel: t.channel ?? 'unspecified', duration: t.duration, line: lineOf(t.evidence), quote: t.evidence.reading }));
  parts.push(`\nterms\n${terms.length ? toTable(terms, ['kind', 'channel', 'duration', 'line', 'quote'], { quote: 70 }) : '(none stated)\n'}`);
  return parts.join('');
}

export function reglamentOutput(result: ReglamentResult, format: OutputFormat): { stdout: string; stderr: string } {
  const why = result.why.map((l) => `  ${l}\n`).join('');
  if (format !== 'table') {
    return { stdout: render(format, result.answers, result.answers.flatMap(facts), CSV_COLUMNS), stderr: why && `no reglament text:\n${why}` };
  }
  if (!result.answers.length) return { stdout: `no reglament text:\n${result.why.map((l) => `${wrap(l, 110).map((x, k) => `${k ? '    ' : '  '}${x}`).join('\n')}\n`).join('')}`, stderr: '' };
  return { stdout: result.answers.map(block).join('\n' + '='.repeat(80) + '\n\n'), stderr: '' };
}
