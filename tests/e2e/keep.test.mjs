// Keeping the result (issue 19, items 1, 4 and 7): the timeline as a
// calendar file made in the browser (read back through Playwright's
// download event and checked against RFC 5545), the "What to bring and
// what to ask" checklist for a care leaver and a fostering applicant, and
// "Report a problem with this page". In every language of the care-leaver
// journey at 320 px, by keyboard, axe clean, with no request after load
// but the chosen language's words.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { expectNoAxeViolations, withOpenPage } from './lib/browser.mjs';
import { serverAndBrowser } from './lib/suite.mjs';
import { answerAll, bornYearsAgo, careLeaverAnswers, openJourney, RESULT_ANSWERS, seeResults, sidewaysOverflow } from './pages/journey.mjs';

const LIMIT = { timeout: 180_000 };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "25 August 2028" as an iCalendar DATE, "20280825". */
function icsDate(words) {
  const [d, m, y] = words.trim().split(' ');
  return `${y}${String(MONTHS.indexOf(m) + 1).padStart(2, '0')}${d.padStart(2, '0')}`;
}

/** The rows of the timeline on the page. */
function timelineRows(page) {
  return page.locator('#timeline .govuk-summary-list__row').evaluateAll((rs) =>
    rs.map((r) => ({ date: r.querySelector('dt').textContent, what: r.querySelector('dd').textContent.trim() })),
  );
}

/** The calendar file the page makes, by keyboard, read back. */
async function calendarFile(page) {
  await page.locator('#calendar-download').focus();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  return { download, text: await readFile(await download.path(), 'utf8') };
}

/** The address "Report a problem" writes to, as deploy/report-address.txt sets it (none is shipped). */
async function reportAddress() {
  const text = await readFile(new URL('../../deploy/report-address.txt', import.meta.url), 'utf8');
  return text.split('\n').map((l) => l.trim()).find((l) => l && !l.startsWith('#'));
}

/** Requests after load other than a language's words and the calendar's own blob. */
function strayRequests(activity) {
  return activity.requestsAfterLoad.filter((u) => !u.startsWith('blob:') && !/\/locales\/[a-z]+\.txt$/.test(new URL(u).pathname));
}

