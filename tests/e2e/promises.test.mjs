// The product's promises, proved against the built app (dist/) served with
// exactly the security headers of dist/headers.json (scripts/headers.mjs):
// - the app works under the strict CSP with 0 violations, and a fetch to
//   another origin is blocked;
// - random walks through every journey make 0 requests, open 0 websockets
//   and send 0 beacons after the first render, and leave no cookies and no
//   storage beyond the tab unless the person opted in to saving (then only
//   our one key); the one service worker is ours, and its copy holds the
//   planner's own files only; the tab keeps only the answers in progress, as the compact
//   form (sessionStorage, so a reload loses nothing);
// - a real panic in the release build (panic = "abort") shows the
//   "Sorry, there is a problem" page;
// - 50 XSS payloads in every address parameter the app reads and in the
//   fragment give 0 dialogs, 0 page errors and never reach the DOM;
// - scripts/headers.mjs fails when a file or the inline loader changes;
// - choosing a language fetches only that language's words file, once.
//
// WALKS=100 runs 100 walks a journey (default 20); SEED=<n> replays walks.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { computeHeaders } from '../../scripts/headers.mjs';
import { cachedFiles } from '../../scripts/service-worker.mjs';
import { helpers, mulberry32, seedFromEnv } from './fixtures/random.mjs';
import { launchBrowser, openPage } from './lib/browser.mjs';
import { DIST_DIR, startServer } from './lib/server.mjs';
import { answerAll, enterRandom, inspect, openJourney, pageKind, seeResults, settle, waitForApp } from './pages/journey.mjs';

const HEADERS_SCRIPT = fileURLToPath(new URL('../../scripts/headers.mjs', import.meta.url));
const JOURNEYS = ['fostering', 'kinship', 'care_leaver', 'adoption'];
const WALKS = Number.parseInt(process.env.WALKS ?? '20', 10);
const SEED = seedFromEnv();
/** The files the service worker keeps (scripts/service-worker.mjs). */
const APP_FILES = cachedFiles(DIST_DIR);
const STORAGE_KEY = 'kent-support-planner.answers';
/** This tab's answers in progress (sessionStorage): kept so a reload loses nothing. */
const PROGRESS_KEY = 'kent-support-planner.progress';
const KINSHIP = {
  'How old is the child': '10',
  'looked after by the council now': 'Yes',
  'Which arrangement': "I'm not sure",
  'Where do you live': 'Kent',
};

/** dist/headers.json as written by scripts/headers.mjs (computed the same way if it is not there yet). */
async function securityHeaders() {
  const file = join(DIST_DIR, 'headers.json');
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8'));
  const { headers, problems } = computeHeaders(DIST_DIR);
  assert.deepEqual(problems, [], 'scripts/headers.mjs finds dist/ sound');
  return headers;
}

/** Runs in every document before its own scripts: collects CSP violations and counts beacons. */
function recorder() {
  window.__cspViolations = [];
  window.addEventListener(
    'securitypolicyviolation',
    (e) => window.__cspViolations.push({ directive: e.effectiveDirective, blocked: e.blockedURI }),
    true,
  );
  window.__beacons = 0;
  if (navigator.sendBeacon) {
    const send = navigator.sendBeacon.bind(navigator);
    navigator.sendBeacon = (...args) => {
      window.__beacons += 1;
      return send(...args);
    };
  }
}

/**
 * Opens a page that records, once `rec.armed` is set, every request and
 * websocket, plus console messages about the Content Security Policy.
 */
