#!/usr/bin/env node
// Renders BPMN diagrams to PNG with the bpmn-js NavigatedViewer in headless Chromium, so a person
// (or a reviewer) can look at the layout the Camunda webapps will show.
//
// Needs only the devDependencies of package.json (bpmn-js, playwright-core) and a Chromium binary
// (Debian: `apt-get install -y chromium`; another binary via CHROMIUM_PATH=/path/to/chrome).
//
// Usage (from the repository root):
//   npm install
//   npm run render:bpmn                                   # every bpmn/*.bpmn -> docs/img/<name>.png
//   node scripts/render-bpmn.mjs bpmn/x.bpmn [out-dir]    # selected files, optional output folder
//
// Options via environment: SCALE (device scale factor, default 1.5), CHROMIUM_PATH.

import { readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const bpmnJsDir = dirname(require.resolve('bpmn-js/package.json'));

const args = process.argv.slice(2).filter((a) => a.endsWith('.bpmn'));
const outDir = resolve(process.argv.slice(2).find((a) => !a.endsWith('.bpmn')) || join(root, 'docs/img'));
const files = args.length
  ? args.map((f) => resolve(f))
  : readdirSync(join(root, 'bpmn')).filter((f) => f.endsWith('.bpmn')).sort().map((f) => join(root, 'bpmn', f));

const MARGIN = 30;
const WATERMARK = 40; // extra room at the bottom for the bpmn.io logo, which must stay visible
const scale = Number(process.env.SCALE || 1.5);

mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
});

let failed = false;
try {
  for (const file of files) {
    const page = await browser.newPage({ viewport: { width: 1600, height: 900 }, deviceScaleFactor: scale });
    await page.setContent(`<!DOCTYPE html><html><head><meta charset="utf-8">
      <style>html, body { margin: 0; padding: 0; background: #fff; }
      #canvas { width: 1600px; height: 900px; }</style></head>
      <body><div id="canvas"></div></body></html>`);
    for (const css of ['diagram-js.css', 'bpmn-js.css', 'bpmn-font/css/bpmn.css']) {
      await page.addStyleTag({ path: join(bpmnJsDir, 'dist/assets', css) });
    }
    await page.addScriptTag({ path: join(bpmnJsDir, 'dist/bpmn-navigated-viewer.production.min.js') });

    const result = await page.evaluate(async ({ xml, margin, watermark }) => {
      const container = document.getElementById('canvas');
      const viewer = new window.BpmnJS({ container });
      const { warnings } = await viewer.importXML(xml);
      const canvas = viewer.get('canvas');
      const inner = canvas.viewbox().inner;
      const width = Math.ceil(inner.width + 2 * margin);
      const height = Math.ceil(inner.height + 2 * margin + watermark);
      container.style.width = width + 'px';
      container.style.height = height + 'px';
      canvas.resized();
      canvas.viewbox({ x: inner.x - margin, y: inner.y - margin, width, height });
      return { width, height, warnings: warnings.map((w) => w.message) };
    }, { xml: readFileSync(file, 'utf8'), margin: MARGIN, watermark: WATERMARK });

    await page.setViewportSize({ width: result.width, height: result.height });
    const out = join(outDir, basename(file, '.bpmn') + '.png');
    await page.locator('#canvas').screenshot({ path: out });
    console.log(`${basename(file)} -> ${out} (${result.width}x${result.height})`);
    for (const w of result.warnings) {
      console.error(`  import warning: ${w}`);
      failed = true;
    }
    await page.close();
  }
} finally {
  await browser.close();
}

process.exit(failed ? 1 : 0);
