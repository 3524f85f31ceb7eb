// The staff pages' index (staff.html) and the "Rules and rates" page
// (staff.html?page=rates): every parameter from the rules crate with its
// dated values, a contents list by journey, a date control that moves the
// value in force, and a CSV file built in the browser.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { expectNoAxeViolations, expectOnlyOrigin, openPage } from './lib/browser.mjs';
import { serverAndBrowser } from './lib/suite.mjs';
import { waitForApp } from './pages/journey.mjs';

const LIMIT = { timeout: 90_000 };
const COLUMNS = 'id,title,area,from,value,unit,certainty,confirmed_until,source_title,source_url,source_date,section';

// One server and one browser for the whole file.
const env = serverAndBrowser(undefined, LIMIT);

/** Opens the rates page (with extra query text) and waits for it. */
async function openRates(page, query = '') {
  await page.goto(`${env.server.url}staff.html?page=rates${query}`);
  await waitForApp(page);
  await page.locator('#rates').waitFor();
}

/** Types a date into "Show what is in force on" and presses Show. */
async function showDate(page, [day, month, year]) {
  await page.getByLabel('Day', { exact: true }).fill(day);
  await page.getByLabel('Month', { exact: true }).fill(month);
  await page.getByLabel('Year', { exact: true }).fill(year);
  await page.locator('#rates-show').click();
}

const reward = (page) => page.locator('#param-kcc_reward_0_to_8');

