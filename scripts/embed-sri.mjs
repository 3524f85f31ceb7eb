#!/usr/bin/env node
// Writes the Subresource Integrity hash (sha384, base64) of
// embed/kent-support-planner-embed.js to src/generated/embed_sri.txt, which
// the "Embed a journey" page compiles in (include_str!) for the snippet's
// `integrity` attribute. Trunk runs this before each build (Trunk.toml);
// index.html copies the script unchanged into dist/, and the end-to-end test
// recomputes the hash from dist/. The file is rewritten only when the hash
// changes, so `trunk serve` does not rebuild in a loop.
//
//   node scripts/embed-sri.mjs           write the file if needed
//   node scripts/embed-sri.mjs --check   exit 1 if the file is stale

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const script = readFileSync(`${root}embed/kent-support-planner-embed.js`);
const sri = `sha384-${createHash('sha384').update(script).digest('base64')}\n`;
const out = `${root}src/generated/embed_sri.txt`;
const old = existsSync(out) ? readFileSync(out, 'utf8') : '';
if (old === sri) process.exit(0);
if (process.argv.includes('--check')) {
  console.error(`embed-sri: ${out} is stale; run node scripts/embed-sri.mjs`);
  process.exit(1);
}
mkdirSync(`${root}src/generated`, { recursive: true });
writeFileSync(out, sri);
console.log(`embed-sri: wrote ${sri.trim()}`);
