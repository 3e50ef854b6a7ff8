/**
 * `tsx scripts/bench-serve.ts [--count 10000] [--dir tmp/bench] [--requests 100]`
 *
 * The figures of `zangraph serve` over a store of --count generated documents (scripts/generate-corpus.ts,
 * seed 1, cached under --dir like scripts/bench.ts's corpora, ingested once into <dir>/serve-<count>/):
 * - each API route's 95th-percentile answer time, over --requests requests of realistic questions
 *   (dates, regions, acts, reglaments and documents drawn from the store), sent over HTTP to the real
 *   `zangraph serve` in a child process, after a warm-up;
 * - the in-force view in Chromium (/usr/bin/chromium or CHROMIUM_PATH): first contentful paint and the
 *   time until its answer's rows are on screen, the median of five cold loads;
 * - the page's bundle, raw and gzip-compressed (as the server sends it).
 * It prints figures; nothing asserts a timing.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { chromium } from 'playwright-core';
import { generateCorpus } from './generate-corpus.ts';
import { buildPage } from '../graph/serve/bundle-page.ts';
import { API_ROUTES } from '../graph/serve/api.ts';
import type { CatalogLinkRow, InForceRow } from '../schemas/query.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const BIN = join(ROOT, 'bin', 'zangraph.mjs');

const Args = z.object({
  count: z.coerce.number().int().positive().default(10_000),
  dir: z.string().default(join(ROOT, 'tmp', 'bench')),
  requests: z.coerce.number().int().positive().default(100),
});

async function store(dir: string, n: number): Promise<{ data: string; docs: string }> {
  const out = join(dir, `corpus-${n}`);
  const docs = join(out, 'docs');
  if (!existsSync(docs) || (await readdir(docs)).length !== n) {
    await generateCorpus({ count: n, out, seed: 1, from: join(ROOT, 'corpus'), gold: join(ROOT, 'tests', 'gold'), lexicon: join(ROOT, 'pipeline', 'lexicon', 'regions.json') });
  }
  const data = join(dir, `serve-${n}`);
  // Unchanged documents are skipped, so this is quick after the first time.
  await promisify(execFile)('node', [BIN, 'ingest', docs, '--data', data, '--log-level', 'error'], { maxBuffer: 1 << 28 });
  return { data, docs };
}

/** Starts `zangraph serve` on a free port; resolves with its address once it prints it. */
function serve(data: string): Promise<{ url: string; stop: () => void; startSeconds: number }> {
  const t0 = performance.now();
  const child = spawn('node', [BIN, 'serve', '--data', data, '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /open (http:\/\/\S+?)\/ /.exec(out);
      if (m) resolve({ url: m[1]!, stop: () => child.kill('SIGTERM'), startSeconds: (performance.now() - t0) / 1000 });
    });
    child.on('exit', (code) => reject(new Error(`zangraph serve exited (${code}) before listening: ${out}`)));
  });
}

const pick = <T>(xs: T[], i: number): T => xs[(i * 7919) % xs.length]!;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;

async function timeRoute(url: string, paths: (i: number) => string, requests: number): Promise<{ p50: number; p95: number; status: Set<number> }> {
  const times: number[] = [];
  const status = new Set<number>();
  for (let i = -5; i < requests; i++) {
    const t0 = performance.now();
    const res = await fetch(url + paths(i < 0 ? -i : i));
    await res.arrayBuffer();
    if (i >= 0) { times.push(performance.now() - t0); status.add(res.status); }
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), status };
}

async function firstPaint(url: string): Promise<{ fcp: number; rows: number }> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    const fcp: number[] = [];
    const rows: number[] = [];
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const t0 = Date.now();
      await page.goto(url);
      await page.waitForSelector('table.in-force tbody tr, p.empty', { timeout: 60_000 });
      rows.push(Date.now() - t0);
      fcp.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
      await context.close();
    }
    return { fcp: percentile(fcp, 50), rows: percentile(rows, 50) };
  } finally {
    await browser.close();
  }
}

