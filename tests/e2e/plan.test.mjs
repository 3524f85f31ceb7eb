// Planning ahead (issue 19 items 2 and 3): "Compare with another date" on a
// care leaver's and a foster carer's result, in English and in Arabic, and
// the foster pay year by year until each child is 18. Each picks dates and
// reads what the page says, at 320 px and 1280 px, with the keyboard, with
// axe on each state and no request after load but the language's words.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectNoAxeViolations, withOpenPage } from './lib/browser.mjs';
import { serverAndBrowser } from './lib/suite.mjs';
import {
  answerAll,
  bornYearsAgo,
  careLeaverAnswers,
  openJourney,
  RESULT_ANSWERS,
  seeResults,
  sidewaysOverflow,
} from './pages/journey.mjs';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** [day, month, year] as the page writes it: "2 February 2027". */
const words = ([d, m, y]) => `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;

/** Today as the page writes it, `years` on. */
function todayWords(years = 0) {
  const d = new Date();
  d.setFullYear(d.getFullYear() + years);
  return words([d.getDate(), d.getMonth() + 1, d.getFullYear()]);
}

/** The birthday at `age` of someone born on [day, month, year] (29 February: 1 March). */
function birthday([d, m, y], age) {
  const date = new Date(Number(y) + age, Number(m) - 1, Number(d));
  if (date.getDate() !== Number(d)) return ['1', '3', String(Number(y) + age)];
  return [String(date.getDate()), String(date.getMonth() + 1), String(date.getFullYear())];
}

/** The day before [day, month, year]. */
function dayBefore([d, m, y]) {
  const date = new Date(Number(y), Number(m) - 1, Number(d) - 1);
  return [String(date.getDate()), String(date.getMonth() + 1), String(date.getFullYear())];
}

/** Types a date in the result's date form and presses its button: the page is then for that date. */
async function planFor(page, [d, m, y]) {
  await page.locator('#plan_date-day').fill(d);
  await page.locator('#plan_date-month').fill(m);
  await page.locator('#plan_date-year').fill(y);
  await page.locator('#plan-date-submit').click();
  await page.locator('#rules-as-at', { hasText: `Rules as at ${words([d, m, y])}` }).waitFor();
}

/** The compare list's rows: { key, value }. */
function compareRows(page) {
  return page.locator('#compare-list .govuk-summary-list__row').evaluateAll((rows) =>
    rows.map((r) => ({ key: r.querySelector('dt').innerText.trim(), value: r.querySelector('dd').innerText.trim() })),
  );
}

describe('planning ahead', () => {
  const env = serverAndBrowser();

  // No request after load but a language chosen.
  const withPage = (viewport, fn) =>
    withOpenPage(env.browser, { viewport }, fn, (activity) => {
      const after = activity.requestsAfterLoad.filter((url) => !/\/locales\/[a-z]+\.txt$/.test(new URL(url).pathname));
      assert.deepEqual(after, [], 'no request after load but a language chosen');
    });

  test('a 19-year-old care leaver compares today with the next change and with their 25th birthday, 320 px', () =>
    withPage({ width: 320, height: 720 }, async (page) => {
      const born = bornYearsAgo(19);
      const answers = careLeaverAnswers(19, { 'date of birth': { date: born } });
      await openJourney(page, env.server.url, 'care_leaver');
      await answerAll(page, answers);
      assert.equal(await seeResults(page), 'former_relevant');
      assert.equal(await page.locator('#compare').count(), 0, 'nothing to compare while the page is for today');
      const form = page.locator('#plan-date-form');
      assert.equal((await form.locator('legend').textContent()).trim(), 'Compare with another date');

      // The next change on the timeline is one press away, with the keyboard:
      // for a 19-year-old, the 21st birthday, the day after the timeline's
      // first row (the last day council tax is paid).
      const first = (await page.locator('#timeline .govuk-summary-list__value').first().textContent()).trim();
      assert.match(first, /^Last day/, first);
      const next = words(birthday(born, 21));
      const button = page.locator('#compare-next');
      assert.equal((await button.textContent()).trim(), `See what changes on ${next}`);
      await button.focus();
      await page.keyboard.press('Enter');
      await page.locator('#rules-as-at', { hasText: `Rules as at ${next}` }).waitFor();
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', 'focus on the new page heading');
      assert.equal((await page.locator('#compare h2').textContent()).trim(), `From ${todayWords()} to ${next}`);
      const rows = await compareRows(page);
      const none = await page.locator('#compare p', { hasText: 'Nothing we show changes' }).count();
      assert.ok(rows.length > 0 || none === 1, 'a list of changes, or says there is none');
      for (const r of rows) assert.match(r.value, /^(Opens\.|Closes\.|.*, then)/, `each row says what changes: ${JSON.stringify(r)}`);
      await expectNoAxeViolations(page);
      assert.equal(await sidewaysOverflow(page), 0, 'nothing scrolls sideways at 320 px');

      // The 25th birthday: the personal adviser goes, and the status changes, each with its reason.
      const at25 = birthday(born, 25);
      await planFor(page, at25);
      assert.equal((await page.locator('#compare h2').textContent()).trim(), `From ${todayWords()} to ${words(at25)}`);
      const at = await compareRows(page);
      const status = at.find((r) => r.key === 'What the law calls you');
      assert.ok(status, `a status row in ${JSON.stringify(at)}`);
      assert.match(status.value, /former relevant child.*, then: You are 25 or over/s);
      const adviser = at.find((r) => /personal adviser/i.test(r.key));
      assert.ok(adviser, `a personal adviser row in ${JSON.stringify(at)}`);
      assert.match(adviser.value, /^Closes\. /);
      assert.match(adviser.value, /25/, 'the rule that closed it, in the result\'s words');
      assert.ok((await page.locator('#compare .app-how a.app-source-link').count()) > 0, 'the sources are there');
      await expectNoAxeViolations(page);

      // On the eve of the 25th birthday, the adviser is still there.
      await planFor(page, dayBefore(at25));
      const eve = await compareRows(page);
      assert.ok(!eve.some((r) => /personal adviser/i.test(r.key) && /^Closes/.test(r.value)), `not closed on the eve: ${JSON.stringify(eve)}`);
      assert.ok(!eve.some((r) => r.key === 'What the law calls you'), 'the status is the same on the eve');

      // Back to today: nothing to compare.
      const now = new Date();
      await planFor(page, [String(now.getDate()), String(now.getMonth() + 1), String(now.getFullYear())]);
      assert.equal(await page.locator('#compare').count(), 0);
    }));

  test('in Arabic, right to left at 320 px, the comparison is in Arabic', () =>
    withPage({ width: 320, height: 720 }, async (page) => {
      const born = bornYearsAgo(19);
      await openJourney(page, env.server.url, 'care_leaver');
      await answerAll(page, careLeaverAnswers(19, { 'date of birth': { date: born } }));
      await seeResults(page);
      await page.locator('#language-current').click();
      await page.locator('#language-select a[hreflang="ar"]').click();
      await page.waitForFunction(() => document.documentElement.lang === 'ar');
      assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
      assert.equal((await page.locator('#plan-date-form legend').textContent()).trim(), 'قارن بتاريخ آخر');
      assert.match(await page.locator('#compare-next').textContent(), /^اعرف ما الذي يتغير في [٠-٩]+ /);
      // The 25th birthday, typed in Arabic digits.
      const at25 = birthday(born, 25).map((p) => p.replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[d]));
      for (const [i, part] of ['day', 'month', 'year'].entries()) await page.locator(`#plan_date-${part}`).fill(at25[i]);
      await page.locator('#plan-date-submit').click();
      await page.locator('#compare').waitFor();
      const block = await page.locator('#compare').innerText();
      assert.match(block, /^من /, 'the heading in Arabic');
      assert.match(block, /ينتهي\./, 'what closes, in Arabic');
      assert.doesNotMatch(block, /\b(From|Opens|Closes|then)\b/);
      assert.equal(await sidewaysOverflow(page), 0);
      await expectNoAxeViolations(page);
    }));

  test('a foster carer compares with a day in the last tax year: the tax-free limit changes', () =>
    withPage({ width: 1280, height: 900 }, async (page) => {
      await openJourney(page, env.server.url, 'fostering');
      await answerAll(page, RESULT_ANSWERS.fostering);
      assert.equal(await seeResults(page), 'likely_eligible');
      assert.equal(await page.locator('#compare-next').count(), 0, 'no timeline, no next change');
      await planFor(page, ['1', '9', '2025']);
      const rows = await compareRows(page);
      const limit = rows.find((r) => r.key === 'Tax-free limit for the tax year');
      assert.ok(limit, `the tax-free limit row in ${JSON.stringify(rows)}`);
      assert.match(limit.value, /^£[\d,]+ a year, then £[\d,]+ a year\./);
      assert.ok(!rows.some((r) => /^A year/.test(r.key)), 'the year\'s total is left to the weekly one');
      await expectNoAxeViolations(page);
      // Tomorrow (not a 1 April or a 6 April, when rates and limits change): nothing changes, and it says so.
      const day = new Date();
      do day.setDate(day.getDate() + 1);
      while (day.getMonth() === 3 && (day.getDate() === 1 || day.getDate() === 6));
      const tomorrow = [String(day.getDate()), String(day.getMonth() + 1), String(day.getFullYear())];
      await planFor(page, tomorrow);
      assert.equal(await page.locator('#compare-list').count(), 0);
      assert.equal((await page.locator('#compare p').textContent()).trim(), `Nothing we show changes from ${todayWords()} to ${words(tomorrow)}.`);
      await expectNoAxeViolations(page);
    }));

  test('a foster carer reads each child\'s pay a year at a time until 18, 1280 px and 320 px', () =>
    withPage({ width: 1280, height: 900 }, async (page) => {
      await openJourney(page, env.server.url, 'fostering');
      await answerAll(page, RESULT_ANSWERS.fostering);
      assert.equal(await seeResults(page), 'likely_eligible');
      // Child 1 is 7 in the answers; child 2 is 15. Opened with the keyboard.
      const summary = page.locator('#pay-child_1 details summary');
      assert.equal((await summary.textContent()).trim(), 'Pay for child 1 each year until they turn 18');
      await summary.focus();
      await page.keyboard.press('Enter');
      const rows = await page.locator('#child_1 .govuk-summary-list__row').evaluateAll((trs) =>
        trs.map((r) => ({ when: r.querySelector('dt').innerText.trim(), pay: r.querySelector('dd').innerText.trim() })),
      );
      // From today at 7 to a year before 18 at 17, one line a year.
      assert.deepEqual(
        rows.map((r) => r.when),
        Array.from({ length: 11 }, (_, k) => `${todayWords(k)}: age ${7 + k}`),
      );
      // A year's pay is a rate, said so: a birthday's rise or the stop at 18 may come within it.
      for (const r of rows) assert.match(r.pay, /^£[\d,.]+ a week, about £[\d,]+00 a year at this rate (Confirmed|Estimate)$/);
      // Kent's age bands at its 2025-26 rates (maintenance and reward: DOMAIN 1.2).
      const pay = (age) => rows.find((r) => r.when.endsWith(`: age ${age}`)).pay;
      assert.match(pay(8), /^£383\.15 a week, about £19,900 a year at this rate/, '5-10 maintenance + 0-8 reward');
      assert.match(pay(9), /^£518\.54 a week/, '5-10 maintenance + 9-18 reward');
      assert.match(pay(11), /^£551\.92 a week/, '11-15 maintenance + 9-18 reward');
      assert.match(pay(16), /^£596\.07 a week/, '16+ maintenance + 9-18 reward');
      if (rows.some((r) => /Estimate$/.test(r.pay))) {
        assert.match(await page.locator('#pay-child_1 details').innerText(), /Kent's latest rates, from \d+ [A-Z][a-z]+ \d{4}\./);
      }
      assert.match(await page.locator('#pay-child_1 details').innerText(), /It stops when they turn 18\./);
      // Child 2, 15, with the disability payment Kent adds: three years left.
      await page.locator('#pay-child_2 details summary').click();
      assert.deepEqual(
        await page.locator('#child_2 dt').allInnerTexts(),
        [15, 16, 17].map((age, k) => `${todayWords(k)}: age ${age}`),
      );
      await expectNoAxeViolations(page);

      await page.setViewportSize({ width: 320, height: 720 });
      assert.equal(await sidewaysOverflow(page), 0, 'nothing scrolls sideways at 320 px');
      await expectNoAxeViolations(page);
    }));
});
