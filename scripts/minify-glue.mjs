// Shrinks what wasm-bindgen writes, in a built dist/, after Trunk:
//
// 1. The wasm's import and export names. wasm-bindgen names each import
//    after the JS function and a 16-digit hash ("__wbg_focus_f740d61348f422e7")
//    and the import module after the glue file; the hashes do not compress.
//    binaryen's own pass, `wasm-opt --minify-imports-and-exports-and-modules`,
//    renames them ("a", "b", ... in module "a") and prints the mapping, which
//    is applied to the JS glue's import object and its `wasm.<export>` uses.
//    The same run drops the producers and target-features sections, which
//    no browser reads.
// 2. The JS glue, src/loader.js and Trunk's inline module loader in each
//    page, minified by terser (Trunk's own minifier cannot parse
//    wasm-bindgen's `export default`, and would drop the HTML comments the
//    prerender writes into).
//
// The file names stay; each HTML page's integrity hashes (and the wasm's
// size in Trunk's loader) are brought up to date. Run it before the
// prerender and the security headers, which read those pages.
// It checks its own work: every import the wasm now asks for is a key of
// the glue's import object, and every `wasm.<name>` the glue uses is an
// export of the wasm.
//
//   node scripts/minify-glue.mjs <dist>

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const wasmOpt = join(root, 'node_modules', '.bin', 'wasm-opt');
const dist = process.argv[2];
if (!dist) {
  console.error('usage: node scripts/minify-glue.mjs <dist>');
  process.exit(2);
}

