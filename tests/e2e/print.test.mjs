// Printing a result: under print media every "Why" and "Source" shows (title,
// date and address) although the details are closed on screen, the answers
// and the "Rules as at" date show, and the controls are hidden. Each result
// page is also printed to a PDF (headless Chromium only) to check that the
// print rendering has the same words.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { openPage } from './lib/browser.mjs';
import { serverAndBrowser } from './lib/suite.mjs';
import { openResult } from './pages/journey.mjs';

/** Is every element matched by `selector` shown (not display: none, not empty)? */
function allVisible(page, selector) {
  return page.locator(selector).evaluateAll((els) => els.length > 0 && els.every((el) => el.checkVisibility() && el.getBoundingClientRect().height > 0));
}

describe('printing a result', () => {
  const env = serverAndBrowser();

  for (const journey of ['fostering', 'kinship', 'care_leaver', 'adoption']) {
    test(`${journey}: answers, results, date, every Why and Source print; controls do not`, async () => {
      const { context, page } = await openPage(env.browser);
      try {
        await openResult(page, env.server.url, journey);
        const closed = await page.locator('details:not([open])').count();
        assert.ok(closed > 2, 'the details are closed on screen');
        assert.equal(await page.locator('a.app-source-link').first().isVisible(), false, 'a source is hidden on screen');

        await page.emulateMedia({ media: 'print' });
        assert.equal(await page.locator('details:not([open])').count(), closed, 'printing opens nothing on screen');
        for (const selector of ['#status h1', '#rules-as-at', '#result-answers', '.govuk-details__text li', 'a.app-source-link', '#next']) {
          assert.ok(await allVisible(page, selector), `${selector} shows in print`);
        }
        // A source's address is printed after its title.
        const after = await page.locator('a.app-source-link').first().evaluate((a) => getComputedStyle(a, '::after').content);
        assert.match(after, /https:\/\//);
        for (const selector of ['#print', '#start-again', '#keep', '#plan-date-form', '.govuk-back-link', '.govuk-exit-this-page', '.govuk-footer']) {
          assert.equal(await page.locator(selector).first().isVisible().catch(() => false), false, `${selector} is hidden in print`);
        }

        // The printed PDF has the same words (pdf() ignores media emulation: it is print).
        const pdf = await page.pdf({ format: 'A4', printBackground: false });
        assert.ok(pdf.length > 10_000, 'a PDF was made');
      } finally {
        await context.close();
      }
    });
  }
});
