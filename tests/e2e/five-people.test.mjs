// The five people of the December 2026 review (shared/reviews/people-2026-12.md),
// each walked to a result at their own screen width, checking what they see
// first (issue 20): P1 a 17-year-old from Afghanistan in care, asylum claim
// pending, on a 360 px phone in Pashto; P2 a 19-year-old Kent care leaver at
// college, 390 px; P3 a couple in Canterbury thinking of fostering children
// of 6 and 13, 1280 px; P4 a grandmother in Medway with a special guardianship
// order, 768 px; P5 a Kent web editor on the staff pages, 1280 px.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectNoAxeViolations, withOpenPage } from './lib/browser.mjs';
import { serverAndBrowser } from './lib/suite.mjs';
import { answerAll, careLeaverAnswers, openJourney, seeResults, waitForApp, RESULT_ANSWERS } from './pages/journey.mjs';

/** The top of an element, in screens of `height` from the top of the page. */
function screensTo(page, selector, height) {
  return page.locator(selector).first().evaluate((el, h) => (el.getBoundingClientRect().top + window.scrollY) / h, height);
}

/** The ids of the named contacts, in the order shown. */
function contacts(page) {
  return page.locator('#contacts [data-contact]').evaluateAll((els) => els.map((e) => e.dataset.contact));
}

/** The ids of the result's sections, in page order. */
function sections(page) {
  return page.locator('#main-content [id^="section-"]').evaluateAll((els) => els.map((e) => e.id));
}

