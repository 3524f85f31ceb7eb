// Embedding: a journey in an iframe on a second local origin (the "host"
// page), resized by our parent script through the planner's height messages,
// and the "Embed a journey" staff page that builds the snippet.
//
// The host must be on the embed allow-list, so these tests use a build made
// with the cargo feature `e2e-origins` (scripts/test builds it into
// target/dist-e2e-origins; E2E_EMBED_DIST_DIR overrides it), which adds
// tests/e2e/embed-origins-e2e.txt: http://127.0.0.1:47621, the host's fixed
// port. A release for users is built without that feature.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { startServer } from './lib/server.mjs';
import { computeHeaders } from '../../scripts/headers.mjs';
import { expectNoAxeViolations, launchBrowser, openPage } from './lib/browser.mjs';
import { answerAll, RESULT_ANSWERS, waitForApp } from './pages/journey.mjs';

const LIMIT = { timeout: 120_000 };
const EMBED_DIST =
  process.env.E2E_EMBED_DIST_DIR ?? fileURLToPath(new URL('../../target/dist-e2e-origins/', import.meta.url));
const HOST_PORT = 47621;
const HOST = `http://127.0.0.1:${HOST_PORT}`;
// The current version of the parent script (embed/README.md), and every
// file ever shipped with the hash pages pinned (embed/shipped.txt).
const SCRIPT = 'kent-support-planner-embed-v1.js';
const SHIPPED = (await readFile(new URL('../../embed/shipped.txt', import.meta.url), 'utf8'))
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => l.split(/\s+/));

const FOSTER = RESULT_ANSWERS.fostering;

let app; // the planner, built with e2e-origins
let browser;
let hostServer; // the guidance page that embeds it, on HOST
let hostBody = ''; // what the host serves at /

/** Serves `hostBody` at / and a tiny same-origin page at /other.html on a fixed port. */
function startHost(port) {
  const server = createServer((request, response) => {
    const path = new URL(request.url, HOST).pathname;
    const body =
      path === '/'
        ? hostBody
        : path === '/other.html'
          ? '<!doctype html><html lang="en"><title>Other</title><p>Another frame on the host origin</p></html>'
          : null;
    response.writeHead(body === null ? 404 : 200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(body ?? 'Not found');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

/** A host page: a heading, the given embed markup, and extra frames. */
function hostPage(markup) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host guidance page</title></head>
<body><main><h1>Fostering in Kent</h1>
${markup}
<iframe id="same-origin-as-planner" title="Another planner page" src="${app.url}staff.html?page=rates" height="100"></iframe>
<iframe id="host-frame" title="Another host page" src="${HOST}/other.html" height="100"></iframe>
</main></body></html>`;
}

const sri = async (dir, file = SCRIPT) => `sha384-${createHash('sha384').update(await readFile(`${dir}/${file}`)).digest('base64')}`;

before(async () => {
  if (!existsSync(EMBED_DIST)) {
    throw new Error(
      `${EMBED_DIST} is missing: build it with \`trunk build --release --features e2e-origins --dist target/dist-e2e-origins\` (scripts/test does), or set E2E_EMBED_DIST_DIR`,
    );
  }
  app = await startServer({ root: EMBED_DIST, headers: { 'Access-Control-Allow-Origin': '*' } });
  hostServer = await startHost(HOST_PORT);
  browser = await launchBrowser();
}, LIMIT);

after(async () => {
  await browser?.close();
  await app?.close();
  await new Promise((done) => (hostServer ? (hostServer.closeAllConnections(), hostServer.close(done)) : done()));
}, LIMIT);

/** Records, in the host's top window, every message it receives (origin and body). */
async function recordMessages(page) {
  await page.addInitScript(() => {
    if (window !== window.top) return;
    window.__messages = [];
    window.addEventListener('message', (event) => {
      window.__messages.push({ origin: event.origin, data: JSON.stringify(event.data) ?? String(event.data) });
    });
  });
}

