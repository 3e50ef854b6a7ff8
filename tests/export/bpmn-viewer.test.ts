/**
 * A BPMN export opened in bpmn-js (the bpmn.io viewer) in Chromium: the viewer, bundled locally with
 * esbuild, imports the file without warnings and draws every task, each as an SVG element bearing
 * the task's id. Needs /usr/bin/chromium (installed by .ci/run).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCorpus } from './corpus-export.ts';

let browser: Browser;
let bundle = '';

beforeAll(async () => {
  const out = await build({ entryPoints: [join(import.meta.dirname, 'bpmn-viewer-entry.js')], bundle: true, write: false, format: 'iife', platform: 'browser', logLevel: 'silent' });
  bundle = out.outputFiles[0]!.text;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
}, 120_000);

afterAll(async () => { await browser?.close(); });

describe('export bpmn opened in bpmn-js', () => {
  it('draws every task of the Kostanay foreign-labour permit reglament', async () => {
    const { files } = await exportCorpus('bpmn', { region: 'kostanay', service: 'шетелдік' });
    expect(files).toHaveLength(1);
    const xml = await readFile(files[0]!, 'utf8');
    const taskIds = [...xml.matchAll(/<bpmn:task id="([^"]+)"/g)].map((m) => m[1]);
    expect(taskIds).toHaveLength(5);
    const page = await browser.newPage();
    try {
      await page.setContent('<!doctype html><html><body><div id="canvas" style="width:1600px;height:900px"></div></body></html>');
      await page.addScriptTag({ content: bundle });
      const result = await page.evaluate((x) => (window as unknown as { renderBpmn(x: string): Promise<{ warnings: string[]; drawn: Array<{ id: string; gfx: boolean }> }> }).renderBpmn(x), xml);
      expect(result.warnings).toEqual([]);
      expect(result.drawn.filter((d) => d.gfx).map((d) => d.id).sort()).toEqual([...taskIds].sort());
      for (const id of taskIds) {
        const box = await page.locator(`g.djs-element[data-element-id="${id}"] rect`).first().boundingBox();
        expect(box, id).not.toBeNull();
        expect(box!.width).toBeGreaterThan(0);
      }
    } finally {
      await page.close();
    }
  });
});