/** Splits one CSV line (RFC 4180 quoting) into fields. */
function fields(line) {
  const out = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

describe('rules and rates page', () => {
  test('lists every area and parameter with its sources, and the date control moves the value in force', LIMIT, async () => {
    const { context, page, activity } = await openPage(env.browser);
    try {
      await openRates(page);
      assert.equal(await page.title(), 'Rules and rates - Kent Support Planner');
      assert.equal((await page.locator('h1').textContent()).trim(), 'Rules and rates');
      assert.equal(await page.locator('#rates section h2').count(), 6);
      // A contents list with one link a section, each landing on its heading.
      const contents = page.locator('#rates-contents a');
      assert.equal(await contents.count(), 6);
      assert.deepEqual(
        await contents.evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
        await page.locator('#rates section').evaluateAll((sections) => sections.map((s) => `#${s.id}`)),
      );
      await page.locator('#rates-contents a', { hasText: 'Care leavers' }).click();
      await page.waitForURL((url) => url.hash === '#area-care_leaver');
      assert.ok(await page.locator('#area-care_leaver h2').evaluate((h) => h.getBoundingClientRect().top < innerHeight), 'the section is on screen');
      assert.equal(await page.locator('#area-care_leaver a[href="#rates-contents"]').textContent(), 'Back to contents');
      // Developer ids are in a closed "Id for developers", not in plain view.
      const id = reward(page).locator('details.govuk-details');
      assert.equal(await id.locator('summary').textContent(), 'Id for developers');
      assert.equal(await id.evaluate((d) => d.open), false);
      assert.equal(await reward(page).getByText('kcc_reward_0_to_8').isVisible(), false);
      await id.locator('summary').click();
      assert.match(await id.textContent(), /kcc_reward_0_to_8/);
      assert.equal(await page.getByText(/^Id: /).count(), 0);
      // The title is said once: the heading names the table, no caption repeats it.
      assert.equal(await page.locator('#rates caption').count(), 0);
      const table = reward(page).locator('table');
      const named = await table.getAttribute('aria-labelledby');
      assert.deepEqual(await page.locator(`#${named}`).evaluate((h) => [h.tagName, h.textContent]), ['H3', 'Kent reward (fee) for a non-related carer, child aged 0 to 8 (weekly)']);
      assert.equal(await reward(page).locator('[role="region"]').getAttribute('aria-labelledby'), named);
      assert.equal(await page.locator('#rates table:not([aria-labelledby])').count(), 0);
      // Back to the staff pages' index.
      assert.equal(await page.locator('#staff-index-link').getAttribute('href'), 'staff.html');
      assert.ok((await page.locator('.app-param').count()) > 50);
      // Every value row has a linked https source.
      const rows = await page.locator('#rates tbody tr').count();
      const links = await page.locator('#rates tbody tr a[href^="https://"]').count();
      assert.equal(links, rows);

      await showDate(page, ['31', '3', '2025']);
      await page.locator('#rates-showing', { hasText: '31 March 2025' }).waitFor();
      assert.match(await reward(page).locator('.app-param__now').textContent(), /In force on 31 March 2025: £144\.74\./);
      const old = reward(page).locator('tr.app-in-force');
      assert.equal(await old.count(), 1);
      assert.match(await old.textContent(), /£144\.74\s*Estimate/);
      assert.match(await old.textContent(), /31 March 2025/, 'confirmed until the end of 2024-25');

      await showDate(page, ['1', '4', '2025']);
      await page.locator('#rates-showing', { hasText: '1 April 2025' }).waitFor();
      assert.match(await reward(page).locator('.app-param__now').textContent(), /In force on 1 April 2025: £150\.53\./);
      assert.match(await reward(page).locator('tr.app-in-force').textContent(), /£150\.53/);

      // After the rate table's year the latest figure is used, and the page says so.
      // Arabic-Indic digits, as the journeys' date fields accept them.
      await showDate(page, ['١', '٤', '٢٠٢٦']);
      await page.locator('#rates-showing', { hasText: '1 April 2026' }).waitFor();
      assert.match(await reward(page).locator('.app-param__now').textContent(), /£150\.53\. The source does not confirm.*the latest we know/);
      // Before the first value held, that value is the earliest we know, not the latest.
      await showDate(page, ['1', '4', '1990']);
      await page.locator('#rates-showing', { hasText: '1 April 1990' }).waitFor();
      assert.match(await reward(page).locator('.app-param__now').textContent(), /the earliest we know/);
      await showDate(page, ['1', '4', '2026']);
      await page.locator('#rates-showing', { hasText: '1 April 2026' }).waitFor();

      // Ages, dates and "until changed".
      assert.match(await page.locator('#param-foster_carer_min_age').textContent(), /18 years.*Until changed/s);
      assert.match(await page.locator('#param-contract_end_shared_accommodation').textContent(), /31 March 2026/);

      await showDate(page, ['30', '2', '2025']);
      await page.locator('#rates-on-error').waitFor();
      // GOV.UK's error pattern: a summary that takes focus and links to the field, and "Error: " in the title.
      await page.waitForFunction(() => document.activeElement?.id === 'error-summary');
      assert.match(await page.title(), /^Error: Rules and rates - /);
      await page.locator('#error-summary a').click();
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'rates-on-day');
      assert.match(await page.locator('#rates-showing').textContent(), /1 April 2026/, 'a bad date keeps the last good one');

      await expectNoAxeViolations(page);
      expectOnlyOrigin(activity, env.server.origin);
      assert.deepEqual(activity.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  test('?on= sets the date; a malformed one falls back to today and is not echoed', LIMIT, async () => {
    const { context, page } = await openPage(env.browser);
    try {
      await openRates(page, '&on=2025-03-31');
      assert.match(await page.locator('#rates-showing').textContent(), /31 March 2025/);
      await openRates(page, '&on=%3Cb%3Exyz%3C%2Fb%3E');
      const today = new Date();
      const year = String(today.getFullYear());
      assert.equal(await page.locator('#rates-on-year').inputValue(), year);
      assert.equal(await page.getByText('xyz').count(), 0);
    } finally {
      await context.close();
    }
  });

  test('lists the figures to update from 120 days before they lapse, and not the day before', LIMIT, async () => {
    const { context, page } = await openPage(env.browser);
    try {
      const lapsing = page.locator('#rates-lapsing');
      const mileage = lapsing.getByRole('link', { name: 'Kent mileage for foster carers (per mile)' });
      // Kent's 2025-26 rates are held until 31 March 2026; 120 days before is 1 December 2025.
      await openRates(page, '&on=2025-11-30');
      assert.equal(await mileage.count(), 0, 'the eve of the 120 days');
      await openRates(page, '&on=2025-12-01');
      await lapsing.locator('summary').click();
      assert.match(await mileage.locator('..').textContent(), /held until 31 March 2026/);
      assert.equal(await mileage.getAttribute('href'), '#param-kcc_mileage');
      await expectNoAxeViolations(page);
      await openRates(page, '&on=2026-12-07');
      await lapsing.locator('summary').click();
      assert.match(await mileage.locator('..').textContent(), /lapsed after 31 March 2026/);
    } finally {
      await context.close();
    }
  });

  test('"Download as CSV" makes the file in the browser with every dated value', LIMIT, async () => {
    const { context, page, activity } = await openPage(env.browser, { acceptDownloads: true });
    try {
      await openRates(page);
      const rows = await page.locator('#rates tbody tr').count();
      const requestsBefore = activity.requests.filter((u) => !u.startsWith('blob:')).length;
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#rates-download').click()]);
      assert.equal(download.suggestedFilename(), 'kent-support-planner-rules-and-rates.csv');
      assert.match(download.url(), /^blob:/);
      const text = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
      const lines = text.split('\r\n').filter((l) => l !== '');
      assert.equal(lines[0], COLUMNS);
      assert.equal(lines.length - 1, rows, 'one line for each value row on the page');
      const table = lines.slice(1).map(fields);
      for (const row of table) assert.equal(row.length, 12, row.join('|'));
      const reward = table.filter((r) => r[0] === 'kcc_reward_0_to_8');
      assert.deepEqual(
        reward.map((r) => [r[2], r[3], r[4], r[5], r[6], r[7]]),
        [
          ['fostering', '2024-04-01', '144.74', 'GBP', 'uncertain', '2025-03-31'],
          ['fostering', '2025-04-01', '150.53', 'GBP', 'confirmed', '2026-03-31'],
        ],
      );
      assert.match(reward[1][9], /^https:\/\/democracy\.kent\.gov\.uk\//);
      assert.equal(reward[1][10], '2025-03-21');
      const age = table.find((r) => r[0] === 'foster_carer_min_age');
      assert.deepEqual([age[4], age[5], age[7]], ['18', 'years', '']);
      assert.ok(table.some((r) => r[5] === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(r[4])));
      // Nothing went over the network to make it.
      assert.equal(activity.requests.filter((u) => !u.startsWith('blob:')).length, requestsBefore);
    } finally {
      await context.close();
    }
  });

  test('the planner and the staff pages each load only their own wasm, and old addresses move to staff.html', LIMIT, async () => {
    const { context, page, activity } = await openPage(env.browser);
    const wasm = () => activity.requests.filter((u) => u.endsWith('.wasm')).map((u) => new URL(u).pathname);
    try {
      await page.goto(`${env.server.url}?journey=fostering`);
      await waitForApp(page);
      assert.equal(wasm().length, 1);
      assert.match(wasm()[0], /^\/kent-support-planner-[0-9a-f]+_bg\.wasm$/, 'the planner loads the planner wasm only');
      activity.requests.length = 0;
      // staff.html with no page named opens the staff pages' index.
      await page.goto(`${env.server.url}staff.html`);
      await page.locator('#staff-index').waitFor();
      assert.deepEqual(wasm().map((p) => /^\/kent-support-planner-staff-[0-9a-f]+_bg\.wasm$/.test(p)), [true]);
      assert.equal(await page.title(), 'Staff pages - Kent Support Planner');
      // An address that names the rates page still opens it directly.
      await page.goto(`${env.server.url}staff.html?page=rates`);
      await page.locator('#rates').waitFor();
      assert.equal(await page.title(), 'Rules and rates - Kent Support Planner');
      // An address from before the staff pages had their own file keeps its query.
      await page.goto(`${env.server.url}?page=rates&on=2026-04-01`);
      await page.waitForURL((url) => url.pathname.endsWith('/staff.html'));
      assert.equal(new URL(page.url()).search, '?page=rates&on=2026-04-01');
      await page.locator('#rates').waitFor();
      assert.match(await page.locator('#rates').textContent(), /1 April 2026/);
    } finally {
      await context.close();
    }
  });

  test('the staff index says what staff can do and links to each staff page', LIMIT, async () => {
    const { context, page, activity } = await openPage(env.browser);
    try {
      await page.goto(`${env.server.url}staff.html`);
      await waitForApp(page);
      await page.locator('#staff-index').waitFor();
      assert.equal((await page.locator('h1').textContent()).trim(), 'Staff pages');
      const links = page.locator('#staff-index h2 a');
      assert.deepEqual(await links.allTextContents(), ['Rules and rates', 'Embed a journey']);
      assert.deepEqual(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href'))), ['staff.html?page=rates', 'staff.html?page=embed']);
      assert.match(await page.locator('#staff-rates').textContent(), /download the list as a CSV file/);
      assert.match(await page.locator('#staff-index').textContent(), /preview or test site/);
      assert.equal(await page.locator('#staff-static-rates').getAttribute('href'), 'rates.html');
      // The staff pages' footer has the staff links; the planner's does not.
      assert.equal(await page.locator('#footer-rates').getAttribute('href'), 'staff.html?page=rates');
      assert.equal(await page.locator('#footer-embed').getAttribute('href'), 'staff.html?page=embed');
      await expectNoAxeViolations(page);

      await links.filter({ hasText: 'Embed a journey' }).click();
      await page.locator('#embed-page').waitFor();
      await page.locator('#staff-index-link').click();
      await page.locator('#staff-index').waitFor();
      await links.filter({ hasText: 'Rules and rates' }).click();
      await page.locator('#rates').waitFor();
      assert.ok(page.url().endsWith('/staff.html?page=rates'));
      expectOnlyOrigin(activity, env.server.origin);
      assert.deepEqual(activity.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  test('the staff index reads with JavaScript off too', LIMIT, async () => {
    const { context, page } = await openPage(env.browser, { javaScriptEnabled: false });
    try {
      await page.goto(`${env.server.url}staff.html`);
      assert.equal((await page.locator('h1').textContent()).trim(), 'Staff pages');
      assert.equal(await page.locator('#main-content a[href="rates.html"]').count(), 1);
      assert.equal(await page.locator('#main-content a[href="staff.html?page=embed"]').count(), 1);
    } finally {
      await context.close();
    }
  });

  test('the public footer links only what the public needs', LIMIT, async () => {
    const { context, page } = await openPage(env.browser);
    try {
      for (const path of ['', '?journey=fostering', 'rates.html', 'privacy.html']) {
        await page.goto(`${env.server.url}${path}`);
        const links = await page.locator('footer a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        assert.deepEqual(links, ['privacy.html', 'https://www.kent.gov.uk/contact-us'], path);
        assert.equal(await page.locator('footer').getByText('Embed a journey').count(), 0, path);
      }
    } finally {
      await context.close();
    }
  });
});