const fail = (message) => {
  console.error(`scripts/minify-glue.mjs: ${message}`);
  process.exit(1);
};
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Renames the wasm's imports and exports in place; returns binaryen's mapping. */
function minifyNames(wasmPath) {
  // wasm-opt reads the features the wasm uses from this section, which the
  // run below drops: without it the wasm has been through here already.
  const features = WebAssembly.Module.customSections(new WebAssembly.Module(readFileSync(wasmPath)), 'target_features');
  if (features.length === 0) fail(`${wasmPath} has no target_features section: minified already? Build again (scripts/build).`);
  const args = [wasmPath, '--minify-imports-and-exports-and-modules', '--strip-producers', '--strip-target-features', '-o', wasmPath];
  let out;
  try {
    out = execFileSync(wasmOpt, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    fail(`wasm-opt failed on ${wasmPath}:\n${String(e.stderr ?? e.message).split('\n').slice(0, 8).join('\n')}`);
  }
  const map = JSON.parse(out.slice(out.indexOf('{')));
  if (!Array.isArray(map.imports) || !Array.isArray(map.exports)) fail(`${wasmPath}: no mapping from wasm-opt`);
  return map;
}

/** Applies the mapping to wasm-bindgen's glue; fails if any name is left over or missing. */
function renameInGlue(js, map, wasmPath) {
  const module = new WebAssembly.Module(readFileSync(wasmPath));
  const modules = new Set(map.imports.map(([m]) => m));
  if (modules.size > 1) fail(`${wasmPath}: imports from ${[...modules].join(', ')}; only one module is handled`);
  const [newModule] = new Set(WebAssembly.Module.imports(module).map((i) => i.module));
  for (const old of modules) {
    const key = new RegExp(`"${escape(old)}": import0`, 'g');
    if ((js.match(key) ?? []).length !== 1) fail(`the glue does not name "${old}" once`);
    js = js.replace(key, () => `${JSON.stringify(newModule)}: import0`);
  }
  for (const [, old, renamed] of map.imports) {
    const key = new RegExp(`(\\n\\s*)${escape(old)}: function\\(`, 'g');
    if ((js.match(key) ?? []).length !== 1) fail(`the glue does not define import ${old} once`);
    js = js.replace(key, (_, indent) => `${indent}${JSON.stringify(renamed)}: function(`);
  }
  for (const [old, renamed] of map.exports) {
    js = js.replace(new RegExp(`\\bwasm\\.${escape(old)}\\b`, 'g'), () => `wasm.${renamed}`);
  }
  // wasm-bindgen's own names (hashed imports, its exports, the externref
  // table's helpers) must all be gone: one left is an access this script
  // does not rewrite (such as wasm["name"]) and would fail at run time.
  const left = js.match(/__wbg_[\w$]*_[0-9a-f]{16}\b|\b__wbindgen_[\w$]+|\b__externref_[\w$]+/);
  if (left) fail(`the glue still names ${left[0]} after renaming`);
  const exports = new Set(WebAssembly.Module.exports(module).map((e) => e.name));
  const used = [...js.matchAll(/\bwasm\.([A-Za-z_$][\w$]*)/g)].map((m) => m[1]);
  const unknown = used.filter((name) => !exports.has(name));
  if (unknown.length) fail(`the glue uses wasm.${unknown[0]}, which the wasm does not export`);
  for (const { name } of WebAssembly.Module.imports(module)) {
    if (!js.includes(`${JSON.stringify(name)}: function(`)) fail(`the wasm imports ${name}, which the glue does not define`);
  }
  return js;
}

async function minifyJs(js, file) {
  const result = await minify(js, {
    module: true,
    ecma: 2020,
    compress: true,
    mangle: true,
    format: { comments: false },
  });
  if (!result.code) fail(`terser returned nothing for ${file}`);
  return result.code;
}

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

const files = readdirSync(dist);
const changed = new Map();
for (const wasmFile of files.filter((f) => f.endsWith('_bg.wasm'))) {
  const jsFile = wasmFile.replace(/_bg\.wasm$/, '.js');
  if (!files.includes(jsFile)) fail(`${wasmFile} has no glue ${jsFile}`);
  const wasmPath = join(dist, wasmFile);
  const before = readFileSync(wasmPath).length;
  const map = minifyNames(wasmPath);
  const glue = renameInGlue(readFileSync(join(dist, jsFile), 'utf8'), map, wasmPath);
  writeFileSync(join(dist, jsFile), await minifyJs(glue, jsFile));
  changed.set(wasmFile, readFileSync(wasmPath));
  changed.set(jsFile, readFileSync(join(dist, jsFile)));
  console.log(`${wasmFile}: ${map.imports.length} imports and ${map.exports.length} exports renamed, ${before} -> ${changed.get(wasmFile).length} bytes`);
}
for (const loader of files.filter((f) => f.endsWith('-loader.js'))) {
  const path = join(dist, loader);
  writeFileSync(path, await minifyJs(readFileSync(path, 'utf8'), loader));
  changed.set(loader, readFileSync(path));
}

// Each page's integrity hashes and Trunk's wasm size for the files above,
// then its inline loader minified. A page that names a changed file must
// carry its integrity (Trunk writes one on each preload); Trunk's loader
// call must name each wasm with its size exactly once where it passes one.
for (const page of files.filter((f) => f.endsWith('.html'))) {
  const path = join(dist, page);
  let html = readFileSync(path, 'utf8');
  for (const [file, bytes] of changed) {
    const name = escape(file);
    if (!html.includes(`/${file}`)) continue;
    let updated = 0;
    html = html.replace(
      new RegExp(`(<link\\b[^>]*\\bhref="[^"]*/${name}"[^>]*\\bintegrity=")sha384-[^"]*"`, 'g'),
      (_, before) => {
        updated += 1;
        return `${before}${sri(bytes)}"`;
      },
    );
    if (updated === 0) fail(`${page} names ${file} but has no integrity for it to update`);
    if (file.endsWith('.wasm')) {
      let sized = 0;
      html = html.replace(new RegExp(`('[^']*/${name}', )\\d+,`, 'g'), (_, before) => {
        sized += 1;
        return `${before}${bytes.length},`;
      });
      // With an initializer (src/loader.js) Trunk passes the wasm's size;
      // without one (the bench's reference app) it passes none.
      const expected = html.includes('__trunkInitializer(init,') ? 1 : 0;
      if (sized !== expected) fail(`${page}: Trunk's loader names ${file} with a size ${sized} times, not ${expected}`);
    }
  }
  // Trunk's inline loader (a module script); the prerender adds its own
  // inline script later, and scripts/headers.mjs hashes them all after.
  for (const [whole, code] of [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)]) {
    const short = await minifyJs(code, `${page}'s inline loader`);
    html = html.replace(whole, () => `<script type="module">${short}</script>`);
  }
  writeFileSync(path, html);
  for (const m of html.matchAll(/<link\b[^>]*\bhref="[^"]*\/([^"/]+)"[^>]*\bintegrity="(sha384-[^"]*)"/g)) {
    const [, file, hash] = m;
    if (files.includes(file) && hash !== sri(readFileSync(join(dist, file)))) fail(`${page}: the integrity of ${file} is stale`);
  }
}
