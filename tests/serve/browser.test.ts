/**
 * The page in a real browser: Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH) driven by
 * playwright-core, against the server on the corpus store. Each view is loaded, the path an analyst
 * takes (in force → reglament → source) is clicked through and the highlighted quote checked, the
 * interface language switched, unknown ids and bad parameters shown, and a document holding markup
 * shown as text. Screenshots of every step go into a folder this test prints.
 * A browser that cannot start fails these tests: they never pass without having run.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import type { CatalogLinkRow, CompareResult, Evidence, InForceRow, ReglamentAnswer } from '../../schemas/query.ts';
import type { ExtractedReglament } from '../../schemas/extraction.ts';
import { corpusResults } from '../queries/corpus.ts';
import labels from '../../graph/serve/page/labels.json' with { type: 'json' };
import { corpusStore, INJECTION, injectedDocument, serverOn, storeOf } from './server.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let browser: Browser;
let page: Page;
let app: FastifyInstance;
let base = '';
let shots = '';
let shot = 0;
const errors: string[] = [];

async function screenshot(name: string, fullPage = true) {
  await page.screenshot({ path: join(shots, `${String(++shot).padStart(2, '0')}-${name}.png`), fullPage });
}
const api = async <T>(path: string): Promise<T> => (await (await fetch(base + path)).json()) as T;
const text = (s: string) => s.replace(/\s+/g, ' ').trim();
/** A duration as the page writes it in Russian: "30 minute" → "30 мин". */
const shown = (d: string) => `${d.split(' ')[0]} ${labels.units[d.split(' ')[1] as keyof typeof labels.units].ru}`;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM });
  app = await serverOn(await corpusStore());
  base = await app.listen({ port: 0, host: '127.0.0.1' });
  shots = await mkdtemp(join(tmpdir(), 'zangraph-serve-screenshots-'));
  console.log(`serve browser test: screenshots in ${shots}`);
  page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
  page.on('pageerror', (e) => errors.push(e.message));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the page in Chromium, on the corpus', () => {
  it('in force: the rows the API answers, each with its acts, validity and certainty', async () => {
    const rows = await api<InForceRow[]>('/api/in-force?date=2019-09-01&region=west-kazakhstan');
    expect(rows.length).toBeGreaterThan(0);
    await page.goto(`${base}/in-force?date=2019-09-01&region=west-kazakhstan`);
    await page.waitForSelector('table.in-force tbody tr');
    expect(await page.locator('table.in-force tbody tr').count()).toBe(rows.length);
    expect(await page.inputValue('input[name=date]')).toBe('2019-09-01');
    expect(await page.inputValue('select[name=region]')).toBe('west-kazakhstan');
    const first = page.locator('table.in-force tbody tr').first();
    expect(text(await first.locator('a.reglament').first().innerText())).toBe(text(rows[0]!.names.join(' / ')));
    expect(await first.locator('.certainty').innerText()).toBe(labels.ui[rows[0]!.certainty].ru);
    await screenshot('in-force');
  });

  it('the pickers write the question into the address', async () => {
    await page.goto(`${base}/in-force`);
    await page.selectOption('select[name=region]', 'kostanay');
    await page.fill('input[name=date]', '2016-03-01');
    await page.click('form.pickers button[type=submit]');
    await page.waitForURL(/region=kostanay/);
    expect(new URL(page.url()).searchParams.get('date')).toBe('2016-03-01');
    const rows = await api<InForceRow[]>('/api/in-force?date=2016-03-01&region=kostanay');
    await page.waitForSelector('table.in-force tbody tr');
    expect(await page.locator('table.in-force tbody tr').count()).toBe(rows.length);
  });

  it('in force, a page at a time: which rows of how many, the next page, and how to narrow', async () => {
    const all = await api<InForceRow[]>('/api/in-force?date=2016-03-01');
    expect(all.length).toBeGreaterThan(4);
    await page.goto(`${base}/in-force?date=2016-03-01&limit=2`);
    await page.waitForSelector('table.in-force tbody tr');
    expect(await page.locator('table.in-force tbody tr').count()).toBe(2);
    const fill = (from: number, to: number) => labels.ui.pageRows.ru.replace('{from}', String(from)).replace('{to}', String(to)).replace('{total}', String(all.length));
    expect(await page.locator('.pages .rows').innerText()).toBe(fill(1, 2));
    expect(await page.locator('.pages .hint').innerText()).toBe(labels.ui.narrowInForce.ru);
    expect(await page.locator('.pages .previous').count()).toBe(0);
    await page.click('.pages .next');
    await page.waitForURL(/offset=2/);
    await page.waitForFunction((want) => document.querySelector('.pages .rows')?.textContent === want, fill(3, 4));
    expect(await page.locator('.pages .previous').count()).toBe(1);
    expect(text(await page.locator('table.in-force a.reglament').first().innerText())).toBe(text(all[2]!.names.join(' / ')));
    await screenshot('in-force-pages');
    // The whole answer on one page: no pager.
    await page.goto(`${base}/in-force?date=2016-03-01`);
    await page.waitForSelector('table.in-force tbody tr');
    expect(await page.locator('table.in-force tbody tr').count()).toBe(all.length);
    expect(await page.locator('.pages').count()).toBe(0);
  });

  it('in force → reglament → source: the clicked quote is highlighted at its line', async () => {
    await page.goto(`${base}/in-force?date=2016-03-01&region=kostanay`);
    const link = page.locator('table.in-force a.reglament').first();
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await page.waitForSelector('section.reglament-page');
    expect(new URL(page.url()).pathname).toBe(href);
    const [, , document, ordinal] = href.split('/');
    const [answer] = await api<ReglamentAnswer[]>(`/api/reglament?document=${document}&reglament=${ordinal}`);
    expect(await page.locator('h1').innerText()).toBe(answer!.service.name);
    expect(answer!.text!.total.slowest.length).toBeGreaterThan(0);
    expect(await page.locator('.totals .slowest').innerText()).toBe(`${labels.ui.slowest.ru}: ${answer!.text!.total.slowest.map(shown).join(' ')}`);
    expect(await page.locator('.totals .fastest').innerText()).toBe(`${labels.ui.fastest.ru}: ${answer!.text!.total.fastest.map(shown).join(' ')}`);
    await screenshot('reglament');

    // The service name as the text states it: its quoted line opens the document there, highlighted.
    const cited = answer!.service.evidence!;
    await page.locator('dl.meta a.quote', { hasText: cited.reading }).first().click();
    await page.waitForSelector('section.source-page mark');
    const marked = await page.locator('section.source-page mark').allInnerTexts();
    expect(marked.join('\n')).toBe(cited.quote);
    const hitLine = await page.locator('.line.hit').first().getAttribute('id');
    const doc = await api<{ highlight: { line: number } }>(`/api/documents/${document}?start=${cited.start}&end=${cited.end}`);
    expect(hitLine).toBe(`L${doc.highlight.line}`);
    expect(hitLine).toBe(`L${cited.line}`);
    expect(await page.locator('.line.hit').first().isVisible()).toBe(true);
    const box = await page.locator('mark').first().boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(900);
    await screenshot('source', false);
  });

  it('reglament → source: a step, as query reglament answers it, opens its span highlighted', async () => {
    const link = (await api<CatalogLinkRow[]>('/api/catalog'))[0]!;
    await page.goto(`${base}/reglament/${encodeURIComponent(link.document)}/${link.reglament}`);
    const [answer] = await api<ReglamentAnswer[]>(`/api/reglament?document=${encodeURIComponent(link.document)}&reglament=${link.reglament}`);
    const step = answer!.text!.procedures[0]!.steps[0]!;
    await page.locator('a.step-source').first().click();
    await page.waitForSelector('section.source-page mark');
    expect((await page.locator('section.source-page mark').allInnerTexts()).join('\n')).toBe(step.evidence.quote);
    expect(await page.locator('.line.hit').first().getAttribute('id')).toBe(`L${step.evidence.line}`);
  });

  it('reglament → source: a procedure\'s stated time limit opens where the text states it', async () => {
    // The first corpus text whose answer cites a procedure's limit.
    let found: { link: CatalogLinkRow; evidence: Evidence } | undefined;
    for (const link of await api<CatalogLinkRow[]>('/api/catalog?limit=100000')) {
      const [answer] = await api<ReglamentAnswer[]>(`/api/reglament?document=${encodeURIComponent(link.document)}&reglament=${link.reglament}`);
      const evidence = answer!.text!.procedures.flatMap((p) => p.limitEvidence)[0];
      if (evidence) { found = { link, evidence }; break; }
    }
    expect(found).toBeDefined();
    await page.goto(`${base}/reglament/${encodeURIComponent(found!.link.document)}/${found!.link.reglament}`);
    await page.locator('a.limit-source').first().click();
    await page.waitForSelector('section.source-page mark');
    expect((await page.locator('section.source-page mark').allInnerTexts()).join('\n')).toBe(found!.evidence.quote);
    expect(await page.locator('.line.hit').first().getAttribute('id')).toBe(`L${found!.evidence.line}`);
  });

  it('reglament: the process diagram draws the corpus text\'s lanes, steps, durations and variants', async () => {
    // The corpus text with the most variants (then steps), as the pipeline extracts it from its file.
    const texts = (await corpusResults()).flatMap((r) => r.reglaments.map((g) => ({ document: r.source, g })));
    const steps = (g: ExtractedReglament) => g.procedures.flatMap((p) => p.steps);
    const { document, g } = texts.sort((a, b) => b.g.procedures.length - a.g.procedures.length || steps(b.g).length - steps(a.g).length)[0]!;
    expect(g.procedures.length).toBeGreaterThan(1);
    await page.goto(`${base}/reglament/${encodeURIComponent(document)}/${g.ordinal}`);
    await page.waitForSelector('.process svg');
    const [answer] = await api<ReglamentAnswer[]>(`/api/reglament?document=${encodeURIComponent(document)}&reglament=${g.ordinal}`);
    const actorLabel = new Map(answer!.text!.procedures.flatMap((p) => p.steps).map((s) => [s.actor?.id ?? 'none', s.actor?.label]));

    // A lane per role, in order of first appearance, named in the interface language.
    const roles = [...new Set(steps(g).map((s) => s.actor ?? 'none'))];
    expect(roles.length).toBeGreaterThan(1);
    expect(await page.locator('.process .lane').evaluateAll((ls) => ls.map((l) => l.getAttribute('data-role')))).toEqual(roles);
    const laneName = (id: string) => (labels.roles as Record<string, { ru: string }>)[id]?.ru ?? actorLabel.get(id);
    expect((await page.locator('.process .lane-label').allInnerTexts()).map(text)).toEqual(roles.map(laneName));

    // Each variant with steps a path; each step a box in its actor's lane, with its durations.
    const paths = g.procedures.filter((p) => p.steps.length);
    expect(await page.locator('.process .variant').count()).toBe(paths.length);
    expect(await page.locator('.process .step').count()).toBe(steps(g).length);
    for (const [k, p] of paths.entries()) {
      const boxes = page.locator('.process .variant').nth(k).locator('.step');
      expect(await boxes.evaluateAll((bs) => bs.map((b) => [Number(b.getAttribute('data-step')), b.getAttribute('data-role')]))).toEqual(p.steps.map((s) => [s.n, s.actor ?? 'none']));
    }
    const [k, timed] = paths.flatMap((p, i) => p.steps.filter((s) => s.durations.length).map((s) => [i, s] as const))[0]!;
    const label = await page.locator('.process .variant').nth(k).locator(`.step[data-step="${timed.n}"] .durations`).textContent();
    expect(label).toContain(shown(timed.durations[0]!));

    // The legend: each variant's fastest and slowest totals, as query reglament answers them.
    const keys = page.locator('.process .legend .key');
    expect(await keys.count()).toBe(g.procedures.length);
    for (const [i, p] of answer!.text!.procedures.entries()) {
      expect(text(await keys.nth(i).innerText())).toContain(`(${p.total.fastest.map(shown).join(' ') || '—'} … ${p.total.slowest.map(shown).join(' ') || '—'})`);
    }
    await screenshot('reglament-diagram');
  });

  it('act: metadata, a timeline with exact and estimated dates drawn apart, and the acts it names', async () => {
    const rows = await api<InForceRow[]>('/api/in-force?date=2019-09-01&region=west-kazakhstan');
    const act = rows[0]!.approvedBy;
    await page.goto(`${base}/act/${encodeURIComponent(act)}`);
    await page.waitForSelector('section.act-page');
    expect(await page.locator('.timeline .event.exact').count()).toBeGreaterThan(0);
    expect(await page.locator('.timeline .event.estimated').count()).toBeGreaterThan(0);
    const dash = (cls: string) => page.locator(`.timeline .event.${cls} .stem`).first().evaluate((e) => getComputedStyle(e).strokeDasharray);
    expect(await dash('exact')).toBe('none');
    expect(await dash('estimated')).not.toBe('none');
    expect(await page.locator('table.relations a.act').count()).toBeGreaterThan(0);
    await screenshot('act');
  });

  it('compare: regions side by side with a totals chart, differences highlighted', async () => {
    const { rows } = await api<CompareResult>('/api/compare?regions=west-kazakhstan,kostanay');
    await page.goto(`${base}/compare?regions=west-kazakhstan,kostanay`);
    await page.waitForSelector('table.compare tbody tr');
    expect(await page.locator('table.compare tbody tr').count()).toBe(rows.length);
    expect(await page.locator('table.compare thead th').allInnerTexts()).toEqual([labels.ui.service.ru, labels.regions['west-kazakhstan'].ru, labels.regions.kostanay.ru]);
    // A bar per region whose text has a total, from its fastest to its slowest.
    const withTotals = rows.flatMap((r) => r.regions).filter((c) => c.status === 'text' && c.workingMinutes).length;
    expect(withTotals).toBeGreaterThan(0);
    expect(await page.locator('.chart .bar').count()).toBe(withTotals);
    expect(await page.locator('table.compare .diff').count()).toBeGreaterThan(0);
    await screenshot('compare');
  });

  it('search: a Kazakh service name finds its reglament', async () => {
    const rows = await api<InForceRow[]>('/api/in-force?date=2016-03-01&region=kostanay');
    const name = rows.find((r) => r.source.some((s) => s.language === 'kk'))!.names[0]!;
    await page.goto(`${base}/search`);
    await page.fill('input[name=q]', name);
    await page.press('input[name=q]', 'Enter');
    await page.waitForSelector('.hits .hit');
    expect(await page.locator('.hit.service a', { hasText: text(name) }).count()).toBeGreaterThan(0);
    await screenshot('search');
  });

  it('the language switch turns the interface Kazakh and keeps the question', async () => {
    await page.goto(`${base}/in-force?date=2019-09-01&region=west-kazakhstan`);
    await page.waitForSelector('table.in-force tbody tr');
    await page.click('#lang-switch');
    await page.waitForURL(/lang=kk/);
    expect(new URL(page.url()).searchParams.get('region')).toBe('west-kazakhstan');
    expect(await page.locator('html').getAttribute('lang')).toBe('kk');
    expect(await page.locator('main h1').innerText()).toBe(labels.ui.inForce.kk);
    expect(await page.locator('table.in-force thead th').first().innerText()).toBe(labels.ui.region.kk);
    await page.waitForSelector('table.in-force tbody tr');
    expect(await page.locator('table.in-force tbody td').first().innerText()).toBe(labels.regions['west-kazakhstan'].kk);
    await screenshot('in-force-kk');
    await page.click('#lang-switch');
    await page.waitForURL((u) => !u.searchParams.has('lang'));
    expect(await page.locator('main h1').innerText()).toBe(labels.ui.inForce.ru);
  });

  it('in force on a date before any text: the query\'s own reasons it is empty', async () => {
    await page.goto(`${base}/in-force?date=2000-01-01`);
    await page.waitForSelector('.empty .why li');
    const why = await api<string[]>('/api/in-force/why?date=2000-01-01');
    expect(why.length).toBeGreaterThan(0);
    expect((await page.locator('.empty .why li').allInnerTexts()).map(text)).toEqual(why.map(text));
    await screenshot('in-force-empty');
  });

  it('an unknown act is a 404 page with a way back; a bad date a 400 page with the reason', async () => {
    const res = await page.goto(`${base}/act/${encodeURIComponent('akimat|kostanay|2001-01-01|1')}`);
    expect(res!.status()).toBe(404);
    await page.waitForSelector('.failure');
    expect(await page.locator('.failure h1').innerText()).toBe(labels.ui.notFound.ru);
    await screenshot('not-found');
    await page.click('.failure a');
    await page.waitForSelector('form.pickers');
    expect(new URL(page.url()).pathname).toBe('/');
    const bad = await page.goto(`${base}/in-force?date=2019-02-30`);
    expect(bad!.status()).toBe(400);
    await page.waitForSelector('.failure');
    expect(await page.locator('.failure .reason').innerText()).toMatch(/date: not a calendar date/);
    await screenshot('bad-request');
  });

  it('ran without a script error', () => {
    expect(errors).toEqual([]);
  });
});

describe('a document holding markup, in Chromium', () => {
  it('shows the service name as text and runs none of it', async () => {
    const { result, service } = await injectedDocument();
    const injected = await serverOn(await storeOf([result]));
    const url = await injected.listen({ port: 0, host: '127.0.0.1' });
    try {
      const p = await browser.newPage();
      await p.goto(`${url}/in-force?date=2019-09-01`);
      await p.waitForSelector('table.in-force tbody tr');
      const names = await p.locator('table.in-force a.reglament').allInnerTexts();
      expect(names).toContain(service);
      expect(service).toBe(INJECTION);
      expect(await p.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await p.locator('main script, main img').count()).toBe(0);
      await p.locator('table.in-force a.reglament', { hasText: 'Услуга' }).click();
      await p.waitForSelector('section.reglament-page h1');
      expect(await p.locator('h1').innerText()).toBe(service);
      await p.screenshot({ path: join(shots, `${String(++shot).padStart(2, '0')}-injected.png`), fullPage: true });
      expect(await p.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      await p.close();
    } finally {
      await injected.close();
    }
  });
});
