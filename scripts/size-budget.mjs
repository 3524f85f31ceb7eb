// Prints the sizes of what a first visit downloads from dist/ (raw, gzip -9,
// brotli q11, all with Node's own zlib) and fails when a budget is exceeded:
// first load at most 150 KB brotli, the wasm at most 120 KB, the JS glue at
// most 8 KB. Sizes only: timings are too noisy for CI (PERFORMANCE.md).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const KB = 1024;
const budget = { total: 150 * KB, wasm: 120 * KB, js: 8 * KB };
// While the budget is not met (issue 8, PERFORMANCE.md), the test command
// holds the sizes where they are: a build larger than these fails. They
// sit about 1 KB above the figures when they were last set (162.5 KB
// wasm, 176.6 KB first load, at the end of the ninth session), since a
// small change moves brotli's output by a few hundred bytes either way.
// Lower them whenever the planner shrinks; they meet the budget when it
// is met.
const ceiling = { total: 177.6 * KB, wasm: 163.5 * KB, js: 4.5 * KB };
const kinds = { '.wasm': 'wasm', '.js': 'js', '.css': 'css', '.html': 'html' };

/** brotli at quality 11, as a server would precompress. */
export const brotli = (bytes) =>
  brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;

/**
 * The files of a first visit in `dist` (wasm, JS, CSS and index.html), each
 * with its kind and raw, gzip -9 and brotli sizes. scripts/bench-report.mjs
 * uses this too.
 */
export function measure(dist) {
  const rows = [];
  for (const f of readdirSync(dist).filter((f) => statSync(join(dist, f)).isFile())) {
    const kind = kinds[extname(f)];
    if (!kind) continue;
    if (kind === 'html' && f !== 'index.html') continue; // other pages are not on the first load
    if (f.startsWith('kent-support-planner-embed')) continue; // the parent page's script, not ours to load
    // The staff pages' own wasm and JS (staff.html, scripts/build): never on the planner's first load.
    if (f.startsWith('kent-support-planner-staff')) continue;
    const bytes = readFileSync(join(dist, f));
    rows.push({ file: f, kind, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotli(bytes) });
  }
  return rows;
}

// Run as a script (not imported): print the table and check the budget.
// `--ceiling` prints the verdicts against the budget but fails only past
// the ceiling above: the test command uses it while the wasm is over
// budget (issue 8, PERFORMANCE.md), so the figures stay visible in every
// run and the planner cannot grow unnoticed.
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  main(args.find((a) => !a.startsWith('--')) ?? 'dist', args.includes('--ceiling'));
}

function main(dist, withCeiling) {
  const rows = measure(dist);
  const sum = (k, pred = () => true) => rows.filter(pred).reduce((a, r) => a + r[k], 0);
  const pad = (s, n) => String(s).padStart(n);
  console.log(`${'file'.padEnd(44)} ${pad('raw', 9)} ${pad('gzip', 9)} ${pad('brotli', 9)}`);
  for (const r of rows.sort((a, b) => b.brotli - a.brotli)) {
    console.log(`${r.file.padEnd(44)} ${pad(r.raw, 9)} ${pad(r.gzip, 9)} ${pad(r.brotli, 9)}`);
  }
  console.log(`${'first load'.padEnd(44)} ${pad(sum('raw'), 9)} ${pad(sum('gzip'), 9)} ${pad(sum('brotli'), 9)}`);

  // The staff pages (staff.html): their own wasm and JS, for staff only.
  const staff = readdirSync(dist).filter((f) => f.startsWith('kent-support-planner-staff') && kinds[extname(f)]);
  if (staff.length) {
    console.log(`${'staff pages (staff.html, not the planner)'.padEnd(44)} ${pad('raw', 9)} ${pad('gzip', 9)} ${pad('brotli', 9)}`);
    for (const f of staff.sort()) {
      const bytes = readFileSync(join(dist, f));
      console.log(`${f.padEnd(44)} ${pad(bytes.length, 9)} ${pad(gzipSync(bytes, { level: 9 }).length, 9)} ${pad(brotli(bytes), 9)}`);
    }
  }

  // Each language's words: fetched only when someone chooses it, so not on
  // the first load and not in the wasm (src/i18n/locale.rs).
  const locales = join(dist, 'locales');
  if (existsSync(locales)) {
    console.log(`${'language (on demand, not in the first load)'.padEnd(44)} ${pad('raw', 9)} ${pad('gzip', 9)} ${pad('brotli', 9)}`);
    for (const f of readdirSync(locales).filter((f) => f.endsWith('.txt')).sort()) {
      const bytes = readFileSync(join(locales, f));
      console.log(`${`locales/${f}`.padEnd(44)} ${pad(bytes.length, 9)} ${pad(gzipSync(bytes, { level: 9 }).length, 9)} ${pad(brotli(bytes), 9)}`);
    }
  }

  const checks = [
    ['first load (brotli)', sum('brotli'), budget.total],
    ['wasm (brotli)', sum('brotli', (r) => r.kind === 'wasm'), budget.wasm],
    ['JS glue (brotli)', sum('brotli', (r) => r.kind === 'js'), budget.js],
  ];
  let failed = 0;
  let grown = 0;
  const limits = [ceiling.total, ceiling.wasm, ceiling.js];
  for (const [i, [name, size, limit]] of checks.entries()) {
    const ok = size <= limit;
    if (!ok) failed++;
    const kb = (n) => (n / KB).toFixed(1);
    let line = `${ok ? 'ok  ' : 'OVER'} ${name}: ${kb(size)} KB of ${(limit / KB).toFixed(0)} KB`;
    if (withCeiling && !ok) {
      const held = size <= limits[i];
      if (!held) grown++;
      line += held ? ` (held under today's ceiling of ${kb(limits[i])} KB)` : ` and past today's ceiling of ${kb(limits[i])} KB: it grew`;
    }
    console.log(line);
  }
  if (!rows.some((r) => r.kind === 'wasm')) {
    console.log('no wasm in dist/: build it first (scripts/build)');
    process.exit(1);
  }
  if (withCeiling) {
    if (failed) console.log(`${failed} budget(s) not met yet (issue 8); ${grown ? `${grown} past the ceiling: failing` : 'none past the ceiling'}`);
    process.exit(grown ? 1 : 0);
  }
  process.exit(failed ? 1 : 0);
}
