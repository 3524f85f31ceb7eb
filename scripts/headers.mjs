#!/usr/bin/env node
// Computes the security headers for a built dist/ folder and checks it.
//
//   node scripts/headers.mjs [DIST] [--origin https://planner.example.gov.uk]
//   node scripts/headers.mjs [DIST] --check DEPLOYED_HEADERS.json
//
// It reads DIST/index.html (default dist/) and DIST/staff.html, and
// - hashes (sha256) every inline <script> (Trunk's module loaders and the
//   prerender's wasm preload script) for the Content-Security-Policy's
//   script-src, so no 'unsafe-inline' is needed;
// - recomputes the sha384 of every file an `integrity` attribute names
//   (Trunk's modulepreload, preload and stylesheet links, and the preload
//   script's wasm) and fails on a mismatch, so a file changed after the
//   build is caught;
// - reads the iframe allow-list, deploy/frame-ancestors.txt, checks that it
//   holds the same origins as deploy/embed-origins.txt (compiled into the
//   app), and adds deploy/preview-origins.txt (preview and staging hosts,
//   which the app compiles in too), so both lists gain the same hosts;
// - writes DIST/headers.json (header name -> value; the end-to-end tests
//   serve dist/ with exactly these) and DIST/security-headers.conf (nginx
//   `add_header` lines to paste into the server block).
//
// worker-src: the planner's service worker, dist/sw.js (src/sw.js), which
// keeps a copy of the planner's own files for use offline; with --origin,
// connect-src also names those files, which it fetches.
// connect-src: Trunk's loader fetches the .wasm with fetch(), which CSP
// governs through connect-src. A CSP source can carry a path only after a
// host ('self' takes no path), so by default the policy says
// `connect-src 'self'` (our own origin, any path). Given the origin the app
// is served from (--origin), it names the .wasm files (the planner's and
// the staff pages') and the languages' directory instead:
// `connect-src https://host/kent-support-planner-<hash>_bg.wasm
// https://host/kent-support-planner-staff-<hash>_bg.wasm https://host/locales/`.
// Run it after the prerender, which writes an inline script (the wasm
// preload) whose hash the policy must carry.
// With --check it writes nothing and fails if the policy in an existing
// headers.json (for example the one on the server) does not allow every
// inline script of this build. It exits 1 naming every problem it finds.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cachedFiles } from './service-worker.mjs';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const ALLOW_LIST = join(REPO, 'deploy', 'frame-ancestors.txt');
// The origins the app sends height messages to (compiled into the app).
const EMBED_LIST = join(REPO, 'deploy', 'embed-origins.txt');
// Preview and staging hosts: added to both (frame-ancestors here; the app
// compiles the file in beside embed-origins.txt, src/embed.rs).
const PREVIEW_LIST = join(REPO, 'deploy', 'preview-origins.txt');

/**
 * Features the planner never uses, denied to it and to every frame. Only
 * features Chromium knows: an unknown one (such as 'bluetooth') makes it log
 * an error on every page, which the end-to-end tests count.
 */
export const DENIED_FEATURES = [
  'accelerometer', 'autoplay', 'camera', 'display-capture', 'encrypted-media', 'gamepad',
  'geolocation', 'gyroscope', 'hid', 'idle-detection', 'magnetometer', 'microphone', 'midi', 'payment',
  'picture-in-picture', 'publickey-credentials-get', 'screen-wake-lock', 'serial', 'usb', 'xr-spatial-tracking',
];

const b64 = (algorithm, data) => createHash(algorithm).update(data).digest('base64');

/** Reads the frame-ancestors allow-list: bare https origins, one a line. */
export function readAllowList(text, name = 'deploy/frame-ancestors.txt') {
  const problems = [];
  const origins = [];
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    let url;
    try {
      url = new URL(line);
    } catch {
      problems.push(`${name} line ${i + 1}: not a URL: ${line}`);
      continue;
    }
    if (url.protocol !== 'https:' || url.origin !== line) {
      problems.push(`${name} line ${i + 1}: must be a bare https origin like https://www.kent.gov.uk: ${line}`);
      continue;
    }
    origins.push(line);
  }
  return { origins, problems };
}