describe('keep the result: calendar, checklist, report a problem', () => {
  const env = serverAndBrowser();

  const withPage = (options, fn) =>
    withOpenPage(env.browser, { acceptDownloads: true, ...options }, fn, (activity) =>
      assert.deepEqual(strayRequests(activity), [], 'no request after load'),
    );

  test('a 19-year-old care leaver at college, 320 px: the calendar file holds the timeline, made in the browser, by keyboard', LIMIT, () =>
    withPage({ viewport: { width: 320, height: 740 } }, async (page) => {
      const born = bornYearsAgo(19);
      await openJourney(page, env.server.url, 'care_leaver');
      await answerAll(page, careLeaverAnswers(19, { 'education or training': 'Yes' }));
      assert.equal(await seeResults(page), 'former_relevant');
      const rows = await timelineRows(page);
      assert.ok(rows.length >= 2, `${rows.length} timeline rows`);
      // At college now: Kent Supported Homes end at 21 unless still at college then, not flatly at 25.
      const homes = rows.find((r) => r.what.startsWith("Last day of your room in a host's home"));
      assert.equal(homes.what, "Last day of your room in a host's home (Kent Supported Homes). You can stay until 25 if you are still at college");
      assert.equal(homes.date, rows.find((r) => r.what.startsWith('Last day before you turn 21')).date, 'on the day before the 21st birthday');
      const button = page.locator('#calendar-download');
      assert.equal((await button.textContent()).trim(), 'Add these dates to your calendar');
      assert.match(await page.locator('#calendar-hint').textContent(), /reminder 2 weeks before each date\. Nothing is sent\./);
      const { download, text } = await calendarFile(page);
      assert.equal(download.suggestedFilename(), 'kent-support-planner-dates.ics');
      assert.match(download.url(), /^blob:/, 'made in the browser');
      // RFC 5545: CRLF ends, lines of at most 75 octets, folded with a space.
      assert.ok(text.endsWith('\r\n'));
      assert.doesNotMatch(text.replace(/\r\n/g, ''), /[\r\n]/, 'no bare CR or LF');
      for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `${Buffer.byteLength(line)} octets: ${line}`);
      const lines = text.replace(/\r\n /g, '').split('\r\n');
      assert.deepEqual(lines.slice(0, 2), ['BEGIN:VCALENDAR', 'VERSION:2.0']);
      assert.ok(lines.some((l) => l.startsWith('PRODID:')));
      assert.equal(lines.at(-2), 'END:VCALENDAR');
      // One all-day event per timeline row, on its day, titled as the row, with a reminder 2 weeks before.
      const events = text.replace(/\r\n /g, '').split('BEGIN:VEVENT').slice(1);
      assert.equal(events.length, rows.length);
      const uids = new Set();
      for (const [i, row] of rows.entries()) {
        const e = events[i];
        const start = icsDate(row.date);
        assert.match(e, new RegExp(`\r\nDTSTART;VALUE=DATE:${start}\r\n`));
        assert.match(e, /\r\nDTEND;VALUE=DATE:\d{8}\r\n/);
        assert.match(e, /\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
        const summary = e.match(/\r\nSUMMARY:(.*)\r\n/)[1].replace(/\\([,;\\])/g, '$1');
        assert.equal(summary, row.what);
        assert.match(e, /\r\nDESCRIPTION:.*Read more: https:\/\/[^\r]+\r\n/);
        assert.match(e, /BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P14D\r\n/);
        const uid = e.match(/\r\nUID:(.*)\r\n/)[1];
        assert.match(uid, new RegExp(`-${start}@kent-support-planner$`));
        uids.add(uid);
      }
      assert.equal(uids.size, rows.length, 'a UID for each event');
      const council = events.find((e) => e.includes('SUMMARY:Last day before you turn 21'));
      assert.match(council, /DESCRIPTION:Kent pays your council tax until you turn 21\.\\nRead more: https:/);
      const dob = `${born[2]}${born[1].padStart(2, '0')}${born[0].padStart(2, '0')}`;
      assert.ok(!text.includes(dob), 'no date of birth in the file');
      // Made again, the same events keep their UIDs.
      const [again] = await Promise.all([page.waitForEvent('download'), button.click()]);
      const text2 = await readFile(await again.path(), 'utf8');
      assert.deepEqual(text2.match(/UID:.*/g), text.match(/UID:.*/g));
      assert.ok((await sidewaysOverflow(page)) <= 0, 'nothing scrolls sideways');
      await expectNoAxeViolations(page);
    }));

  // Born 1 December 2010, 18 on 1 December 2028: on-site and outreach
  // support (16 and 17 only) are theirs on their contracts' last days, 31
  // March and 30 November 2028, so those ends are on the timeline. (A
  // 17-year-old today has aged out of both by then, and is not told.)
  test("a 16-year-old in care: a contract's end reads true in the calendar, on its day and in the reminder two weeks before", LIMIT, () =>
    withPage({ viewport: { width: 360, height: 740 } }, async (page) => {
      await openJourney(page, env.server.url, 'care_leaver');
      const born = { date: ['1', '12', '2010'] };
      await answerAll(page, careLeaverAnswers(16, { 'date of birth': born, 'in care now': 'Yes', 'how many weeks': '90', 'education or training': 'Yes' }));
      await seeResults(page);
      const rows = await timelineRows(page);
      // A contract's last day: it is due to end on it (it may be extended), never "has ended".
      const contracts = rows.filter((r) => /^Kent's contract for this is due to end on this day: .+\. Ask if it still takes young people$/.test(r.what));
      assert.ok(contracts.length >= 1, rows.map((r) => r.what).join(' | '));
      const { text } = await calendarFile(page);
      const events = text.replace(/\r\n /g, '').split('BEGIN:VEVENT').slice(1);
      assert.equal(events.length, rows.length);
      for (const row of contracts) {
        const escaped = row.what.replace(/([,;\\])/g, '\\$1');
        const e = events.find((x) => x.includes(`\r\nDTSTART;VALUE=DATE:${icsDate(row.date)}\r\n`) && x.includes(`\r\nSUMMARY:${escaped}\r\n`));
        assert.ok(e, `${row.date}: ${row.what} in ${text}`);
        // The reminder, two weeks before, says the same.
        assert.ok(e.includes(`TRIGGER:-P14D\r\nDESCRIPTION:${escaped}\r\n`), e);
      }
      assert.doesNotMatch(text, /has ended/, 'nothing in the file says a contract has ended before it has');
      await expectNoAxeViolations(page);
    }));

  test('a care leaver: what to bring and what to ask, from the result; the report link', LIMIT, () =>
    withPage({ viewport: { width: 1280, height: 900 } }, async (page) => {
      await openJourney(page, env.server.url, 'care_leaver');
      await answerAll(page, careLeaverAnswers(19, { 'education or training': 'Yes' }));
      await seeResults(page);
      const section = page.locator('#checklist');
      assert.equal((await section.locator('h2').textContent()).trim(), 'What to bring and what to ask');
      assert.equal((await section.locator('p').first().textContent()).trim(), 'For your next meeting with your personal adviser.');
      const items = (await section.locator('li').allTextContents()).map((t) => t.trim());
      assert.ok(items.includes('Your passport or ID card, if you have one'), items.join(' | '));
      assert.ok(items.includes('Your pathway plan, if you have a copy'));
      assert.ok(items.includes('When will we next look at my pathway plan?'));
      // Not sent after places that take no one new (the review of 7 December 2026).
      assert.ok(!items.some((l) => /contracts were due to end/.test(l)), items.join(' | '));
      assert.ok(!items.some((l) => /immigration/i.test(l)), 'no immigration lines for a settled care leaver');
      // "What to bring" follows "What to do next".
      const [next, list] = await Promise.all([page.locator('#next').boundingBox(), section.boundingBox()]);
      assert.ok(next.y < list.y);
      // Report a problem: a mailto with the version and the rules' date only, or with no address set, where to go instead.
      const link = page.locator('#report-link');
      const href = await link.getAttribute('href');
      const address = await reportAddress();
      if (address) {
        assert.equal((await link.textContent()).trim(), 'Report a problem with this page');
        assert.ok(href.startsWith(`mailto:${address}?subject=`), href);
        const body = decodeURIComponent(new URL(href).searchParams.get('body') ?? href.split('body=')[1]);
        assert.match(body, /Planner version \d+\.\d+\.\d+/);
        assert.match(body, /Rules as at \d{1,2} [A-Z][a-z]+ \d{4}/);
        assert.match(body, /paste the link to your answers/);
        assert.doesNotMatch(href, /%23a%3D|#a=/, 'no share link in it');
      } else {
        assert.equal(href, 'https://www.kent.gov.uk/about-the-council/contact-us/complaints-and-feedback');
        assert.match(await page.locator('#report').textContent(), /To report a problem with this page, use Kent County Council's complaints and feedback page\. Say it is about the Kent Support Planner, version \d+\.\d+\.\d+\./);
      }
      await expectNoAxeViolations(page);
    }));

  test('a care leaver waiting for an asylum decision brings immigration papers and asks for legal advice', LIMIT, () =>
    withPage({ viewport: { width: 390, height: 844 } }, async (page) => {
      await openJourney(page, env.server.url, 'care_leaver');
      await answerAll(page, careLeaverAnswers(19, { 'immigration status': 'I am waiting for an asylum or appeal decision', 'seeking asylum': 'Yes' }));
      await seeResults(page);
      const items = (await page.locator('#checklist li').allTextContents()).map((t) => t.trim());
      assert.ok(items.includes('Your immigration papers, such as Home Office letters'), items.join(' | '));
      assert.ok(items.includes('Can you help me get free immigration legal advice?'));
      assert.ok(items.includes('Will I get the Essential Living Allowance, and how much is it?'), items.join(' | '));
    }));

  test('a fostering applicant: addresses, work history and referees to have at hand; no calendar', LIMIT, () =>
    withPage({ viewport: { width: 1280, height: 900 } }, async (page) => {
      await openJourney(page, env.server.url, 'fostering');
      await answerAll(page, RESULT_ANSWERS.fostering);
      assert.equal(await seeResults(page), 'likely_eligible');
      const section = page.locator('#checklist');
      assert.equal((await section.locator('p').first().textContent()).trim(), 'For your first visit or talk with Kent Fostering.');
      const items = (await section.locator('li').allTextContents()).map((t) => t.trim());
      assert.deepEqual(items.slice(0, 3), ['Your addresses for the last 10 years', 'Your work history, with any gaps explained', 'Names of 6 people who could give you a reference']);
      assert.ok(items.includes('How long will my assessment take? Kent aims to finish within 6 months.'));
      assert.equal(await page.locator('#calendar-download').count(), 0, 'no dated timeline, no calendar');
      assert.equal(await page.locator('#report-link').count(), 1);
      await expectNoAxeViolations(page);
    }));

  test('in every language of the journey, right to left too, at 320 px: translated, nothing sideways, axe clean', LIMIT, () =>
    withPage({ viewport: { width: 320, height: 740 } }, async (page) => {
      await openJourney(page, env.server.url, 'care_leaver');
      await answerAll(page, careLeaverAnswers(19, { 'education or training': 'Yes' }));
      await seeResults(page);
      const english = {
        button: (await page.locator('#calendar-download').textContent()).trim(),
        title: (await page.locator('#checklist h2').textContent()).trim(),
        report: (await page.locator('#report-link').textContent()).trim(),
      };
      for (const { code, dir } of [
        { code: 'ti', dir: 'ltr' },
        { code: 'prs', dir: 'rtl' },
        { code: 'ps', dir: 'rtl' },
        { code: 'ckb', dir: 'rtl' },
        { code: 'ar', dir: 'rtl' },
      ]) {
        await page.locator('#language-current').click();
        await page.locator(`#language-select a[hreflang="${code}"]`).click();
        await page.waitForFunction((c) => document.documentElement.lang === c, code);
        assert.equal(await page.getAttribute('html', 'dir'), dir, code);
        assert.notEqual((await page.locator('#calendar-download').textContent()).trim(), english.button, `${code}: calendar`);
        assert.notEqual((await page.locator('#checklist h2').textContent()).trim(), english.title, `${code}: checklist`);
        assert.notEqual((await page.locator('#report-link').textContent()).trim(), english.report, `${code}: report`);
        assert.ok((await sidewaysOverflow(page)) <= 0, `${code}: nothing scrolls sideways`);
        await expectNoAxeViolations(page);
      }
      // The file is in the page's language: Arabic, the last one chosen.
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#calendar-download').click()]);
      const text = await readFile(await download.path(), 'utf8');
      for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `${Buffer.byteLength(line)} octets: ${line}`);
      assert.match(text.replace(/\r\n /g, ''), /SUMMARY:[^\r]*[\u0600-\u06FF]/, 'Arabic titles');
    }));
});
