/**
 * `zangraph query in-force|reglament|history|compare|changes|catalog`: point-in-time questions to either store.
 * Options are validated by the zod schemas of schemas/query.ts before any store is opened; answers
 * come from graph/queries on a GraphSource, so both stores print the same rows.
 */
import type { Command } from '../command.ts';
import { UsageError } from '../command.ts';
import { NEO4J_FLAGS, NEO4J_HELP, neo4jFlags, parse, validate } from '../args.ts';
import {
  ChangesOptions, CompareOptions, HistoryOptions, InForceOptions, QueryCliOptions, ReglamentOptions,
} from '../../../schemas/query.ts';
import { openEmbeddedSource } from '../../../graph/queries/embedded-source.ts';
import type { GraphSource } from '../../../graph/queries/source.ts';
import { loadModel, type QueryModel } from '../../../graph/queries/model.ts';
import { history, QueryError } from '../../../graph/queries/history.ts';
import { compare } from '../../../graph/queries/compare.ts';
import { reglament } from '../../../graph/queries/reglament.ts';
import { regionHelp, resolveRegion } from '../../../graph/queries/regions.ts';
import { render, shortAct } from '../../../graph/queries/format.ts';
import { renderCompare } from './compare-output.ts';
import { noChangeNote, renderChanges } from './changes-output.ts';
import { changes } from '../../../graph/queries/changes.ts';
import { inForceOutput } from './query-in-force.ts';
import { reglamentOutput } from './query-reglament.ts';

const FLAGS = {
  date: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  region: { type: 'string' },
  regions: { type: 'string' },
  service: { type: 'string' },
  document: { type: 'string' },
  reglament: { type: 'string' },
  number: { type: 'string' },
  data: { type: 'string' },
  store: { type: 'string' },
  format: { type: 'string' },
  ...NEO4J_FLAGS,
} as const;

const HELP = `Usage:
  zangraph query in-force --date YYYY-MM-DD [--region R] [--service TEXT]
  zangraph query reglament --region R --service TEXT [--date YYYY-MM-DD] | --document FILE --reglament N
                                    (one reglament text in full: steps, participants, terms, each with line and quote;
                                     without --date the latest text known)
  zangraph query history <issuer|region|date|number> | --region R --number N [--date YYYY-MM-DD]
  zangraph query compare --regions A,B[,...] [--date YYYY-MM-DD]
                                    (without --date: each region at the start of its latest text)
  zangraph query changes --region R --from YYYY-MM-DD --to YYYY-MM-DD
                                    (reglaments that came into force, got a new wording or ceased)
  zangraph query catalog            (every corpus reglament and the catalog service it is linked to)
Common options:
  --format table|json|csv   (default table)
  --store embedded|neo4j    (default embedded)
  --data <dir>              embedded store folder (default .zangraph)
${NEO4J_HELP}
Dates of validity are half-open: validTo is the first day a text is no longer in force.
Each answer says whether its dates are exact or estimated (see docs/queries.md).
--service takes a service name in Russian or Kazakh, or any part of one.
--region (and each of --regions) takes a region id, its Russian or Kazakh name or an abbreviation, in any case:
${regionHelp().map((l) => `  ${l}`).join('\n')}`;

export async function openSource(o: Pick<QueryCliOptions, 'store' | 'data' | 'neo4j'>): Promise<GraphSource> {
  if (o.store === 'embedded') return openEmbeddedSource(o.data);
  const { openNeo4jSource } = await import('../../../graph/queries/neo4j-source.ts');
  return openNeo4jSource(o.neo4j);
}

const oneLine = (q: string, max = 200) => {
  const s = q.replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
};

/** An act's validity with the certainty of each end: "2015-10-14 (exact) .. 2020-06-16 (estimated)". */
function validityText(m: QueryModel, key: string): string {
  const v = m.validity.get(key)!;
  return `${v.from.date} (${v.from.certainty}) .. ${v.to ? `${v.to.date} (${v.to.certainty})` : '(no repeal known)'}`;
}

/** A region option as typed → its id; an unknown name is a usage error naming the closest regions. */
function region(typed: unknown): unknown {
  try {
    return typeof typed === 'string' ? resolveRegion(typed) : typed;
  } catch (e) {
    throw e instanceof QueryError ? new UsageError(e.message) : e;
  }
}

