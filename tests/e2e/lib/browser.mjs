// Browser helpers shared by every end-to-end test: launch Debian's Chromium
// through playwright-core with no network chatter, record what a page does,
// and check a page with axe-core.

import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

/** Debian's chromium package; `npx playwright install` is never needed. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags from TOOLCHAIN.md: headless, root-safe, and no background requests. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** WCAG 2.2 AA and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Launches headless Chromium. Close it with `browser.close()`. */
export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * Opens a page in a new browser context (AxeBuilder refuses pages made by
 * `browser.newPage()`), and starts recording its activity.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {import('playwright-core').BrowserContextOptions} [contextOptions]
 *   for example `{ javaScriptEnabled: false }` or `{ viewport: { width: 320, height: 640 } }`
 * @returns {Promise<{ context, page, activity: ReturnType<typeof recordActivity> }>}
 *   close with `context.close()`.
 */
export async function openPage(browser, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const activity = recordActivity(page);
  return { context, page, activity };
}

/**
 * Runs `fn(page, activity)` in a new page in a context of its own, then
 * checks the page threw nothing and runs `check(activity)` if given (such
 * as "no request after load"); the context is closed whatever happens.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {import('playwright-core').BrowserContextOptions | undefined} contextOptions
 * @param {(page: import('playwright-core').Page, activity: ReturnType<typeof recordActivity>) => Promise<void>} fn
 * @param {(activity: ReturnType<typeof recordActivity>) => void} [check]
 */
export async function withOpenPage(browser, contextOptions, fn, check) {
  const { context, page, activity } = await openPage(browser, contextOptions);
  try {
    await fn(page, activity);
    assert.deepEqual(activity.pageErrors, [], 'no uncaught errors in the page');
    check?.(activity);
  } finally {
    await context.close();
  }
}

/**
 * Opens a page that shows exactly the markup a visitor with JavaScript off
 * gets, but in a context where JavaScript stays on, so that axe-core can run.
 * (With `javaScriptEnabled: false` Chromium also stops the timers axe-core
 * waits on, and AxeBuilder hangs.) Every HTML document is fetched as served
 * with its <script> elements and script/wasm preloads taken out, and any
 * script or wasm request is refused, so the app itself never starts.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {import('playwright-core').BrowserContextOptions} [contextOptions]
 */
export async function openStaticPage(browser, contextOptions = {}) {
  const opened = await openPage(browser, { ...contextOptions, javaScriptEnabled: true });
  await opened.page.route('**/*', async (route) => {
    const request = route.request();
    if (request.resourceType() === 'document') {
      const response = await route.fetch();
      const body = (await response.text())
        .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
        .replace(/<link\b[^>]*\brel=["']?(?:modulepreload|preload)\b[^>]*>/gi, '');
      await route.fulfill({ response, body });
    } else if (['script', 'other'].includes(request.resourceType()) || /\.(?:m?js|wasm)(?:[?#]|$)/.test(request.url())) {
      await route.abort('blockedbyclient');
    } else {
      await route.continue();
    }
  });
  return opened;
}

/**
 * Records every request the page makes (and which came after the page's load
 * event), uncaught page errors, and console errors.
 *
 * @param {import('playwright-core').Page} page
 */
export function recordActivity(page) {
  const activity = {
    /** Every request URL, in order. */
    requests: [],
    /** Request URLs made after the last `load` event. */
    requestsAfterLoad: [],
    /** Uncaught exceptions thrown in the page. */
    pageErrors: [],
    /** Text of `console.error` messages. */
    consoleErrors: [],
    loaded: false,
  };
  page.on('request', (request) => {
    // A new document in the main frame starts a new load; the app's own
    // history.pushState changes are not loads.
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) activity.loaded = false;
    activity.requests.push(request.url());
    if (activity.loaded) activity.requestsAfterLoad.push(request.url());
  });
  page.on('load', () => {
    activity.loaded = true;
  });
  page.on('pageerror', (error) => activity.pageErrors.push(String(error?.stack ?? error)));
  page.on('console', (message) => {
    if (message.type() === 'error') activity.consoleErrors.push(message.text());
  });
  return activity;
}

/**
 * Asserts that every recorded request went to `origin` (the local server).
 *
 * @param {{ requests: string[] }} activity
 * @param {string} origin for example http://127.0.0.1:41234
 */
export function expectOnlyOrigin(activity, origin) {
  const elsewhere = activity.requests.filter((url) => {
    try {
      return new URL(url).origin !== origin;
    } catch {
      return true;
    }
  });
  assert.deepEqual(elsewhere, [], `requests went somewhere other than ${origin}:\n${elsewhere.join('\n')}`);
}

/** Formats axe violations as readable lines, one per failing element. */
export function formatViolations(violations) {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => `    at ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ')}`)
        .join('\n');
      return `- ${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n');
}

/**
 * Runs axe-core on the page with the WCAG 2.2 AA and best-practice rules and
 * fails with a readable list if it finds any violation.
 *
 * @param {import('playwright-core').Page} page
 * @param {object} [options]
 * @param {string[]} [options.exclude] CSS selectors to leave out
 */
export async function expectNoAxeViolations(page, { exclude = [] } = {}) {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  for (const selector of exclude) builder = builder.exclude(selector);
  const results = await builder.analyze();
  assert.equal(
    results.violations.length,
    0,
    `axe found ${results.violations.length} accessibility violation(s) on ${page.url()}:\n${formatViolations(results.violations)}`,
  );
}
