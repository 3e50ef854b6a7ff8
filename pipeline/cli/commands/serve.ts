/**
 * `zangraph serve`: the analyst's web page and its JSON API over the graph (graph/serve/), read-only,
 * bound to 127.0.0.1 unless told otherwise. Options are validated (schemas/serve.ts) before the store
 * is opened; the query model is built once from the store, then the server answers from it (and from
 * the store, kept open, for texts) until the process is stopped (Ctrl-C), closing the store on the way out.
 */
import type { Command } from '../command.ts';
import { UsageError } from '../command.ts';
import { NEO4J_FLAGS, NEO4J_HELP, neo4jFlags, parse, validate } from '../args.ts';
import { ServeCliOptions } from '../../../schemas/serve.ts';
import { openSource } from './query.ts';
import { loadModel } from '../../../graph/queries/model.ts';

const FLAGS = {
  data: { type: 'string' },
  store: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  ...NEO4J_FLAGS,
  help: { type: 'boolean', short: 'h' },
} as const;

const HELP = `Usage: zangraph serve [--data DIR] [--store embedded|neo4j] [--port N] [--host H]
The analyst's web page (in force, act, reglament, compare, source, search) and its JSON API
(/api/..., described at /api/openapi.json), read-only, over the store's graph.
  --data <dir>              embedded store folder (default .zangraph)
  --store embedded|neo4j    (default embedded)
  --port N                  (default 8080; 0 picks a free port)
  --host H                  address to bind (default 127.0.0.1: this machine only)
${NEO4J_HELP}
Document texts are read from the paths the store recorded, relative to the current folder.`;

async function run(argv: string[]): Promise<number> {
  const { values: v } = parse(argv, FLAGS);
  if (v.help) { console.log(HELP); return 0; }
  const o = validate(ServeCliOptions, {
    data: v.data, store: v.store, port: v.port, host: v.host,
    neo4j: neo4jFlags(v),
  });
  const source = await openSource(o);
  // The store stays open while serving (answers read texts through it); the server closes it when it stops.
  let app;
  let documents = 0;
  try {
    const model = await loadModel(source);
    documents = model.documents.length;
    if (model.documents.length === 0) throw new UsageError(`the ${source.label} store holds no documents; load some first (zangraph run)`);
    const [{ buildServer }, { pageBundle }] = await Promise.all([import('../../../graph/serve/server.ts'), import('../../../graph/serve/bundle-page.ts')]);
    app = buildServer({ model, source, page: await pageBundle() });
  } catch (e) {
    await source.close();
    throw e;
  }
  const address = await app.listen({ port: o.port, host: o.host });
  console.log(`zangraph serve: ${documents} documents from ${source.label}`);
  console.log(`open ${address.replace('://[::1]', '://localhost')}/  (API: ${address}/api/openapi.json; Ctrl-C stops)`);
  await new Promise<void>((resolve) => {
    const stop = () => { app.close().then(() => resolve()); };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

export const serveCommand: Command = {
  name: 'serve',
  help: HELP,
  run,
};
