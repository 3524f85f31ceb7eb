#!/usr/bin/env node
// The RustSec advisory database for `cargo deny check advisories`, offline.
//
// cargo-deny clones https://github.com/rustsec/advisory-db, which the build
// machines cannot reach. So the repository keeps a dated snapshot of it in
// deny/advisory-db/: every advisory for a crate in Cargo.lock, and the names
// of all crates the snapshot has advisories for (CRATES), so a new dependency
// with advisories is caught rather than silently unchecked.
//
//   node scripts/advisory-db.mjs prepare
//     Fails if Cargo.lock names a crate that has advisories in the snapshot
//     but none kept here; then writes target/advisory-dbs/advisory-db-<hash>,
//     a git repository with the kept advisories committed at the snapshot's
//     date, where `cargo deny --offline` (deny.toml: db-path) reads them.
//   node scripts/advisory-db.mjs update <clone of rustsec/advisory-db>
//     Refreshes the snapshot from a full clone (where GitHub is reachable).

import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const KEPT = join(REPO, 'deny', 'advisory-db');
// cargo-deny names the clone of the default database URL this way.
const TARGET = join(REPO, 'target', 'advisory-dbs', 'advisory-db-3157b0e258782691');

/** Crate names in Cargo.lock. */
function lockCrates() {
  const lock = readFileSync(join(REPO, 'Cargo.lock'), 'utf8');
  return [...new Set([...lock.matchAll(/^name = "([^"]+)"$/gm)].map((m) => m[1]))].sort();
}

function snapshot() {
  const fields = Object.fromEntries(
    readFileSync(join(KEPT, 'SNAPSHOT'), 'utf8')
      .split('\n')
      .filter((l) => l.includes(': '))
      .map((l) => l.split(': ')),
  );
  return fields;
}

function prepare() {
  const withAdvisories = new Set(readFileSync(join(KEPT, 'CRATES'), 'utf8').split('\n').filter(Boolean));
  const missing = lockCrates().filter((c) => withAdvisories.has(c) && !existsSync(join(KEPT, 'crates', c)));
  if (missing.length) {
    console.error(`deny/advisory-db lacks the advisories for: ${missing.join(', ')}`);
    console.error('Refresh it from a clone of https://github.com/rustsec/advisory-db: node scripts/advisory-db.mjs update <clone>');
    process.exit(1);
  }
  const { commit, date } = snapshot();
  rmSync(TARGET, { recursive: true, force: true });
  mkdirSync(TARGET, { recursive: true });
  cpSync(join(KEPT, 'crates'), join(TARGET, 'crates'), { recursive: true });
  const git = (...args) =>
    execFileSync('git', ['-C', TARGET, ...args], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 'snapshot', GIT_AUTHOR_EMAIL: 'snapshot@localhost', GIT_COMMITTER_NAME: 'snapshot', GIT_COMMITTER_EMAIL: 'snapshot@localhost' },
    });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', `rustsec/advisory-db ${commit} (kept subset)`);
  const count = readdirSync(join(KEPT, 'crates')).reduce((n, c) => n + readdirSync(join(KEPT, 'crates', c)).length, 0);
  console.log(`advisory database: RustSec snapshot ${commit.slice(0, 12)} of ${date}, ${count} advisories for crates in Cargo.lock`);
}

function update(clone) {
  const commit = execFileSync('git', ['-C', clone, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  const date = execFileSync('git', ['-C', clone, 'show', '-s', '--format=%cI', 'HEAD'], { encoding: 'utf8' }).trim();
  const all = readdirSync(join(clone, 'crates')).sort();
  rmSync(join(KEPT, 'crates'), { recursive: true, force: true });
  mkdirSync(join(KEPT, 'crates'), { recursive: true });
  const lock = new Set(lockCrates());
  for (const c of all.filter((c) => lock.has(c))) cpSync(join(clone, 'crates', c), join(KEPT, 'crates', c), { recursive: true });
  cpSync(join(clone, 'LICENSE.txt'), join(KEPT, 'LICENSE.txt'));
  writeFileSync(join(KEPT, 'CRATES'), `${all.join('\n')}\n`);
  writeFileSync(join(KEPT, 'SNAPSHOT'), `source: https://github.com/rustsec/advisory-db\ncommit: ${commit}\ndate: ${date}\n`);
  console.log(`kept the advisories of ${all.filter((c) => lock.has(c)).length} crates from ${commit.slice(0, 12)} (${date})`);
}

const [command, arg] = process.argv.slice(2);
if (command === 'prepare') prepare();
else if (command === 'update' && arg) update(arg);
else {
  console.error('usage: node scripts/advisory-db.mjs prepare | update <clone of rustsec/advisory-db>');
  process.exit(2);
}
