// What a person sees first on their result (issue 20): the 19-year-old Kent
// care leaver at college on a 390 px phone, the couple thinking of fostering
// children of 6 and 13 at 1280 px, and a care leaver another council looked
// after. axe on each state.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectNoAxeViolations, withOpenPage } from './lib/browser.mjs';
import { serverAndBrowser } from './lib/suite.mjs';
import { answerAll, careLeaverAnswers, openJourney, seeResults, RESULT_ANSWERS } from './pages/journey.mjs';

/** The bottom of an element, in screens of this height from the top of the page. */
function screensTo(page, selector, height) {
  return page.locator(selector).evaluate((el, h) => (el.getBoundingClientRect().bottom + window.scrollY) / h, height);
}

describe('the result, first things first', () => {
  const env = serverAndBrowser();

  const withPage = (viewport, fn) => withOpenPage(env.browser, { viewport }, fn);

  test('a 19-year-old Kent care leaver at college, 390 px: headline, summary and what to do next in two screens; the rest closed', () =>
    withPage({ width: 390, height: 844 }, async (page) => {
      await openJourney(page, env.server.url, 'care_leaver');
      await answerAll(page, careLeaverAnswers(19, { 'education or training': 'Yes' }));
      assert.equal(await seeResults(page), 'former_relevant');
      assert.match(await page.locator('#status h1').textContent(), /^Kent supports you as a care leaver until you turn 25 on \d{1,2} [A-Z][a-z]+ \d{4}$/);
      // The legal status is one click away, in "How we worked this out".
      assert.match(await page.locator('#status .govuk-details__text').textContent(), /former relevant child/);
      const summary = await page.locator('#summary li').allTextContents();
      assert.ok(summary.length >= 3 && summary.length <= 5, `${summary.length} summary lines`);
      assert.match(summary.join(' '), /Open to you now: .*Someone to help you plan/);
      assert.match(summary.join(' '), /Next, on \d{1,2} [A-Z][a-z]+ \d{4}: /);
      for (const selector of ['#status h1', '#summary']) {
        const at = await screensTo(page, selector, 844);
        assert.ok(at <= 2, `${selector} ends ${at.toFixed(2)} screens down`);
      }
      // "What to do next" (with her personal adviser first) starts on the first screens.
      const next = await page.locator('#next').evaluate((el) => (el.getBoundingClientRect().top + window.scrollY) / 844);
      assert.ok(next <= 1.5, `#next starts ${next.toFixed(2)} screens down`);
      // Everything not available is in one closed section, each with its reason.
      const closed = page.locator('#not-available > details');
      assert.equal(await closed.count(), 1);
      assert.equal(await closed.evaluate((d) => d.open), false);
      assert.match(await closed.locator('> summary').textContent(), /Other support, not for you now/);
      assert.equal(await page.locator('#not-available li .govuk-\\!-font-weight-bold').first().isVisible(), false);
      assert.match(await page.locator('#item-accommodation-residential_childrens_home').textContent(), /Because of your age\./);
      // One "How we worked this out" per section, not a Why and a Source on every item.
      assert.equal(await page.locator('#section-entitlement .app-item details').count(), 0);
      assert.equal(await page.locator('#section-entitlement > .app-how').count(), 1);
      // Plain names first, the official name in brackets.
      assert.match(await page.locator('#item-entitlement-personal_adviser h3, #item-entitlement-personal_adviser h4').textContent(), /^Someone to help you plan and get support \(a personal adviser\)/);
      // One date convention: the item's end and the timeline say the same day, its last.
      const ends = await page.locator('#item-entitlement-council_tax_paid').textContent();
      const day = ends.match(/Until (\d{1,2} [A-Z][a-z]+ \d{4})/)?.[1] ?? (await page.locator('#section-entitlement-now .app-group-end').textContent()).match(/until (\d{1,2} [A-Z][a-z]+ \d{4})/)[1];
      const row = page.locator('#timeline .govuk-summary-list__row', { hasText: 'Kent pays your council tax up to the month you turn 21' });
      assert.equal((await row.locator('.govuk-summary-list__key').textContent()).trim(), day);
      // The 16 to 19 Bursary's last day (by age on 31 August) is in the timeline on the day the item names.
      const bursary = page.locator('#item-entitlement-bursary_16_19');
      if (await bursary.count()) {
        const last = (await bursary.textContent()).match(/Until (\d{1,2} [A-Z][a-z]+ \d{4})/)?.[1] ?? (await page.locator('#section-entitlement-now .app-group-end').textContent()).match(/until (\d{1,2} [A-Z][a-z]+ \d{4})/)[1];
        const bursaryRow = page.locator('#timeline .govuk-summary-list__row', { hasText: 'Last day of your 16 to 19 Bursary' });
        assert.equal((await bursaryRow.locator('.govuk-summary-list__key').textContent()).trim(), last);
      }
      // A home of your own does not end at 25.
      assert.doesNotMatch(await page.locator('#item-accommodation-independent_living').textContent(), /Until/);
      // Whole pounds without pence.
      assert.doesNotMatch(await page.locator('#main-content').textContent(), /£[\d,]+\.00\b/);
      await expectNoAxeViolations(page);
      await closed.locator('> summary').click();
      await expectNoAxeViolations(page);
    }));

  test('a care leaver another council looked after: told so, and shown no Kent amounts', () =>
    withPage({ width: 390, height: 844 }, async (page) => {
      await openJourney(page, env.server.url, 'care_leaver');
      await answerAll(page, careLeaverAnswers(19, { 'Kent County Council the council': 'No' }));
      await seeResults(page);
      // The journey stopped at that answer: the headline says whom to ask, and no status from unasked questions.
      assert.equal((await page.locator('#status h1').textContent()).trim(), 'Ask the council that looked after you');
      assert.equal(await page.locator('#status').getAttribute('data-status'), null);
      assert.equal(await page.locator('#not-available').count(), 0);
      assert.match(await page.locator('#summary').textContent(), /Your support comes from the council that looked after you\. Their local offer may be different\./);
      const visible = await page.evaluate(() => document.querySelector('#main-content').innerText);
      assert.doesNotMatch(visible, /£2,000|Kent's own page/, 'no Kent-only amount');
      assert.doesNotMatch(await page.locator('#next').textContent(), /Kent's 18\+ Care Leavers Service/);
      await expectNoAxeViolations(page);
    }));

  test('a couple fostering children of 6 and 13, 1280 px: paid only while a child lives with them, no £0 rows, about a year', () =>
    withPage({ width: 1280, height: 800 }, async (page) => {
      await openJourney(page, env.server.url, 'fostering');
      await answerAll(page, {
        ...RESULT_ANSWERS.fostering,
        'date of birth': { date: ['5', '5', '1983'] },
        'Payment for Skills': 'Foundation',
        'How old is child 1': '6',
        'child 1 have a disability': 'No',
        'How old is child 2': '13',
        'child 2 have a disability': 'No',
      });
      assert.equal(await seeResults(page), 'likely_eligible');
      const onlyWhile = page.locator('#only-while');
      assert.ok(await onlyWhile.isVisible());
      assert.match(await onlyWhile.textContent(), /Kent pays only while a child lives with you\. There can be weeks with no child/);
      // Above the totals.
      const [sentence, totals] = await Promise.all([onlyWhile.boundingBox(), page.locator('#totals').boundingBox()]);
      assert.ok(sentence.y < totals.y, 'the sentence is above the totals');
      const pay = await page.locator('#pay').evaluate((el) => el.innerText);
      assert.doesNotMatch(pay, /£0(\.00)?\b/, 'no £0 row');
      assert.doesNotMatch(pay, /Payment for Skills/, 'no skills row at Foundation');
      assert.match(await page.locator('#total-yearly').textContent(), /if all 2 children live with you all year\s*about £[\d,]*00\b/);
      assert.match(await page.locator('#summary').textContent(), /about £[\d,]*00 a year, but only if the children live with you all year/);
      // The fostering steps: one line each, the 6-month aim once.
      const steps = await page.locator('#section-step').evaluate((el) => el.innerText);
      assert.equal(steps.match(/6 months/g)?.length, 1, steps);
      assert.equal(await page.locator('#section-step .app-item details').count(), 0, 'no Why or Source per step');
      assert.match(steps, /fostering panel/);
      await expectNoAxeViolations(page);
    }));
});
