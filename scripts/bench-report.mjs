// The figures of scripts/bench. Sizes come from size-budget.mjs's measure();
// timings from headless Chromium through playwright-core, with CDP's 4x CPU
// throttling and a Slow-4G-like network (150 ms latency, 200 KB/s down).
// Every page is served by scripts/server.mjs on 127.0.0.1: nothing
// goes to the network. It prints figures and fails only when a page breaks.
//
//   node scripts/bench-report.mjs static  <app dist> <out dir>   write the plain HTML page
//   node scripts/bench-report.mjs sizes   <app dist> <reference dist> <static dir>
//   node scripts/bench-report.mjs timings <app dist> <static dir> [--brotli]
//     (--brotli: the test server compresses as the README asks of the council's;
//     writes steps.html, the plain JavaScript baseline for a step change, into the static dir)
//   node scripts/bench-report.mjs rules-wasm <wasm-bindgen --target nodejs dir>

import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { measure } from './size-budget.mjs';

const KB = 1024;
const [command, ...args] = process.argv.slice(2);
const pad = (s, n) => String(s).padStart(n);

/** The app's index.html without its scripts and preloads, plus its CSS and icon: the start page with no wasm. */
function writeStatic(appDist, out) {
  mkdirSync(out, { recursive: true });
  const html = readFileSync(join(appDist, 'index.html'), 'utf8')
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<link\b[^>]*\brel=["']?(?:modulepreload|preload)\b[^>]*>/gi, '');
  writeFileSync(join(out, 'index.html'), html);
  for (const f of readdirSync(appDist).filter((f) => /\.(css|svg|ico|png)$/.test(f))) copyFileSync(join(appDist, f), join(out, f));
}

function sizes(appDist, refDist, staticDir) {
  const totals = (dir) => {
    const t = {};
    for (const kind of ['wasm', 'js', 'css', 'html', 'first load']) {
      const rows = measure(dir).filter((r) => kind === 'first load' || r.kind === kind);
      t[kind] = ['raw', 'gzip', 'brotli'].map((k) => rows.reduce((a, r) => a + r[k], 0));
    }
    return t;
  };
  const builds = [
    ['planner', totals(appDist)],
    ['Yew reference', totals(refDist)],
    ['static HTML', totals(staticDir)],
  ];
  console.log(`${'bytes'.padEnd(26)} ${pad('raw', 9)} ${pad('gzip', 9)} ${pad('brotli', 9)}   ${pad('brotli / reference', 18)}`);
  for (const kind of ['wasm', 'js', 'css', 'html', 'first load']) {
    for (const [name, t] of builds) {
      const [raw, gzip, br] = t[kind];
      if (raw === 0) continue;
      const ref = builds[1][1][kind][2];
      const ratio = name === 'Yew reference' || !ref ? '' : `${(br / ref).toFixed(2)}x`;
      console.log(`${`${kind} (${name})`.padEnd(26)} ${pad(raw, 9)} ${pad(gzip, 9)} ${pad(br, 9)}   ${pad(ratio, 18)}`);
    }
  }
}

const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
}

/** A new page with 4x CPU throttling and the slow network, and no cache. */
async function throttledPage(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: 200 * KB,
    uploadThroughput: 100 * KB,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { context, page };
}

// Records when the first form field of the app is in the page and enabled,
// in ms since navigation started (the static page has no field).
const FIRST_INPUT_PROBE = () => {
  const seen = () => {
    const el = document.querySelector('#app input:not([disabled]), #app select, #app textarea');
    if (el && window.__firstInput === undefined) window.__firstInput = performance.now();
    return el;
  };
  new MutationObserver((_, observer) => seen() && observer.disconnect()).observe(document, { childList: true, subtree: true });
};

async function fcp(browser, url, runs) {
  const out = [];
  for (let i = 0; i < runs; i += 1) {
    const { context, page } = await throttledPage(browser);
    await page.goto(url, { waitUntil: 'load' });
    const t = await page.evaluate(
      () =>
        new Promise((done) =>
          new PerformanceObserver((list, obs) => {
            const e = list.getEntriesByName('first-contentful-paint')[0];
            if (e) {
              obs.disconnect();
              done(e.startTime);
            }
          }).observe({ type: 'paint', buffered: true }),
        ),
    );
    out.push(t);
    await context.close();
  }
  return out;
}

