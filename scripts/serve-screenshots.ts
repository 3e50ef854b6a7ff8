/**
 * `tsx scripts/serve-screenshots.ts [--data DIR] [--out docs/img]`: the README's pictures of the page,
 * taken in Chromium (/usr/bin/chromium or CHROMIUM_PATH) from `zangraph serve`'s server over the
 * store in --data (default .zangraph; `npx zangraph run` fills it from the corpus):
 * - serve-compare.png: the compare view of the two regions with the most reglament versions;
 * - serve-reglament.png: the process diagram of the reglament text with the most procedure variants
 *   (then the most steps).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { openEmbeddedSource } from '../graph/queries/embedded-source.ts';
import { loadModel } from '../graph/queries/model.ts';
import { buildServer } from '../graph/serve/server.ts';
import { pageBundle } from '../graph/serve/bundle-page.ts';

const { values } = parseArgs({ args: process.argv.slice(2), options: { data: { type: 'string' }, out: { type: 'string' } } });
const data = values.data ?? '.zangraph';
const out = values.out ?? join('docs', 'img');

const source = await openEmbeddedSource(data);
const model = await loadModel(source);
const app = buildServer({ model, source, page: await pageBundle() });
const base = await app.listen({ port: 0, host: '127.0.0.1' });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  await mkdir(out, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, deviceScaleFactor: 1 });

  const perRegion = new Map<string, number>();
  for (const v of model.versions) perRegion.set(v.region, (perRegion.get(v.region) ?? 0) + 1);
  const regions = [...perRegion].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 2).map(([r]) => r);
  await page.goto(`${base}/compare?regions=${regions.join(',')}`);
  await page.waitForSelector('table.compare tbody tr');
  await page.screenshot({ path: join(out, 'serve-compare.png') });

  const variants = (g: (typeof model.reglaments)[number]) => new Set(g.steps.map((s) => s.variant)).size;
  const [best] = [...model.reglaments].sort((a, b) => variants(b) - variants(a) || b.steps.length - a.steps.length || a.document.localeCompare(b.document) || a.ordinal - b.ordinal);
  await page.goto(`${base}/reglament/${encodeURIComponent(best!.document)}/${best!.ordinal}`);
  await page.waitForSelector('.process svg');
  const figure = page.locator('section.reglament-page');
  const box = (await figure.boundingBox())!;
  const diagram = (await page.locator('.process').boundingBox())!;
  await page.setViewportSize({ width: 1280, height: Math.ceil(diagram.y + diagram.height + 80) });
  await page.screenshot({ path: join(out, 'serve-reglament.png'), clip: { x: 0, y: 0, width: 1280, height: Math.min(Math.ceil(diagram.y + diagram.height + 60), Math.ceil(box.y + box.height)) } });
  console.log(`${join(out, 'serve-compare.png')}: ${regions.join(', ')}; ${join(out, 'serve-reglament.png')}: ${best!.document} #${best!.ordinal} (${variants(best!)} variants, ${best!.steps.length} steps)`);
} finally {
  await browser.close();
  await app.close();
}
