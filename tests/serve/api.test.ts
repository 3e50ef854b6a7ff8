/**
 * The JSON API of `zangraph serve` on the corpus: every route answers what the CLI answers for the
 * same question (the CLI run as a user runs it, in a child process over the same store), answers
 * validate against the schemas the OpenAPI document is generated from, bad parameters are a 400
 * naming the reason, unknown ids a 404, and a document's markup comes back as data, never as page.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { REGION_IDS } from '../../schemas/gold.ts';
import { ApiAnswers, type ActPage, type DocumentText, type SearchHit } from '../../schemas/serve.ts';
import type { CatalogLinkRow, InForceRow, ReglamentAnswer } from '../../schemas/query.ts';
import type { ExtractionResult } from '../../schemas/extraction.ts';
import { API_ROUTES } from '../../graph/serve/api.ts';
import { BIN, cli, cliJson, corpusStore, injectedDocument, serverOn, storeOf } from './server.ts';
import { corpusResults } from '../queries/corpus.ts';
import { corpusPath } from '../helpers/corpus.ts';

let data = '';
let app: FastifyInstance;

async function get<T = unknown>(url: string): Promise<{ status: number; body: T; type: string }> {
  const r = await app.inject({ method: 'GET', url });
  return { status: r.statusCode, body: (r.headers['content-type']?.toString().startsWith('application/json') ? r.json() : r.body) as T, type: String(r.headers['content-type']) };
}
const key = encodeURIComponent;

beforeAll(async () => {
  data = await corpusStore();
  app = await serverOn(data);
}, 120_000);
afterAll(async () => { await app?.close(); });

describe('the API answers what the CLI answers', () => {
  const inForceQuestions: Array<Record<string, string>> = [
    { date: '2014-09-01' },
    { date: '2015-09-01', region: 'west-kazakhstan' },
    { date: '2016-03-01', region: 'kostanay' },
    { date: '2016-03-01', region: 'kostanay', service: 'шетелдік' },
    { date: '2018-06-01', region: 'west-kazakhstan', service: 'белсенді шараларына' },
    { date: '2019-09-01' },
    { date: '2021-01-01' },
  ];
  for (const q of inForceQuestions) {
    it(`/api/in-force?${new URLSearchParams(q)} = query in-force`, async () => {
      const api = await get<InForceRow[]>(`/api/in-force?${new URLSearchParams(q)}`);
      expect(api.status).toBe(200);
      const cli = await cliJson(data, 'query', 'in-force', ...Object.entries(q).flatMap(([k, v]) => [`--${k}`, v]));
      expect(api.body).toEqual(cli);
      ApiAnswers.inForce.parse(api.body);
    }, 60_000);
  }

  /** The regions none of whose reglaments the corpus holds (no change in them ever). */
  async function regionsWithoutTexts(): Promise<string[]> {
    const empty: string[] = [];
    for (const r of REGION_IDS) if (!(await get<unknown[]>(`/api/changes?region=${r}&from=1900-01-01&to=2100-12-31`)).body.length) empty.push(r);
    return empty;
  }

  it('an empty in-force answer comes with the reasons the CLI prints for it: a date before any text, a region with no texts', async () => {
    const bare = (await regionsWithoutTexts())[0];
    expect(bare).toBeDefined();
    const questions: Array<Record<string, string>> = [{ date: '2000-01-01' }, { date: '2019-09-01', region: bare! }];
    for (const q of questions) {
      const qs = new URLSearchParams(q);
      expect((await get<InForceRow[]>(`/api/in-force?${qs}`)).body).toEqual([]);
      const why = await get<string[]>(`/api/in-force/why?${qs}`);
      expect(why.status).toBe(200);
      ApiAnswers.inForceWhy.parse(why.body);
      expect(why.body.length).toBeGreaterThan(0);
      const table = await promisify(execFile)('node', [BIN, 'query', 'in-force', ...Object.entries(q).flatMap(([k, v]) => [`--${k}`, v]), '--data', data]);
      for (const line of why.body) expect(table.stdout.replace(/\s+/g, ' ')).toContain(line.replace(/\s+/g, ' '));
    }
    expect((await get<string[]>('/api/in-force/why?date=2019-09-01')).body).toEqual([]);
  }, 60_000);

  it('/api/reglament by document and number = query reglament, for every text of the corpus', async () => {
    const links = (await get<CatalogLinkRow[]>('/api/catalog')).body;
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) {
      const api = await get<unknown[]>(`/api/reglament?document=${key(l.document)}&reglament=${l.reglament}`);
      expect(api.status).toBe(200);
      expect(api.body).toEqual(await cliJson(data, 'query', 'reglament', '--document', l.document, '--reglament', String(l.reglament)));
      expect(ApiAnswers.reglamentText.parse(api.body)[0]!.text!.procedures.flatMap((p) => p.steps).length).toBeGreaterThan(0);
    }
  }, 120_000);

  it('/api/reglament by region, service and date = query reglament', async () => {
    const q = { region: 'kostanay', service: 'шетелдік', date: '2016-03-01' };
    const api = await get<unknown[]>(`/api/reglament?${new URLSearchParams(q)}`);
    expect(api.status).toBe(200);
    expect(api.body.length).toBeGreaterThan(0);
    expect(api.body).toEqual(await cliJson(data, 'query', 'reglament', ...Object.entries(q).flatMap(([k, v]) => [`--${k}`, v])));
    expect((await get('/api/reglament?document=x.txt')).status).toBe(400);
  }, 60_000);

  it('the corpus questions are not all empty (the comparisons above compare something)', async () => {
    const rows = (await get<InForceRow[]>('/api/in-force?date=2019-09-01')).body;
    expect(new Set(rows.map((r) => r.region))).toEqual(new Set(['west-kazakhstan']));
    expect((await get<InForceRow[]>('/api/in-force?date=2016-03-01&region=kostanay')).body.length).toBeGreaterThan(0);
  });

  for (const date of [undefined, '2016-03-01']) {
    it(`/api/compare (west-kazakhstan, kostanay${date ? `, ${date}` : ''}) = query compare`, async () => {
      const url = `/api/compare?regions=west-kazakhstan,kostanay${date ? `&date=${date}` : ''}`;
      const api = await get(url);
      expect(api.status).toBe(200);
      expect(api.body).toEqual(await cliJson(data, 'query', 'compare', '--regions', 'west-kazakhstan,kostanay', ...(date ? ['--date', date] : [])));
      expect(ApiAnswers.compare.parse(api.body).rows.length).toBeGreaterThan(0);
    }, 60_000);
  }

  it('/api/changes = query changes', async () => {
    const api = await get<unknown[]>('/api/changes?region=west-kazakhstan&from=2014-01-01&to=2020-12-31');
    expect(api.status).toBe(200);
    expect(api.body.length).toBeGreaterThan(0);
    ApiAnswers.changes.parse(api.body);
    expect(api.body).toEqual(await cliJson(data, 'query', 'changes', '--region', 'west-kazakhstan', '--from', '2014-01-01', '--to', '2020-12-31'));
  }, 60_000);

  it('/api/catalog = query catalog', async () => {
    const api = await get<CatalogLinkRow[]>('/api/catalog');
    expect(api.body).toEqual(await cliJson(data, 'query', 'catalog'));
    expect(api.body.length).toBe((await corpusResults()).reduce((n, r) => n + r.reglaments.length, 0));
  }, 60_000);

  it('/api/acts/KEY: its history = query history KEY, for every act of the graph', async () => {
    const catalog = (await get<CatalogLinkRow[]>('/api/catalog')).body;
    expect(catalog.length).toBeGreaterThan(0);
    const acts = new Set<string>();
    for (const r of await corpusResults()) {
      for (const rel of r.relations) acts.add(rel.target);
      for (const g of r.reglaments) if (g.approvedBy) acts.add(g.approvedBy);
    }
    expect(acts.size).toBeGreaterThan(3);
    for (const act of acts) {
      const api = await get<ActPage>(`/api/acts/${key(act)}`);
      expect(api.status, act).toBe(200);
      ApiAnswers.act.parse(api.body);
      expect(api.body.history, act).toEqual(await cliJson(data, 'query', 'history', act));
      expect(api.body.info.key).toBe(act);
    }
  }, 120_000);

  it('/api/reglament/versions: every version it lists is what query in-force answers on that version\'s first day, the text\'s own among them', async () => {
    const versions: InForceRow[] = [];
    let placed = 0;
    for (const r of await corpusResults()) {
      for (const g of r.reglaments) {
        const page = await get<InForceRow[]>(`/api/reglament/versions?document=${key(r.source)}&reglament=${g.ordinal}`);
        expect(page.status).toBe(200);
        ApiAnswers.versions.parse(page.body);
        const [text] = (await get<ReglamentAnswer[]>(`/api/reglament?document=${key(r.source)}&reglament=${g.ordinal}`)).body;
        // The text's own version is listed exactly when query reglament places the text in time.
        const own = page.body.filter((v) => v.source.some((s) => s.document === r.source && s.reglament === g.ordinal));
        expect(own.length, `${r.source} #${g.ordinal}`).toBe(text!.validity ? 1 : 0);
        if (text!.validity) {
          placed++;
          expect(own[0]!.validFrom).toBe(text!.validity.from.date);
          expect(page.body.map((v) => v.validFrom)).toEqual([...page.body.map((v) => v.validFrom)].sort());
        }
        versions.push(...page.body);
      }
    }
    expect(placed).toBeGreaterThan(0);
    const byDate = new Map<string, unknown[]>();
    for (const date of new Set(versions.map((v) => v.validFrom))) byDate.set(date, await cliJson(data, 'query', 'in-force', '--date', date) as unknown[]);
    for (const v of versions) expect(byDate.get(v.validFrom)).toContainEqual(v);
  }, 120_000);

  it('/api/documents/DOC: the text every span of `zangraph extract` indexes, with the quote asked for located', async () => {
    for (const prefix of ['000', '001', '004']) {
      const extracted = await cli('extract', corpusPath(prefix)) as ExtractionResult;
      const quote = extracted.reglaments[0]!.evidence.service.quote;
      const api = await get<DocumentText>(`/api/documents/${key(extracted.source)}?quote=${key(quote)}`);
      expect(api.status).toBe(200);
      ApiAnswers.document.parse(api.body);
      const spans = [
        ...extracted.reglaments.flatMap((g) => [g.evidence.service, ...g.procedures.flatMap((p) => p.steps.map((s) => s.evidence.step)), ...g.terms.map((t) => t.evidence)]),
        ...extracted.relations.map((r) => r.evidence),
      ];
      expect(spans.length).toBeGreaterThan(10);
      for (const s of spans) expect(api.body.text.slice(s.start, s.end)).toBe(s.quote);
      const h = api.body.highlight!;
      expect(api.body.text.slice(h.start, h.end)).toBe(quote);
      expect(h.line).toBe(api.body.text.slice(0, h.start).split('\n').length);
      // A fact's own span (the last reglament's last fact): located where extract says, on the line it starts on.
      const fact = spans[spans.length - extracted.relations.length - 1]!;
      const bySpan = await get<DocumentText>(`/api/documents/${key(extracted.source)}?start=${fact.start}&end=${fact.end}`);
      expect(bySpan.body.highlight).toEqual({ start: fact.start, end: fact.end, line: api.body.text.slice(0, fact.start).split('\n').length });
    }
  }, 60_000);

  it('/api/search: a catalog service finds every text the CLI\'s catalog links to it; an act number finds the act', async () => {
    const catalog = await cliJson(data, 'query', 'catalog') as CatalogLinkRow[];
    const linked = new Map<string, CatalogLinkRow[]>();
    for (const l of catalog) if (l.serviceId) linked.set(l.serviceId, [...(linked.get(l.serviceId) ?? []), l]);
    expect(linked.size).toBeGreaterThan(5);
    for (const [, links] of linked) {
      const answer = await get<SearchHit[]>(`/api/search?q=${key(links[0]!.name)}`);
      expect(answer.status, links[0]!.name).toBe(200);
      const hits = answer.body.filter((h) => h.kind === 'service');
      for (const l of links) expect(hits.map((h) => `${h.document}#${h.ordinal}`)).toContain(`${l.document}#${l.reglament}`);
    }
    const history = await cliJson(data, 'query', 'history', '--region', 'west-kazakhstan', '--number', '204') as { act: { key: string } };
    const acts = (await get<SearchHit[]>('/api/search?q=204')).body.filter((h) => h.kind === 'act');
    expect(acts[0]!.act).toBe(history.act.key);
    expect(acts.filter((h) => h.label.startsWith('№ 204 '))).toHaveLength(1);
  }, 120_000);

  it('/api/regions: every region id with its names', async () => {
    const r = await get<Array<{ id: string; ru: string; kk: string }>>('/api/regions');
    expect(r.body.map((x) => x.id)).toEqual([...REGION_IDS]);
    expect(r.body.find((x) => x.id === 'west-kazakhstan')).toEqual({ id: 'west-kazakhstan', ru: 'Западно-Казахстанская область', kk: 'Батыс Қазақстан облысы' });
  });
});

