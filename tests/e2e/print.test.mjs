// Printing a result: under print media every "How we worked this out" shows
// (rules, and sources with title, date and address) although the details are
// closed on screen, the "Rules as at" date shows, and the controls are hidden.
// The person's answers (date of birth, immigration status) print only when
// they tick "Print my answers too" (off by default); "Print a short version"
// prints the headline, summary, money and what to do next, not the details.
// Each result page is also printed to a PDF (headless Chromium only) to check
// that the print rendering works.

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
    test(`${journey}: results, date, every rule and source print; answers only if asked; a short version; controls do not`, async () => {
      const { context, page } = await openPage(env.browser);
      try {
        await openResult(page, env.server.url, journey);
        const closed = await page.locator('details:not([open])').count();
        assert.ok(closed > 2, 'the details are closed on screen');
        assert.equal(await page.locator('.govuk-details__text a.app-source-link').first().isVisible(), false, 'a source is hidden on screen');

        await page.emulateMedia({ media: 'print' });
        assert.equal(await page.locator('details:not([open])').count(), closed, 'printing opens nothing on screen');
        for (const selector of ['#status h1', '#summary', '#rules-as-at', '#main-content .govuk-details__text li', 'a.app-source-link', '#next']) {
          assert.ok(await allVisible(page, selector), `${selector} shows in print`);
        }
        // The answers are left out unless the person asks for them.
        assert.equal(await page.locator('#result-answers').isVisible(), false, 'the answers do not print by default');
        await page.emulateMedia({ media: 'screen' });
        assert.equal(await page.locator('#print-answers').isChecked(), false, 'the box is not ticked to start with');
        await page.locator('#print-answers').check();
        await page.emulateMedia({ media: 'print' });
        assert.ok(await allVisible(page, '#result-answers'), 'the answers print when asked for');
        // A source's address is printed after its title.
        const after = await page.locator('.govuk-details__text a.app-source-link').first().evaluate((a) => getComputedStyle(a, '::after').content);
        assert.match(after, /https:\/\//);
        for (const selector of ['#print', '#start-again', '#keep', '#plan-date-form', '.govuk-back-link', '.govuk-exit-this-page', '.govuk-footer']) {
          assert.equal(await page.locator(selector).first().isVisible().catch(() => false), false, `${selector} is hidden in print`);
        }

        // The short version: headline, summary, money, what to do next; no details.
        await page.emulateMedia({ media: 'screen' });
        await page.locator('#print-short').check();
        await page.emulateMedia({ media: 'print' });
        for (const selector of ['#status h1', '#summary', '#next']) {
          assert.ok(await allVisible(page, selector), `${selector} shows in the short version`);
        }
        if (journey === 'fostering') assert.ok(await allVisible(page, '#pay table'), 'the money shows in the short version');
        for (const selector of ['.app-print-long', '.app-how', '#not-available']) {
          const shown = await page.locator(selector).evaluateAll((els) => els.filter((el) => el.checkVisibility()).length);
          assert.equal(shown, 0, `${selector} is left out of the short version`);
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
