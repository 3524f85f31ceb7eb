// Languages: the care-leaver journey in a right-to-left language (Arabic),
// answered with Arabic-Indic digits, from the start page to the result, with
// axe on every page and nothing scrolling sideways at 320 px; every language
// from the switcher; English kept for the parts not yet translated; the
// catalogue fetched only from our own origin and only when chosen; answers
// saved in a language bring it back.
//
// The language chooser is closed until opened (#language-current, its one
// line); tests/e2e/phone.test.mjs checks it opens with the keyboard.
//
// SCREENSHOTS=<dir> saves a picture of each page, to look at.

import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { expectNoAxeViolations, openPage } from './lib/browser.mjs';
import { serverAndBrowser } from './lib/suite.mjs';
import { answerAll, bornYearsAgo, clickAndWait, KINSHIP_SAVED, sidewaysOverflow, waitForApp } from './pages/journey.mjs';

const SHOTS = process.env.SCREENSHOTS;
if (SHOTS) mkdirSync(SHOTS, { recursive: true });

/** Western digits as Arabic-Indic ones: what a person with an Arabic keyboard types. */
const arabicDigits = (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));

/**
 * The care-leaver answers by field name (the inputs' `name`), so they work
 * in any language: radios by value, numbers and dates as typed.
 */
const ANSWERS = {
  date_of_birth: { date: bornYearsAgo(19).map(arabicDigits) },
  kent_care_leaver: 'yes',
  looked_after_now: 'no',
  // "Not sure": the number of weeks is then asked, typed in Arabic-Indic digits.
  looked_after_13_weeks: 'not_sure',
  weeks_looked_after_since_14: arabicDigits('40'),
  looked_after_since_16: 'yes',
  looked_after_on_18th_birthday: 'yes',
  special_guardianship_from_care: 'no',
  privately_fostered: 'no',
  in_education_or_training: 'no',
  in_higher_education: 'no',
  starting_apprenticeship: 'no',
  living_with_foster_carer: 'no',
  immigration_status: 'settled',
  unaccompanied_asylum_seeking: 'no',
  in_shared_accommodation_since_before_2023_11_13: 'no',
  disabled: 'no',
  special_educational_needs: 'no',
  care_act_eligible_needs: 'no',
};

/** The field on the current question page, by its inputs' names. */
async function fieldName(page) {
  return page.evaluate(() => {
    const input = document.querySelector('#main-content input[name], #main-content input[id$="-day"]');
    if (!input) return null;
    return input.name && !input.id.endsWith('-day') ? input.name : input.id.replace(/-day$/, '');
  });
}

async function answer(page, name) {
  const value = ANSWERS[name];
  assert.ok(value !== undefined, `no answer for the field ${name}`);
  if (typeof value === 'object') {
    const [day, month, year] = value.date;
    await page.locator(`#${name}-day`).fill(day);
    await page.locator(`#${name}-month`).fill(month);
    await page.locator(`#${name}-year`).fill(year);
  } else if ((await page.locator(`input[type=radio][name="${name}"]`).count()) > 0) {
    await page.locator(`input[type=radio][name="${name}"][value="${value}"]`).check();
  } else {
    await page.locator(`input[name="${name}"]`).fill(value);
  }
}