async function firstQuestion(browser, url, runs) {
  const out = [];
  for (let i = 0; i < runs; i += 1) {
    const { context, page } = await throttledPage(browser);
    await page.addInitScript(FIRST_INPUT_PROBE);
    await page.goto(`${url}?journey=fostering`);
    await page.waitForFunction(() => window.__firstInput !== undefined, null, { timeout: 60_000 });
    out.push(await page.evaluate(() => window.__firstInput));
    await context.close();
  }
  return out;
}

/**
 * Clicks `selector` inside the page and resolves with the ms until an h1 is
 * focused (the app focuses the new page's h1 after each step change).
 */
function timedClick(page, selector) {
  return page.evaluate(
    (sel) =>
      new Promise((done, fail) => {
        document.activeElement?.blur();
        const t0 = performance.now();
        const onFocus = (e) => {
          if (e.target.tagName !== 'H1') return;
          document.removeEventListener('focusin', onFocus, true);
          done(performance.now() - t0);
        };
        document.addEventListener('focusin', onFocus, true);
        const el = document.querySelector(sel);
        if (!el) fail(new Error(`no ${sel}`));
        el.click();
        setTimeout(() => fail(new Error(`no h1 focused after clicking ${sel}`)), 10_000);
      }),
    selector,
  );
}

/** The planner at its first question (date of birth), answered, on a fresh page. */
async function firstQuestionAnswered(page, url) {
  await page.goto(`${url}?journey=fostering`);
  await page.locator('#app-live').waitFor({ state: 'attached' });
  await page.getByLabel('Day', { exact: true }).fill('5');
  await page.getByLabel('Month', { exact: true }).fill('5');
  await page.getByLabel('Year', { exact: true }).fill('1985');
}

/**
 * The baseline for a step change: `steps.html` in the static folder, the
 * planner's own markup for its first two questions (read from the running
 * app) swapped by a few lines of plain JavaScript doing what a step asks of
 * any GOV.UK-pattern page: replace the main content, add a history entry,
 * set the title and focus the new h1. No framework and no wasm, so the gap
 * between the planner's steps and these is what Yew and our code cost.
 */
async function writePlainSteps(browser, url, staticDir) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await firstQuestionAnswered(page, url);
  const grab = () =>
    page.evaluate(() => ({
      main: document.querySelector('#main-content').innerHTML,
      title: document.title,
      url: location.search + location.hash,
    }));
  const first = await grab();
  await page.click('#continue');
  await page.waitForFunction((t) => document.title !== t, first.title);
  const second = await grab();
  await context.close();
  const script = `<script>
const states = ${JSON.stringify([first, second]).replace(/</g, '\\u003c')};
let shown = 0;
function show(i) {
  shown = i;
  const main = document.querySelector('#main-content');
  main.innerHTML = states[i].main;
  history.pushState(i, '', states[i].url);
  document.title = states[i].title;
  main.querySelector('h1').focus();
}
document.addEventListener('click', (e) => {
  if (!e.target.closest('#continue, .govuk-back-link')) return;
  e.preventDefault();
  show(1 - shown);
});
show(0);
</script>`;
  const html = readFileSync(join(staticDir, 'index.html'), 'utf8').replace('</body>', `${script}</body>`);
  writeFileSync(join(staticDir, 'steps.html'), html);
}

/** `count` step changes, alternately Continue and Back, each timed from click to the new h1 focused. */
async function steps(browser, url, count, plain = false) {
  const { context, page } = await throttledPage(browser);
  if (plain) {
    await page.goto(`${url}steps.html`);
    await page.locator('#continue').waitFor();
  } else {
    // The first question is the date of birth; answer it once, then go forward and back.
    await firstQuestionAnswered(page, url);
  }
  const times = [];
  for (let i = 0; i < count; i += 1) {
    times.push(await timedClick(page, i % 2 === 0 ? '#continue' : '#main-content .govuk-back-link'));
  }
  await context.close();
  return times;
}


