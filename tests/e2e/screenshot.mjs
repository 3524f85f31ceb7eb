#!/usr/bin/env node
// Saves full-page PNG screenshots of one page of the built app (dist/) at
// 320, 768 and 1280 px wide. Not a test: it is for looking at the pages.
//
//   node tests/e2e/screenshot.mjs OUT_DIR [PATH] [--no-js] [--widths=320,1280] [--rtl]
//
// PATH defaults to "/" and may carry a query or fragment ("/?journey=fostering").
// --no-js loads the page with JavaScript off (the static start page).
// --rtl sets dir="rtl" on <html> after load, to look at right-to-left layout
//   (needs JavaScript on to run; set with the page's own JS off it still works,
//   since Playwright's evaluate runs in its own world).

import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { startServer } from './lib/server.mjs';
import { launchBrowser } from './lib/browser.mjs';

const args = process.argv.slice(2);
const flags = args.filter((arg) => arg.startsWith('--'));
const positional = args.filter((arg) => !arg.startsWith('--'));
const [outDir, path = '/'] = positional;
if (!outDir) {
  console.error('usage: node tests/e2e/screenshot.mjs OUT_DIR [PATH] [--no-js] [--widths=320,768,1280] [--rtl]');
  process.exit(2);
}
const javaScriptEnabled = !flags.includes('--no-js');
const rtl = flags.includes('--rtl');
const widthsFlag = flags.find((flag) => flag.startsWith('--widths='));
const widths = widthsFlag ? widthsFlag.slice('--widths='.length).split(',').map(Number) : [320, 768, 1280];

const server = await startServer();
const browser = await launchBrowser();
try {
  await mkdir(outDir, { recursive: true });
  const slug = path.replace(/^\/+/, '').replace(/[^A-Za-z0-9_-]+/g, '_') || 'start';
  for (const width of widths) {
    const context = await browser.newContext({ javaScriptEnabled, viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
    if (rtl) await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
    const file = resolve(join(outDir, `${slug}${javaScriptEnabled ? '' : '-nojs'}${rtl ? '-rtl' : ''}-${width}.png`));
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
