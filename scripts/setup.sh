#!/usr/bin/env bash
# Installs what the app and its tests need, on a machine that has only Rust,
# Node and Python: the wasm32 target, trunk, wasm-bindgen-cli, the npm
# packages (binaryen's wasm-opt, GOV.UK Frontend, sass, Playwright, axe) and,
# for tests, Debian's chromium and chromium-driver. Each piece is skipped
# when the right version is already there. Sourced by scripts/run and
# scripts/test; `setup_tools app` or `setup_tools test`.

TRUNK_V=0.21.14   # newest trunk that builds on Rust 1.95 (TOOLCHAIN.md)
WB_V=0.2.129      # == wasm-bindgen "=0.2.129" in Cargo.toml == [tools] in Trunk.toml
DENY_V=0.20.2     # cargo-deny for tests (deny.toml); newest at the time, MSRV 1.88

export PATH="$HOME/.cargo/bin:$PATH"

# step NAME CMD...: runs a step, names it, and stops the script naming it if it fails.
step() {
  local name=$1 s=$SECONDS
  shift
  echo "== $name"
  if ! "$@"; then
    echo "FAILED: $name ($*)" >&2
    exit 1
  fi
  echo "== done in $((SECONDS - s)) s: $name"
}

# install_or_stop WHAT HINT CMD...: one line naming the tool and what to do, then exit.
install_or_stop() {
  local what=$1 hint=$2
  shift 2
  echo "== installing $what"
  if ! "$@" >"/tmp/kent-setup-$$.log" 2>&1; then
    tail -n 20 "/tmp/kent-setup-$$.log" >&2
    echo "Could not install $what. $hint" >&2
    exit 1
  fi
}

setup_tools() {
  local mode=$1
  command -v cargo >/dev/null || { echo "Rust is missing: install it from https://rustup.rs, then run this again." >&2; exit 1; }
  command -v npm >/dev/null || { echo "Node.js and npm are missing: install Node.js 20, then run this again." >&2; exit 1; }
  rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown ||
    install_or_stop "the wasm32-unknown-unknown target" "Run 'rustup target add wasm32-unknown-unknown' and check your network." \
      rustup target add wasm32-unknown-unknown
  [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_V" ] ||
    install_or_stop "trunk $TRUNK_V (takes about 8 minutes the first time)" "Run 'cargo install trunk --version $TRUNK_V --locked' and read its error." \
      cargo install trunk --version "$TRUNK_V" --locked
  [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $WB_V" ] ||
    install_or_stop "wasm-bindgen-cli $WB_V (about 3 minutes the first time)" "Run 'cargo install wasm-bindgen-cli --version $WB_V --locked' and read its error." \
      cargo install wasm-bindgen-cli --version "$WB_V" --locked
  # cargo-deny for the test command's licence, ban and source checks. 0.20.2 builds on
  # Rust 1.95 (MSRV 1.88) with --locked; installing it took 555 s on a busy 2-core machine.
  [ "$mode" != test ] || [ "$(cargo-deny --version 2>/dev/null)" = "cargo-deny $DENY_V" ] ||
    install_or_stop "cargo-deny $DENY_V (about 5 to 9 minutes the first time)" "Run 'cargo install cargo-deny --version $DENY_V --locked' and read its error." \
      cargo install cargo-deny --version "$DENY_V" --locked
  # npm ci again only when package-lock.json changed since the last install
  # (a copy of it is kept in node_modules as a stamp).
  if [ ! -x node_modules/.bin/wasm-opt ] || ! cmp -s package-lock.json node_modules/.kent-installed-lock.json 2>/dev/null; then
    install_or_stop "the npm packages (package-lock.json)" "Run 'npm ci' and read its error." \
      npm ci --no-audit --no-fund
    cp package-lock.json node_modules/.kent-installed-lock.json
  fi
  if [ "$mode" = test ] && { ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; }; then
    if [ "$(id -u)" != 0 ]; then
      echo "Chromium is missing: run 'sudo apt-get install chromium chromium-driver', then run this again." >&2
      exit 1
    fi
    install_or_stop "chromium and chromium-driver (Debian)" "Run 'apt-get update && apt-get install chromium chromium-driver' and read its error." \
      sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver'
  fi
  # npm's binaryen 132 must shadow any older Debian wasm-opt (TOOLCHAIN.md, dead end 3).
  export PATH="$PWD/node_modules/.bin:$PATH"
  export TRUNK_SKIP_VERSION_CHECK=true
}
