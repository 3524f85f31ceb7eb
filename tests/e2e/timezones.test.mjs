// "Today" is the browser's local date (src/clock.rs reads it once). With
// the clock fixed at 00:30 local time on an 18th birthday, the care-leaver
// journey must treat the person as 18 in every time zone, including those
// where the UTC date is still the day before (Pacific/Kiritimati, UTC+14)
// or already the day after at the evening end (Pacific/Pago_Pago, UTC-11).

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { openPage } from './lib/browser.mjs';
import { serverAndBrowser } from './lib/suite.mjs';
import { answerAll, careLeaverAnswers, openJourney, seeResults } from './pages/journey.mjs';

/** The offset of `zone` from UTC at the instant `ms`, in ms. */
function offset(zone, ms) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    }).formatToParts(new Date(ms)).map((p) => [p.type, Number(p.value)]),
  );
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - ms;
}

/** The instant that is y-m-d 00:30 local time in `zone`. */
function localHalfPastMidnight(zone, y, m, d) {
  const wall = Date.UTC(y, m - 1, d, 0, 30);
  let ms = wall - offset(zone, wall);
  ms = wall - offset(zone, ms);
  return ms;
}

const CASES = [
  ['Europe/London', 'summer time (BST)', [2026, 7, 15]],
  ['Europe/London', 'winter time (GMT)', [2026, 1, 15]],
  ['UTC', '', [2026, 3, 10]],
  ['Pacific/Kiritimati', 'UTC+14', [2026, 5, 1]],
  ['Pacific/Pago_Pago', 'UTC-11', [2026, 10, 31]],
];

/** A care leaver born 18 years before the local date [y, m, d]. */
const answersBornOn = ([y, m, d]) =>
  careLeaverAnswers(18, { 'date of birth': { date: [String(d), String(m), String(y - 18)] } });

describe('today is the local date in every time zone', () => {
  const env = serverAndBrowser();
  const statuses = new Map();

  for (const [zone, note, date] of CASES) {
    test(`${zone} ${note}: 00:30 on the 18th birthday counts as 18`.replace('  ', ' '), async () => {
      const { context, page, activity } = await openPage(env.browser, { timezoneId: zone });
      try {
        const at = localHalfPastMidnight(zone, ...date);
        await page.clock.setFixedTime(at);
        await openJourney(page, env.server.url, 'care_leaver');
        const local = await page.evaluate(() => {
          const now = new Date();
          return [now.getFullYear(), now.getMonth() + 1, now.getDate(), now.getHours(), now.getMinutes()];
        });
        assert.deepEqual(local, [...date, 0, 30], 'the page sees 00:30 local on the birthday');
        const asked = await answerAll(page, answersBornOn(date));
        assert.ok(asked.some((q) => q.includes('the day you turned 18')), 'asked about the 18th birthday, as for an 18-year-old');
        const status = await seeResults(page);
        statuses.set(`${zone} ${note}`, status);
        assert.equal(status, 'former_relevant', 'an 18-year-old who left care at 18 is a former relevant child');
        assert.deepEqual(activity.pageErrors, []);
      } finally {
        await context.close();
      }
    });
  }

  test('every zone gave the same status', () => {
    assert.equal(statuses.size, CASES.length);
    assert.equal(new Set(statuses.values()).size, 1, JSON.stringify(Object.fromEntries(statuses)));
  });
});