describe('five people, what they see first', () => {
  const env = serverAndBrowser();

  const withPage = (viewport, fn) => withOpenPage(env.browser, { viewport }, fn);

  test('P1, 17, in care, asylum claim pending, 360 px in Pashto: his social worker, free immigration advice, near the top', () =>
    withPage({ width: 360, height: 740 }, async (page) => {
      await openJourney(page, env.server.url, 'care_leaver');
      await answerAll(page, careLeaverAnswers(17, {
        'in care now': 'Yes',
        'how many weeks': '30',
        'immigration status': 'I am waiting for an asylum or appeal decision',
        'seeking asylum': 'Yes',
      }));
      assert.equal(await seeResults(page), 'eligible');
      const english = await page.locator('#status h1').textContent();
      await page.locator('#language-current').click();
      await page.locator('#language-select a[hreflang="ps"]').click();
      await page.waitForFunction(() => document.documentElement.lang === 'ps' && document.documentElement.dir === 'rtl');
      await page.waitForFunction((en) => document.querySelector('#status h1')?.textContent !== en, english);
      // Under 17 and a half his social worker comes first (not the 18+
      // service); his status is not settled, so free immigration advice.
      const shown = await contacts(page);
      assert.equal(shown[0], 'kent_social_worker', shown.join(', '));
      assert.ok(shown.includes('immigration_advice'), shown.join(', '));
      assert.ok(await page.locator('#contact-emergency').isVisible(), 'the 999 line');
      // What to do next starts within the first three phone screens (13.7 before).
      const next = await screensTo(page, '#next', 740);
      assert.ok(next < 3, `#next starts ${next.toFixed(2)} screens down`);
      assert.ok((await screensTo(page, '#summary', 740)) < 1.5, 'the summary is on the first screens');
      await expectNoAxeViolations(page);
    }));

  test('P2, 19, Kent care leaver at college, 390 px: what she can get, then her personal adviser', () =>
    withPage({ width: 390, height: 844 }, async (page) => {
      await openJourney(page, env.server.url, 'care_leaver');
      await answerAll(page, careLeaverAnswers(19, { 'education or training': 'Yes' }));
      assert.equal(await seeResults(page), 'former_relevant');
      assert.match(await page.locator('#status h1').textContent(), /^Kent supports you as a care leaver/);
      const shown = await contacts(page);
      assert.equal(shown[0], 'kent_personal_adviser', shown.join(', '));
      assert.ok(!shown.includes('immigration_advice'), 'settled: no immigration advice');
      assert.ok((await screensTo(page, '#next', 844)) < 1.5, 'What to do next on the first screens');
      // The not-available places are one closed section, after the details.
      assert.equal(await page.locator('#not-available > details').evaluate((d) => d.open), false);
      await expectNoAxeViolations(page);
    }));

  test('P3, a couple in Canterbury, children of 6 and 13, 1280 px: pay only while a child lives with them, and Kent Fostering to call', () =>
    withPage({ width: 1280, height: 800 }, async (page) => {
      await openJourney(page, env.server.url, 'fostering');
      const asked = await answerAll(page, {
        ...RESULT_ANSWERS.fostering,
        'date of birth': { date: ['5', '5', '1983'] },
        'How old is child 1': '6',
        'child 1 have a disability': 'No',
        'How old is child 2': '13',
        'child 2 have a disability': 'No',
        'foster with a partner': 'Yes',
      });
      // Not carers yet: never asked a Payment for Skills level.
      assert.ok(!asked.some((q) => /Payment for Skills/.test(q)), asked.join(' | '));
      assert.ok(asked.some((q) => /partner/.test(q)), 'asked whether they would foster as a couple');
      assert.equal(await seeResults(page), 'likely_eligible');
      const summary = await page.locator('#summary').textContent();
      assert.match(summary, /only if the children live with you all year/);
      assert.equal((await contacts(page))[0], 'kent_fostering');
      assert.match(await page.locator('#contact-kent_fostering').textContent(), /03000 42 00 02/);
      assert.doesNotMatch(await page.locator('#pay').evaluate((el) => el.innerText), /£0(\.00)?\b/);
      await expectNoAxeViolations(page);
    }));

  test('P4, a grandmother in Medway with a special guardianship order, 768 px: who helps her comes first, no arrangements to choose', () =>
    withPage({ width: 768, height: 1024 }, async (page) => {
      await openJourney(page, env.server.url, 'kinship');
      await answerAll(page, {
        'How old is the child': '4',
        'looked after by the council now': 'No',
        'looked after by a council before': 'Yes',
        'Which arrangement': 'Special guardianship order',
        'Where do you live': 'Medway',
        'already have this arrangement': 'Yes',
        'Which council looked after the child': 'Medway Council',
        'close relative': 'Yes',
      });
      await seeResults(page);
      assert.equal((await contacts(page))[0], 'medway_childrens_services');
      const order = await sections(page);
      assert.equal(order[0], 'section-support', order.join(', '));
      assert.ok(!order.includes('section-arrangement'), 'no "Arrangements that could fit"');
      assert.doesNotMatch(await page.locator('#status').textContent(), /could fit/);
      await expectNoAxeViolations(page);
    }));

  test('P5, a Kent web editor, 1280 px: the staff pages open on an index, and the rates have contents', () =>
    withPage({ width: 1280, height: 900 }, async (page) => {
      await page.goto(`${env.server.url}staff.html`);
      await waitForApp(page);
      const links = await page.locator('#main-content a').evaluateAll((as) => as.map((a) => a.textContent.trim()));
      assert.ok(links.some((l) => /Rules and rates/.test(l)), links.join(' | '));
      assert.ok(links.some((l) => /Embed a journey/.test(l)), links.join(' | '));
      await expectNoAxeViolations(page);
      await page.locator('#main-content a', { hasText: 'Rules and rates' }).first().click();
      await page.locator('#main-content h1', { hasText: 'Rules and rates' }).waitFor();
      const contents = page.locator('#main-content nav a, #main-content .app-contents a');
      assert.ok((await contents.count()) >= 4, 'a contents list by journey');
      // The public footer carries no staff links.
      await page.goto(env.server.url);
      await waitForApp(page);
      assert.equal(await page.locator('footer a', { hasText: 'Embed a journey' }).count(), 0);
    }));
});