describe('a long answer comes a page at a time', () => {
  async function page<T>(url: string, server = app): Promise<{ rows: T[]; total: number; next: string | null }> {
    const r = await server.inject({ method: 'GET', url });
    expect(r.statusCode, url).toBe(200);
    const link = r.headers.link?.toString() ?? null;
    return { rows: r.json() as T[], total: Number(r.headers['x-total-count']), next: link && /^<([^>]+)>; rel="next"$/.exec(link)![1]! };
  }

  it('/api/catalog: following the next links walks the whole of query catalog, in its order, the total told on every page', async () => {
    const cli = await cliJson(data, 'query', 'catalog') as CatalogLinkRow[];
    expect(cli.length).toBeGreaterThan(10);
    const walked: CatalogLinkRow[] = [];
    let url: string | null = '/api/catalog?limit=7';
    let pages = 0;
    while (url) {
      const p: { rows: CatalogLinkRow[]; total: number; next: string | null } = await page<CatalogLinkRow>(url);
      expect(p.total).toBe(cli.length);
      expect(p.rows.length).toBe(Math.min(7, cli.length - walked.length));
      walked.push(...p.rows);
      url = p.next;
      pages++;
    }
    expect(pages).toBe(Math.ceil(cli.length / 7));
    expect(walked).toEqual(cli);
  }, 60_000);

  it('/api/in-force: a page is the slice of query in-force from offset; the whole answer fits the default page', async () => {
    const cli = await cliJson(data, 'query', 'in-force', '--date', '2016-03-01') as InForceRow[];
    expect(cli.length).toBeGreaterThan(3);
    const whole = await page<InForceRow>('/api/in-force?date=2016-03-01');
    expect(whole).toEqual({ rows: cli, total: cli.length, next: null });
    const middle = await page<InForceRow>('/api/in-force?date=2016-03-01&offset=1&limit=2');
    expect(middle.rows).toEqual(cli.slice(1, 3));
    expect(middle.total).toBe(cli.length);
    expect(middle.next).toBe('/api/in-force?date=2016-03-01&offset=3&limit=2');
    expect((await page<InForceRow>(`/api/in-force?date=2016-03-01&offset=${cli.length}`)).rows).toEqual([]);
  }, 60_000);

  it('/api/reglament: its answers, each a whole text, come a few at a time; walked page by page they are query reglament\'s', async () => {
    // The corpus and a copy of one of its documents under another name: that version then has two texts, two answers.
    const results = await corpusResults();
    const original = results.find((r) => r.reglaments.length > 0 && r.act)!;
    const twiceData = await storeOf([...results, { ...original, source: `copy-of-${original.source}` }]);
    const twice = await serverOn(twiceData);
    try {
      const row = ((await twice.inject({ url: `/api/in-force?date=2019-09-01` })).json() as InForceRow[]).find((r) => r.source.length > 1)
        ?? ((await twice.inject({ url: `/api/in-force?date=2016-03-01` })).json() as InForceRow[]).find((r) => r.source.length > 1)!;
      const question = { region: row.region, service: row.service, date: row.validFrom };
      const cli = await cliJson(twiceData, 'query', 'reglament', ...Object.entries(question).flatMap(([k, v]) => [`--${k}`, v])) as ReglamentAnswer[];
      expect(cli.length).toBeGreaterThan(1);
      const walked: ReglamentAnswer[] = [];
      let url: string | null = `/api/reglament?${new URLSearchParams(question)}&limit=1`;
      while (url) {
        const p: { rows: ReglamentAnswer[]; total: number; next: string | null } = await page<ReglamentAnswer>(url, twice);
        expect(p.total).toBe(cli.length);
        expect(p.rows).toHaveLength(1);
        walked.push(...p.rows);
        url = p.next;
      }
      expect(walked).toEqual(cli);
      expect((await page<ReglamentAnswer>(`/api/reglament?${new URLSearchParams(question)}`, twice)).rows).toEqual(cli);
    } finally {
      await twice.close();
    }
  }, 60_000);
});

