// Kinship from where the family is (issue 20, item 5): a family that
// already has its order starts from it, and a special guardian is told which
// council helps them, and until when. Walked at the review's tablet width,
// 768 px, as the grandmother in Medway (persona P4) would.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { expectNoAxeViolations, withOpenPage } from './lib/browser.mjs';
import { serverAndBrowser } from './lib/suite.mjs';
import { answerAll, heading, openJourney, seeResults } from './pages/journey.mjs';

const TABLET = { viewport: { width: 768, height: 1024 } };

/** A date as the planner writes it: "7 October 2028". */
const words = (d) => d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

describe('kinship: a family with its order', () => {
  const env = serverAndBrowser();

  const withPage = (fn) => withOpenPage(env.browser, { ...TABLET, acceptDownloads: true }, fn);

  const grandmother = {
    'How old is the child': '4',
    'looked after by the council now': 'No',
    'looked after by a council before': 'Yes',
    'Which arrangement': 'Special guardianship order',
    'Where do you live': 'Medway',
    'already have this arrangement': 'Yes',
    'Which council looked after the child': 'Medway Council',
  };

  test('the grandmother in Medway with a special guardianship order is told Medway helps her, and is not offered orders she has', () =>
    withPage(async (page) => {
      await openJourney(page, env.server.url, 'kinship');
      const asked = await answerAll(page, grandmother, { onEachPage: (p) => expectNoAxeViolations(p) });
      assert.ok(asked.some((q) => q === 'Which council looked after the child before the order?'));
      // Medway looked after him and she lives in Medway: the order's date
      // cannot change who helps her, so it is not asked.
      assert.ok(!asked.some((q) => q.includes('When did the court make')), asked.join(' | '));
      await seeResults(page);
      assert.equal(await heading(page), 'Support for a special guardian in Medway');
      // She starts from her order: the heading names it, and no
      // "Arrangements that could fit" offers her orders she has or does not need.
      assert.equal(await page.locator('#section-arrangement').count(), 0);
      for (const other of ['special_guardianship_order', 'child_arrangements_order', 'informal', 'connected_person_foster_carer']) {
        assert.equal(await page.locator(`#item-arrangement-${other}`).count(), 0, other);
      }
      // The council responsible for her support is named, plainly first and
      // by its legal name in brackets, with Medway's page among its sources.
      const support = page.locator('#item-support-sgo_support_medway');
      await support.scrollIntoViewIfNeeded();
      assert.ok(await support.isVisible());
      assert.match(await support.locator('h3, h4').first().textContent(), /^Help from Medway Council \(special guardianship support\)/);
      assert.equal(await support.locator('a[href^="https://www.medway.gov.uk/"]').count(), 1);
      assert.equal(await page.locator('[id^="item-support-"]').count(), 1, 'one council, with no change to come');
      // No change of council, so no handover to ask about and no date for a calendar.
      const asks = (await page.locator('#checklist li').allTextContents()).map((t) => t.trim());
      assert.ok(!asks.some((l) => l.startsWith('Which council will help us')), asks.join(' | '));
      assert.equal(await page.locator('#calendar-download').count(), 0);
      // The allowance: ask Medway, not Kent's rates.
      const allowance = await page.locator('#item-entitlement-special_guardianship_allowance').textContent();
      assert.doesNotMatch(allowance, /£/);
      await expectNoAxeViolations(page);
    }));

  test('a grandmother in Medway whose grandson Kent looked after is told Kent helps her until the order is 3 years old, then Medway', () =>
    withPage(async (page) => {
      // An order made on the 1st of this month a year ago.
      const now = new Date();
      const made = new Date(Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth(), 1));
      const until = new Date(Date.UTC(made.getUTCFullYear() + 3, made.getUTCMonth(), 1));
      const from = new Date(Date.UTC(made.getUTCFullYear() + 3, made.getUTCMonth(), 2));
      await openJourney(page, env.server.url, 'kinship');
      await answerAll(page, {
        ...grandmother,
        'Which council looked after the child': 'Kent County Council',
        'When did the court make': { date: [String(made.getUTCDate()), String(made.getUTCMonth() + 1), String(made.getUTCFullYear())] },
      });
      await seeResults(page);
      const kent = page.locator('#item-support-sgo_support_kent');
      // The last day, as the sentence says it ("until ..."), then Medway from the day after.
      assert.match(await kent.textContent(), new RegExp(`Until ${words(until)}`));
      const medway = page.locator('#item-support-sgo_support_medway');
      assert.match(await medway.textContent(), new RegExp(`From ${words(from)}`));
      // Kent is named before Medway.
      const [kentTop, medwayTop] = await Promise.all([kent, medway].map((l) => l.evaluate((e) => e.getBoundingClientRect().top)));
      assert.ok(kentTop < medwayTop);
      // What to ask: which council helps, from when, and who pays money agreed before the order (reg 5).
      const asks = (await page.locator('#checklist li').allTextContents()).map((t) => t.trim());
      assert.ok(asks.includes('Which council will help us, and from when? Which one pays any money agreed before the order?'), asks.join(' | '));
      // The day Medway takes over, in a calendar file made in the browser, with a reminder two weeks before.
      const link = page.locator('#calendar-download');
      assert.equal((await link.textContent()).trim(), 'Add these dates to your calendar');
      await link.focus();
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      assert.match(download.url(), /^blob:/, 'made in the browser');
      const text = (await readFile(await download.path(), 'utf8')).replace(/\r\n /g, '');
      const ics = from.toISOString().slice(0, 10).replaceAll('-', '');
      assert.equal(text.split('BEGIN:VEVENT').length - 1, 1, text);
      assert.match(text, new RegExp(`\r\nDTSTART;VALUE=DATE:${ics}\r\n`));
      assert.match(text, /\r\nSUMMARY:From this day\\, the council where you live helps your family \(special guardianship support\)\r\n/);
      assert.match(text, /TRIGGER:-P14D\r\n/);
      await expectNoAxeViolations(page);
    }));
});
