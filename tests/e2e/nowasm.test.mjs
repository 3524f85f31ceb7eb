// Pages that work without the wasm (README: "Pages that work without
// JavaScript"). The prerender binary (src/bin/prerender.rs) writes the start
// page into index.html and rates.html, privacy.html and fallback.html as
// static pages from the app's own components; src/loader.js shows the
// fallback when the wasm cannot load or start.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectNoAxeViolations, expectOnlyOrigin, openPage, openStaticPage } from './lib/browser.mjs';
import { serverAndBrowser } from './lib/suite.mjs';
import { waitForApp } from './pages/journey.mjs';

const LIMIT = { timeout: 60_000 };
/** The fallback must show within this long of the page starting to load. */
const FALLBACK_MS = 5000;

// One server and one browser for the whole file.
const env = serverAndBrowser(undefined, LIMIT);

/** Records when (ms since the page started loading) src/loader.js shows the fallback. */
async function timeFallback(page) {
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.documentElement?.dataset.app === 'fallback' && window.fallbackShownAt === undefined) {
        window.fallbackShownAt = performance.now();
      }
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-app'] });
  });
}

/** The fallback's words, links and title, as the visitor sees them, shown within 5 s. */
async function expectFallback(page) {
  await page.locator('#fallback h1').waitFor({ timeout: FALLBACK_MS });
  const at = await page.evaluate(() => window.fallbackShownAt);
  assert.ok(typeof at === 'number' && at <= FALLBACK_MS, `the fallback was shown ${at} ms after the page started loading`);
  assert.equal((await page.locator('#fallback h1').textContent()).trim(), 'Sorry, the planner cannot start in this browser');
  const hrefs = await page.locator('#fallback a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  for (const href of [
    'https://www.kentfostering.co.uk',
    'https://www.kent.gov.uk/education-and-children/care-leavers',
    'https://www.kent.gov.uk/education-and-children/adoption',
    'https://www.kent.gov.uk/contact-us',
    'rates.html',
  ]) {
    assert.ok(hrefs.includes(href), `the fallback links to ${href}: ${hrefs.join(', ')}`);
  }
  assert.match(await page.locator('#fallback').textContent(), /contact Kent County Council/);
  assert.equal(await page.title(), 'The planner cannot start - Kent Support Planner');
  assert.equal(await page.locator('#app > main#main-content').count(), 1);
}

describe('with JavaScript off', () => {
  const PAGES = [
    { path: '', title: 'Kent Support Planner - Kent County Council', h1: 'Kent Support Planner', h2: ['Could I foster?', 'Could I adopt?'] },
    { path: 'rates.html', title: 'Rules and rates - Kent Support Planner', h1: 'Rules and rates', h2: ["Fostering: Kent's payments and conditions", 'Tax relief and the national minimum allowance'] },
    { path: 'privacy.html', title: 'Privacy - Kent Support Planner', h1: 'Privacy', h2: ['No cookies'] },
    { path: 'fallback.html', title: 'The planner cannot start - Kent Support Planner', h1: 'Sorry, the planner cannot start in this browser', h2: ['Read the guidance instead'] },
  ];

  for (const { path, title, h1, h2 } of PAGES) {
    test(`/${path} reads fully: title, headings, header and footer`, LIMIT, async () => {
      const { context, page, activity } = await openPage(env.browser, { javaScriptEnabled: false });
      try {
        const response = await page.goto(env.server.url + path, { waitUntil: 'load' });
        assert.equal(response.status(), 200);
        assert.equal(await page.title(), title);
        assert.equal(await page.getAttribute('html', 'lang'), 'en');
        assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), h1);
        for (const name of h2) await page.getByRole('heading', { level: 2, name, exact: true }).first().waitFor({ timeout: 1000 });
        assert.equal(await page.locator('header.govuk-template__header').count(), 1);
        assert.equal(await page.locator('footer.govuk-footer').count(), 1);
        assert.ok(activity.requests.some((url) => url.endsWith('.css')), 'the stylesheet was loaded');
        assert.ok(!activity.requests.some((url) => /\.(?:js|wasm)$/.test(url)) || path === '', 'a static page loads no script');
        expectOnlyOrigin(activity, env.server.origin);
      } finally {
        await context.close();
      }
    });
  }

  test('rates.html has every table, the values in force on the build date, and no controls', LIMIT, async () => {
    const { context, page } = await openPage(env.browser, { javaScriptEnabled: false });
    try {
      await page.goto(`${env.server.url}rates.html`);
      const html = await page.content();
      assert.doesNotMatch(html, /<script/i, 'no script at all');
      const tables = await page.locator('#rates table').count();
      assert.ok(tables >= 20, `every parameter has its table (${tables})`);
      assert.ok((await page.locator('#rates tbody tr').count()) > tables, 'and every dated value a row');
      const reward = page.locator('#param-kcc_reward_0_to_8');
      assert.match(await reward.locator('.app-param__now').textContent(), /^In force on \d{1,2} \w+ \d{4}: £\d+\.\d\d\./);
      assert.equal(await reward.locator('tr.app-in-force').count(), 1, 'one value is marked in force');
      assert.equal(await page.locator('#rates-date-form, #rates-download').count(), 0, 'no date control or CSV button');
      assert.equal(await page.locator('#rates-interactive-link').getAttribute('href'), 'staff.html?page=rates');
      assert.match(await page.locator('#rates-showing').textContent(), /the day this page was made/);
    } finally {
      await context.close();
    }
  });

  test('with JavaScript off the start page says why the questions need it and links to the rules and rates', LIMIT, async () => {
    const { context, page } = await openPage(env.browser, { javaScriptEnabled: false });
    try {
      await page.goto(env.server.url);
      const notice = page.locator('#main-content noscript + *, #main-content .govuk-inset-text').filter({ hasText: 'needs JavaScript' });
      assert.equal(await notice.isVisible(), true, 'the notice shows with JavaScript off');
      await notice.getByRole('link', { name: 'Read the rules and rates' }).click();
      await page.locator('#rates h1').waitFor();
      assert.ok(page.url().endsWith('/rates.html'));
    } finally {
      await context.close();
    }
  });

  test('with JavaScript on the notice about JavaScript is not shown', LIMIT, async () => {
    const { context, page } = await openPage(env.browser);
    try {
      await page.goto(env.server.url);
      await page.locator('html[data-app="ready"]').waitFor();
      assert.equal(await page.getByText('needs JavaScript').isVisible(), false);
    } finally {
      await context.close();
    }
  });

  test('the start page and the footer link to the static pages', LIMIT, async () => {
    const { context, page } = await openPage(env.browser, { javaScriptEnabled: false });
    try {
      await page.goto(env.server.url);
      // The rules and rates are a staff page: linked from the start page's
      // no-JavaScript text, not the public footer.
      await page.locator('#main-content a[href="rates.html"]').click();
      await page.locator('#rates h1').waitFor();
      assert.ok(page.url().endsWith('/rates.html'));
      await page.locator('#footer-privacy').click();
      await page.locator('#privacy h1').waitFor();
      assert.ok(page.url().endsWith('/privacy.html'));
    } finally {
      await context.close();
    }
  });

  for (const path of ['', 'rates.html', 'privacy.html', 'fallback.html']) {
    test(`/${path} has no accessibility violations (WCAG 2.2 AA)`, LIMIT, async () => {
      const { context, page } = await openStaticPage(env.browser);
      try {
        await page.goto(env.server.url + path);
        await expectNoAxeViolations(page);
      } finally {
        await context.close();
      }
    });
  }
});

