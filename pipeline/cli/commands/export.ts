/**
 * `zangraph export bpmn|mermaid|tables|graphml [--out DIR] [selection]`: the selected reglaments as
 * files for other tools (docs/exports.md). The selection is the query layer's (--region, --service,
 * --date, --act, or everything); options are validated by schemas/export.ts before any store is
 * opened, and both stores export the same files.
 */
import type { Command } from '../command.ts';
import { UsageError } from '../command.ts';
import { NEO4J_FLAGS, NEO4J_HELP, neo4jFlags, parse, validate } from '../args.ts';
import { ExportCliOptions, ExportKind, ExportSelection } from '../../../schemas/export.ts';
import { QueryError } from '../../../graph/queries/history.ts';
import { regionHelp, resolveRegion } from '../../../graph/queries/regions.ts';
import { writeExport } from '../../../graph/export/index.ts';
import { answerFromStore } from './query.ts';

const FLAGS = {
  out: { type: 'string' },
  region: { type: 'string' },
  service: { type: 'string' },
  date: { type: 'string' },
  act: { type: 'string' },
  data: { type: 'string' },
  store: { type: 'string' },
  ...NEO4J_FLAGS,
} as const;

const HELP = `Usage:
  zangraph export bpmn|mermaid|tables|graphml [--out DIR] [--region R] [--service TEXT] [--date YYYY-MM-DD] [--act KEY]
Kinds:
  bpmn      one BPMN 2.0 XML file per reglament text (pool, lane per role, task per step, gateways, layout)
  mermaid   one Mermaid flowchart per reglament text
  tables    CSV and JSON Lines of acts, relations, versions, texts, procedures, steps, durations, roles, terms + datapackage.json
  graphml   acts, reglament texts, steps and roles as one GraphML graph (Gephi, yEd)
Selection (default: everything): --region, --service (a name in Russian or Kazakh, or part of one),
  --date (versions in force that day), --act (versions an act approved or worded: issuer|region|date|number).
Options:
  --out <dir>               output folder (default out)
  --store embedded|neo4j    (default embedded)
  --data <dir>              embedded store folder (default .zangraph)
${NEO4J_HELP}
Regions: ${regionHelp().map((l) => l.split(':')[0]).join(', ')}`;

async function run(argv: string[]): Promise<number> {
  const { values: v, positionals } = parse(argv, FLAGS);
  const [kind, ...extra] = positionals;
  if (!kind) throw new UsageError(`export needs a kind: ${ExportKind.options.join(', ')}`);
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const options = validate(ExportCliOptions, { kind, out: v.out, store: v.store, data: v.data, neo4j: neo4jFlags(v) });
  let selection: ExportSelection;
  try {
    selection = validate(ExportSelection, { region: typeof v.region === 'string' ? resolveRegion(v.region) : undefined, service: v.service, date: v.date, act: v.act });
  } catch (e) {
    if (e instanceof QueryError) throw new UsageError(e.message);
    throw e;
  }
  await answerFromStore(options, async (model, source) => {
    const report = await writeExport(options.kind, model, source, selection, options.out);
    for (const f of report.files) console.log(f);
    console.error(`${options.kind}: ${report.files.length} files from ${report.texts} reglament texts of ${report.versions} versions`
      + `${report.withoutText ? ` (${report.withoutText} versions have no text in the corpus)` : ''}`);
    if (options.kind !== 'tables' && options.kind !== 'graphml' && report.texts === 0) throw new UsageError('the selection holds no reglament text in the corpus');
  });
  return 0;
}

export const exportCommand: Command = {
  name: 'export',
  help: HELP,
  run,
};