/** The attributes of one tag's attribute text, lower-case names. */
function attributes(text) {
  const attrs = {};
  for (const m of text.matchAll(/([^\s=\/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    attrs[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return attrs;
}

/** The pages a build has that load the app: the planner and the staff pages (scripts/build). */
export const PAGES = ['index.html', 'staff.html'];

/**
 * One page's inline scripts (their CSP hashes), the files whose integrity
 * matched, and its wasm preload; problems are pushed onto `problems`.
 */
function checkPage(dist, name, problems) {
  const html = readFileSync(join(dist, name), 'utf8');
  const inline = [];
  const external = [];
  // The wasm preload the prerender moved into an inline script (it adds the
  // link only off the bare start page): checked like the link it was.
  const scripted = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = attributes(m[1]);
    if ('src' in attrs) external.push({ tag: m[0].slice(0, 120), attrs });
    else inline.push(`'sha256-${b64('sha256', m[2])}'`);
    const preload = m[2].match(/"href":"([^"]+\.wasm)","integrity":"([^"]+)"/);
    if (preload) scripted.push({ tag: `inline wasm preload of ${preload[1]}`, attrs: { rel: 'preload', href: preload[1], integrity: preload[2] } });
  }
  if (inline.length === 0) problems.push(`${name} has no inline <script>: is this a Trunk build?`);

  const checked = [];
  const links = [...html.matchAll(/<link\b([^>]*)>/gi)].map((m) => ({ tag: m[0], attrs: attributes(m[1]) }));
  const tags = [...links, ...scripted];
  for (const { tag, attrs } of [...tags, ...external]) {
    const ref = attrs.href ?? attrs.src;
    if (!ref || !('integrity' in attrs)) continue;
    const file = resolve(join(dist, decodeURIComponent(ref.split(/[?#]/)[0])));
    if (!file.startsWith(dist + sep) || !existsSync(file)) {
      problems.push(`${tag}: the file ${ref} is not in ${dist}`);
      continue;
    }
    const algorithm = attrs.integrity.split('-', 1)[0];
    if (!['sha256', 'sha384', 'sha512'].includes(algorithm)) {
      problems.push(`${tag}: unknown integrity algorithm ${algorithm}`);
      continue;
    }
    const actual = b64(algorithm, readFileSync(file));
    if (actual !== attrs.integrity.slice(algorithm.length + 1)) {
      problems.push(`SRI mismatch for ${ref}: ${name} says ${attrs.integrity}, the file is ${algorithm}-${actual}`);
    } else {
      checked.push(ref);
    }
  }
  const preloads = tags.filter(({ attrs }) => /^(modulepreload|preload)$/i.test(attrs.rel ?? ''));
  for (const { tag, attrs } of preloads) {
    if (!attrs.integrity) problems.push(`${tag}: a preload without an integrity attribute`);
  }
  if (preloads.length === 0) problems.push(`${name} has no modulepreload/preload links: is this a Trunk build?`);
  const wasm = preloads.map(({ attrs }) => attrs.href).find((h) => h?.endsWith('.wasm'));
  return { inline, checked, wasm };
}

/**
 * Checks DIST and returns `{ headers, problems, inline, checked, wasm }`.
 * `inline` are the inline scripts' CSP hashes, `checked` the files whose
 * integrity matched.
 */
export function computeHeaders(
  distDir,
  {
    origin,
    allowListText = readFileSync(ALLOW_LIST, 'utf8'),
    embedListText = readFileSync(EMBED_LIST, 'utf8'),
    previewListText = readFileSync(PREVIEW_LIST, 'utf8'),
  } = {},
) {
  const dist = resolve(distDir);
  const problems = [];
  const inline = [];
  const checked = [];
  const wasms = [];
  // index.html (the planner) and staff.html (the staff pages, scripts/build):
  // one policy for both, so it allows both pages' inline loaders.
  for (const name of PAGES.filter((p) => p === 'index.html' || existsSync(join(dist, p)))) {
    const page = checkPage(dist, name, problems);
    inline.push(...page.inline);
    checked.push(...page.checked);
    if (page.wasm) wasms.push(page.wasm);
  }
  let connect = "'self'";
  if (origin) {
    const url = new URL(origin);
    if (url.origin !== origin) problems.push(`--origin must be a bare origin like https://planner.example: ${origin}`);
    if (!wasms.length) problems.push('no .wasm preload found to name in connect-src');
    // The wasm files, and the languages' words (src/i18n/locale.rs), fetched
    // only when someone chooses a language: a source ending in / allows the
    // files in that directory.
    else connect = [...wasms.map((w) => new URL(w, `${origin}/`).href), new URL('locales/', `${origin}/`).href].join(' ');
    // The service worker (sw.js, scripts/service-worker.mjs) fetches the
    // planner's own files for its offline copy, under this same policy.
    if (existsSync(join(dist, 'sw.js'))) {
      const kept = cachedFiles(dist).filter((f) => !f.endsWith('.wasm') && !f.startsWith('locales/'));
      connect = [connect, ...kept.map((f) => new URL(f, `${origin}/`).href)].join(' ');
    }
  }
  // The service worker, from our own folder only (src/loader.js registers dist/sw.js).
  const worker = origin ? new URL('sw.js', `${origin}/`).href : "'self'";

  const { origins, problems: listProblems } = readAllowList(allowListText);
  problems.push(...listProblems);
  // A site that may frame us must also be one we send heights to, and back:
  // the two allow-lists are kept as two files (one for the server, one
  // compiled into the app) and must hold the same origins.
  const embedOrigins = embedListText
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const sameLists =
    embedOrigins.length === origins.length && [...embedOrigins].sort().every((o, i) => o === [...origins].sort()[i]);
  if (!sameLists) {
    problems.push(
      `deploy/embed-origins.txt (${embedOrigins.join(', ')}) and deploy/frame-ancestors.txt (${origins.join(', ')}) must list the same origins`,
    );
  }

  // Preview and staging hosts join both lists (the app compiles the same file in).
  const { origins: preview, problems: previewProblems } = readAllowList(previewListText, 'deploy/preview-origins.txt');
  problems.push(...previewProblems);
  for (const o of preview) {
    if (origins.includes(o)) problems.push(`deploy/preview-origins.txt: ${o} is already in deploy/frame-ancestors.txt; list it in one file only`);
  }
  const framers = [...new Set([...origins, ...preview])];

  const csp = [
    "default-src 'none'",
    `script-src 'self' 'wasm-unsafe-eval' ${inline.join(' ')}`,
    "style-src 'self'",
    // data: only for index.html's empty icon (<link rel="icon" href="data:,">),
    // which stops browsers fetching an icon after the page has loaded. An
    // image from a data: URL cannot run script.
    "img-src 'self' data:",
    `connect-src ${connect}`,
    `worker-src ${worker}`,
    // The "Embed a journey" page previews the planner in an iframe of our own.
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors 'self' ${framers.join(' ')}`.trim(),
  ].join('; ');

  // Every inline script must be allowed by the policy we are about to write.
  for (const hash of inline) if (!csp.includes(hash)) problems.push(`inline script ${hash} is not in the policy`);
  if (/'unsafe-(?:inline|eval|hashes)'/.test(csp)) problems.push("the policy allows 'unsafe-inline' or 'unsafe-eval'");

  const headers = {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': DENIED_FEATURES.map((f) => `${f}=()`).join(', '),
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  return { headers, problems, inline, checked, wasm: wasms[0], wasms, framers };
}

/** The nginx lines for `headers`. */
export function nginxSnippet(headers) {
  const lines = [
    '# Security headers for the Kent Support Planner, written by scripts/headers.mjs',
    '# for this build (the script hash changes with every Trunk build: regenerate it).',
    '# Paste into the server or location block that serves dist/. nginx drops',
    '# inherited add_header lines in any block that has its own, so repeat them there.',
    '# The .wasm must be served as application/wasm (nginx mime.types does this).',
  ];
  for (const [name, value] of Object.entries(headers)) {
    lines.push(`add_header ${name} "${value.replaceAll('"', '\\"')}" always;`);
  }
  return `${lines.join('\n')}\n`;
}

function main(argv) {
  let dir = 'dist';
  let origin;
  let check;
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--origin') origin = argv[(i += 1)];
    else if (argv[i] === '--check') check = argv[(i += 1)];
    else dir = argv[i];
  }
  const { headers, problems, inline, checked } = computeHeaders(dir, { origin });
  if (check) {
    const deployed = JSON.parse(readFileSync(check, 'utf8'))['Content-Security-Policy'] ?? '';
    const scriptSrc = deployed.split(';').find((d) => d.trim().startsWith('script-src ')) ?? '';
    for (const hash of inline) {
      if (!scriptSrc.split(/\s+/).includes(hash)) problems.push(`inline script ${hash} is not allowed by the script-src of ${check}`);
    }
  }
  if (problems.length) {
    console.error(`scripts/headers.mjs: ${problems.length} problem(s) in ${dir}:\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  if (check) {
    console.log(`${check} allows every inline script of ${dir}; integrity checked: ${checked.join(', ')}`);
    return;
  }
  writeFileSync(join(dir, 'headers.json'), `${JSON.stringify(headers, null, 2)}\n`);
  writeFileSync(join(dir, 'security-headers.conf'), nginxSnippet(headers));
  console.log(`inline scripts hashed: ${inline.length}; integrity checked: ${checked.join(', ')}`);
  console.log(`wrote ${join(dir, 'headers.json')} and ${join(dir, 'security-headers.conf')}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
