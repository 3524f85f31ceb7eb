// The people the contract's second edition was corrected for, walked to a
// result in the built app: a care leaver whose asylum claim is pending, a
// 16-year-old in care for 10 weeks, a newly arrived unaccompanied boy, and
// care leavers whose leave says "no recourse to public funds".
// Each checks what they must see, and what they must not be promised.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectNoAxeViolations, withOpenPage } from './lib/browser.mjs';
import { serverAndBrowser } from './lib/suite.mjs';
import { answerAll, careLeaverAnswers, openJourney, seeResults } from './pages/journey.mjs';

/** The id of the result group (now, later, not available) holding an item. */
function groupOf(page, item) {
  return page.locator(`#${item}`).evaluate((el) => el.closest('.app-group, #not-available')?.id ?? 'ungrouped');
}

/** `days` after today in the page's clock, as the planner writes a date ("28 December 2026"). */
function daysFromToday(page, days) {
  return page.evaluate((n) => {
    const d = new Date();
    d.setDate(d.getDate() + n);
    return `${d.getDate()} ${d.toLocaleString('en-GB', { month: 'long' })} ${d.getFullYear()}`;
  }, days);
}

describe('the people most at risk', () => {
  const env = serverAndBrowser();

  const withPage = (fn) => withOpenPage(env.browser, {}, fn);

  test('a 20-year-old Kent care leaver waiting for an asylum decision sees the Essential Living Allowance, not the one-bedroom rate', () =>
    withPage(async (page) => {
      await openJourney(page, env.server.url, 'care_leaver');
      await answerAll(page, careLeaverAnswers(20, {
        'immigration status': 'I am waiting for an asylum or appeal decision',
        'seeking asylum': 'Yes',
      }));
      assert.equal(await seeResults(page), 'former_relevant');
      const ela = page.locator('#item-entitlement-essential_living_allowance');
      assert.match(await ela.textContent(), /if you cannot claim benefits/);
      assert.equal(await groupOf(page, 'item-entitlement-essential_living_allowance'), 'section-entitlement-now');
      // Universal Credit's one-bedroom rate and priority need are not promised: they are told as not available, with why.
      for (const id of ['shared_accommodation_rate_exemption', 'homeless_priority_need']) {
        assert.equal(await groupOf(page, `item-entitlement-${id}`), 'not-available', id);
        assert.match(await page.locator(`#item-entitlement-${id}`).textContent(), /immigration status that lets you claim benefits/);
      }
      // Transitional Accommodation is open from 19 to someone with no status.
      assert.equal(await groupOf(page, 'item-accommodation-transitional_accommodation'), 'accommodation-now');
      await expectNoAxeViolations(page);
    }));

  test('a 19-year-old Kent care leaver whose leave says "no recourse to public funds" is told to ask about the Essential Living Allowance, and is not promised benefits or council housing', () =>
    withPage(async (page) => {
      await openJourney(page, env.server.url, 'care_leaver');
      await answerAll(page, careLeaverAnswers(19, { 'immigration status': "My leave says 'no recourse to public funds'" }));
      assert.equal(await seeResults(page), 'former_relevant');
      // The Essential Living Allowance is a caution to ask about, not an entitlement.
      const caution = page.locator('.app-item', { has: page.locator('.govuk-warning-text', { hasText: 'no recourse to public funds' }) });
      assert.equal(await caution.count(), 1);
      assert.match(await caution.textContent(), /Ask your personal adviser if Kent will pay you its Essential Living Allowance/);
      await caution.getByText('How we worked this out').click();
      assert.match(await caution.textContent(), /We could not find if it is paid to someone with leave like yours/);
      assert.equal(await page.locator('#item-entitlement-essential_living_allowance').count(), 0, 'no Essential Living Allowance entitlement');
      // Benefits and council housing need public funds: told as not available, with why.
      for (const id of ['shared_accommodation_rate_exemption', 'homeless_priority_need', 'social_housing_no_local_connection_test']) {
        assert.equal(await groupOf(page, `item-entitlement-${id}`), 'not-available', id);
        assert.match(await page.locator(`#item-entitlement-${id}`).textContent(), /immigration status that lets you claim benefits/);
      }
      assert.equal(await page.locator('#item-entitlement-universal_credit_early_claim').count(), 0);
      // Leave is not "no status": no human rights assessment, and Transitional Accommodation closes at 19.
      const main = await page.locator('#main-content').textContent();
      assert.doesNotMatch(main, /human rights assessment/);
      assert.equal(await groupOf(page, 'item-accommodation-transitional_accommodation'), 'not-available');
      // A home of their own: they may rent privately, but not get a council home.
      assert.equal(await groupOf(page, 'item-accommodation-independent_living'), 'accommodation-now');
      const how = page.locator('#accommodation .app-how');
      await how.getByText('How we worked this out').click();
      assert.match(await how.textContent(), /You can rent privately, but with no recourse to public funds you cannot get a council home/);
      assert.doesNotMatch(await how.textContent(), /Without leave to remain/);
      await expectNoAxeViolations(page);
    }));

  test('an unaccompanied 17-year-old in care with "no recourse to public funds" leave plans for three paths, with no Universal Credit claim, a warning to ask about the Essential Living Allowance before 18, and no human rights assessment', () =>
    withPage(async (page) => {
      await openJourney(page, env.server.url, 'care_leaver');
      await answerAll(page, careLeaverAnswers(17, {
        'in care now': 'Yes',
        'how many weeks': '60',
        'immigration status': "My leave says 'no recourse to public funds'",
        'seeking asylum': 'Yes',
      }));
      assert.equal(await seeResults(page), 'eligible');
      assert.equal(await groupOf(page, 'item-entitlement-triple_pathway_planning'), 'section-entitlement-now');
      assert.equal(await groupOf(page, 'item-entitlement-universal_credit_early_claim'), 'not-available');
      // Under "Not for you now", Universal Credit is not said to be "for you, from" a day.
      const notNow = page.locator('#not-available');
      await notNow.locator('summary').first().click();
      await notNow.locator('.app-how summary').click();
      assert.match(await notNow.textContent(), /can start a Universal Credit claim before they turn 18\./);
      assert.doesNotMatch(await notNow.textContent(), /for you, from/);
      // At 18 they cannot claim benefits: they are told now to ask about the Essential Living Allowance.
      const caution = page.locator('.app-item', { has: page.locator('.govuk-warning-text', { hasText: 'no recourse to public funds' }) });
      assert.equal(await caution.count(), 1);
      await caution.getByText('How we worked this out').click();
      assert.match(await caution.textContent(), /so ask your personal adviser before then/);
      assert.doesNotMatch(await page.locator('#main-content').textContent(), /human rights assessment/);
      // Not settled: free immigration advice is among the contacts.
      assert.ok(await page.locator('[data-contact="immigration_advice"]').count() > 0, 'immigration advice');
      await expectNoAxeViolations(page);
    }));

  test('a 16-year-old in care for 10 weeks sees the day she becomes eligible, and what opens then', () =>
    withPage(async (page) => {
      await openJourney(page, env.server.url, 'care_leaver');
      const asked = await answerAll(page, careLeaverAnswers(16, {
        'in care now': 'Yes',
        'how many weeks': '10',
        'live with your foster carer': 'Yes',
      }));
      // Weeks in care grow, so whether she lives with a foster carer matters for Staying Put at 18.
      assert.ok(asked.some((q) => /live with your foster carer/.test(q)), 'asked about the foster carer');
      assert.equal(await seeResults(page), 'looked_after_child');
      const day = await daysFromToday(page, 21);
      const timeline = await page.locator('#timeline').textContent();
      assert.ok(timeline.includes(day), `the timeline names ${day}: ${timeline}`);
      assert.match(timeline, /become an eligible child/);
      assert.ok((await page.locator('#status').textContent()).includes(day), 'the status says the day too');
      // What eligibility opens is later, from that day: a personal adviser and a pathway plan.
      for (const id of ['personal_adviser', 'pathway_plan']) {
        const item = page.locator(`#item-entitlement-${id}`);
        assert.equal(await groupOf(page, `item-entitlement-${id}`), 'section-entitlement-later', id);
        assert.ok((await item.textContent()).includes(day), `${id} opens on ${day}`);
      }
      assert.equal(await groupOf(page, 'item-accommodation-staying_put'), 'accommodation-later');
      await expectNoAxeViolations(page);
    }));

  test('a newly arrived unaccompanied boy of 16 sees Reception and Safe Care as a first home, and not after 8 weeks', () =>
    withPage(async (page) => {
      const answers = careLeaverAnswers(16, {
        'in care now': 'Yes',
        'how many weeks': '2',
        'immigration status': 'I am waiting for an asylum or appeal decision',
        'seeking asylum': 'Yes',
      });
      await openJourney(page, env.server.url, 'care_leaver');
      await answerAll(page, answers);
      await seeResults(page);
      const reception = page.locator('#item-accommodation-reception_and_safe_care');
      assert.equal(await groupOf(page, 'item-accommodation-reception_and_safe_care'), 'accommodation-now');
      assert.match(await reception.textContent(), /boys who came to the UK alone/);
      // It closes when he reaches 8 weeks in care, 6 weeks from today: the page names its last day, the day before.
      assert.ok((await reception.textContent()).includes(`Until ${await daysFromToday(page, 41)}`), 'open until the day before he reaches 8 weeks');

      await openJourney(page, env.server.url, 'care_leaver');
      await answerAll(page, { ...answers, 'how many weeks': '8' });
      await seeResults(page);
      assert.equal(await groupOf(page, 'item-accommodation-reception_and_safe_care'), 'not-available');
      await expectNoAxeViolations(page);
    }));
});