const planner = (page) => page.frames().find((f) => f.url().includes('embed=1'));
const frameHeight = (page) => page.evaluate(() => document.getElementById('planner').getBoundingClientRect().height);

/** Waits until the snippet contains `text`, and returns it. */
async function snippetMatching(page, text) {
  await page.waitForFunction((t) => document.getElementById('embed-snippet')?.value.includes(t), text);
  return page.locator('#embed-snippet').inputValue();
}

/** Waits until the planner's document fits its iframe: no inner scrollbar. */
async function fits(frame) {
  await frame.waitForFunction(() => document.documentElement.scrollHeight <= document.documentElement.clientHeight);
  return frame.evaluate(() => document.documentElement.scrollHeight);
}

describe('embed page (staff)', () => {
  test('builds the iframe and script snippet, warns about a site not on the list, and previews', LIMIT, async () => {
    const { context, page } = await openPage(browser);
    try {
      await page.goto(`${app.url}staff.html?page=embed`);
      await waitForApp(page);
      await page.locator('#embed-page').waitFor();
      assert.equal(await page.title(), 'Embed a journey - Kent Support Planner');
      await page.getByLabel('My local offer (care leavers aged 16 to 25)').check();
      let code = await snippetMatching(page, 'journey=care_leaver');
      assert.match(code, /<iframe data-kent-support-planner src="[^"]+\?journey=care_leaver&amp;lang=en&amp;embed=1" title="Kent Support Planner: My local offer" loading="lazy"/);
      assert.ok(code.includes(`<script src="${app.url}${SCRIPT}" integrity="${await sri(EMBED_DIST)}" crossorigin="anonymous"></script>`), code);
      assert.equal(await page.locator('#embed-host-warning').count(), 0);

      // An address without https:// is asked for in full, not called not allowed.
      await page.locator('#embed-host').fill('www.kent.gov.uk');
      await page.locator('#embed-host-warning', { hasText: 'starting with https://' }).waitFor();
      // The code is wide enough to read: the whole width of its column.
      const [box, column] = await page.evaluate(() => [
        document.getElementById('embed-snippet').getBoundingClientRect().width,
        document.getElementById('embed-snippet').parentElement.getBoundingClientRect().width,
      ]);
      assert.ok(box >= column - 1, `the code box is ${box}px of ${column}px`);
      await page.locator('#embed-host').fill('https://evil.example');
      await page.locator('#embed-host-warning', { hasText: 'not on the list of sites allowed' }).waitFor();
      assert.match(await page.locator('#embed-host-warning').textContent(), /not on the list of sites allowed/);
      // The warning is tied to the field and said when it appears.
      assert.equal(await page.locator('#embed-host').getAttribute('aria-describedby'), 'embed-host-hint embed-host-warning');
      assert.equal(await page.locator('#embed-host-warning').evaluate((el) => el.parentElement.getAttribute('aria-live')), 'polite');
      assert.doesNotMatch(await page.locator('#embed-snippet').inputValue(), /&amp;origin=/);

      await page.locator('#embed-host').fill('https://www.kent.gov.uk/fostering');
      await page.locator('#embed-host-warning').waitFor({ state: 'detached' });
      await snippetMatching(page, 'origin=');
      assert.match(await page.locator('#embed-snippet').inputValue(), /origin=https%3A%2F%2Fwww\.kent\.gov\.uk"/);

      await page.getByLabel(/A fixed height/).check();
      code = await snippetMatching(page, 'height="600" style');
      assert.match(code, /height="600"/);
      assert.doesNotMatch(code, /<script|data-kent-support-planner/);

      const preview = page.locator('#embed-preview');
      assert.equal(await preview.getAttribute('src'), './?journey=care_leaver&lang=en&embed=1');
      const frame = page.frames().find((f) => f.url().includes('embed=1'));
      await frame.locator('#app-live').waitFor({ state: 'attached' });
      // The planner's own page (not staff.html), at the journey's first question.
      assert.equal(new URL(frame.url()).pathname, '/');
      assert.equal((await frame.locator('h1').textContent()).trim(), 'What is your date of birth?');
      // Embedded, the first question has no Back: it would open the planner's start page in the frame.
      assert.equal(await frame.locator('.govuk-back-link').count(), 0);
      assert.equal(await frame.evaluate(() => document.body.classList.contains('app-embed')), true);
      assert.equal(await frame.locator('header.govuk-template__header').isVisible(), false);
      assert.equal(await frame.locator('footer').isVisible(), false);

      await page.locator('#embed-copy').click();
      await page.locator('#embed-copy-status', { hasText: /copied|selected/ }).waitFor();
      await expectNoAxeViolations(page, { exclude: ['#embed-preview'] });
      // Back to the staff pages' index.
      await page.locator('#staff-index-link').click();
      await page.locator('#staff-index').waitFor();
    } finally {
      await context.close();
    }
  });

  test('every embed script ever shipped is served unchanged, and the snippet names the newest', LIMIT, async () => {
    assert.deepEqual(SHIPPED.at(-1)[0], SCRIPT);
    assert.match(SCRIPT, /-v\d+\.js$/, 'the name carries its version');
    // The unversioned name that snippets made before versions pinned: still
    // served, with the bytes (and so the hash) it first shipped with.
    assert.equal(SHIPPED[0][0], 'kent-support-planner-embed.js');
    assert.equal(SHIPPED[0][1], 'sha384-4hISeV/y5Nya4nziIXbQAg8tcNQko7VB3TJA4Zg32Swyjswwhrpvq/IIUc5hEw1Z');
    for (const [file, hash] of SHIPPED) {
      const response = await fetch(`${app.url}${file}`);
      assert.equal(response.status, 200, file);
      const served = `sha384-${createHash('sha384').update(Buffer.from(await response.arrayBuffer())).digest('base64')}`;
      assert.equal(served, hash, `${file} as served`);
      assert.equal(await sri(EMBED_DIST, file), hash, `${file} in the build`);
    }
  });

  test('preview hosts from deploy/preview-origins.txt join the frame-ancestors, and a bad or repeated one fails', () => {
    const allow = 'https://www.kent.gov.uk\n';
    const run = (previewListText) => computeHeaders(EMBED_DIST, { allowListText: allow, embedListText: allow, previewListText });
    const ancestors = (r) => r.headers['Content-Security-Policy'].split('; ').find((d) => d.startsWith('frame-ancestors'));
    // As shipped: empty, so only the live site.
    const shipped = computeHeaders(EMBED_DIST);
    assert.equal(ancestors(shipped), "frame-ancestors 'self' https://www.kent.gov.uk");
    assert.deepEqual(shipped.problems.filter((p) => p.includes('preview')), []);
    const preview = run('# a comment\nhttps://preview.example.org\n');
    assert.equal(ancestors(preview), "frame-ancestors 'self' https://www.kent.gov.uk https://preview.example.org");
    assert.deepEqual(preview.problems.filter((p) => p.includes('preview')), []);
    assert.match(run('https://preview.example.org/page\n').problems.join('\n'), /preview-origins\.txt line 1: must be a bare https origin/);
    assert.match(run('http://preview.example.org\n').problems.join('\n'), /preview-origins\.txt line 1: must be a bare https origin/);
    assert.match(run('https://www.kent.gov.uk\n').problems.join('\n'), /already in deploy\/frame-ancestors\.txt/);
  });
});

describe('a journey embedded on another origin', () => {
  test('the snippet from the staff page resizes the iframe through a journey with no inner scrollbar', LIMIT, async () => {
    // Build the snippet as staff would, for the host origin (allowed in this build).
    const staff = await openPage(browser);
    let snippet;
    try {
      await staff.page.goto(`${app.url}staff.html?page=embed`);
      await staff.page.locator('#embed-page').waitFor();
      await staff.page.locator('#embed-host').fill(HOST);
      await snippetMatching(staff.page, 'origin=');
      snippet = await staff.page.locator('#embed-snippet').inputValue();
      assert.equal(await staff.page.locator('#embed-host-warning').count(), 0);
      assert.match(snippet, /origin=http%3A%2F%2F127\.0\.0\.1%3A47621/);
    } finally {
      await staff.context.close();
    }
    hostBody = hostPage(snippet.replace('<iframe ', '<iframe id="planner" '));

    const { context, page, activity } = await openPage(browser);
    await recordMessages(page);
    try {
      const navigations = [];
      page.on('framenavigated', (f) => f === page.mainFrame() && navigations.push(f.url()));
      await page.goto(`${HOST}/`);
      const frame = planner(page);
      assert.ok(frame, 'the planner frame is there');
      await frame.locator('#app-live').waitFor({ state: 'attached' });
      assert.equal(await frame.evaluate(() => document.body.classList.contains('app-embed')), true);

      const heights = [];
      const check = async () => {
        const content = await fits(frame);
        const h = await frameHeight(page);
        assert.ok(Math.abs(h - content) <= 1, `iframe ${h}px for content ${content}px`);
        heights.push(h);
      };
      await check();
      await answerAll(frame, FOSTER, { onEachPage: check });
      await check();
      await frame.locator('#confirm').click();
      await frame.locator('#status').waitFor();
      await page.waitForFunction((before) => document.getElementById('planner').getBoundingClientRect().height > before + 200, heights.at(-1));
      await check();
      assert.ok(new Set(heights).size >= 3, `the height followed the content: ${heights.join(', ')}`);

      // Every message the planner sent is exactly {v:1,type:"height",px}: never an answer.
      const messages = await page.evaluate(() => window.__messages);
      const fromPlanner = messages.filter((m) => m.origin === app.origin);
      assert.ok(fromPlanner.length >= 3);
      for (const m of fromPlanner) assert.match(m.data, /^\{"v":1,"type":"height","px":\d+\}$/);
      assert.ok(!messages.some((m) => /1985|Foundation/.test(m.data)), 'no answer in any message');

      // The host page never navigated: the journey happened inside the frame.
      assert.equal(page.url(), `${HOST}/`);
      assert.deepEqual(navigations, [`${HOST}/`]);
      assert.deepEqual(activity.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  test('"Exit this page" in an embedded journey leaves the whole guidance page, not only the frame', LIMIT, async () => {
    hostBody = hostPage(
      `<iframe id="planner" data-kent-support-planner title="Caring for a child" src="${app.url}?journey=kinship&embed=1&origin=${encodeURIComponent(HOST)}"></iframe>`,
    );
    const { context, page } = await openPage(browser);
    try {
      await context.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }));
      await page.goto(`${HOST}/`);
      const frame = planner(page);
      await frame.locator('#app-live').waitFor({ state: 'attached' });
      await frame.getByRole('button', { name: /Exit this page/ }).click();
      await page.waitForURL('https://www.bbc.co.uk/weather');
      assert.equal(await page.title(), 'Weather', 'the host page itself was replaced');
    } finally {
      await context.close();
    }
  });

  test('messages with a spoofed origin, a wrong source or a malformed body are ignored', LIMIT, async () => {
    hostBody = hostPage(
      `<iframe id="planner" data-kent-support-planner title="Kent Support Planner: Could I foster?" src="${app.url}?journey=fostering&amp;embed=1&amp;origin=${encodeURIComponent(HOST)}" style="width:100%;border:0"></iframe>
<script src="${app.url}${SCRIPT}" integrity="${await sri(EMBED_DIST)}" crossorigin="anonymous"></script>`,
    );
    const { context, page } = await openPage(browser);
    await recordMessages(page);
    try {
      await page.goto(`${HOST}/`);
      const frame = planner(page);
      await frame.locator('#app-live').waitFor({ state: 'attached' });
      const good = await fits(frame);
      assert.ok(Math.abs((await frameHeight(page)) - good) <= 1);
      const count = () => page.evaluate(() => window.__messages.length);

      /** Posts `body` from `from` (a frame) and waits until the host has received it; the height must not change. */
      const ignored = async (from, body, label) => {
        const n = await count();
        const data = await from.evaluate((b) => {
          window.parent.postMessage(b, '*');
          return JSON.stringify(b) ?? String(b);
        }, body);
        // The recorder listens before the embed script does, so once it has this message, so has the script.
        await page.waitForFunction(([n, data]) => window.__messages.slice(n).some((m) => m.data === data), [n, data]);
        assert.equal(await frameHeight(page), good, `${label} changed the height`);
      };
      const valid = { v: 1, type: 'height', px: 77 };
      const host = page.mainFrame();
      const sameOrigin = page.frames().find((f) => f.url().includes('page=rates'));
      const hostFrame = page.frames().find((f) => f.url().endsWith('/other.html'));
      await sameOrigin.locator('#rates').waitFor();

      await ignored(host, valid, 'the host window itself (spoofed origin and source)');
      await ignored(hostFrame, valid, 'another frame on the host origin');
      await ignored(sameOrigin, valid, "another frame on the planner's origin (wrong source)");
      for (const body of [
        { v: 1, type: 'height', px: '500' },
        { v: 2, type: 'height', px: 500 },
        { v: 1, type: 'width', px: 500 },
        { v: 1, type: 'height', px: 20001 },
        { v: 1, type: 'height', px: -1 },
        { v: 1, type: 'height', px: Number.NaN },
        { v: 1, type: 'height', px: Number.POSITIVE_INFINITY },
        { v: 1, type: 'height', px: 500, answers: 'x' },
        { v: 1, type: 'height' },
        [1, 'height', 500],
        'height:500',
        null,
      ]) {
        await ignored(frame, body, `the body ${JSON.stringify(body)} from the planner frame`);
      }
      // The same valid body from the planner frame itself is obeyed, so the checks above tested the right thing.
      await frame.evaluate(() => window.parent.postMessage({ v: 1, type: 'height', px: 321 }, '*'));
      await page.waitForFunction(() => document.getElementById('planner').style.height === '321px');
      assert.equal(page.url(), `${HOST}/`);
    } finally {
      await context.close();
    }
  });

  test('the planner sends nothing to a page that is not on the allow-list, and ignores bad parameters', LIMIT, async () => {
    const stranger = await createServer((request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(
        `<!doctype html><html lang="en"><title>Stranger</title><iframe id="planner" title="Planner" src="${app.url}?journey=adoption&embed=1&lang=%3Cb%3Ezz&on=2025-13-45&origin=${encodeURIComponent('https://www.kent.gov.uk')}"></iframe></html>`,
      );
    });
    await new Promise((done) => stranger.listen(0, '127.0.0.1', done));
    const { context, page } = await openPage(browser);
    await recordMessages(page);
    try {
      await page.goto(`http://127.0.0.1:${stranger.address().port}/`);
      const frame = planner(page);
      await frame.locator('#main-content h1').waitFor();
      // Two animation frames: any ResizeObserver callback has run by then.
      await frame.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      assert.deepEqual(await page.evaluate(() => window.__messages), []);
      // Unknown or malformed parameters fall back to defaults and are not echoed.
      assert.equal(await frame.evaluate(() => document.documentElement.lang), 'en');
      assert.doesNotMatch(await frame.locator('body').textContent(), /zz|2025-13-45/);
    } finally {
      await context.close();
      stranger.closeAllConnections();
      await new Promise((done) => stranger.close(done));
    }
  });
});
