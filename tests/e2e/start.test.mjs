// The start page as people see it before the app loads, or with JavaScript
// off: the static markup in index.html, served from the built dist/.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectNoAxeViolations, expectOnlyOrigin, openPage, openStaticPage } from './lib/browser.mjs';
import { serverAndBrowser } from './lib/suite.mjs';

// A stuck browser fails the test instead of hanging CI.
const LIMIT = { timeout: 60_000 };

const JOURNEYS = [
  { name: 'Could I foster?', href: '?journey=fostering' },
  { name: "Caring for a relative's or friend's child", href: '?journey=kinship' },
  { name: 'My local offer (care leavers aged 16 to 25)', href: '?journey=care_leaver' },
  { name: 'Could I adopt?', href: '?journey=adoption' },
];

// One server and one browser for the whole file.
const env = serverAndBrowser(undefined, LIMIT);

describe('start page with JavaScript off', () => {
  test('shows the heading and a link to each of the four journeys', LIMIT, async () => {
    const { context, page } = await openPage(env.browser, { javaScriptEnabled: false });
    try {
      await page.goto(env.server.url);
      const h1 = page.getByRole('heading', { level: 1 });
      assert.equal((await h1.textContent()).trim(), 'Kent Support Planner');

      for (const { name, href } of JOURNEYS) {
        const link = page.getByRole('heading', { level: 2, name }).getByRole('link', { name, exact: true });
        assert.equal(await link.getAttribute('href'), href, `link "${name}"`);
      }

      const main = page.locator('#app > main#main-content');
      assert.equal(await main.count(), 1, 'the #app mount holds main#main-content');
      assert.doesNotMatch(await main.textContent(), /£|\d+\.\d\d/, 'the start page shows no amounts');
    } finally {
      await context.close();
    }
  });

  test('has no accessibility violations (WCAG 2.2 AA)', LIMIT, async () => {
    // axe-core needs JavaScript, so this loads the same markup with the app's
    // scripts taken out (see openStaticPage).
    const { context, page } = await openStaticPage(env.browser);
    try {
      await page.goto(env.server.url);
      await expectNoAxeViolations(page);
    } finally {
      await context.close();
    }
  });

  test('does not scroll sideways at 320 px wide', LIMIT, async () => {
    const { context, page } = await openPage(env.browser, {
      javaScriptEnabled: false,
      viewport: { width: 320, height: 640 },
    });
    try {
      await page.goto(env.server.url);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= 320, `page is ${scrollWidth} px wide at a 320 px viewport`);
    } finally {
      await context.close();
    }
  });

  test('requests nothing from any other origin', LIMIT, async () => {
    const { context, page, activity } = await openPage(env.browser, { javaScriptEnabled: false });
    try {
      await page.goto(env.server.url, { waitUntil: 'load' });
      assert.ok(activity.requests.length >= 2, 'the page and its stylesheet were requested');
      expectOnlyOrigin(activity, env.server.origin);
      assert.deepEqual(activity.requestsAfterLoad, [], 'no request after the page loaded');
    } finally {
      await context.close();
    }
  });
});

describe('start page with JavaScript on', () => {
  test('the bare start page does not preload the wasm (the CSS comes first); any other address does, and fetches it once', LIMIT, async () => {
    const { context, page, activity } = await openPage(env.browser);
    const preloads = () => page.locator('link[rel="preload"][href$=".wasm"]').count();
    const wasm = () => activity.requests.filter((url) => url.endsWith('.wasm'));
    try {
      await page.goto(env.server.url);
      await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
      assert.equal(await preloads(), 0);
      assert.equal(wasm().length, 1, 'the app still starts, fetching its wasm itself');
      for (const address of ['?journey=care_leaver', '?page=privacy', '#a=1.k.4.y']) {
        activity.requests.length = 0;
        await page.goto(`${env.server.url}${address}`);
        await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
        assert.equal(await preloads(), 1, address);
        assert.equal(wasm().length, 1, `${address}: the preload is the fetch the app uses, not a second download`);
      }
    } finally {
      await context.close();
    }
  });

  test('the app starts without errors and requests nothing from any other origin', LIMIT, async () => {
    const { context, page, activity } = await openPage(env.browser);
    try {
      await page.goto(env.server.url);
      // Trunk's loader sets window.wasmBindings once the wasm module has started.
      await page.waitForFunction(() => window.wasmBindings !== undefined);
      await page.getByRole('heading', { level: 1, name: 'Kent Support Planner' }).waitFor();
      assert.ok(
        activity.requests.some((url) => url.endsWith('.wasm')),
        `the wasm module was loaded:\n${activity.requests.join('\n')}`,
      );
      expectOnlyOrigin(activity, env.server.origin);
      assert.deepEqual(activity.pageErrors, [], 'no uncaught errors');
      assert.deepEqual(activity.consoleErrors, [], 'no console errors');
    } finally {
      await context.close();
    }
  });
});
