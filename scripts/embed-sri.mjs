#!/usr/bin/env node
// The embed script's versions (embed/README.md). embed/shipped.txt lists
// every shipped file (embed/*.js) with its Subresource Integrity hash
// (sha384, base64), oldest first; the last one is the current version.
// A guidance page pins the hash of the file it loads, so this fails if a
// shipped file's bytes no longer match its listed hash, or if a file in
// embed/ is not listed. It then writes the current version's hash to
// src/generated/embed_sri.txt, which the "Embed a journey" page compiles in
// (include_str!) for the snippet's `integrity` attribute. Trunk runs this
// before each build (Trunk.toml); index.html copies every listed file
// unchanged into dist/, and the end-to-end test recomputes the hashes from
// dist/. The output is rewritten only when the hash changes, so
// `trunk serve` does not rebuild in a loop.
//
//   node scripts/embed-sri.mjs              check, and write the file if needed
//   node scripts/embed-sri.mjs --check      exit 1 if the file is stale
//   node scripts/embed-sri.mjs --print F    print the hash of embed/F (for a new line in shipped.txt)

import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const hash = (file) => `sha384-${createHash('sha384').update(readFileSync(`${root}embed/${file}`)).digest('base64')}`;

if (process.argv[2] === '--print') {
  console.log(hash(process.argv[3]));
  process.exit(0);
}

/** The shipped files, oldest first: [{ file, sri }]. */
function readShipped(text) {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [file, sri] = l.split(/\s+/);
      return { file, sri };
    });
}

const shipped = readShipped(readFileSync(`${root}embed/shipped.txt`, 'utf8'));
const problems = [];
for (const { file, sri } of shipped) {
  if (!existsSync(`${root}embed/${file}`)) problems.push(`embed/${file} is listed in embed/shipped.txt but missing`);
  else if (hash(file) !== sri) {
    problems.push(`embed/${file} changed after it shipped (pages pin ${sri}; it is now ${hash(file)}): put the change in a new version instead (embed/README.md)`);
  }
}
for (const file of readdirSync(`${root}embed`).filter((f) => f.endsWith('.js'))) {
  if (!shipped.some((s) => s.file === file)) problems.push(`embed/${file} is not listed in embed/shipped.txt (node scripts/embed-sri.mjs --print ${file})`);
}
if (!shipped.length) problems.push('embed/shipped.txt lists no file');
if (problems.length) {
  console.error(`embed-sri:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}

const sri = `${shipped.at(-1).sri}\n`;
const out = `${root}src/generated/embed_sri.txt`;
const old = existsSync(out) ? readFileSync(out, 'utf8') : '';
if (old === sri) process.exit(0);
if (process.argv.includes('--check')) {
  console.error(`embed-sri: ${out} is stale; run node scripts/embed-sri.mjs`);
  process.exit(1);
}
mkdirSync(`${root}src/generated`, { recursive: true });
writeFileSync(out, sri);
console.log(`embed-sri: wrote ${sri.trim()} (${shipped.at(-1).file})`);