async function openRecorded(browser, options) {
  const opened = await openPage(browser, options);
  await opened.context.addInitScript(recorder);
  const rec = { armed: false, requests: [], sockets: [], workers: [], cspConsole: [], dialogs: [] };
  opened.page.on('request', (r) => rec.armed && rec.requests.push(`${r.resourceType()} ${r.method()} ${r.url()}`));
  opened.page.on('websocket', (ws) => rec.sockets.push(ws.url()));
  opened.context.on('serviceworker', (w) => rec.workers.push(w.url()));
  opened.page.on('console', (m) => /Content.Security.Policy|Permissions.Policy/i.test(m.text()) && rec.cspConsole.push(m.text()));
  opened.page.on('dialog', (d) => {
    rec.dialogs.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  return { ...opened, rec };
}

/** Cookies, storage, IndexedDB, caches, service workers, beacons and CSP violations in the page. */
function traces(page) {
  return page.evaluate(async () => ({
    cookie: document.cookie,
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    progress: sessionStorage.getItem('kent-support-planner.progress'),
    indexedDB: (await indexedDB.databases()).map((d) => d.name),
    caches: typeof caches === 'undefined' ? [] : await caches.keys(),
    cached: typeof caches === 'undefined' ? [] : (await Promise.all((await caches.keys()).map(async (n) => (await (await caches.open(n)).keys()).map((r) => r.url)))).flat(),
    serviceWorkers: navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0,
    beacons: window.__beacons,
    csp: window.__cspViolations,
  }));
}

/**
 * One random walk from the first question: random answers (mostly valid),
 * sometimes Back or a Change link; on the result, sometimes opts in to
 * saving and sometimes makes a share link. Returns what it did.
 */
async function walk(page, r) {
  let depth = 0;
  const done = { opted: false, result: false, steps: [] };
  for (let step = 0; step < 40; step += 1) {
    const seen = await inspect(page);
    done.steps.push(seen.kind);
    if (seen.kind === 'question') {
      if (depth > 0 && r.chance(0.08)) {
        await page.goBack();
        depth -= 1;
      } else {
        await enterRandom(page, r, seen);
        await page.locator('#continue').click();
        await settle(page);
        const now = await inspect(page);
        if (now.title !== seen.title && !now.errors) depth += 1;
        continue;
      }
    } else if (seen.kind === 'check') {
      if (seen.changes > 0 && r.chance(0.15)) await page.locator('#main-content .govuk-summary-list__actions a').nth(r.below(seen.changes)).click();
      else await page.locator('#confirm').click();
      depth += 1;
    } else if (seen.kind === 'result') {
      done.result = true;
      if (r.chance(0.3)) {
        await page.locator('#save-on-device').check();
        done.opted = true;
        await page.waitForFunction((key) => localStorage.getItem(key) !== null, STORAGE_KEY);
      }
      if (r.chance(0.3)) {
        await page.locator('#share-start').click();
        await page.locator('#share-confirm').click();
        await page.locator('#share-link').waitFor();
      }
      break;
    } else {
      break;
    }
    await settle(page);
  }
  return done;
}

describe('the promises, under the strict security headers', () => {
  let server;
  let browser;
  let headers;

  before(async () => {
    headers = await securityHeaders();
    server = await startServer({ headers });
    browser = await launchBrowser();
    console.log(`# promises: seed ${SEED} (SEED=${SEED} replays), ${WALKS} walks a journey (WALKS=n for more)`);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the policy is strict and is what the server sends', async () => {
    const csp = headers['Content-Security-Policy'];
    for (const part of [
      "default-src 'none'", "style-src 'self'", "img-src 'self' data:", "frame-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'",
    ]) {
      assert.ok(csp.split('; ').includes(part), `${part} in ${csp}`);
    }
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]{43}=')+;/);
    assert.match(csp, /frame-ancestors 'self' https:\/\/www\.kent\.gov\.uk/);
    assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|\*/);
    assert.equal(headers['X-Content-Type-Options'], 'nosniff');
    assert.equal(headers['Referrer-Policy'], 'no-referrer');
    assert.equal(headers['Cross-Origin-Opener-Policy'], 'same-origin');
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
      assert.match(headers['Permissions-Policy'], new RegExp(`(^|, )${feature}=\\(\\)`));
    }
    const response = await fetch(server.url);
    for (const [name, value] of Object.entries(headers)) assert.equal(response.headers.get(name), value, name);
  });

  test('the app works to a result with 0 CSP violations; a fetch to another origin is blocked', async () => {
    const { context, page, activity, rec } = await openRecorded(browser);
    try {
      await openJourney(page, server.url, 'kinship');
      await answerAll(page, KINSHIP);
      await seeResults(page);
      assert.equal(await pageKind(page), 'result');
      const before = await traces(page);
      assert.deepEqual(before.csp, [], 'no CSP violations');
      assert.deepEqual(rec.cspConsole, [], 'no console messages about the CSP or Permissions-Policy');

      const outcome = await page.evaluate(() =>
        fetch('http://127.0.0.2:9/answers?age=10').then(() => 'sent', (e) => `blocked: ${e.name}`),
      );
      assert.equal(outcome, 'blocked: TypeError');
      await page.waitForFunction(() => window.__cspViolations.length > 0);
      const { csp } = await traces(page);
      assert.equal(csp.length, 1, `exactly the one expected violation: ${JSON.stringify(csp)}`);
      assert.equal(csp[0].directive, 'connect-src');
      assert.match(csp[0].blocked, /^http:\/\/127\.0\.0\.2:9/);
      assert.deepEqual(activity.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  for (const journey of JOURNEYS) {
    test(`${WALKS} random walks through ${journey}: 0 requests after the first render, nothing kept beyond the tab unless opted in`, async () => {
      const r = helpers(mulberry32(SEED + JOURNEYS.indexOf(journey)));
      const started = Date.now();
      let results = 0;
      let opted = 0;
      // One context for the journey's walks (a new one costs more than a
      // walk); storage is emptied after each walk's checks.
      const { context, page, activity, rec } = await openRecorded(browser);
      try {
        for (let i = 0; i < WALKS; i += 1) {
          rec.armed = false;
          rec.requests.length = 0;
          await page.goto(`${server.url}?journey=${journey}`);
          await waitForApp(page);
          rec.armed = true;
          const done = await walk(page, r);
          const seen = await traces(page);
          const where = `walk ${i} (seed ${SEED}): ${done.steps.join(' > ')}`;
          // index.html's icon is an empty data: URL, so not even an icon is fetched.
          assert.deepEqual(rec.requests, [], `no requests after the first render, ${where}`);
          assert.deepEqual(rec.sockets, [], `no websockets, ${where}`);
          // The one service worker is the planner's own (src/sw.js): its copy
          // holds the planner's files only, never answers (tests/e2e/offline.test.mjs).
          assert.ok(rec.workers.every((w) => w === `${server.url}sw.js`), `only our own service worker, ${where}: ${rec.workers}`);
          assert.equal(seen.beacons, 0, `no beacons, ${where}`);
          assert.equal(seen.cookie, '', `no cookies, ${where}`);
          assert.deepEqual(await context.cookies(), [], `no cookies at all, ${where}`);
          assert.deepEqual(seen.local, done.opted ? [STORAGE_KEY] : [], `localStorage, ${where}`);
          // The tab keeps the answers in progress, as the compact form only
          // (a step id and letters and digits: no free text), and nothing else.
          assert.ok(seen.session.every((k) => k === PROGRESS_KEY), `sessionStorage holds only the progress, ${where}`);
          if (seen.progress !== null) assert.match(seen.progress, /^[a-z0-9:_]+\|3\.[fkca](\.[a-z0-9_]+)+$/, `the progress is the compact form, ${where}`);
          assert.deepEqual(seen.indexedDB, [], `IndexedDB, ${where}`);
          assert.ok(seen.caches.every((n) => n.startsWith(`kent-support-planner ${server.url} `)), `Cache Storage: only the planner's copy, ${where}`);
          assert.ok(seen.cached.every((u) => APP_FILES.includes(u.slice(server.url.length))), `the copy holds the planner's files only, ${where}: ${seen.cached}`);
          assert.ok(seen.serviceWorkers <= 1, `service workers, ${where}`);
          assert.deepEqual(seen.csp, [], `CSP violations, ${where}`);
          assert.deepEqual(activity.pageErrors, [], `page errors, ${where}`);
          results += done.result ? 1 : 0;
          opted += done.opted ? 1 : 0;
          // The next walk starts from the first question, as a new tab would.
          await page.evaluate(() => {
            localStorage.clear();
            sessionStorage.clear();
          });
        }
      } finally {
        await context.close();
      }
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`# ${journey}: ${WALKS} walks in ${seconds} s, ${results} reached a result, ${opted} opted in to saving`);
      assert.ok(results > 0, 'at least one walk reached a result');
    });
  }

  test('the embed page previews the planner in its frame under the policy', async () => {
    const { context, page, rec } = await openRecorded(browser);
    try {
      await page.goto(`${server.url}staff.html?page=embed`);
      await page.locator('#embed-preview').scrollIntoViewIfNeeded();
      const frame = page.frameLocator('#embed-preview');
      await frame.locator('h1').waitFor();
      // The preview opens "Could I foster?" at its first question.
      assert.equal((await frame.locator('h1').textContent()).trim(), 'Are you already a foster carer?');
      assert.deepEqual((await traces(page)).csp, [], 'no CSP violations');
      assert.deepEqual(rec.cspConsole, [], 'no console messages about the CSP');
    } finally {
      await context.close();
    }
  });

  test('choosing a language fetches only its words, once, from our own origin, carrying no answers', async () => {
    const { context, page, activity, rec } = await openRecorded(browser);
    try {
      await openJourney(page, server.url, 'care_leaver');
      await page.locator('#date_of_birth-day').fill('14');
      await page.locator('#date_of_birth-month').fill('3');
      await page.locator('#date_of_birth-year').fill('2007');
      rec.armed = true;
      for (const code of ['ar', 'ti', 'ar', 'en', 'ar']) {
        await page.locator('#language-current').click();
        await page.locator(`#language-select a[hreflang="${code}"]`).click();
        await page.waitForFunction((c) => document.documentElement.lang === c, code);
      }
      assert.deepEqual(
        rec.requests,
        [`fetch GET ${server.url}locales/ar.txt`, `fetch GET ${server.url}locales/ti.txt`],
        'each language once, a plain GET of a fixed file: no query, nothing of the answers',
      );
      assert.deepEqual((await traces(page)).csp, [], 'the CSP allows it');
      assert.deepEqual(await context.cookies(), []);
      assert.equal(await page.locator('#date_of_birth-year').inputValue(), '2007', 'the answer typed is kept');
      assert.deepEqual(activity.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  test('a real panic in the release build shows the problem page (the DOM changed under Yew)', async () => {
    const { context, page, activity, rec } = await openRecorded(browser);
    try {
      await openJourney(page, server.url, 'kinship');
      // What a browser extension or a page translator might do: wrap a
      // node Yew rendered in another element. Continue with no answer makes
      // Yew insert the error summary before the form, which is no longer
      // where Yew left it: Yew's insert fails and it panics.
      await page.evaluate(() => {
        const form = document.querySelector('#question-form');
        const wrapper = document.createElement('div');
        form.before(wrapper);
        wrapper.append(form);
      });
      await page.locator('#continue').click();
      await page.locator('#problem-page').waitFor();
      assert.equal(await page.locator('#problem-page h1').textContent(), 'Sorry, there is a problem with this tool');
      assert.match(await page.locator('#problem-page').textContent(), /Your answers have not been sent anywhere\./);
      assert.equal(await page.locator('#problem-contact').getAttribute('href'), 'https://www.kent.gov.uk/contact-us');
      assert.equal(await page.locator('#problem-try-again').getAttribute('href'), page.url());
      assert.equal(await page.title(), 'Sorry, there is a problem with this tool - Kent Support Planner');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'main-content', 'focus moves to the message');
      assert.deepEqual((await traces(page)).csp, []);
      assert.deepEqual(rec.dialogs, []);
      assert.match(activity.pageErrors.join('\n'), /RuntimeError: unreachable/, 'it was a real panic (abort)');
    } finally {
      await context.close();
    }
  });

  test('the footer links to the privacy page, which says what is not collected', async () => {
    const { context, page, activity } = await openRecorded(browser);
    try {
      await page.goto(server.url);
      // The footer's contact line is a link to the council's contact page.
      assert.equal(await page.locator('#footer-contact').getAttribute('href'), 'https://www.kent.gov.uk/contact-us');
      await page.locator('#footer-privacy').click();
      await page.locator('#privacy h1').waitFor();
      assert.equal(await page.title(), 'Privacy - Kent Support Planner');
      const text = await page.locator('#privacy').textContent();
      for (const words of [/not send your answers/, /does not use cookies/, /no analytics/, /Clear saved answers/, /after the # sign/, /Anyone you give the link to/, /kept in this browser tab only/, /removed when you close the tab/]) {
        assert.match(text, words);
      }
      assert.deepEqual((await traces(page)).csp, []);
      assert.deepEqual(activity.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  describe('hostile input in the address', () => {
    let payloads;
    let params;
    before(async () => {
      payloads = (await readFile(new URL('./fixtures/xss.txt', import.meta.url), 'utf8'))
        .split('\n')
        .filter((line) => line && !line.startsWith('#'));
      // Every query parameter the app reads (src/: query_param, *_from_query) and the fragment.
      params = ['journey', 'page', 'on', 'lang', 'embed', 'origin'];
    });

    test('50 XSS payloads in each address parameter and in the fragment: 0 dialogs, 0 errors, never in the DOM', async () => {
      assert.equal(payloads.length, 50, 'tests/e2e/fixtures/xss.txt has 50 payloads');
      const { context, page, activity, rec } = await openRecorded(browser);
      try {
        for (const payload of payloads) {
          const value = encodeURIComponent(payload);
          // The payload in every parameter at once (each is read on its
          // own), with no journey and with a valid one, and in the fragment.
          const rest = params.filter((p) => p !== 'journey').map((p) => `${p}=${value}`).join('&');
          const urls = [
            `${server.url}?journey=${value}&${rest}#a=${value}`,
            `${server.url}?journey=care_leaver&${rest}#${value}`,
          ];
          for (const url of urls) {
            await page.goto(url);
            await waitForApp(page);
            await settle(page);
            const html = await page.evaluate(() => document.documentElement.innerHTML);
            assert.ok(!html.includes(payload), `the payload reached the DOM from ${url}`);
            assert.deepEqual(activity.pageErrors, [], `no page errors from ${url}`);
            assert.deepEqual(rec.dialogs, [], `no dialogs from ${url}`);
            assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], `no CSP violations from ${url}`);
          }
        }
      } finally {
        await context.close();
      }
    });
  });

  test('scripts/headers.mjs fails when a built file or the inline loader changes', async () => {
    const copy = await mkdtemp(join(tmpdir(), 'kent-headers-'));
    const run = (...args) => promisify(execFile)(process.execPath, [HEADERS_SCRIPT, copy, ...args]).then(
      ({ stdout }) => ({ code: 0, out: stdout }),
      (e) => ({ code: e.code, out: `${e.stdout}${e.stderr}` }),
    );
    try {
      await cp(DIST_DIR, copy, { recursive: true });
      assert.equal((await run()).code, 0);
      const deployed = join(copy, 'deployed-headers.json');
      await cp(join(copy, 'headers.json'), deployed);
      assert.equal((await run('--check', deployed)).code, 0);

      const index = join(copy, 'index.html');
      const html = await readFile(index, 'utf8');
      await writeFile(index, html.replace('TrunkApplicationStarted', 'TrunkApplicationStarted2'));
      const changedLoader = await run('--check', deployed);
      assert.equal(changedLoader.code, 1);
      assert.match(changedLoader.out, /inline script 'sha256-.*' is not allowed by the script-src/);
      await writeFile(index, html);

      const wasm = (await readdir(copy)).find((f) => f.endsWith('.wasm'));
      await writeFile(join(copy, wasm), Buffer.concat([await readFile(join(copy, wasm)), Buffer.from([0])]));
      const changedFile = await run();
      assert.equal(changedFile.code, 1);
      assert.match(changedFile.out, new RegExp(`SRI mismatch for /${wasm.replace('.', '\\.')}`));
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });
});
