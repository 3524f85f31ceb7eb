#!/usr/bin/env node
// Writes a brotli (quality 11) and a gzip (level 9) copy beside each file a
// browser fetches from a built dist/ (.html, .js, .css, .wasm, .txt, .csv),
// so the server can send them compressed without compressing on each
// request (nginx: `brotli_static on; gzip_static on;`). Served raw, the
// planner's first question takes 3.3 s on the benchmark's slow network;
// served brotli, 1.3 s (PERFORMANCE.md). Each copy is read back and checked
// against its file. Run after the prerender and scripts/headers.mjs.
//
//   node scripts/precompress.mjs [DIST]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const KINDS = new Set(['.html', '.js', '.css', '.wasm', '.txt', '.csv']);

/** Every file under `dir` whose kind a browser fetches. */
function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return KINDS.has(extname(name)) ? [path] : [];
  });
}

let raw = 0;
let br = 0;
const written = files(dist);
for (const path of written) {
  const bytes = readFileSync(path);
  const brotli = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
  const gzip = gzipSync(bytes, { level: 9 });
  if (!brotliDecompressSync(brotli).equals(bytes) || !gunzipSync(gzip).equals(bytes)) {
    console.error(`precompress: a compressed copy of ${path} does not read back to the file`);
    process.exit(1);
  }
  writeFileSync(`${path}.br`, brotli);
  writeFileSync(`${path}.gz`, gzip);
  raw += bytes.length;
  br += brotli.length;
}
console.log(`precompress: ${written.length} files, ${raw} bytes; .br copies ${br} bytes, .gz copies beside them`);
