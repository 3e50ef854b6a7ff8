/**
 * Every CLI command, in the order `zangraph --help` lists them, with its one-line summary. A command's
 * module (its options, help and work) is loaded only when that command runs: a rerun with nothing to
 * do, or `query`, does not load the extraction pipeline, the web server or the exporters.
 */
import type { Command } from '../command.ts';

export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

export const COMMANDS: CommandEntry[] = [
  { name: 'run', summary: 'the main job: extract documents and load them into the store (default: corpus/)', load: async () => (await import('./run.ts')).runCommand },
  { name: 'extract', summary: 'extract the facts of one document and print them as JSON', load: async () => (await import('./extract.ts')).extractCommand },
  { name: 'ingest', summary: 'extract documents and keep their results in the data folder', load: async () => (await import('./run.ts')).ingestCommand },
  { name: 'load', summary: 'load the extraction results of the data folder into Neo4j', load: async () => (await import('./run.ts')).loadCommand },
  { name: 'query', summary: "point-in-time questions: which reglaments were in force, one reglament in full, an act's history, regions compared", load: async () => (await import('./query.ts')).queryCommand },
  { name: 'export', summary: 'reglaments as BPMN process models, Mermaid flowcharts, research tables or GraphML', load: async () => (await import('./export.ts')).exportCommand },
  { name: 'serve', summary: "the analyst's web page and JSON API over the graph (read-only, 127.0.0.1 by default)", load: async () => (await import('./serve.ts')).serveCommand },
  { name: 'eval', summary: 'score extraction against the gold annotations (precision, recall, F1)', load: async () => (await import('./eval.ts')).evalCommand },
];
