/**
 * `export`: writes the selected reglaments as files of one kind into a folder — BPMN 2.0 and Mermaid
 * per reglament text, or the tables with their datapackage.json.
 * Guarantees: file names are derived from the version (region, service, approving act number, start
 * date, language), so the same store and selection write the same files; the folder is created;
 * returns the paths written.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExportKind, ExportSelection } from '../../schemas/export.ts';
import type { QueryModel } from '../queries/model.ts';
import type { GraphSource } from '../queries/source.ts';
import { toBpmn } from './bpmn.ts';
import { toMermaid } from './mermaid.ts';
import { selectTexts, type ExportedText } from './select.ts';
import { buildTables, dataPackage, toCsv, toJsonLines } from './tables.ts';

export interface ExportReport { files: string[]; texts: number; versions: number; withoutText: number }

const safe = (s: string) => s.toLowerCase().replace(/[^a-z0-9-]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 60);

export function fileStem(t: ExportedText): string {
  const [, , , number = ''] = t.version.approvedBy.split('|');
  return [t.version.region, safe(t.version.serviceId), `n${safe(number)}`, t.version.from.date, t.answer.text.language].join('_');
}

export async function writeExport(kind: ExportKind, model: QueryModel, source: GraphSource, selection: ExportSelection, out: string): Promise<ExportReport> {
  const selected = await selectTexts(model, source, selection);
  await mkdir(out, { recursive: true });
  const files: string[] = [];
  const put = async (name: string, content: string) => {
    const path = join(out, name);
    await writeFile(path, content, 'utf8');
    files.push(path);
  };
  if (kind === 'bpmn') for (const t of selected.texts) await put(`${fileStem(t)}.bpmn`, toBpmn(t));
  else if (kind === 'mermaid') for (const t of selected.texts) await put(`${fileStem(t)}.mmd`, toMermaid(t));
  else if (kind === 'tables') {
    const tables = buildTables(model, selected);
    for (const t of tables) {
      await put(`${t.name}.csv`, toCsv(t));
      await put(`${t.name}.jsonl`, toJsonLines(t));
    }
    await put('datapackage.json', `${JSON.stringify(dataPackage(tables), null, 2)}\n`);
  } else {
    const { toGraphml } = await import('./graphml.ts');
    await put('zangraph.graphml', toGraphml(model, selected));
  }
  return { files, texts: selected.texts.length, versions: selected.versions.length, withoutText: selected.withoutText };
}