/** The serve figures for `argv` (the flags above); scripts/bench.ts calls it after its own figures. */
export async function benchServe(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { count: { type: 'string' }, dir: { type: 'string' }, requests: { type: 'string' } } });
  const args = Args.parse(values);
  await mkdir(args.dir, { recursive: true });
  console.log(`zangraph serve over ${args.count.toLocaleString('en-US')} generated documents (${args.dir})`);
  const { data } = await store(args.dir, args.count);
  const server = await serve(data);
  try {
    const get = async <T>(path: string) => (await (await fetch(server.url + path)).json()) as T;
    const catalog = await get<CatalogLinkRow[]>('/api/catalog?limit=100000');
    const years = [2014, 2015, 2016, 2017, 2018, 2019, 2020].map((y) => `${y}-09-01`);
    const inForce = (await Promise.all(years.map(async (date) => (await get<InForceRow[]>(`/api/in-force?date=${date}&limit=100000`)).map((row) => ({ date, row }))))).flat();
    const regions = [...new Set(inForce.map((r) => r.row.region))];
    const acts = [...new Set(inForce.flatMap((r) => [r.row.approvedBy, r.row.wordingBy]))];
    const documents = [...new Set(catalog.map((l) => l.document))];
    const busiest = [...regions].sort((a, b) => inForce.filter((r) => r.row.region === b).length - inForce.filter((r) => r.row.region === a).length)[0]!;
    console.log(`store: ${documents.length} documents, ${catalog.length} reglament texts, ${regions.length} regions, ${acts.length} acts sampled; server up in ${server.startSeconds.toFixed(1)} s\n`);

    const enc = encodeURIComponent;
    // [label, the route table's path, the question of request i]
    const routes: Array<[string, string, (i: number) => string]> = [
      ['/api/regions', '/api/regions', () => '/api/regions'],
      ['/api/in-force (region, date)', '/api/in-force', (i) => `/api/in-force?date=${pick(years, i)}&region=${pick(regions, i)}`],
      ['/api/in-force (all regions)', '/api/in-force', (i) => `/api/in-force?date=${pick(years, i)}`],
      ['/api/in-force (service)', '/api/in-force', (i) => `/api/in-force?date=${pick(years, i)}&region=${pick(regions, i)}&service=${enc(pick(catalog, i).name)}`],
      ['/api/in-force/why (region, date)', '/api/in-force/why', (i) => `/api/in-force/why?date=${pick(years, i)}&region=${pick(regions, i)}`],
      ['/api/compare (2 regions)', '/api/compare', (i) => `/api/compare?regions=${pick(regions, i)},${pick(regions, i + 1)}`],
      ['/api/compare (2 regions, date)', '/api/compare', (i) => `/api/compare?regions=${pick(regions, i)},${pick(regions, i + 1)}&date=${pick(years, i)}`],
      ['/api/changes (region, a year)', '/api/changes', (i) => { const y = 2014 + (i % 7); return `/api/changes?region=${pick(regions, i)}&from=${y}-01-01&to=${y + 1}-01-01`; }],
      ['/api/catalog', '/api/catalog', () => '/api/catalog'],
      ['/api/acts/:key', '/api/acts/:key', (i) => `/api/acts/${enc(pick(acts, i))}`],
      ['/api/reglament (document, n)', '/api/reglament', (i) => { const l = pick(catalog, i); return `/api/reglament?document=${enc(l.document)}&reglament=${l.reglament}`; }],
      ['/api/reglament (region, service, date)', '/api/reglament', (i) => { const { date, row } = pick(inForce, i); return `/api/reglament?region=${row.region}&service=${enc(row.service)}&date=${date}`; }],
      ['/api/reglament/versions', '/api/reglament/versions', (i) => { const l = pick(catalog, i); return `/api/reglament/versions?document=${enc(l.document)}&reglament=${l.reglament}`; }],
      ['/api/documents/:name?quote', '/api/documents/:name', (i) => { const l = pick(catalog, i); return `/api/documents/${enc(l.document)}?quote=${enc(l.name.slice(0, 30))}`; }],
      ['/api/search (service name)', '/api/search', (i) => `/api/search?q=${enc(pick(catalog, i).name.split(' ').slice(0, 3).join(' '))}`],
      ['/api/search (act number)', '/api/search', (i) => `/api/search?q=${enc(pick(acts, i).split('|')[3]!)}`],
      ['/api/openapi.json', '/api/openapi.json', () => '/api/openapi.json'],
    ];
    const unmeasured = [...API_ROUTES.map((r) => r.path), '/api/openapi.json'].filter((p) => !routes.some(([, path]) => path === p));
    if (unmeasured.length) console.log(`not measured (no question for them here): ${unmeasured.join(', ')}`);
    console.log('route                                    p50 ms   p95 ms  status');
    for (const [name, , paths] of routes) {
      const t = await timeRoute(server.url, paths, args.requests);
      console.log(`${name.padEnd(38)} ${t.p50.toFixed(1).padStart(8)} ${t.p95.toFixed(1).padStart(8)}  ${[...t.status].join(',')}${t.p95 >= 100 ? '  (over 100 ms)' : ''}`);
    }

    const view = `${server.url}/in-force?date=2019-09-01&region=${busiest}`;
    const paint = await firstPaint(view);
    console.log(`\nin-force view (${busiest}, 2019-09-01), median of 5 cold loads: first contentful paint ${paint.fcp.toFixed(0)} ms, rows on screen ${paint.rows} ms`);
  } finally {
    server.stop();
  }
  const page = await buildPage();
  const raw = Buffer.byteLength(page.js) + Buffer.byteLength(page.css);
  const gz = gzipSync(page.js).length + gzipSync(page.css).length;
  console.log(`page bundle: ${(raw / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzip-compressed (script and style sheet)`);
}

// Run alone (`npm run bench:serve`) it measures; imported by scripts/bench.ts it waits to be called.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchServe(process.argv.slice(2));
