// Writes staff.html, the staff pages' twin of index.html (scripts/build runs
// this before Trunk builds it): the same head, header, footer and fallback
// template, with the staff pages' wasm (src/bin/staff.rs), their own title
// the staff pages' links in the footer, and a short static index in #app
// that the app replaces. Made from
// index.html so the two pages cannot drift apart; not kept in git.
//
//   node scripts/staff-html.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
let html = readFileSync(join(root, 'index.html'), 'utf8');

/** Replaces `from` (which must occur exactly once) with `to`. */
function swap(from, to) {
  const parts = html.split(from);
  if (parts.length !== 2) throw new Error(`staff-html: index.html has ${parts.length - 1} of ${JSON.stringify(from.slice(0, 60))}, expected 1`);
  html = parts.join(to);
}

const between = (open, close, to) => {
  const start = html.indexOf(open);
  const end = html.indexOf(close, start);
  if (start < 0 || end < 0) throw new Error(`staff-html: index.html has no ${open} ... ${close}`);
  html = html.slice(0, start + open.length) + to + html.slice(end);
};

swap('<title>Kent Support Planner - Kent County Council</title>', '<title>Staff pages - Kent Support Planner</title>');
html = html.replace(/<meta name="description" content="[^"]*">/, '<meta name="description" content="The Kent Support Planner\'s rules and rates, and how to embed a journey in a page.">');
swap('data-bin="kent-support-planner"', 'data-bin="kent-support-planner-staff"');
// The files both pages use are copied once, by index.html's build.
html = html.replace(/\s*<link data-trunk rel="copy-(?:file|dir)"[^>]*>/g, '').replace(/\s*<!-- Each language's words[^>]*-->/, '');
// The staff pages' links join the footer's public ones (index.html keeps
// only what the public needs).
swap(
  '<li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="privacy.html" id="footer-privacy" data-i18n="chrome.privacy_link">Privacy</a></li>',
  `<li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="privacy.html" id="footer-privacy" data-i18n="chrome.privacy_link">Privacy</a></li>
            <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="staff.html?page=rates" id="footer-rates" data-i18n="chrome.rates_link">Rules and rates</a></li>
            <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="staff.html?page=embed" id="footer-embed" data-i18n="chrome.embed_link">Embed a journey</a></li>`,
);
// The index (src/pages/staff_index.rs) as static HTML, shown until the app
// replaces it and with JavaScript off.
between('<!--app-->', '<!--/app-->', `<main class="govuk-main-wrapper" id="main-content" tabindex="-1">
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <h1 class="govuk-heading-xl">Staff pages</h1>
        <p class="govuk-body-l">These pages are for Kent County Council staff who look after the planner and the web pages it is in.</p>
        <noscript>
          <div class="govuk-inset-text">
            <p class="govuk-body">The date control, the download and "Embed a journey" need JavaScript, and it is turned off in your browser.</p>
          </div>
        </noscript>
        <ul class="govuk-list">
          <li><h2 class="govuk-heading-m"><a class="govuk-link" href="staff.html?page=rates">Rules and rates</a></h2></li>
          <li><h2 class="govuk-heading-m"><a class="govuk-link" href="staff.html?page=embed">Embed a journey</a></h2></li>
        </ul>
        <ul class="govuk-list govuk-list--bullet">
          <li><a class="govuk-link" href="rates.html">Read the rules and rates in force without JavaScript</a></li>
          <li><a class="govuk-link" href="./">Go to the planner</a></li>
        </ul>
      </div>
    </div>
  </main>`);
if (html.includes('copy-dir') || html.includes('copy-file')) throw new Error('staff-html: a copy link is left');
writeFileSync(join(root, 'staff.html'), html);
console.log('staff-html: wrote staff.html from index.html');