async function resultRender(browser, url, runs) {
  const { openJourney, answerAll, RESULT_ANSWERS } = await import('../tests/e2e/pages/journey.mjs');
  const FOSTER = RESULT_ANSWERS.fostering;
  const out = [];
  const { context, page } = await throttledPage(browser);
  await openJourney(page, url, 'fostering');
  await answerAll(page, FOSTER);
  for (let i = 0; i < runs; i += 1) {
    out.push(await timedClick(page, '#confirm'));
    await timedClick(page, '#main-content .govuk-back-link');
  }
  await context.close();
  return out;
}

async function timings(appDist, staticDir, brotli = false) {
  const { startServer } = await import('./server.mjs');
  const { launchBrowser } = await import('../tests/e2e/lib/browser.mjs');
  const app = await startServer({ root: appDist, brotli });
  const plain = await startServer({ root: staticDir, brotli });
  const browser = await launchBrowser();
  const ms = (x) => `${x.toFixed(1)} ms`;
  try {
    const transfer = brotli ? 'served brotli-compressed' : 'served uncompressed';
    console.log(`Chromium, 4x CPU throttling, 150 ms latency, 200 KB/s down, no cache, ${transfer}; medians of 5 loads`);
    const [a, s] = [median(await fcp(browser, app.url, 5)), median(await fcp(browser, plain.url, 5))];
    console.log(`start page first contentful paint: planner ${ms(a)}, static HTML ${ms(s)}, ratio ${(a / s).toFixed(2)}x (target <= 1.10x)`);
    const q = median(await firstQuestion(browser, app.url, 5));
    console.log(`first question accepts input (?journey=fostering): ${ms(q)} after navigation (target <= 1500 ms)`);
    // The planner and the plain JavaScript baseline in turns, 50 steps at a
    // time, so both see the same moments of a noisy machine.
    await writePlainSteps(browser, app.url, staticDir);
    const st = [];
    const base = [];
    for (let round = 0; round < 2; round += 1) {
      st.push(...(await steps(browser, app.url, 50)));
      base.push(...(await steps(browser, plain.url, 50, true)));
    }
    const line = (xs) => `p50 ${ms(median(xs))}, p95 ${ms(quantile(xs, 0.95))}, max ${ms(Math.max(...xs))}`;
    console.log(`step change, click to new h1 focused, 100 steps: ${line(st)} (target p95 <= 16 ms)`);
    console.log(`  the same two pages swapped by plain JavaScript (steps.html), 100 steps: ${line(base)}; planner / plain: p50 ${(median(st) / median(base)).toFixed(2)}x, p95 ${(quantile(st, 0.95) / quantile(base, 0.95)).toFixed(2)}x`);
    const r = await resultRender(browser, app.url, 10);
    console.log(`result page (fostering, 2 children), click to h1 focused: median ${ms(median(r))} of 10, max ${ms(Math.max(...r))}`);
  } finally {
    await browser.close();
    await app.close();
    await plain.close();
  }
}

function rulesWasm(dir) {
  const require = createRequire(import.meta.url);
  const bench = require(resolve(dir, 'rules_wasm_bench.js'));
  console.log(`${'journey (wasm, node)'.padEnd(24)} ${pad('evals/second', 14)} ${pad('µs/eval', 12)}`);
  bench.names().split('\n').forEach((name, i) => {
    bench.run(i, 1000); // warm up
    let n = 0;
    const t0 = performance.now();
    while (performance.now() - t0 < 1000) {
      bench.run(i, 1000);
      n += 1000;
    }
    const secs = (performance.now() - t0) / 1000;
    console.log(`${name.padEnd(24)} ${pad(Math.round(n / secs), 14)} ${pad(((secs * 1e6) / n).toFixed(3), 12)}`);
  });
}

switch (command) {
  case 'static':
    writeStatic(args[0], args[1]);
    break;
  case 'sizes':
    sizes(...args);
    break;
  case 'timings':
    await timings(args[0], args[1], args.includes('--brotli'));
    break;
  case 'rules-wasm':
    rulesWasm(args[0]);
    break;
  default:
    console.error('usage: node scripts/bench-report.mjs static|sizes|timings|rules-wasm ...');
    process.exit(2);
}

