// Printing a result: under print media every "How we worked this out" shows
// (rules, and sources with title, date and address) although the details are
// closed on screen, the "Rules as at" date shows, and the controls are hidden.
// The person's answers (date of birth, immigration status) print only when
// they tick "Print my answers too" (off by default); "Print a short version"
// prints the headline, summary, money and what to do next, not the details.
// Each result page is also printed to a PDF (headless Chromium only) to check
// that the print rendering works. In another language (Pashto here), the
// result prints in that language and then in English (dir="ltr"), for the
// young person and their adviser (src/pages/result/print.rs).

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

describe('a printout for two readers', () => {
  const env = serverAndBrowser();

  test('in Pashto, the result prints in Pashto and then in English (ltr), every section in both; on screen there is no English copy', async () => {
    const { context, page, activity } = await openPage(env.browser);
    try {
      await openResult(page, env.server.url, 'care_leaver');
      const english = (await page.locator('#status h1').textContent()).trim();
      await page.locator('#language-current').click();
      await page.locator('#language-select a[hreflang="ps"]').click();
      await page.waitForFunction(() => document.documentElement.lang === 'ps' && document.documentElement.dir === 'rtl');
      const pashto = (await page.locator('#status h1').textContent()).trim();
      assert.notEqual(pashto, english, 'the headline is in Pashto on screen');
      assert.equal(await page.locator('.app-print-en').count(), 0, 'no English copy on screen');

      await page.emulateMedia({ media: 'print' });
      await page.locator('.app-print-en').first().waitFor();
      const copies = await page.locator('.app-print-en').evaluateAll((els) =>
        els.map((el) => ({ lang: el.lang, dir: el.dir, direction: getComputedStyle(el).direction, shown: el.checkVisibility(), text: el.textContent })),
      );
      assert.equal(copies.length, 1, 'one English copy, after the Pashto');
      // Every section the Pashto result has, the English copy has too.
      const sections = await page.locator('#main-content [id]:not(.app-print-en [id])').evaluateAll((els) => els.map((el) => el.id));
      const inEnglish = await page.locator('.app-print-en [id]').evaluateAll((els) => els.map((el) => el.id));
      assert.ok(inEnglish.length > 10, `the English copy has the sections (${inEnglish.length} ids)`);
      for (const id of ['status', 'summary', 'rules-as-at', 'rules-date', 'next']) {
        assert.ok(sections.includes(id) && inEnglish.includes(id), `#${id} is in both`);
      }
      for (const copy of copies) {
        assert.deepEqual([copy.lang, copy.dir, copy.direction], ['en', 'ltr', 'ltr'], 'each English copy is English, left to right');
      }
      // The English copy follows the Pashto result, which reads right to left.
      const pairs = await page.locator('.app-print-en').evaluateAll((els) =>
        els.map((el) => {
          let part = el.previousElementSibling;
          while (part?.classList.contains('app-print-en')) part = part.previousElementSibling;
          return { direction: part && getComputedStyle(part).direction, lang: part?.closest('[lang]')?.lang };
        }),
      );
      assert.ok(pairs.every((p) => p.direction === 'rtl' && p.lang === 'ps'), `the Pashto result is right to left: ${JSON.stringify(pairs)}`);
      // The person's answers said in the rules' sentences are English in the English copy.
      const copyText = await page.locator('.app-print-en').textContent();
      assert.match(copyText, /looked after for 13 weeks or more in total/);
      assert.doesNotMatch(copyText, /[\u0600-\u06FF]/, 'no Pashto in the English copy');
      const h1s = await page.locator('#status h1').allTextContents();
      assert.deepEqual(h1s.map((t) => t.trim()), [pashto, english], 'the headline in Pashto, then in English');
      assert.ok(await page.locator('.app-print-en #rules-as-at').isVisible(), 'the rules date prints in English too');
      assert.ok(await page.locator('.app-print-en a.app-source-link').first().evaluate((a) => getComputedStyle(a, '::after').content.includes('https://')), "a source's address prints as text in the English copy");
      for (const selector of ['.app-language', '#print', '#keep', '.govuk-back-link', '.govuk-exit-this-page', '.govuk-footer']) {
        assert.equal(await page.locator(selector).first().isVisible().catch(() => false), false, `${selector} is not printed`);
      }
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      assert.ok(pdf.length > 10_000, 'a PDF was made');

      await page.emulateMedia({ media: 'screen' });
      await page.waitForFunction(() => document.querySelectorAll('.app-print-en').length === 0);

      // "Print" on the page draws the copies before it prints (src/loader.js's event),
      // and they go after printing; on screen they are never shown.
      await page.evaluate(() => window.dispatchEvent(new Event('app-print')));
      await page.locator('.app-print-en').first().waitFor({ state: 'attached' });
      assert.equal(await page.locator('.app-print-en').first().isVisible(), false, 'not shown on screen');
      await page.evaluate(() => window.dispatchEvent(new Event('app-print-end')));
      await page.waitForFunction(() => document.querySelectorAll('.app-print-en').length === 0);
      assert.deepEqual(activity.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  test('in English, nothing prints twice', async () => {
    const { context, page } = await openPage(env.browser);
    try {
      await openResult(page, env.server.url, 'care_leaver');
      await page.emulateMedia({ media: 'print' });
      assert.ok(await allVisible(page, '#status h1'), 'the headline prints');
      assert.equal(await page.locator('.app-print-en').count(), 0, 'no copy');
      assert.equal(await page.locator('#status h1').count(), 1);
    } finally {
      await context.close();
    }
  });
});