describe('/api/openapi.json', () => {
  it('describes every route with its parameters, generated from the routes\' schemas', async () => {
    const doc = (await get<{ openapi: string; paths: Record<string, { get: { parameters: Array<{ name: string; in: string; required: boolean }> } }> }>('/api/openapi.json')).body;
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(API_ROUTES.map((r) => r.path.replace(/:(\w+)/g, '{$1}')).sort());
    expect(doc.paths['/api/in-force']!.get.parameters.map((p) => [p.name, p.in, p.required])).toEqual([
      ['date', 'query', true], ['region', 'query', false], ['service', 'query', false], ['limit', 'query', false], ['offset', 'query', false],
    ]);
    expect(Object.keys((doc.paths['/api/catalog']!.get as unknown as { responses: { 200: { headers: object } } }).responses[200].headers)).toEqual(['X-Total-Count', 'Link']);
    expect(doc.paths['/api/reglament/versions']!.get.parameters.map((p) => [p.name, p.in, p.required])).toEqual([['document', 'query', true], ['reglament', 'query', true]]);
    expect(JSON.stringify(doc.paths['/api/in-force'])).toContain('west-kazakhstan');
  });
});

describe('bad parameters are a 400 with the reason', () => {
  const bad: Array<[string, RegExp]> = [
    ['/api/in-force', /date/],
    ['/api/in-force?date=2019-02-30', /date: not a calendar date/],
    ['/api/in-force?date=2019-09-01&region=atlantis', /region/],
    ['/api/compare?regions=kostanay', /at least two regions/],
    ['/api/compare?regions=kostanay,atlantis', /regions\.1/],
    ['/api/acts/not-a-key', /key/],
    ['/api/reglament/versions?document=000_1599c89bdcad9835.txt&reglament=first', /reglament: a reglament number/],
    ['/api/search?q=a', /at least two characters/],
    ['/api/catalog?limit=0', /limit/],
    ['/api/in-force?date=2019-09-01&offset=-1', /offset: a row offset/],
    ['/api/in-force?date=2019-09-01&region=west-kazakhstan&service=xyzzy', /no service is named like "xyzzy"/],
    ['/api/changes?region=kostanay&from=2020-01-01&to=2016-01-01', /to: --from must not be after --to/],
    ['/api/documents/000_1599c89bdcad9835.txt?start=5', /end: give both start and end/],
    ['/api/documents/000_1599c89bdcad9835.txt?start=9&end=3', /end must be after start/],
  ];
  for (const [url, reason] of bad) {
    it(url, async () => {
      const r = await get<{ statusCode: number; message: string }>(url);
      expect(r.status).toBe(400);
      expect(r.body.statusCode).toBe(400);
      expect(r.body.message).toMatch(reason);
    });
  }
  it('a page address with a bad parameter is the page with status 400', async () => {
    const r = await get<string>('/in-force?date=2019-13-01');
    expect(r.status).toBe(400);
    expect(r.type).toMatch(/text\/html/);
  });
});