describe('when the wasm cannot load or run', () => {
  test('the wasm answers 404: the fallback shows within 5 s', LIMIT, async () => {
    const { context, page, activity } = await openPage(env.browser);
    try {
      await timeFallback(page);
      await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }));
      await page.goto(env.server.url);
      await expectFallback(page);
      assert.ok(activity.requests.some((url) => url.endsWith('.wasm')), 'the wasm was asked for');
      await expectNoAxeViolations(page);
    } finally {
      await context.close();
    }
  });

  test('no WebAssembly in this browser: the fallback shows within 5 s', LIMIT, async () => {
    const { context, page } = await openPage(env.browser);
    try {
      await timeFallback(page);
      await page.addInitScript(() => {
        delete window.WebAssembly;
      });
      await page.goto(env.server.url);
      await expectFallback(page);
      await expectNoAxeViolations(page);
    } finally {
      await context.close();
    }
  });

  test('the wasm never arrives: the fallback shows within 5 s, not an endless wait', LIMIT, async () => {
    const { context, page } = await openPage(env.browser);
    try {
      await timeFallback(page);
      // Held, never answered, until the page closes.
      await page.route('**/*.wasm', () => {});
      await page.goto(env.server.url, { waitUntil: 'domcontentloaded' });
      await page.locator('#fallback h1').waitFor({ timeout: FALLBACK_MS });
      await expectFallback(page);
    } finally {
      await context.close();
    }
  });

  test('on a slow connection the wasm is waited for while it arrives: no "cannot start" page first', LIMIT, async () => {
    const { context, page } = await openPage(env.browser);
    try {
      await page.addInitScript(() => {
        new MutationObserver(() => {
          if (document.documentElement.dataset.app === 'fallback') window.__sawFallback = true;
        }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-app'] });
      });
      const cdp = await context.newCDPSession(page);
      // About 6 s for the wasm (sent uncompressed here): past the 4.5 s safety net.
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 40, downloadThroughput: 80 * 1024, uploadThroughput: 80 * 1024 });
      await page.goto(`${env.server.url}?journey=care_leaver`, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: 40_000 });
      const startedAt = await page.evaluate(() => performance.now());
      assert.ok(startedAt > 5000, `the app started at ${Math.round(startedAt)} ms: the connection was not slow enough to test this`);
      assert.equal(await page.evaluate(() => window.__sawFallback ?? false), false, 'the fallback was shown while the wasm was still arriving');
      await page.locator('#date_of_birth-day').waitFor();
    } finally {
      await context.close();
    }
  });

  test('the normal app still starts, and the fallback never shows', LIMIT, async () => {
    const { context, page, activity } = await openPage(env.browser);
    try {
      await page.goto(env.server.url);
      await waitForApp(page);
      assert.equal(await page.getAttribute('html', 'data-app'), 'ready');
      await page.getByRole('link', { name: 'Could I foster?' }).waitFor();
      // Past the 5 s safety net: the app stays.
      await page.waitForFunction(() => performance.now() > 5500, null, { timeout: 10_000 });
      assert.equal(await page.locator('#fallback').count(), 0);
      assert.equal(await page.getAttribute('html', 'data-app'), 'ready');
      assert.equal(await page.locator('#app-live').count(), 1);
      assert.deepEqual(activity.pageErrors, []);
    } finally {
      await context.close();
    }
  });
});
