#!/usr/bin/env node
// Writes DIST/sw.js, the planner's service worker (src/sw.js), for a built
// dist/ (scripts/build-dist runs it after the prerender, before the headers
// and the compressed copies). It fills in
// - FILES: the files the planner's pages fetch (its HTML pages, its JS, CSS
//   and wasm, the languages' words), as paths inside the app's folder: not
//   the staff pages, the parent page's embed script, the headers, the .br
//   and .gz copies (the browser asks for the plain name) or sw.js itself;
// - VERSION: sha256 of those files' names and bytes, so a build with any
//   change is a new sw.js, and the browser replaces the old copy.
//
//   node scripts/service-worker.mjs [DIST]
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TEMPLATE = fileURLToPath(new URL('../src/sw.js', import.meta.url));

/** Is `path` (inside the app's folder, with /) one the planner's pages fetch? */
function planner(path) {
  if (path.startsWith('locales/')) return /^locales\/[a-z]+\.txt$/.test(path);
  if (path.includes('/') || path === 'staff.html' || path === 'sw.js') return false;
  if (path.startsWith('kent-support-planner-staff-') || path.startsWith('kent-support-planner-embed')) return false;
  return /\.(html|js|css|wasm)$/.test(path);
}

/** The files sw.js keeps, sorted. */
export function cachedFiles(dist) {
  const walk = (dir, prefix) =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path, `${prefix}${name}/`) : [`${prefix}${name}`];
    });
  return walk(dist, '').filter(planner).sort();
}

/** Writes DIST/sw.js and returns `{ files, version }`. */
export function writeServiceWorker(dist) {
  const files = cachedFiles(dist);
  if (!files.includes('index.html')) throw new Error(`${dist}/index.html is missing: build it first (scripts/build-dist)`);
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file}\0`).update(readFileSync(join(dist, file)));
  const version = hash.digest('hex').slice(0, 16);
  const source = readFileSync(TEMPLATE, 'utf8')
    .replace("'__VERSION__'", JSON.stringify(version))
    .replace('__FILES__', JSON.stringify(files))
    // The comments stay in src/sw.js: browsers need only the code.
    .replace(/^\s*\/\/.*\n/gm, '');
  writeFileSync(join(dist, 'sw.js'), `// The Kent Support Planner's service worker: read src/sw.js.\n${source}`);
  return { files, version };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] ?? 'dist';
  const { files, version } = writeServiceWorker(dist);
  console.log(`service worker: ${join(dist, 'sw.js')}, version ${version}, keeps ${files.length} files: ${files.join(', ')}`);
}
