/**
 * `zangraph query in-force|history|compare|changes|catalog`: point-in-time questions to either store.
 * Options are validated by the zod schemas of schemas/query.ts before any store is opened; answers
 * come from graph/queries on a GraphSource, so both stores print the same rows.
 */
import type { Command } from '../command.ts';
import { UsageError } from '../command.ts';
import { NEO4J_FLAGS, NEO4J_HELP, neo4jFlags, parse, validate } from '../args.ts';
import {
  ChangesOptions, CompareOptions, HistoryOptions, InForceOptions, QueryCliOptions, type InForceRow,
} from '../../../schemas/query.ts';
import { openEmbeddedSource } from '../../../graph/queries/embedded-source.ts';
import type { GraphSource } from '../../../graph/queries/source.ts';
import { loadModel, type QueryModel } from '../../../graph/queries/model.ts';
import { inForce } from '../../../graph/queries/in-force.ts';
import { history, QueryError } from '../../../graph/queries/history.ts';
import { compare } from '../../../graph/queries/compare.ts';
import { render, shortAct, type Flat } from '../../../graph/queries/format.ts';
import { renderCompare } from './compare-output.ts';
import { renderChanges } from './changes-output.ts';
import { changes } from '../../../graph/queries/changes.ts';

const FLAGS = {
  date: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  region: { type: 'string' },
  regions: { type: 'string' },
  service: { type: 'string' },
  number: { type: 'string' },
  data: { type: 'string' },
  store: { type: 'string' },
  format: { type: 'string' },
  ...NEO4J_FLAGS,
} as const;

const HELP = `Usage:
  zangraph query in-force --date YYYY-MM-DD [--region R] [--service TEXT]
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
Each answer says whether its dates are exact or estimated (see docs/queries.md).`;

async function openSource(o: QueryCliOptions): Promise<GraphSource> {
  if (o.store === 'embedded') return openEmbeddedSource(o.data);
  const { openNeo4jSource } = await import('../../../graph/queries/neo4j-source.ts');
  return openNeo4jSource(o.neo4j);
}

const oneLine = (q: string, max = 200) => {
  const s = q.replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
};

const IN_FORCE_COLUMNS = ['region', 'service', 'approvedBy', 'wordingBy', 'wording', 'validFrom', 'validTo', 'certainty', 'source', 'quotes', 'basis'];

function inForceFlat(rows: InForceRow[]): Flat[] {
  return rows.map((r) => ({
    region: r.region,
    service: r.service,
    approvedBy: r.approvedBy,
    wordingBy: r.wordingBy,
    wording: r.wording,
    validFrom: r.validFrom,
    validTo: r.validTo,
    certainty: r.certainty,
    source: r.source.map((s) => `${s.document}#${s.reglament} (${s.language})`).join('; ') || 'text not in corpus',
    quotes: r.source.flatMap((s) => s.quotes).join(' | '),
    basis: r.basis.join(' | '),
  }));
}

async function run(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (!sub || sub === '--help' || sub === '-h') { console.log(HELP); return sub ? 0 : 2; }
  const { values: v, positionals } = parse(rest, FLAGS);
  const common = validate(QueryCliOptions, {
    store: v.store, data: v.data, format: v.format,
    neo4j: neo4jFlags(v),
  });
  let query: (m: QueryModel) => string;
  if (sub === 'in-force') {
    if (!v.date) throw new UsageError('in-force needs --date YYYY-MM-DD');
    const o = validate(InForceOptions, { date: v.date, region: v.region, service: v.service });
    query = (m) => {
      const rows = inForce(m, o);
      const flat = inForceFlat(rows);
      if (common.format !== 'table') return render(common.format, rows, flat, IN_FORCE_COLUMNS);
      const table = flat.map((f) => ({ ...f, service: oneLine(String(f.service), 72), approvedBy: shortAct(f.approvedBy as string), wordingBy: shortAct(f.wordingBy as string) }));
      const quoted = rows.flatMap((r) => r.source.map((src) => `  ${src.document}#${src.reglament}: ${src.quotes.map((q) => `"${oneLine(q)}"`).join(' … ')}`));
      return render('table', rows, table, ['region', 'service', 'approvedBy', 'wordingBy', 'validFrom', 'validTo', 'certainty', 'source'])
        + (quoted.length ? `\nquoted:\n${[...new Set(quoted)].join('\n')}\n` : '');
    };
  } else if (sub === 'history') {
    if (!positionals[0] && !(v.region && v.number)) throw new UsageError('history needs an act key (issuer|region|date|number), or --region R --number N');
    const o = validate(HistoryOptions, positionals[0] ? { act: positionals[0] } : { region: v.region, number: v.number, date: v.date });
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
        `in force ${h.act.validFrom} .. ${h.act.validTo ?? '(no repeal known)'} (${h.act.certainty}); ${h.act.inCorpus ? `text in ${h.act.documents.join(', ')}` : 'text not in the corpus'}\n` +
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
    const regions = (typeof v.regions === 'string' ? v.regions : '').split(',').map((s) => s.trim()).filter(Boolean);
    const o = validate(CompareOptions, { regions, date: v.date });
    query = (m) => renderCompare(common.format, compare(m, o), (c) =>
      m.reglaments.find((g) => c.text && g.document === c.text.document && g.ordinal === c.text.reglament)?.steps ?? []);
  } else if (sub === 'changes') {
    if (!v.region || !v.from || !v.to) throw new UsageError('changes needs --region R --from YYYY-MM-DD --to YYYY-MM-DD');
    const o = validate(ChangesOptions, { region: v.region, from: v.from, to: v.to });
    query = (m) => renderChanges(common.format, changes(m, o));
  } else if (sub === 'catalog') {
    query = (m) => {
      const flat = m.links.map((l) => ({ ...l, service: l.serviceId ? m.catalog.displayName(l.serviceId) : null }));
      const unmatched = m.links.filter((l) => !l.serviceId);
      for (const u of unmatched) console.error(`unmatched: ${u.document}#${u.reglament} "${u.name}" (best score ${u.score})`);
      return render(common.format, m.links, flat, ['document', 'reglament', 'language', 'method', 'score', 'serviceId', 'name']);
    };
  } else {
    throw new UsageError(`unknown query "${sub}"; expected in-force, history, compare, changes or catalog`);
  }
  const source = await openSource(common);
  try {
    const model = await loadModel(source);
    if (model.documents.length === 0) throw new UsageError(`the ${source.label} store holds no documents; load some first (zangraph run)`);
    process.stdout.write(query(model));
  } catch (e) {
    if (e instanceof QueryError) throw new UsageError(e.message);
    throw e;
  } finally {
    await source.close();
  }
  return 0;
}

export const queryCommand: Command = {
  name: 'query',
  summary: 'point-in-time questions: which reglaments were in force, an act\'s history, regions compared',
  help: HELP,
  run,
};