async function run(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (!sub || sub === '--help' || sub === '-h') { console.log(HELP); return sub ? 0 : 2; }
  const { values: v, positionals } = parse(rest, FLAGS);
  const common = validate(QueryCliOptions, {
    store: v.store, data: v.data, format: v.format,
    neo4j: neo4jFlags(v),
  });
  // A query answers on stdout; what it says beside the data (why an answer is empty) goes to stderr.
  let query: (m: QueryModel, source: GraphSource) => string | { stdout: string; stderr: string } | Promise<{ stdout: string; stderr: string }>;
  if (sub === 'in-force') {
    if (!v.date) throw new UsageError('in-force needs --date YYYY-MM-DD');
    const o = validate(InForceOptions, { date: v.date, region: region(v.region), service: v.service });
    query = (m) => inForceOutput(m, o, common.format);
  } else if (sub === 'reglament') {
    const byDocument = v.document !== undefined || v.reglament !== undefined;
    if (byDocument ? !(v.document && v.reglament) : !(v.region && v.service)) {
      throw new UsageError('reglament needs --region R --service TEXT [--date YYYY-MM-DD], or --document FILE --reglament N');
    }
    const o = validate(ReglamentOptions, byDocument ? { document: v.document, reglament: v.reglament } : { region: region(v.region), service: v.service, date: v.date });
    query = async (m, source) => reglamentOutput(await reglament(m, source, o), common.format);
  } else if (sub === 'history') {
    if (!positionals[0] && !(v.region && v.number)) throw new UsageError('history needs an act key (issuer|region|date|number), or --region R --number N');
    const o = validate(HistoryOptions, positionals[0] ? { act: positionals[0] } : { region: region(v.region), number: v.number, date: v.date }, ['act']);
    query = (m) => {
      const h = history(m, o);
      const flat = h.relations.map((r) => ({
        relation: r.relation, act: r.other, date: r.otherDate, inCorpus: r.otherInCorpus, effective: r.effective,
        certainty: r.certainty, basis: r.basis, statedBy: r.statedBy.join('; '), title: r.otherTitle,
        changes: r.changes.map((c) => `${c.part} ${c.number ?? '?'}${c.point ? ` of point ${c.point}` : ''} ${c.change}`).join('; '),
        inferredFrom: r.inferredFrom.map((i) => `${i.document}: ${i.statement}`).join('; '),
      }));
      const cols = ['relation', 'act', 'date', 'inCorpus', 'effective', 'certainty', 'basis', 'statedBy'];
      if (common.format !== 'table') return render(common.format, h, flat, [...cols, 'title', 'changes', 'inferredFrom']);
      const head = `${h.act.key}${h.act.title ? ` "${h.act.title}"` : ''}\n` +
        `in force ${validityText(m, h.act.key)}; ${h.act.inCorpus ? `text in ${h.act.documents.join(', ')}` : 'text not in the corpus'}\n` +
        h.act.basis.map((b) => `  ${b}\n`).join('') + '\n';
      const details = h.relations.flatMap((r) => [
        ...r.changes.map((c) => {
          const amender = r.relation === 'amends' ? r.act : r.other;
          const what = c.part === 'subpoint'
            ? `sub-point ${c.number}${c.point ? ` of point ${c.point}` : ''}${c.text ? `: "${oneLine(c.text, 120)}"` : ''}`
            : `the reglament "${oneLine(c.text ?? '', 120)}" (appendix ${c.number ?? '?'} of ${shortAct(amender)})`;
          return `  ${shortAct(amender)} ${c.change === 'added' ? 'adds' : 'rewords'} ${what} [${c.document}]`;
        }),
        ...r.inferredFrom.map((i) => `  inferred, not stated: ${r.relation} ${shortAct(r.other)}, from ${i.document}: ${i.statement}`),
      ]);
      return head + render('table', h, flat, cols)
        + (details.length ? `\nwhat changed:\n${details.join('\n')}\n` : '')
        + h.warnings.map((w) => `warning: ${w}\n`).join('');
    };
  } else if (sub === 'compare') {
    if (!v.regions) throw new UsageError('compare needs --regions A,B');
    const regions = (typeof v.regions === 'string' ? v.regions : '').split(',').map((s) => s.trim()).filter(Boolean).map(region);
    const o = validate(CompareOptions, { regions, date: v.date });
    query = (m) => renderCompare(common.format, compare(m, o), (c) =>
      m.reglaments.find((g) => c.text && g.document === c.text.document && g.ordinal === c.text.reglament)?.steps ?? []);
  } else if (sub === 'changes') {
    if (!v.region || !v.from || !v.to) throw new UsageError('changes needs --region R --from YYYY-MM-DD --to YYYY-MM-DD');
    const o = validate(ChangesOptions, { region: region(v.region), from: v.from, to: v.to });
    query = (m) => renderChanges(common.format, changes(m, o), noChangeNote(o.region, o.from, o.to,
      m.versions.filter((x) => x.region === o.region).flatMap((x) => [x.from.date, ...(x.to ? [x.to.date] : [])])));
  } else if (sub === 'catalog') {
    query = (m) => {
      const flat = m.links.map((l) => ({ ...l, service: l.serviceId ? m.catalog.displayName(l.serviceId) : null }));
      const unmatched = m.links.filter((l) => !l.serviceId);
      for (const u of unmatched) console.error(`unmatched: ${u.document}#${u.reglament} "${u.name}" (best score ${u.score})`);
      return render(common.format, m.links, flat, ['document', 'reglament', 'language', 'method', 'score', 'serviceId', 'name']);
    };
  } else {
    throw new UsageError(`unknown query "${sub}"; expected in-force, reglament, history, compare, changes or catalog`);
  }
  await answerFromStore(common, async (model, source) => {
    const out = await query(model, source);
    const { stdout, stderr } = typeof out === 'string' ? { stdout: out, stderr: '' } : out;
    if (stderr) process.stderr.write(stderr);
    process.stdout.write(stdout);
  });
  return 0;
}

/**
 * Opens the store, loads its query model and hands both to `answer`; an empty store and a query the
 * model cannot answer are usage errors; the store is closed on every path.
 */
export async function answerFromStore(
  o: Pick<QueryCliOptions, 'store' | 'data' | 'neo4j'>,
  answer: (model: QueryModel, source: GraphSource) => Promise<void>,
): Promise<void> {
  const source = await openSource(o);
  try {
    const model = await loadModel(source);
    if (model.documents.length === 0) throw new UsageError(`the ${source.label} store holds no documents; load some first (zangraph run)`);
    await answer(model, source);
  } catch (e) {
    if (e instanceof QueryError) throw new UsageError(e.message);
    throw e;
  } finally {
    await source.close();
  }
}

export const queryCommand: Command = {
  name: 'query',
  help: HELP,
  run,
};