async function checkPage(page, what) {
  await expectNoAxeViolations(page);
  assert.ok((await sidewaysOverflow(page)) <= 0, `${what}: the page scrolls sideways`);
  const ids = await page.evaluate(() =>
    [...document.querySelectorAll('#app *')]
      .filter((el) => el.children.length === 0)
      .map((el) => el.textContent.trim())
      .filter((t) => /^[a-z_]+(\.[a-z_0-9]+)+$/.test(t)),
  );
  assert.deepEqual(ids, [], `${what}: message ids shown as words`);
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${what}.png`), fullPage: true });
}

describe('languages', () => {
  const env = serverAndBrowser();

  test('the care-leaver journey in Arabic, right to left at 320 px, typed in Arabic digits, to the result', async () => {
    const { page, context, activity } = await openPage(env.browser, { viewport: { width: 320, height: 720 } });
    try {
      await page.goto(`${env.server.url}?lang=ar`);
      await waitForApp(page);
      assert.equal(await page.getAttribute('html', 'lang'), 'ar');
      assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
      await page.locator('#draft-translation').waitFor();
      assert.notEqual(await page.locator('[data-i18n="chrome.skip"]').textContent(), 'Skip to main content', 'the header is translated');
      assert.notEqual(await page.locator('[data-i18n="chrome.privacy"]').textContent(), 'Privacy: your answers stay on this device. This tool sends nothing to Kent County Council or anyone else, and uses no cookies.', 'the footer is translated');
      assert.notEqual((await page.locator('#main-content h1').textContent()).trim(), 'Kent Support Planner');
      await checkPage(page, 'ar-320-start');

      // The start page's links load the journey's address, in the same language.
      await page.locator('a[href*="journey=care_leaver"]').first().click();
      await page.waitForURL(/[?&]journey=care_leaver&lang=ar$/);
      await waitForApp(page);
      assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
      for (let i = 0; i < 40; i += 1) {
        const name = await fieldName(page);
        if (!name) break;
        await checkPage(page, `ar-320-q${i}-${name}`);
        if (name === 'date_of_birth') {
          // The example in the hint is in the page's digits too.
          const hint = await page.locator('#date_of_birth-hint').textContent();
          assert.match(hint, /[\u0660-\u0669]/, hint);
          assert.doesNotMatch(hint, /[0-9]/, hint);
        }
        await answer(page, name);
        await clickAndWait(page, page.locator('#continue'));
        const errors = await page.locator('#error-summary').count();
        assert.equal(errors, 0, `${name}: ${errors && (await page.locator('#error-summary').textContent())}`);
      }
      await checkPage(page, 'ar-320-check');
      await clickAndWait(page, page.locator('#confirm'));
      assert.equal(await page.locator('#status').getAttribute('data-status'), 'former_relevant');
      assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
      const text = await page.locator('#main-content').textContent();
      assert.match(text, /[\u0660-\u0669]/, 'the result writes numbers in Arabic-Indic digits');
      // Words left in English: text with three or more Latin words and no Arabic,
      // outside the sources (documents keep their English titles).
      const english = await page.evaluate(() =>
        [...document.querySelectorAll('#main-content *')]
          .filter((el) => el.children.length === 0 && !el.closest('.app-source-link, [lang=en]'))
          .map((el) => el.textContent.trim())
          .filter((t) => !/[\u0600-\u06FF]/.test(t) && (t.match(/[A-Za-z]+/g) ?? []).length >= 3),
      );
      assert.deepEqual(english, [], 'nothing on the result is left in English');
      // The summary's lists are joined with the Arabic comma (and semicolon), never the Latin ones.
      const summary = await page.locator('#summary').textContent();
      assert.match(summary, /\S، \S/, summary);
      assert.doesNotMatch(summary, /[,;]/, summary);
      await checkPage(page, 'ar-320-result');

      const requests = activity.requests.map((url) => new URL(url).pathname);
      // Two page loads (the start page, then the journey's address): the words once each.
      assert.deepEqual(requests.filter((p) => p.includes('locales')), ['/locales/ar.txt', '/locales/ar.txt'], 'the Arabic words, from our own origin, once a page load');
    } finally {
      await context.close();
    }
  });

  test('answers saved in a language are offered back in it on the bare start page, and clearing them forgets it', async () => {
    const { page, context } = await openPage(env.browser);
    try {
      await page.goto(`${env.server.url}?journey=kinship&lang=ti`);
      await waitForApp(page);
      // Kinship is shown in English inside the Tigrinya page; answered by its English labels.
      await answerAll(page, KINSHIP_SAVED.answers);
      await clickAndWait(page, page.locator('#confirm'));
      await page.locator('#save-on-device').check();
      await page.waitForFunction((text) => localStorage.getItem('kent-support-planner.answers') === text, KINSHIP_SAVED.text);
      assert.equal(await page.evaluate(() => localStorage.getItem('kent-support-planner.lang')), 'ti');

      // The start page's address names no language: it opens in the saved one.
      await page.goto(env.server.url);
      await waitForApp(page);
      await page.waitForFunction(() => document.documentElement.lang === 'ti');
      await page.locator('#saved-answers').waitFor();
      assert.match(page.url(), /\?lang=ti$/, 'the address then names it, as the switcher would');
      assert.notEqual((await page.locator('#saved-answers h2').textContent()).trim(), 'You saved answers on this device');
      await checkPage(page, 'ti-saved-start');
      // An address that names a language wins, and does not replace the saved one.
      await page.goto(`${env.server.url}?lang=ar`);
      await waitForApp(page);
      await page.locator('#saved-answers').waitFor();
      assert.equal(await page.getAttribute('html', 'lang'), 'ar');
      assert.equal(await page.evaluate(() => localStorage.getItem('kent-support-planner.lang')), 'ti');
      // Choosing a language does; English is remembered too: no saved language is English.
      await page.locator('#language-current').click();
      await page.locator('#language-select a[hreflang="en"]').click();
      await page.waitForFunction(() => localStorage.getItem('kent-support-planner.lang') === null);
      await page.goto(env.server.url);
      await waitForApp(page);
      await page.locator('#saved-answers').waitFor();
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      // A journey's address speaks its own language, not the saved one, and keeps the saved one.
      await page.evaluate(() => localStorage.setItem('kent-support-planner.lang', 'ti'));
      await page.goto(`${env.server.url}?journey=care_leaver`);
      await waitForApp(page);
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      assert.equal(await page.evaluate(() => localStorage.getItem('kent-support-planner.lang')), 'ti');

      await page.goto(env.server.url);
      await waitForApp(page);
      await page.locator('#saved-answers .govuk-button--secondary').click();
      await page.waitForFunction(() => localStorage.length === 0);
      await page.goto(env.server.url);
      await waitForApp(page);
      assert.equal(await page.getAttribute('html', 'lang'), 'en', 'cleared answers take their language with them');
      assert.equal(await page.locator('#saved-answers').count(), 0);
    } finally {
      await context.close();
    }
  });

  test('an error on a question reads in the language and keeps what was typed', async () => {
    const { page, context } = await openPage(env.browser, { viewport: { width: 320, height: 720 } });
    try {
      await page.goto(`${env.server.url}?journey=care_leaver&lang=ar`);
      await waitForApp(page);
      await page.locator('#date_of_birth-day').fill('٣١');
      await page.locator('#date_of_birth-month').fill('٢');
      await page.locator('#date_of_birth-year').fill('٢٠٠٧');
      await clickAndWait(page, page.locator('#continue'));
      const summary = (await page.locator('#error-summary').textContent()).trim();
      assert.doesNotMatch(summary, /There is a problem|real date/, 'the error is not in English');
      assert.equal(await page.locator('#date_of_birth-day').inputValue(), '٣١', 'what was typed is kept');
      await checkPage(page, 'ar-320-error');
    } finally {
      await context.close();
    }
  });

  test('every language opens from the switcher, in place, keeping the answers', async () => {
    const { page, context } = await openPage(env.browser, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${env.server.url}?journey=care_leaver`);
      await waitForApp(page);
      await page.locator('#date_of_birth-day').fill('5');
      const english = (await page.locator('#main-content h1').textContent()).trim();
      for (const { code, dir } of [
        { code: 'prs', dir: 'rtl' },
        { code: 'ps', dir: 'rtl' },
        { code: 'ckb', dir: 'rtl' },
        { code: 'ti', dir: 'ltr' },
        { code: 'ar', dir: 'rtl' },
      ]) {
        await page.locator('#language-current').click();
        await page.locator(`#language-select a[hreflang="${code}"]`).click();
        await page.waitForFunction((c) => document.documentElement.lang === c, code);
        assert.equal(await page.getAttribute('html', 'dir'), dir, code);
        assert.notEqual((await page.locator('#main-content h1').textContent()).trim(), english, `${code}: the question is translated`);
        assert.equal(await page.locator('#date_of_birth-day').inputValue(), '5', `${code}: the answer typed is kept`);
        assert.match(page.url(), new RegExp(`[?&]lang=${code}(&|$)`), `${code}: the address names the language`);
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'language-current', `${code}: focus goes back to the language chooser`);
        await checkPage(page, `${code}-1280-question`);
      }
      await page.locator('#language-current').click();
      await page.locator('#language-select a[hreflang="en"]').click();
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      assert.equal((await page.locator('#main-content h1').textContent()).trim(), english);
      assert.equal(await page.locator('#draft-translation').count(), 0, 'English has no draft notice');
    } finally {
      await context.close();
    }
  });

  test('a journey not yet translated says so and is shown in English, marked as English', async () => {
    const { page, context } = await openPage(env.browser);
    try {
      await page.goto(`${env.server.url}?journey=fostering&lang=ps`);
      await waitForApp(page);
      await page.locator('#english-only').waitFor();
      assert.equal(await page.getAttribute('#main-content', 'lang'), 'en');
      assert.equal(await page.getAttribute('#main-content', 'dir'), 'ltr');
      assert.equal((await page.locator('#main-content h1').textContent()).trim(), 'Are you already a foster carer?');
      await checkPage(page, 'ps-fostering-english-only');
    } finally {
      await context.close();
    }
  });
});
