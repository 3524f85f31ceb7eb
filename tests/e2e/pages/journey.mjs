// Page object for the planner's journeys: open a journey, answer whatever
// question is on the page from a table of answers, and read the result.
// Every end-to-end spec acts through these helpers.

import assert from 'node:assert/strict';

/** Waits until the Yew app has replaced the static start page. */
export async function waitForApp(page) {
  await page.locator('#app-live').waitFor({ state: 'attached' });
}

/**
 * Opens `?journey=<id>` (plus an optional fragment) and waits for the app,
 * at its first question: answers this tab kept from an earlier walk (which
 * a reload would resume) are removed first, as a new tab would have none.
 */
export async function openJourney(page, base, journey, fragment = '') {
  if (page.url().startsWith(base)) await page.evaluate(() => sessionStorage.removeItem('kent-support-planner.progress'));
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
 * The earliest date of birth the planner accepts, in words ("27 November
 * 1904"): 122 years before the page's today, the last day of February for
 * 29 February. Read in the page, whose clock and time zone the app uses.
 */
export function earliestBirth(page) {
  return page.evaluate(() => {
    const now = new Date();
    const year = now.getFullYear() - 122;
    const last = new Date(year, now.getMonth() + 1, 0).getDate();
    const month = new Date(2000, now.getMonth(), 1).toLocaleString('en-GB', { month: 'long' });
    return `${Math.min(now.getDate(), last)} ${month} ${year}`;
  });
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

/** Waits until the browser has run pending tasks and painted twice, so Yew has rendered what an action caused. */
export function settle(page) {
  // Yew renders in a microtask after the event; a new task starts after it.
  return page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
}

/**
 * What the page shows and holds, in one round trip: `kind` as for
 * `pageKind`, the number of radios, whether there is a date or a number
 * input, the number of Change links, and the title.
 */
export function inspect(page) {
  return page.evaluate(() => {
    const has = (selector) => document.querySelector(selector) !== null;
    let kind = 'other';
    if (has('#problem-page')) kind = 'problem';
    else if (has('#confirm')) kind = 'check';
    else if (has('#status')) kind = 'result';
    else if (has('#continue')) kind = 'question';
    else if (has('#app-live')) kind = 'start';
    return {
      kind,
      radios: document.querySelectorAll('#main-content input[type=radio]').length,
      date: has('#main-content input[id$="-day"]'),
      number: has('#main-content input[inputmode=numeric]'),
      changes: document.querySelectorAll('#main-content .govuk-summary-list__actions a').length,
      errors: has('#error-summary'),
      title: document.title,
    };
  });
}

/** What the page shows: 'question', 'check' (Check your answers), 'result', 'start', 'problem' or 'other'. */
export async function pageKind(page) {
  if ((await page.locator('#problem-page').count()) > 0) return 'problem';
  if ((await page.locator('#confirm').count()) > 0) return 'check';
  if ((await page.locator('#status').count()) > 0) return 'result';
  if ((await page.locator('#continue').count()) > 0) return 'question';
  if ((await page.locator('#app-live').count()) > 0) return 'start';
  return 'other';
}

/**
 * Enters a random answer on the current question page. `r` has `below`,
 * `pick` and `chance` (tests/e2e/fixtures/random.mjs). Mostly answers a
 * person could give; sometimes empty or odd text, to see errors too.
 */
export async function enterRandom(page, r, seen) {
  const { radios: count, date, number: isNumber } = seen ?? (await inspect(page));
  if (count > 0) {
    if (!r.chance(0.05)) await page.locator('#main-content input[type=radio]').nth(r.below(count)).check();
    return;
  }
  if (date) {
    const date = r.chance(0.1)
      ? [r.pick(['', '31', '0', 'x']), r.pick(['2', '13', '']), r.pick(['1990', '3000', '19'])]
      : bornYearsAgo(r.below(80), r.below(366));
    const inputs = page.locator('#main-content input[id$="-day"], #main-content input[id$="-month"], #main-content input[id$="-year"]');
    for (let i = 0; i < 3; i += 1) await inputs.nth(i).fill(date[i]);
    return;
  }
  if (isNumber) {
    await page.locator('#main-content input[inputmode=numeric]').first().fill(r.chance(0.1) ? r.pick(['', '-1', '2.5', '99999', 'ten']) : String(r.pick([0, 1, 2, 3, 5, 8, 10, 16, 30, 40, 400])));
  }
}

/** The heading words of "Since you turned 14, have you been in care for 13 weeks or more, in total?". */
export const THIRTEEN_WEEKS = '13 weeks or more';

/**
 * A care leaver `years` old today, with these answers changed. The
 * 13-weeks question is answered from 'how many weeks' (asked only where the
 * number matters) unless `extra` answers it.
 */
export function careLeaverAnswers(years, extra = {}) {
  const answers = {
    'date of birth': { date: bornYearsAgo(years) },
    'Kent County Council the council': 'Yes',
    'in care now': 'No',
    [THIRTEEN_WEEKS]: 'Yes',
    'how many weeks': '40',
    'since you turned 16, have you been in care': 'Yes',
    'Have you been in care at any time since you turned 16': 'Yes',
    'on the day you turned 18': 'Yes',
    'special guardianship order': 'No',
    'privately fostered': 'No',
    'education or training': 'No',
    'higher education': 'No',
    'apprenticeship': 'No',
    'live with your foster carer': 'No',
    'immigration status': 'British, settled, or I can claim benefits',
    'seeking asylum': 'No',
    'Shared Accommodation': 'No',
    'have a disability': 'No',
    'special educational needs': 'No',
    'eligible care and support needs': 'No',
    ...extra,
  };
  if (!(THIRTEEN_WEEKS in extra)) answers[THIRTEEN_WEEKS] = Number(answers['how many weeks']) >= 13 ? 'Yes' : 'No';
  return answers;
}

/** One set of answers per journey that reaches a result with every section. */
export const RESULT_ANSWERS = {
  fostering: {
    'already a foster carer': 'No',
    'date of birth': { date: ['5', '5', '1985'] },
    'Kent or Medway': 'Yes',
    'spare bedroom': 'Yes',
    'cautioned or convicted': 'No',
    'Who would you foster': 'Children I do not know yet',
    'Payment for Skills': 'Foundation',
    'How many children': '2',
    'How old is child 1': '7',
    'child 1 have a disability': 'No',
    'How old is child 2': '15',
    'child 2 have a disability': 'Yes',
    'foster with a partner': 'No',
  },
  kinship: {
    'How old is the child': '6',
    'looked after by the council now': 'No',
    'looked after by a council before': 'Yes',
    'Which arrangement': 'Special guardianship order',
    'Where do you live': 'Kent',
    'already have this arrangement': 'No',
  },
  care_leaver: careLeaverAnswers(19),
  adoption: {
    'What is your date of birth': { date: ['12', '4', '1988'] },
    'with a partner': 'No',
    'permanent home': 'Yes',
    'cautioned or convicted': 'No',
  },
};

/** Kinship answers that are saved on the device as this text. */
export const KINSHIP_SAVED = {
  answers: { 'How old is the child': '4', 'looked after by the council now': 'Yes', 'Which arrangement': "I'm not sure", 'Where do you live': 'Medway' },
  text: '3.k.4.y.not_sure.medway',
};

/** Answers the kinship journey, sees the result and saves the answers on the device. */
export async function saveKinshipAnswers(page, base) {
  await openJourney(page, base, 'kinship');
  await answerAll(page, KINSHIP_SAVED.answers);
  await seeResults(page);
  await page.locator('#save-on-device').check();
  await page.waitForFunction((text) => localStorage.getItem('kent-support-planner.answers') === text, KINSHIP_SAVED.text);
}

/** Walks `journey` with its RESULT_ANSWERS to the result page. */
export async function openResult(page, base, journey) {
  await openJourney(page, base, journey);
  await answerAll(page, RESULT_ANSWERS[journey]);
  return seeResults(page);
}