describe('unknown ids are a 404', () => {
  for (const url of [
    `/api/acts/${key('akimat|west-kazakhstan|2015-08-04|999999')}`,
    '/api/reglament/versions?document=000_1599c89bdcad9835.txt&reglament=999',
    '/api/reglament/versions?document=no-such-document.txt&reglament=1',
    '/api/documents/no-such-document.txt',
    '/api/no-such-route',
  ]) {
    it(url, async () => {
      const r = await get<{ message: string }>(url);
      expect(r.status).toBe(404);
      expect(r.body.message).toMatch(/no /);
    });
  }
  for (const url of [`/act/${key('akimat|kostanay|2001-01-01|1')}`, '/reglament/000_1599c89bdcad9835.txt/999', '/source/nothing.txt', '/no/such/page']) {
    it(`page ${url}: the page with status 404`, async () => {
      const r = await get<string>(url);
      expect(r.status).toBe(404);
      expect(r.body).toContain('<div id="app"></div>');
    });
  }
});

describe('read-only', () => {
  it('answers no write method', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH'] as const) {
      expect((await app.inject({ method, url: '/api/in-force?date=2019-09-01' })).statusCode).toBe(404);
    }
  });
});

describe('a document holding markup', () => {
  it('comes back as JSON data, and the page that shows it runs only its own script', async () => {
    const { result, service } = await injectedDocument();
    expect(service).toContain('<script>');
    const injected = await serverOn(await storeOf([result]));
    try {
      const rows = (await injected.inject({ url: `/api/in-force?date=2019-09-01` })).json() as InForceRow[];
      expect(rows.some((r) => r.names.includes(service))).toBe(true);
      const shell = await injected.inject({ url: '/in-force?date=2019-09-01' });
      expect(shell.body).not.toContain('__pwned');
      expect(shell.headers['content-security-policy']).toMatch(/script-src 'self'/);
    } finally {
      await injected.close();
    }
  }, 60_000);
});
