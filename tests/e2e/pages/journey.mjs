// Page object for the planner's journeys: open a journey, answer whatever
// question is on the page from a table of answers, and read the result.
// Every end-to-end spec acts through these helpers.

import assert from 'node:assert/strict';

/** Waits until the Yew app has replaced the static start page. */
export async function waitForApp(page) {
  await page.locator('#app-live').waitFor({ state: 'attached' });
}

/** Opens `?journey=<id>` (plus an optional fragment) and waits for the app. */
export async function openJourney(page, base, journey, fragment = '') {
  await page.goto(`${base}?journey=${journey}${fragment}`);
  await waitForApp(page);
}

/** The h1's text. */
export async function heading(page) {
  return (await page.locator('#main-content h1').first().textContent()).trim();
}

/** Clicks a button or link and waits for the page title to change. */
export async function clickAndWait(page, locator) {
  const before = await page.title();
  await locator.click();
  await page.waitForFunction((t) => document.title !== t, before);
}

/** Presses Continue and waits for the next page (or the same page with errors). */
export function submit(page) {
  return clickAndWait(page, page.locator('#continue'));
}

/** A date of birth `years` old today, less `days`: [day, month, year]. */
export function bornYearsAgo(years, days = 30) {
  const d = new Date();
  d.setFullYear(d.getFullYear() - years);
  d.setDate(d.getDate() - days);
  return [String(d.getDate()), String(d.getMonth() + 1), String(d.getFullYear())];
}

/**
 * Enters one answer on the current question page. `answer` is "Yes", "No", a
 * radio label, a number as text, or `{ date: [day, month, year] }`.
 */
export async function enter(page, answer) {
  if (answer && typeof answer === 'object' && answer.date) {
    const [day, month, year] = answer.date;
    await page.getByLabel('Day', { exact: true }).fill(day);
    await page.getByLabel('Month', { exact: true }).fill(month);
    await page.getByLabel('Year', { exact: true }).fill(year);
  } else if ((await page.locator('#main-content input[type=radio]').count()) > 0) {
    await page.getByLabel(answer, { exact: true }).check();
  } else {
    await page.locator('#main-content input[inputmode=numeric]').fill(answer);
  }
}

/**
 * Answers questions until "Check your answers", picking each answer from
 * `answers` by a piece of the question's text. Returns the questions asked.
 * `onEachPage` runs on every question page before it is answered.
 */
export async function answerAll(page, answers, { onEachPage } = {}) {
  const asked = [];
  for (let i = 0; i < 40; i += 1) {
    const h1 = await heading(page);
    if (h1 === 'Check your answers') return asked;
    const key = Object.keys(answers).find((k) => h1.includes(k));
    assert.ok(key, `no answer given for the question "${h1}" (asked so far: ${asked.join(' | ')})`);
    asked.push(h1);
    if (onEachPage) await onEachPage(page, h1);
    await enter(page, answers[key]);
    await submit(page);
    const errors = await page.locator('#error-summary').count();
    assert.equal(errors, 0, `answer ${JSON.stringify(answers[key])} to "${h1}" gave an error: ${errors && (await page.locator('#error-summary').textContent())}`);
  }
  throw new Error('too many questions');
}

/** From "Check your answers", goes to the result and returns its status id. */
export async function seeResults(page) {
  await clickAndWait(page, page.locator('#confirm'));
  return page.locator('#status').getAttribute('data-status');
}

/** The error summary's link texts and the inline error messages. */
export async function errors(page) {
  const summary = await page.locator('#error-summary a').allTextContents();
  const inline = (await page.locator('.govuk-error-message').allTextContents()).map((t) => t.replace(/^\s*Error:\s*/, '').trim());
  return { summary: summary.map((t) => t.trim()), inline };
}

/** The page's width beyond the viewport, in px (0 when nothing scrolls sideways). */
export function sidewaysOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
