// Monkey test: seeded random sequences of typing random text into inputs,
// clicking radios, checkboxes, buttons and links inside #app, Back,
// Forward, reload and switching language, a few per journey. Nothing may throw in the page and
// nothing may log a console error. Links that leave the planner (Exit this
// page, the council's website) are answered by a stub, never the network.
//
// MONKEY=n sets the sequences a journey (default 3), SEED=<n> replays.

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { helpers, mulberry32, seedFromEnv } from './fixtures/random.mjs';
import { openPage } from './lib/browser.mjs';
import { serverAndBrowser } from './lib/suite.mjs';
import { settle, waitForApp } from './pages/journey.mjs';

const JOURNEYS = ['fostering', 'kinship', 'care_leaver', 'adoption'];
const SEQUENCES = Number.parseInt(process.env.MONKEY ?? '3', 10);
const ACTIONS = 40;
const SEED = seedFromEnv();
const TEXT = ['', '0', '7', '18', '2026', '12,5', '-3', 'abc', '<b>x</b>', '%00', '\u202e', 'é', '9'.repeat(30), ' 3 ', '١٢'];

describe('monkey test: random input, clicks and navigation', () => {
  const env = serverAndBrowser();

  before(() => {
    console.log(`# monkey: seed ${SEED} (SEED=${SEED} replays), ${SEQUENCES} sequences a journey of ${ACTIONS} actions`);
  });

  for (const journey of JOURNEYS) {
    test(`${journey}: ${SEQUENCES} random sequences give 0 page errors and 0 console errors`, async () => {
      const r = helpers(mulberry32(SEED + 100 + JOURNEYS.indexOf(journey)));
      const { context, page, activity } = await openPage(env.browser);
      // Anything not from our server (the BBC weather page behind "Exit this page",
      // the council's website) gets a stub page: no network.
      await context.route((url) => !url.href.startsWith(env.server.origin), (route) =>
        route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Elsewhere</title>' }),
      );
      try {
        for (let s = 0; s < SEQUENCES; s += 1) {
          const log = [];
          await page.goto(`${env.server.url}?journey=${journey}`);
          await waitForApp(page);
          for (let a = 0; a < ACTIONS; a += 1) {
            if (!page.url().startsWith(env.server.origin)) {
              log.push('back to the planner');
              await page.goto(`${env.server.url}?journey=${journey}`);
              await waitForApp(page);
            }
            const roll = r.below(100);
            if (roll < 35) {
              const inputs = page.locator('#app input[type=text]:visible, #app input:not([type]):visible');
              const n = await inputs.count();
              if (n > 0) {
                const text = r.pick(TEXT);
                const i = r.below(n);
                log.push(`type ${JSON.stringify(text)} into input ${i}`);
                await inputs.nth(i).fill(text);
              }
            } else if (roll < 80) {
              const targets = page.locator(
                '#app input[type=radio]:visible, #app input[type=checkbox]:visible, #app button:visible, #app a[href]:visible, #app summary:visible',
              );
              const n = await targets.count();
              if (n > 0) {
                const i = r.below(n);
                // The page may have moved on (a link left the planner): then there is nothing to click.
                const what = await targets
                  .nth(i)
                  .evaluate((el) => `${el.tagName.toLowerCase()}#${el.id} ${el.textContent.trim().slice(0, 30)}`, null, { timeout: 5000 })
                  .catch(() => '(gone)');
                log.push(`click ${what}`);
                await targets.nth(i).click({ timeout: 5000 }).catch((e) => log.push(`  (not clickable: ${e.message.split('\n')[0]})`));
              }
            } else if (roll < 88) {
              log.push('Back');
              await page.goBack().catch(() => {});
            } else if (roll < 94) {
              log.push('Forward');
              await page.goForward().catch(() => {});
            } else if (roll < 98) {
              // Another language from the switcher (fetched once, then switched in place).
              const links = page.locator('#language-select a[hreflang]');
              const n = await links.count();
              if (n > 0) {
                await page.locator('#language-details').evaluate((d) => { d.open = true; }).catch(() => {});
                const link = links.nth(r.below(n));
                log.push(`language ${await link.getAttribute('hreflang')}`);
                await link.click({ timeout: 5000 }).catch((e) => log.push(`  (not clickable: ${e.message.split('\n')[0]})`));
              }
            } else {
              log.push('reload');
              await page.reload();
            }
            if (page.url().startsWith(env.server.origin)) await settle(page).catch(() => {});
            const where = `sequence ${s} (seed ${SEED}), after:\n  ${log.slice(-8).join('\n  ')}`;
            assert.deepEqual(activity.pageErrors, [], `page errors in ${where}`);
            assert.deepEqual(activity.consoleErrors, [], `console errors in ${where}`);
          }
          await page.evaluate(() => localStorage.clear()).catch(() => {});
        }
      } finally {
        await context.close();
      }
    });
  }
});
