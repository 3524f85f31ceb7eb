// Offline after the first visit (issue 19 item 6): the service worker
// (src/sw.js, written to dist/sw.js by scripts/service-worker.mjs) keeps a
// copy of the planner's own files, and nothing else, so that once visited
// the planner opens and works to a result with no connection, in another
// language too; a new build replaces the copy on the next visit online.
// "No connection" is both Playwright's offline mode and the server stopped.
// dist/ is served with exactly dist/headers.json (worker-src, connect-src).

import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { cachedFiles, writeServiceWorker } from '../../scripts/service-worker.mjs';
import { launchBrowser, openPage } from './lib/browser.mjs';
import { DIST_DIR, startServer } from './lib/server.mjs';
import { answerAll, openJourney, RESULT_ANSWERS, seeResults, waitForApp } from './pages/journey.mjs';

const HEADERS = JSON.parse(await readFile(join(DIST_DIR, 'headers.json'), 'utf8'));
const LIMIT = { timeout: 120_000 };

/** Waits until the service worker is active and controls the page; returns its script and scope. */
async function serviceWorkerReady(page) {
  const ready = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return { script: registration.active.scriptURL, scope: registration.scope };
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
  return ready;
}

/** Every cache of the origin, by name, with the addresses it holds. */
function cacheContents(page) {
  return page.evaluate(async () => {
    const out = {};
    for (const name of await caches.keys()) {
      out[name] = (await (await caches.open(name)).keys()).map((r) => r.url).sort();
    }
    return out;
  });
}

/** The version in a built sw.js. */
async function versionOf(dist) {
  return (await readFile(join(dist, 'sw.js'), 'utf8')).match(/const VERSION = "([0-9a-f]+)"/)[1];
}

describe('offline after the first visit', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  }, LIMIT);
  after(async () => {
    await browser?.close();
  });

  test('visited once, the planner opens and works to a result with no connection, in Pashto too; the copy is only its own files', LIMIT, async () => {
    let server = await startServer({ headers: HEADERS });
    const { context, page, activity } = await openPage(browser);
    try {
      await page.goto(server.url);
      await waitForApp(page);
      const sw = await serviceWorkerReady(page);
      assert.equal(sw.script, `${server.url}sw.js`, 'our own service worker');
      assert.equal(sw.scope, server.url, "scoped to the planner's folder");
      const version = await versionOf(DIST_DIR);
      const kept = await cacheContents(page);
      assert.deepEqual(Object.keys(kept), [`kent-support-planner ${server.url} ${version}`], 'one cache, named for this build');
      const files = cachedFiles(DIST_DIR);
      assert.deepEqual(Object.values(kept)[0], files.map((f) => `${server.url}${f}`).sort(), "it holds exactly the planner's files");
      assert.ok(!files.some((f) => /staff|embed|\.br$|\.gz$|headers/.test(f)), 'no staff pages, embed script, compressed copies or headers');

      // No connection at all: offline, and the server stopped.
      await context.setOffline(true);
      await server.close();
      server = undefined;
      await page.reload();
      await waitForApp(page);
      // The privacy page, a page of its own, opens from the copy and says what the copy holds.
      await page.goto(`${sw.scope}privacy.html`);
      assert.match(await page.locator('main').textContent(), /Using the planner with no internet/);
      await openJourney(page, sw.scope, 'care_leaver');
      await answerAll(page, RESULT_ANSWERS.care_leaver);
      assert.ok(await seeResults(page), 'a result with its status');
      assert.match(await page.locator('#rules-date').textContent(), /come from documents dated up to \d{1,2} [A-Z][a-z]+ \d{4}\./);
      // The language's words come from the copy too.
      await page.locator('#language-current').click();
      await page.locator('#language-select a[hreflang="ps"]').click();
      await page.waitForFunction(() => document.documentElement.lang === 'ps' && document.documentElement.dir === 'rtl');
      assert.doesNotMatch(await page.locator('#rules-date').textContent(), /documents dated/, 'the rules date in Pashto');
      // Answers stay out of the copy, after a whole journey.
      assert.deepEqual(await cacheContents(page), kept, 'the copy is unchanged: no answers, no pages with answers');
      assert.deepEqual(activity.pageErrors, []);
    } finally {
      await context.close();
      await server?.close();
    }
  });

  test('a new build replaces the copy on the next visit online, and the old copy is deleted', LIMIT, async () => {
    // A second build: dist/ with one page changed, and its own sw.js.
    const next = await mkdtemp(join(tmpdir(), 'kent-offline-'));
    let server;
    const { context, page } = await openPage(browser);
    try {
      await cp(DIST_DIR, next, { recursive: true });
      const privacy = await readFile(join(next, 'privacy.html'), 'utf8');
      await writeFile(join(next, 'privacy.html'), privacy.replace('</main>', '<p id="next-build">The next build</p></main>'));
      const { version } = writeServiceWorker(next);
      const first = await versionOf(DIST_DIR);
      assert.notEqual(version, first, 'a change to a file is a new version');

      server = await startServer({ headers: HEADERS });
      const { port, url } = server;
      await page.goto(url);
      await waitForApp(page);
      await serviceWorkerReady(page);
      assert.deepEqual(Object.keys(await cacheContents(page)), [`kent-support-planner ${url} ${first}`]);

      // The next visit, online, finds the new build on the same address.
      await server.close();
      server = await startServer({ root: next, headers: HEADERS, port });
      await page.reload();
      await waitForApp(page);
      // The reload checked sw.js; update() joins that check, so that the
      // new worker (if any) can be waited for until it is activated.
      const names = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration.update();
        const worker = registration.installing ?? registration.waiting;
        if (worker) {
          await new Promise((resolve) => {
            worker.addEventListener('statechange', () => worker.state === 'activated' && resolve());
          });
        }
        return caches.keys();
      });
      assert.deepEqual(names, [`kent-support-planner ${url} ${version}`], 'the new copy, and the old one deleted');

      // Offline again: the new copy is the one used.
      await context.setOffline(true);
      await server.close();
      server = undefined;
      // (The app then draws the page itself: the file as it came is what counts.)
      const response = await page.goto(`${url}privacy.html`);
      assert.ok(response.fromServiceWorker(), 'answered by the service worker');
      assert.match(await response.text(), /<p id="next-build">The next build<\/p>/);
      await page.goto(url);
      await waitForApp(page);
    } finally {
      await context.close();
      await server?.close();
      await rm(next, { recursive: true, force: true });
    }
  });
});
