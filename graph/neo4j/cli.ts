/** `npm run neo4j:start` / `npm run neo4j:stop`: the local server of graph/neo4j/server.ts. */
import { startServer, stopServer } from './server.ts';

const action = process.argv[2];
try {
  if (action === 'start') {
    const s = await startServer();
    console.log(`${s.started ? 'started' : 'already running'}: ${s.uri} (user neo4j, password from NEO4J_PASSWORD or the local default; pid ${s.pid})`);
  } else if (action === 'stop') {
    console.log((await stopServer()) ? 'stopped' : 'not running');
  } else {
    console.error('usage: tsx graph/neo4j/cli.ts start|stop');
    process.exitCode = 2;
  }
} catch (e) {
  console.error(`neo4j ${action}: ${(e as Error).message}`);
  process.exitCode = 1;
}
