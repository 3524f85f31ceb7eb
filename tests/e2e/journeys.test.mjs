// The four journeys end to end in the built app (dist/): every branch to
// every kind of outcome, errors on each kind of question, Back and Forward,
// "Check your answers" and its Change links, the result page, keeping
// answers, accessibility (axe) and 320 px layout.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectNoAxeViolations, expectOnlyOrigin, openPage, withOpenPage } from './lib/browser.mjs';
import { serverAndBrowser } from './lib/suite.mjs';
import {
  answerAll, careLeaverAnswers, RESULT_ANSWERS, bornYearsAgo, clickAndWait, earliestBirth, saveKinshipAnswers, enter, errors, heading, openJourney, seeResults, sidewaysOverflow, submit, waitForApp,
} from './pages/journey.mjs';

const axe = (page) => expectNoAxeViolations(page);

const FOSTER = RESULT_ANSWERS.fostering;

const careLeaver = careLeaverAnswers;

/** On "Could I foster?"'s first question, answers "Are you already a foster carer?" with No. */
async function notYetFostering(page) {
  assert.equal(await heading(page), 'Are you already a foster carer?');
  await enter(page, 'No');
  await submit(page);
}

describe('the journeys', () => {
  const env = serverAndBrowser();

  const withPage = (fn, options) => withOpenPage(env.browser, options, fn);

  test('the start page is rendered by the app, and an unknown journey falls back to it unechoed', () =>
    withPage(async (page) => {
      await page.goto(`${env.server.url}?journey=%3Cscript%3Ealert(1)%3C/script%3E`);
      await waitForApp(page);
      assert.equal(await heading(page), 'Kent Support Planner');
      assert.equal(await page.getByRole('link', { name: 'Could I foster?' }).getAttribute('href'), '?journey=fostering');
      assert.doesNotMatch(await page.content(), /alert\(1\)/);
      await axe(page);
    }));

  test('fostering, non-related: likely eligible, pay per child, totals and tax, axe on every page', () =>
    withPage(async (page, activity) => {
      await openJourney(page, env.server.url, 'fostering');
      assert.match(await page.title(), /^Are you already a foster carer\? - Could I foster\? - Kent Support Planner$/);
      await axe(page);
      await notYetFostering(page);
      assert.match(await page.title(), /^What is your date of birth\? - Could I foster\? - Kent Support Planner$/);
      // The person's own date of birth says so to the browser (WCAG 1.3.5).
      const autocomplete = (sel) => page.locator(sel).evaluateAll((els) => els.map((e) => e.getAttribute('autocomplete')));
      assert.deepEqual(await autocomplete('.govuk-date-input input'), ['bday-day', 'bday-month', 'bday-year']);
      const asked = await answerAll(page, FOSTER, { onEachPage: axe });
      assert.ok(!asked.some((q) => q.includes('training')), 'training is asked only of a connected person');
      assert.equal(await page.title(), 'Check your answers - Could I foster? - Kent Support Planner');
      assert.match(await page.locator('#answers').textContent(), /5 May 1985/);
      await axe(page);
      assert.equal(await seeResults(page), 'likely_eligible');
      assert.equal(await page.title(), 'Your results - Could I foster? - Kent Support Planner');
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
      const child1 = page.locator('#pay-child_1');
      assert.match(await child1.textContent(), /\(maintenance allowance\)/);
      assert.match(await child1.textContent(), /Kent pays £[\d,.]+ a week more than the national minimum for this age\.|national minimum allowance/);
      assert.equal(await page.locator('#pay-child_2 table').count(), 1);
      for (const id of ['weekly', 'tax_free_limit']) {
        assert.match(await page.locator(`#total-${id}`).textContent(), /£\d[\d,]*(\.\d\d)?\b/);
      }
      // The yearly figure is said as what it is: about, to the nearest £100, if the children live with you all year.
      assert.match(await page.locator('#total-yearly').textContent(), /all year\s*about £[\d,]*00\b/);
      assert.match(await page.locator('#only-while').textContent(), /Kent pays only while a child lives with you/);
      // One "How we worked this out" for the pay section says, to a screen reader, what it is about.
      const how = page.locator('#pay > .app-how summary');
      assert.match(await how.textContent(), /^\s*How we worked this out: What Kent would pay/);
      await how.click();
      assert.match(await page.locator('#pay > .app-how').textContent(), /aged 7/);
      assert.match(await page.locator('#pay > .app-how').textContent(), /52 weeks: £[\d,.]+ exactly/);
      assert.ok((await page.locator('a.app-source-link').count()) > 0);
      assert.match(await page.locator('#rules-as-at').textContent(), /^Rules as at \d{1,2} [A-Z][a-z]+ \d{4}$/);
      assert.match(await page.locator('#next').textContent(), /kentfostering\.co\.uk|Kent Fostering/);
      assert.doesNotMatch(await page.locator('#main-content').textContent(), /\b[a-z]+_[a-z_]+\b/, 'no raw ids on the page');
      // Amounts in the "Why" sentences are written like every other amount.
      await page.evaluate(() => {
        for (const d of document.querySelectorAll('#main-content details')) d.open = true;
      });
      const all = await page.locator('#main-content').textContent();
      assert.match(all, /£\d{1,3}(,\d{3})+/, 'a thousands comma in the tax-free limit');
      assert.doesNotMatch(all, /£[\d,]+\.00\b/, 'whole pounds without pence');
      assert.doesNotMatch(all, /£\d{4,}/, 'no amount over £999 without its comma');
      // Each figure's source names its document, the section and the date (PRODUCT: trust).
      assert.match(await page.locator('#pay .govuk-details__text li', { hasText: '25/00010' }).textContent(), /foster carer payments 2025-26, maintenance, 5-10; reward, non-related, 0-8[^]*?, dated \d{1,2} [A-Z][a-z]+ \d{4}/);
      await axe(page);
      expectOnlyOrigin(activity, env.server.origin);
    }));

  test('fostering, connected person without training: training asked, skills not, a caution', () =>
    withPage(async (page) => {
      await openJourney(page, env.server.url, 'fostering');
      const asked = await answerAll(page, {
        ...FOSTER,
        'cautioned or convicted': 'Yes',
        'Who would you foster': 'A child I know: a relative or a friend\'s child',
        'finished the foster carer training': 'No',
        'How many children': '1',
      });
      assert.ok(asked.some((q) => q.includes('training')));
      assert.ok(!asked.some((q) => q.includes('Payment for Skills')));
      assert.equal(await seeResults(page), 'likely_eligible');
      assert.match(await page.locator('.app-item .govuk-warning-text').first().textContent(), /assessment will decide/);
      // No reward until trained: no "£0" row, the row is left out.
      assert.doesNotMatch(await page.locator('#pay-child_1').textContent(), /reward|£0\b/);
      await axe(page);
    }));

  test('fostering, outside Kent without a spare room: not eligible with reasons', () =>
    withPage(async (page) => {
      await openJourney(page, env.server.url, 'fostering');
      await answerAll(page, { ...FOSTER, 'Kent or Medway': 'No', 'spare bedroom': 'No', 'How many children': '1' });
      assert.equal(await seeResults(page), 'not_eligible');
      const blockers = await page.locator('#blockers').textContent();
      assert.match(blockers, /live in Kent or Medway/);
      assert.match(blockers, /spare bedroom/);
      await axe(page);
    }));

  test('fostering, a connected person in Essex: not told "not eligible", the outside-Kent caution shows with its Why and Source', () =>
    withPage(async (page) => {
      await openJourney(page, env.server.url, 'fostering');
      await answerAll(page, {
        ...FOSTER,
        'Kent or Medway': 'No',
        'Who would you foster': 'A child I know: a relative or a friend\'s child',
        'finished the foster carer training': 'No',
        'How many children': '1',
      });
      // CONTRACT second edition: for a connected person, living outside Kent or Medway is a caution, not a blocker.
      assert.equal(await seeResults(page), 'likely_eligible');
      assert.equal(await heading(page), 'You may be able to foster for Kent');
      assert.equal(await page.locator('#blockers').count(), 0);
      const main = await page.locator('#main-content').textContent();
      assert.doesNotMatch(main, /may not be able to foster|You must live in Kent or Medway|Your own council's fostering service/);
      const caution = page.locator('.app-item', { has: page.locator('.govuk-warning-text', { hasText: 'You live outside Kent and Medway' }) });
      assert.equal(await caution.count(), 1);
      assert.match(await caution.locator('.govuk-warning-text').textContent(), /assesses family and friends wherever they live/);
      await caution.getByText('How we worked this out').click();
      assert.match(await caution.textContent(), /Kent's kinship team supports carers of Kent children all over the country/);
      assert.match(await caution.locator('a.app-source-link', { hasText: 'Corporate Parenting Annual Report' }).textContent(), /2023-24/);
      // Still paid as a family and friends foster carer: maintenance, no reward until trained.
      // No reward until trained: no "£0" row, the row is left out.
      assert.doesNotMatch(await page.locator('#pay-child_1').textContent(), /reward|£0\b/);
      assert.doesNotMatch(main, /\b[a-z]+_[a-z_]+\b/, 'no raw ids on the page');
      await axe(page);
    }));

  test('errors: empty and invalid answers on each kind of question', () =>
    withPage(async (page) => {
      await openJourney(page, env.server.url, 'fostering');
      await notYetFostering(page);
      // Date: empty, impossible, in the future, too long ago.
      await submit(page);
      assert.deepEqual(await errors(page), { summary: ['Enter your date of birth'], inline: ['Enter your date of birth'] });
      assert.match(await page.title(), /^Error: What is your date of birth\? - /);
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'error-summary');
      assert.equal(await page.locator('.govuk-error-summary [role=alert]').count(), 1);
      await axe(page);
      await page.locator('#error-summary a').click();
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'carer_date_of_birth-day');
      for (const [date, message] of [
        [['31', '2', '1990'], 'Date of birth must be a real date'],
        [['1', '1', String(new Date().getFullYear() + 1)], 'Date of birth must be in the past'],
        [['1', '1', '1850'], `Date of birth must be the same as or after ${await earliestBirth(page)}`],
        [['1', '', '1990'], 'Date of birth must include a month'],
      ]) {
        await enter(page, { date });
        await page.locator('#continue').click();
        await page.locator('#error-summary a', { hasText: message }).waitFor();
        assert.deepEqual((await errors(page)).inline, [message]);
      }
      assert.equal(await page.getByLabel('Year', { exact: true }).inputValue(), '1990', 'answers are kept after an error');
      await enter(page, { date: ['5', '5', '1985'] });
      await submit(page);
      // Radios: nothing chosen.
      await submit(page);
      assert.deepEqual((await errors(page)).summary, ['Select yes if you live in Kent or Medway']);
      assert.match(await page.title(), /^Error: Do you live in Kent or Medway\?/);
      await axe(page);
      await page.locator('#error-summary a').click();
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'lives_in_kent_or_medway');
      await answerAll(page, { ...FOSTER, 'How many children': '', 'How old is child 1': '' }).catch(() => {});
      // Numbers: empty, decimal comma, out of range.
      assert.match(await heading(page), /How many children/);
      for (const [text, message] of [
        ['12,50', 'Enter a whole number, like 12'],
        ['2.5', 'Enter a whole number, like 12'],
        ['11', 'The number of children must be from 1 to 10'],
        ['1,250', 'The number of children must be from 1 to 10'],
      ]) {
        await enter(page, text);
        await page.locator('#continue').click();
        await page.locator('#error-summary a', { hasText: message }).waitFor();
        assert.equal(await page.locator('#children_count').inputValue(), text, 'the answer is kept');
      }
      await axe(page);
    }));

  test('a number with a thousands comma is accepted ("1,250" months)', () =>
    withPage(async (page) => {
      await openJourney(page, env.server.url, 'adoption');
      await answerAll(page, {
        'your date of birth': { date: ['12', '4', '1988'] },
        'with a partner': 'No',
        'permanent home': 'No',
        'How many months have you lived': '1,250',
        'cautioned or convicted': 'No',
      });
      assert.match(await page.locator('#answers').textContent(), /1250/);
    }));

  /** Opens "Could I foster?" and answers the first two questions (a date of birth, then "Yes"). */
  async function toSpareBedroom(page) {
    await openJourney(page, env.server.url, 'fostering');
    await notYetFostering(page);
    await enter(page, { date: ['5', '5', '1985'] });
    await submit(page);
    await enter(page, 'Yes');
    await submit(page);
    assert.match(await heading(page), /spare bedroom/);
  }

  test('browser Back and Forward move between steps and keep answers', () =>
    withPage(async (page) => {
      await toSpareBedroom(page);
      await page.goBack();
      await page.waitForFunction(() => document.title.startsWith('Do you live in Kent'));
      assert.equal(await page.getByLabel('Yes', { exact: true }).isChecked(), true);
      await page.goBack();
      await page.waitForFunction(() => document.title.startsWith('What is your date of birth'));
      assert.equal(await page.getByLabel('Year', { exact: true }).inputValue(), '1985');
      await page.goForward();
      await page.waitForFunction(() => document.title.startsWith('Do you live in Kent'));
      assert.ok(page.url().endsWith('?journey=fostering'), 'the address keeps only the journey');
      // The back link goes to the previous question too.
      await clickAndWait(page, page.locator('.govuk-back-link'));
      assert.match(await heading(page), /date of birth/);
    }));

  test('each question shows its own saved radio answer when you come back to it', () =>
    withPage(async (page) => {
      // Two yes/no questions in a row: "Yes" (the first radio) on one, "No"
      // (the second) on the next. The browser unticks a radio that joins a
      // group where another is ticked, so reused inputs once showed neither.
      await toSpareBedroom(page);
      await enter(page, 'No');
      await clickAndWait(page, page.locator('#main-content .govuk-back-link'));
      assert.equal(await page.getByLabel('Yes', { exact: true }).isChecked(), true);
      await submit(page);
      assert.match(await heading(page), /spare bedroom/);
      assert.equal(await page.getByLabel('No', { exact: true }).isChecked(), true, 'the saved "No" is ticked');
      assert.equal(await page.getByLabel('Yes', { exact: true }).isChecked(), false);
      await page.goBack();
      await page.waitForFunction(() => document.title.startsWith('Do you live in Kent'));
      await page.goForward();
      await page.waitForFunction(() => document.title.startsWith('Do you have a spare bedroom'));
      assert.equal(await page.getByLabel('No', { exact: true }).isChecked(), true, 'and after browser Back and Forward');
    }));

  test('Change on "Check your answers" returns there after Continue', () =>
    withPage(async (page) => {
      await openJourney(page, env.server.url, 'kinship');
      await answerAll(page, {
        'How old is the child': '10',
        'looked after by the council now': 'Yes',
        'Which arrangement': "I'm not sure",
        'Where do you live': 'Kent',
      });
      await clickAndWait(page, page.getByRole('link', { name: /Change\s+Age of the child/ }));
      assert.equal(await page.locator('#child_age').inputValue(), '10');
      await enter(page, '11');
      await submit(page);
      assert.equal(await heading(page), 'Check your answers');
      assert.match(await page.locator('#answers').textContent(), /11/);
    }));

  test('kinship: a looked-after child and a child from care under a special guardianship order', () =>
    withPage(async (page) => {
      await openJourney(page, env.server.url, 'kinship');
      assert.equal(await page.locator('.govuk-exit-this-page').count(), 1);
      await answerAll(page, {
        'How old is the child': '10',
        'looked after by the council now': 'Yes',
        'Which arrangement': "I'm not sure",
        'Where do you live': 'Kent',
      }, { onEachPage: axe });
      await seeResults(page);
      assert.equal(await page.locator('#item-arrangement-connected_person_foster_carer').count(), 1);
      assert.equal(await page.locator('#item-arrangement-informal').count(), 0);
      await axe(page);
      await clickAndWait(page, page.locator('#start-again'));
      const asked = await answerAll(page, {
        'How old is the child': '6',
        'looked after by the council now': 'No',
        'looked after by a council before': 'Yes',
        'Which arrangement': 'Special guardianship order',
        'Where do you live': 'Kent',
        'already have this arrangement': 'No',
      });
      assert.ok(asked.some((q) => q.includes('before')));
      await seeResults(page);
      assert.match(await page.locator('#item-entitlement-adoption_and_special_guardianship_support_fund').textContent(), /£3,000\b(?!\.)/);
      await axe(page);
    }));

  for (const [name, years, extra, status] of [
    ['eligible (16, in care 30 weeks)', 16, { 'in care now': 'Yes', 'how many weeks': '30' }, 'eligible'],
    ['eligible (17, in care, living with a foster carer)', 17, { 'in care now': 'Yes', 'how many weeks': '60', 'live with your foster carer': 'Yes' }, 'eligible'],
    ['relevant (17, left care)', 17, {}, 'relevant'],
    ['former relevant (19)', 19, {}, 'former_relevant'],
    ['qualifying (19, in care 8 weeks)', 19, { 'how many weeks': '8' }, 'qualifying'],
    ['beyond age (26)', 26, {}, 'beyond_age'],
    ['not a care leaver (19, not in care since 16)', 19, {
      'since you turned 16, have you been in care': 'No',
      'Have you been in care at any time since you turned 16': 'No',
      'how many weeks': '0',
    }, 'none'],
  ]) {
    test(`care leaver: ${name}`, () =>
      withPage(async (page) => {
        await openJourney(page, env.server.url, 'care_leaver');
        assert.equal(await page.locator('.govuk-exit-this-page').count(), 1);
        const asked = await answerAll(page, careLeaver(years, extra), { onEachPage: status === 'eligible' ? axe : undefined });
        if (years < 18) assert.ok(!asked.some((q) => q.includes('the day you turned 18')), 'no 18th-birthday question under 18');
        if (years >= 25) assert.equal(asked.length, 1, 'only the date of birth is asked at 25 or over');
        assert.equal(await seeResults(page), status);
        const main = await page.locator('#main-content').textContent();
        if (status === 'beyond_age') {
          assert.match(main, /18\+ Care Leavers Service/);
          // Only the date of birth was asked: no list of places with reasons resting on answers never given.
          assert.equal(await page.locator('#accommodation').count(), 0);
        } else {
          if (status === 'eligible') assert.ok(asked.some((q) => /live with your foster carer/.test(q)), 'in care under 18: asked about the foster carer');
          if (extra['live with your foster carer'] === 'Yes') {
            // Staying Put opens at 18 for someone in care living with a foster carer.
            assert.match(await page.locator('#accommodation-later').textContent(), /Staying Put/);
          }
          assert.equal(await page.locator('#accommodation-now, #accommodation-later, #not-available').count() > 0, true);
          if (status === 'none') {
            // Not a care leaver: nothing on a care leaver's timeline concerns them
            // (Kent Supported Homes are for children in care and care leavers).
            assert.equal(await page.locator('#timeline').count(), 0);
            await axe(page);
            return;
          }
          assert.ok((await page.locator('#timeline .govuk-summary-list__row').count()) > 0);
          const timeline = await page.locator('#timeline').textContent();
          assert.match(timeline, /\d{1,2} [A-Z][a-z]+ \d{4}/);
          // Only what is still to come: no date before today.
          const today = new Date(new Date().toDateString());
          for (const date of await page.locator('#timeline .govuk-summary-list__key').allTextContents()) {
            assert.ok(new Date(`${date.trim()} 12:00`) >= today, `${date.trim()} is not in the past`);
          }
          // The timeline speaks only of what this person gets.
          if (status !== 'qualifying') assert.match(timeline, /personal adviser/);
        }
        await axe(page);
      }));
  }

  test('adoption: likely eligible as a couple, not eligible when not resident long enough', () =>
    withPage(async (page) => {
      await openJourney(page, env.server.url, 'adoption');
      await answerAll(page, {
        'What is your date of birth': { date: ['12', '4', '1988'] },
        'with a partner': 'Yes',
        "partner's date of birth": { date: ['30', '9', '1990'] },
        'permanent home': 'Yes',
        'cautioned or convicted': 'No',
      }, {
        onEachPage: async (p) => {
          await axe(p);
          // Only the person's own date of birth is marked as theirs, not the partner's.
          const dates = await p.locator('.govuk-date-input input').evaluateAll((els) => els.map((e) => [e.id, e.getAttribute('autocomplete')]));
          for (const [id, value] of dates) assert.equal(value, id.startsWith('date_of_birth-') ? `bday-${id.split('-')[1]}` : null, id);
        },
      });
      assert.equal(await seeResults(page), 'likely_eligible');
      await axe(page);
      await clickAndWait(page, page.locator('#start-again'));
      await answerAll(page, {
        'What is your date of birth': { date: ['2', '2', '1990'] },
        'with a partner': 'No',
        'permanent home': 'No',
        'How many months have you lived': '6',
        'cautioned or convicted': 'No',
      });
      assert.equal(await seeResults(page), 'not_eligible');
      assert.equal(await page.locator('#item-blocker-residence').count(), 1);
      await axe(page);
    }));

  test('nothing scrolls sideways at 320 px: question, error, check answers and results', () =>
    withPage(async (page) => {
      await openJourney(page, env.server.url, 'care_leaver');
      await submit(page);
      assert.ok((await sidewaysOverflow(page)) <= 0, 'error page');
      await answerAll(page, careLeaver(19), {
        onEachPage: async () => assert.ok((await sidewaysOverflow(page)) <= 0, `question ${await heading(page)}`),
      });
      assert.ok((await sidewaysOverflow(page)) <= 0, 'check answers');
      await seeResults(page);
      assert.ok((await sidewaysOverflow(page)) <= 0, 'results');
      await openJourney(page, env.server.url, 'fostering');
      await answerAll(page, FOSTER);
      await seeResults(page);
      assert.ok((await sidewaysOverflow(page)) <= 0, 'fostering results');
    }, { viewport: { width: 320, height: 640 } }));

  test('plan for another date re-evaluates the rules', () =>
    withPage(async (page) => {
      await openJourney(page, env.server.url, 'fostering');
      await answerAll(page, { ...FOSTER, 'How many children': '1' });
      await seeResults(page);
      // The example is the next 1 April, said once.
      const hint = await page.locator('#plan_date-hint').textContent();
      const year = Number(hint.match(/For example, 1 4 (\d{4})$/)?.[1]);
      const now = new Date();
      assert.equal(year, now.getMonth() < 3 ? now.getFullYear() : now.getFullYear() + 1, hint);
      assert.equal(hint.match(/for example/gi).length, 1, hint);
      await page.locator('#plan_date-day').fill('1');
      await page.locator('#plan_date-month').fill('9');
      await page.locator('#plan_date-year').fill('2025');
      await page.locator('#plan-date-submit').click();
      await page.locator('#rules-as-at', { hasText: 'Rules as at 1 September 2025' }).waitFor();
      assert.match(await page.locator('#pay-child_1').textContent(), /£383\.15/);
      // Before the first rate table held: the earliest figures, said as such (not "latest", not "yet").
      await page.locator('#plan_date-day').fill('1');
      await page.locator('#plan_date-month').fill('1');
      await page.locator('#plan_date-year').fill('2020');
      await page.locator('#plan-date-submit').click();
      await page.locator('#rules-as-at', { hasText: 'Rules as at 1 January 2020' }).waitFor();
      const warning = await page.locator('#main-content .govuk-warning-text').first().textContent();
      assert.match(warning, /the earliest figures we know, from 1 April 2024/);
      assert.doesNotMatch(warning, /\byet\b|latest/);
      await page.locator('#plan_date-year').fill('');
      await page.locator('#plan-date-submit').click();
      await page.locator('#error-summary').waitFor();
      assert.match(await page.title(), /^Error: /);
    }));

  test('a link with the answers restores them at "Check your answers"; saving is opt-in and clearable', () =>
    withPage(async (page) => {
      await openJourney(page, env.server.url, 'fostering');
      await answerAll(page, { ...FOSTER, 'How many children': '1' });
      await seeResults(page);
      assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing stored without opting in');
      await page.locator('#share-start').click();
      await page.locator('#share-warning .govuk-warning-text').waitFor();
      // The pressed button is gone: focus is on what replaced it, not the page's body.
      await page.waitForFunction(() => document.activeElement?.id === 'share-warning');
      await axe(page);
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'share-confirm');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'share-link');
      const link = await page.locator('#share-link').inputValue();
      assert.match(link, /\?journey=fostering#a=3\.f\.[0-9a-z._]+$/);
      assert.ok(link.length < 2100);
      await page.waitForFunction(() => location.hash.startsWith('#a=3.'));
      await page.locator('#save-on-device').check();
      await page.waitForFunction(() => localStorage.getItem('kent-support-planner.answers')?.startsWith('3.f.'));
      await page.locator('#save-clear').click();
      await page.waitForFunction(() => localStorage.length === 0);
      await page.waitForFunction(() => document.activeElement?.id === 'save-status');
      assert.equal(await page.locator('#save-status').textContent(), 'Saved answers cleared.');

      const { context, page: other } = await openPage(env.browser);
      try {
        await other.goto(link);
        await waitForApp(other);
        assert.equal(await heading(other), 'Check your answers');
        assert.match(await other.locator('#answers').textContent(), /5 May 1985/);
      } finally {
        await context.close();
      }
    }));

  test('saved answers are offered on the start page and can be cleared', () =>
    withPage(async (page) => {
      await saveKinshipAnswers(page, env.server.url);
      await page.goto(env.server.url);
      await waitForApp(page);
      await page.locator('#saved-answers').waitFor();
      await axe(page);
      await clickAndWait(page, page.getByRole('button', { name: 'Continue with saved answers' }));
      assert.equal(await heading(page), 'Check your answers');
      await page.goto(env.server.url);
      await waitForApp(page);
      await page.getByRole('button', { name: 'Clear saved answers' }).click();
      await page.waitForFunction(() => localStorage.length === 0);
      assert.equal(await page.locator('#saved-answers').count(), 0);
      // The button took itself away: focus is on the words saying it worked.
      await page.waitForFunction(() => document.activeElement?.id === 'saved-cleared');
      assert.equal(await page.locator('#saved-cleared').textContent(), 'Saved answers cleared.');
      await axe(page);
    }));

  test('the skip link moves focus to the main content on a question', () =>
    withPage(async (page) => {
      await openJourney(page, env.server.url, 'care_leaver');
      await page.locator('body').focus();
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.className), 'govuk-skip-link');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'main-content');
    }));

  test('"Start again" after saving says it cleared the saved answers too', () =>
    withPage(async (page) => {
      await saveKinshipAnswers(page, env.server.url);
      await clickAndWait(page, page.locator('#start-again'));
      assert.match(await heading(page), /How old is the child/);
      await page.waitForFunction(() => localStorage.length === 0);
      assert.match(await page.locator('#saved-cleared-notice').textContent(), /Saved answers cleared\./);
      assert.match(await page.locator('#app-live').textContent(), /^Saved answers cleared\. Now showing: /, 'and it is announced, with one full stop');
      await axe(page);
      // Said once: the next page has no notice.
      await enter(page, '4');
      await submit(page);
      assert.equal(await page.locator('#saved-cleared-notice').count(), 0);
    }));

  test('"Exit this page" replaces the page with the BBC weather page', () =>
    withPage(async (page) => {
      await page.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }));
      await openJourney(page, env.server.url, 'care_leaver');
      const before = await page.evaluate(() => history.length);
      await page.getByRole('button', { name: /Exit this page/ }).click();
      await page.waitForURL('https://www.bbc.co.uk/weather');
      assert.equal(await page.evaluate(() => history.length), before, 'replaced, not added to the history');
      // From the keyboard: Space works on it as on any button.
      await openJourney(page, env.server.url, 'kinship');
      await page.getByRole('button', { name: /Exit this page/ }).focus();
      await page.keyboard.press('Space');
      await page.waitForURL('https://www.bbc.co.uk/weather');
    }));

  test('"Exit this page": Shift pressed three times within 5 seconds exits, only where the button shows', () =>
    withPage(async (page) => {
      await page.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }));
      await page.clock.install();
      const shift = async (times) => {
        for (let i = 0; i < times; i += 1) await page.keyboard.press('Shift');
      };
      const status = () => page.locator('#exit-this-page-status').textContent();
      // Fostering shows no button, so the shortcut does nothing.
      await openJourney(page, env.server.url, 'fostering');
      await shift(3);
      assert.equal(await heading(page), 'Are you already a foster carer?');
      // Kinship: two presses, then 5 seconds pass: it starts again.
      await openJourney(page, env.server.url, 'kinship');
      await shift(2);
      assert.equal(await status(), 'Shift, press 1 more time to exit.');
      assert.equal(await page.locator('.govuk-exit-this-page__indicator-light--on').count(), 2);
      await page.clock.fastForward(5001);
      await page.locator('#exit-this-page-status', { hasText: 'Exit this page expired.' }).waitFor();
      await shift(1);
      assert.equal(await status(), 'Shift, press 2 more times to exit.');
      // Typing (another key) between presses starts again too.
      await page.keyboard.press('a');
      await shift(2);
      assert.equal(await page.evaluate(() => location.hostname), '127.0.0.1');
      // Back to the start page: the button and its listener are gone.
      await clickAndWait(page, page.locator('.govuk-back-link'));
      assert.equal(await page.locator('.govuk-exit-this-page').count(), 0);
      await shift(3);
      assert.equal(await heading(page), 'Kent Support Planner');
      // A care leaver's question: three presses within 5 seconds replace the page.
      await openJourney(page, env.server.url, 'care_leaver');
      const length = await page.evaluate(() => history.length);
      await shift(2);
      await page.clock.fastForward(4000);
      await shift(1);
      await page.waitForURL('https://www.bbc.co.uk/weather');
      assert.equal(await page.evaluate(() => history.length), length, 'replaced, not added to the history');
    }));

  test('kinship: the result heading names what the family told us', () =>
    withPage(async (page) => {
      await openJourney(page, env.server.url, 'kinship');
      await answerAll(page, {
        'How old is the child': '6', 'looked after by the council now': 'No', 'looked after by a council before': 'Yes',
        'Which arrangement': 'Special guardianship order', 'Where do you live': 'Kent', 'already have this arrangement': 'No',
      });
      await seeResults(page);
      assert.equal(await heading(page), 'Support for a special guardian in Kent');
      assert.match(await page.locator('#next').textContent(), /Kent County Council's children's services/);
      // What to do next names the family's own council.
      for (const [arrangement, lives, expected, council] of [
        ["I'm not sure", 'Medway', 'Support for your family in Medway', /Medway Council's children's services/],
        ['Child arrangements order', 'Somewhere else', 'Support for a carer with a child arrangements order outside Kent and Medway', /the council where you live/],
      ]) {
        await clickAndWait(page, page.locator('#start-again'));
        const asked = await answerAll(page, { 'How old is the child': '6', 'looked after by the council now': 'No', 'looked after by a council before': 'No', 'Which arrangement': arrangement, 'Where do you live': lives, 'grandparent, brother, sister': 'No', 'already have this arrangement': 'No' });
        // Whether the carer is a close relative is asked only where it can be private fostering.
        assert.equal(asked.some((q) => q.includes('grandparent, brother, sister')), arrangement === "I'm not sure");
        await seeResults(page);
        assert.equal(await heading(page), expected);
        const next = await page.locator('#next').textContent();
        assert.match(next, council);
        assert.doesNotMatch(next, /Kent County Council's children's services/);
      }
      await axe(page);
    }));

  test('planning for a date after the 18th birthday asks the new questions first', () =>
    withPage(async (page) => {
      await openJourney(page, env.server.url, 'care_leaver');
      const asked = await answerAll(page, careLeaver(17));
      assert.ok(!asked.some((q) => q.includes('the day you turned 18')));
      assert.equal(await seeResults(page), 'relevant');
      const on = new Date();
      on.setFullYear(on.getFullYear() + 1);
      const words = `${on.getDate()} ${on.toLocaleString('en-GB', { month: 'long' })} ${on.getFullYear()}`;
      await page.locator('#plan_date-day').fill(String(on.getDate()));
      await page.locator('#plan_date-month').fill(String(on.getMonth() + 1));
      await page.locator('#plan_date-year').fill(String(on.getFullYear()));
      await clickAndWait(page, page.locator('#plan-date-submit'));
      assert.match(await heading(page), /the day you turned 18/);
      const banner = page.locator('#plan-notice');
      assert.equal(await banner.getAttribute('role'), 'region');
      assert.match(await banner.textContent(), new RegExp(`Because you are planning for ${words}, we need to ask \\d+ more questions?`));
      assert.match(await page.locator('#app-live').textContent(), /Because you are planning for/);
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
      await axe(page);
      const more = await answerAll(page, careLeaver(17));
      assert.ok(more.length >= 2, `the new questions: ${more.join(' | ')}`);
      assert.equal(await page.locator('#plan-notice').count(), 0, 'the banner shows on the first new question only');
      assert.match(await page.locator('#planning-for').textContent(), new RegExp(`planning for ${words}`));
      assert.equal(await seeResults(page), 'former_relevant');
      assert.equal(await page.locator('#rules-as-at').textContent(), `Rules as at ${words}`);

      // A link to these answers opens at the planned date, with the answers
      // to that date's questions.
      await page.locator('#share-start').click();
      await page.locator('#share-confirm').click();
      const link = await page.locator('#share-link').inputValue();
      const compact = `${on.getFullYear()}${String(on.getMonth() + 1).padStart(2, '0')}${String(on.getDate()).padStart(2, '0')}`;
      assert.match(link, new RegExp(`#a=3\\.c\\.p${compact}\\.`));
      const { context, page: other } = await openPage(env.browser);
      try {
        await other.goto(link);
        await waitForApp(other);
        assert.equal(await heading(other), 'Check your answers');
        assert.match(await other.locator('#answers').textContent(), /the day you turned 18/);
        assert.match(await other.locator('#planning-for').textContent(), new RegExp(`planning for ${words}`));
        await clickAndWait(other, other.locator('#confirm'));
        assert.equal(await other.locator('#rules-as-at').textContent(), `Rules as at ${words}`);
      } finally {
        await context.close();
      }
    }));

  // Only the questions that matter: an answer that decides the result ends the questions.
  test('a fostering enquirer of 16 is told after the age question, not ten questions later', () =>
    withPage(async (page) => {
      await openJourney(page, env.server.url, 'fostering');
      const asked = await answerAll(page, { 'already a foster carer': 'No', 'date of birth': { date: bornYearsAgo(16) } });
      assert.deepEqual(asked, ['Are you already a foster carer?', 'What is your date of birth?']);
      assert.equal(await seeResults(page), 'not_eligible');
      await axe(page);
    }));

  test('a care leaver another council looked after is asked nothing after that answer', () =>
    withPage(async (page) => {
      await openJourney(page, env.server.url, 'care_leaver');
      const asked = await answerAll(page, careLeaver(19, { 'Kent County Council the council': 'No' }));
      assert.equal(asked.length, 2, asked.join(' | '));
      assert.match(asked[1], /Kent County Council/);
      await axe(page);
      await seeResults(page);
    }));

  test('P3, a couple in Canterbury not yet fostering: no skills level, disability yes, no or not sure, and a partner question', () =>
    withPage(async (page) => {
      await openJourney(page, env.server.url, 'fostering');
      const asked = await answerAll(page, {
        ...FOSTER,
        'date of birth': { date: bornYearsAgo(43) },
        'How old is child 1': '6',
        'How old is child 2': '13',
        'child 2 have a disability': 'Not sure',
        'foster with a partner': 'Yes',
      });
      assert.equal(asked[0], 'Are you already a foster carer?');
      assert.ok(!asked.some((q) => q.includes('Payment for Skills')), 'not asked of someone not yet fostering');
      assert.ok(asked.includes('Would you foster with a partner?'));
      assert.equal(asked.length, 12, asked.join(' | '));
      assert.match(await page.locator('#answers').textContent(), /Not sure/);
      assert.equal(await seeResults(page), 'likely_eligible');
    }));

  test('P2, a Kent care leaver of 19 at college: the 18th birthday settles the 16th, and no number of weeks', () =>
    withPage(async (page) => {
      await openJourney(page, env.server.url, 'care_leaver');
      const asked = await answerAll(page, careLeaver(19, { 'education or training': 'Yes', 'live with your foster carer': 'Yes' }));
      assert.ok(!asked.some((q) => /how many weeks|at any time since you turned 16/.test(q)), asked.join(' | '));
      const at = (re) => asked.findIndex((q) => re.test(q));
      assert.ok(at(/13 weeks/) >= 0 && at(/13 weeks/) < at(/the day you turned 18/));
      assert.ok(asked.length <= 13, `${asked.length} questions: ${asked.join(' | ')}`);
      assert.equal(await seeResults(page), 'former_relevant');
    }));

  // Nothing lost on reload: this tab keeps the answers in progress (sessionStorage).
  test('a reload in the middle of My local offer keeps the answers and the page', () =>
    withPage(async (page) => {
      await openJourney(page, env.server.url, 'care_leaver');
      for (const answer of [{ date: bornYearsAgo(19) }, 'Yes', 'No']) {
        await enter(page, answer);
        await submit(page);
      }
      assert.match(await heading(page), /13 weeks/);
      await enter(page, 'Yes');
      const title = await heading(page);
      assert.equal(await page.evaluate(() => Object.keys(sessionStorage).join()), 'kent-support-planner.progress');
      assert.equal(await page.evaluate(() => Object.keys(localStorage).length), 0, 'nothing in localStorage without opting in');
      await page.reload();
      await waitForApp(page);
      assert.equal(await heading(page), title, 'the same page');
      assert.equal(await page.getByLabel('Yes', { exact: true }).isChecked(), true, 'even the answer chosen before the reload');
      await page.reload();
      await waitForApp(page);
      assert.equal(await heading(page), title);
      await clickAndWait(page, page.locator('.govuk-back-link'));
      assert.equal(await heading(page), 'Are you in care now?');
      assert.equal(await page.getByLabel('No', { exact: true }).isChecked(), true, 'the answers are kept');
      await submit(page);
      await enter(page, 'Yes');
      await submit(page);
      await page.reload();
      await waitForApp(page);
      assert.match(await heading(page), /the day you turned 18/, 'the page after the reload is the one it was on');
      await answerAll(page, careLeaver(19));
      assert.match(await page.locator('#answers').textContent(), /Kent/);
      await page.reload();
      await waitForApp(page);
      assert.equal(await heading(page), 'Check your answers');
      await axe(page);
    }));

  test('"Start again" and "Exit this page" leave nothing in the tab', () =>
    withPage(async (page) => {
      await page.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }));
      const kept = () => page.evaluate(() => Object.keys(sessionStorage));
      await openJourney(page, env.server.url, 'care_leaver');
      await enter(page, { date: bornYearsAgo(19) });
      await submit(page);
      assert.deepEqual(await kept(), ['kent-support-planner.progress']);
      await clickAndWait(page, page.locator('#start-again'));
      await page.waitForFunction(() => sessionStorage.length === 0);
      await page.reload();
      await waitForApp(page);
      assert.equal(await heading(page), 'What is your date of birth?');
      assert.equal(await page.getByLabel('Year', { exact: true }).inputValue(), '');
      // Exit this page: the answers go before the page does.
      await enter(page, { date: bornYearsAgo(19) });
      await submit(page);
      await enter(page, 'Yes');
      await submit(page);
      assert.deepEqual(await kept(), ['kent-support-planner.progress']);
      await page.getByRole('button', { name: /Exit this page/ }).click();
      await page.waitForURL('https://www.bbc.co.uk/weather');
      await page.goto(`${env.server.url}?journey=care_leaver`);
      await waitForApp(page);
      assert.equal(await heading(page), 'What is your date of birth?', 'back in the same tab: a fresh start');
      assert.deepEqual(await kept(), []);
      assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), []);
    }));
});
