// Compiles style/main.scss (GOV.UK Frontend + Kent overrides) to
// style/build/main.css with the `sass` package's JS API, compressed, then
// drops the rules for classes the app never writes (PurgeCSS).
// Run by Trunk's pre_build hook (Trunk.toml) and usable on its own:
//   node scripts/build-css.mjs
// Fails (exit 1) if the CSS would load a font or any url() at all, since the
// app ships no images or fonts and must make no request to another origin.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as sass from 'sass';
import { PurgeCSS } from 'purgecss';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const input = join(root, 'style', 'main.scss');
const output = join(root, 'style', 'build', 'main.css');

const result = sass.compile(input, {
  style: 'compressed',
  loadPaths: [join(root, 'node_modules')],
  sourceMap: false,
  // GOV.UK Frontend's own deprecation notices are not ours to fix.
  quietDeps: true,
});

// Only the rules whose classes and elements the app can write: GOV.UK
// Frontend's components carry every modifier and its utilities every
// spacing and width, most of which the planner never uses (116.7 KB raw,
// 11.5 KB brotli before; 61 KB, 7 KB after). Every class is written whole
// in the Rust sources or the HTML pages (no class is pieced together from
// parts), so a token scan of them finds each one; the extractor keeps `!`
// and `:` for classes such as `govuk-!-font-weight-bold`.
const [purged] = await new PurgeCSS().purge({
  content: [
    join(root, 'src', '**', '*.rs'),
    join(root, 'index.html'),
    join(root, 'staff.html'),
    join(root, 'src', 'loader.js'),
  ],
  css: [{ raw: result.css }],
  defaultExtractor: (text) => text.match(/[A-Za-z0-9_!:-]+/g) ?? [],
});
const css = purged.css;
const problems = [];
if (/url\(/i.test(css)) problems.push('a url() reference');
if (/@font-face/i.test(css)) problems.push('an @font-face rule');
if (/GDS Transport/i.test(css)) problems.push('the GDS Transport font');
if (problems.length > 0) {
  console.error(`build-css: ${output} would contain ${problems.join(', ')}; refusing to write it.`);
  process.exit(1);
}

// Write only when the CSS changed, so `trunk serve` sees no new file event
// and does not rebuild in a loop.
const text = `${css}\n`;
let old = null;
try {
  old = readFileSync(output, 'utf8');
} catch {
  // First build: there is no old file yet.
}
if (old === text) {
  console.log(`build-css: style/build/main.css unchanged (${Buffer.byteLength(text)} bytes)`);
} else {
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, text);
  console.log(`build-css: wrote style/build/main.css (${Buffer.byteLength(text)} bytes)`);
}
