// Reflow and zoom (WCAG 1.4.10 and 1.4.4): 200% zoom of a 1280 px window is a
// 640 CSS px viewport, and reflow is checked at 320 CSS px. At both, on every
// page state (a question, an error, check answers, each result): nothing
// scrolls sideways, no text is cut off by an element that hides overflow, and
// each table fits or scrolls inside its own labelled, focusable region.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectNoAxeViolations, openPage } from './lib/browser.mjs';
import { serverAndBrowser } from './lib/suite.mjs';
import { RESULT_ANSWERS, answerAll, openJourney, seeResults, sidewaysOverflow, submit } from './pages/journey.mjs';

/** Elements that hide overflow and whose content is wider or taller than they are. */
function clipped(page) {
  return page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll('#main-content *, header *, footer *')) {
      if (el.closest('.govuk-visually-hidden, [hidden]') || !el.checkVisibility()) continue;
      const style = getComputedStyle(el);
      const hides = (v) => v === 'hidden' || v === 'clip';
      if (!hides(style.overflowX) && !hides(style.overflowY)) continue;
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) {
        out.push(`${el.tagName.toLowerCase()}#${el.id}.${el.className}: ${el.textContent.trim().slice(0, 40)}`);
      }
    }
    return out;
  });
}

/** Tables wider than their container must sit in a labelled, focusable scroll region. */
function tablesThatDoNotFit(page) {
  return page.evaluate(() => [...document.querySelectorAll('#main-content table')].flatMap((table) => {
    const region = table.closest('.app-table-scroll');
    const container = region ?? table.parentElement;
    if (table.getBoundingClientRect().width <= container.clientWidth + 1) return [];
    const labelled = region && (region.getAttribute('aria-label') || document.getElementById(region.getAttribute('aria-labelledby') ?? '')?.textContent);
    const ok = region && region.getAttribute('role') === 'region' && region.tabIndex === 0 && labelled && getComputedStyle(region).overflowX === 'auto';
    return ok ? [] : [table.id || table.querySelector('caption')?.textContent || 'a table'];
  }));
}

async function expectReflows(page, what) {
  assert.ok((await sidewaysOverflow(page)) <= 0, `${what}: the page scrolls sideways`);
  assert.deepEqual(await clipped(page), [], `${what}: text is cut off`);
  assert.deepEqual(await tablesThatDoNotFit(page), [], `${what}: a table neither fits nor scrolls in its own region`);
}

describe('reflow at 640 px (200% zoom) and 320 px', () => {
  const env = serverAndBrowser();

  for (const width of [640, 320]) {
    test(`${width} px: a question, an error, check answers and every result`, async () => {
      const { context, page } = await openPage(env.browser, { viewport: { width, height: 720 } });
      try {
        await openJourney(page, env.server.url, 'care_leaver');
        await expectReflows(page, 'a date question');
        await submit(page);
        await expectReflows(page, 'an error');
        for (const journey of Object.keys(RESULT_ANSWERS)) {
          await openJourney(page, env.server.url, journey);
          await answerAll(page, RESULT_ANSWERS[journey]);
          await expectReflows(page, `${journey}: check answers`);
          await seeResults(page);
          await expectReflows(page, `${journey}: result`);
          // Open every "Why", "Source" and "Your answers": their text reflows too.
          await page.locator('details').evaluateAll((ds) => ds.forEach((d) => { d.open = true; }));
          await expectReflows(page, `${journey}: result with every details open`);
        }
      } finally {
        await context.close();
      }
    });
  }

  for (const width of [640, 320]) {
    test(`${width} px: the staff pages (rules and rates, embed) and the static rules and rates`, async () => {
      const { context, page } = await openPage(env.browser, { viewport: { width, height: 720 } });
      try {
        await page.goto(`${env.server.url}staff.html`);
        await page.locator('#main-content a[href*="page=rates"]').first().waitFor();
        await expectReflows(page, 'staff index');
        await page.goto(`${env.server.url}staff.html?page=rates`);
        await page.locator('#rates-download').waitFor();
        await page.waitForFunction(() => [...document.querySelectorAll('.app-table-scroll')].every((r) => (r.scrollWidth > r.clientWidth) === (r.getAttribute('tabindex') === '0')));
        await expectReflows(page, 'rules and rates');
        await page.goto(`${env.server.url}staff.html?page=embed`);
        await page.locator('#embed-snippet').waitFor();
        await expectReflows(page, 'embed a journey');
        // Without scripts every region is a tab stop: nothing can check which scroll.
        await page.goto(`${env.server.url}rates.html`);
        await expectReflows(page, 'rates.html');
      } finally {
        await context.close();
      }
    });
  }

  test('a table wider than its region scrolls in it and takes a tab stop; a table that fits takes none', async () => {
    const { context, page } = await openPage(env.browser, { viewport: { width: 320, height: 720 } });
    /** For each region: [scrolls, has a tab stop]. */
    const marks = () => page.locator('.app-table-scroll[role=region]').evaluateAll((rs) => rs.map((r) => [r.scrollWidth > r.clientWidth, r.getAttribute('tabindex') === '0']));
    const eachMatches = async () => (await marks()).every(([scrolls, stop]) => scrolls === stop);
    try {
      await openJourney(page, env.server.url, 'fostering');
      await answerAll(page, RESULT_ANSWERS.fostering);
      await seeResults(page);
      assert.equal((await marks()).length, 3, 'two children and the totals');
      await page.waitForFunction(() => [...document.querySelectorAll('.app-table-scroll')].every((r) => (r.scrollWidth > r.clientWidth) === (r.getAttribute('tabindex') === '0')));
      // Squeeze the first table (as 400% zoom would): it scrolls inside its region, which takes a tab stop.
      const first = page.locator('#pay-child_1 .app-table-scroll');
      await page.locator('#pay-child_1 table').evaluate((t) => { t.style.minWidth = '600px'; });
      await page.locator('#pay-child_1 .app-table-scroll[tabindex="0"]').waitFor();
      assert.ok((await sidewaysOverflow(page)) <= 0, 'the page still does not scroll sideways');
      assert.ok(await first.evaluate((r) => r.scrollWidth > r.clientWidth), 'the region scrolls');
      assert.match(await first.getAttribute('aria-labelledby'), /^pay-child_1-caption$/);
      await expectNoAxeViolations(page);
      // Wide enough for every table: no region scrolls, none is a tab stop.
      await page.locator('#pay-child_1 table').evaluate((t) => { t.style.minWidth = ''; });
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.waitForFunction(() => [...document.querySelectorAll('.app-table-scroll')].every((r) => r.scrollWidth <= r.clientWidth && !r.hasAttribute('tabindex')));
      assert.ok(await eachMatches());
      await expectNoAxeViolations(page);
    } finally {
      await context.close();
    }
  });
});
