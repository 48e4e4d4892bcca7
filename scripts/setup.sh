#!/usr/bin/env bash
# Sets up everything Pillars needs, skipping whatever is already there, then exports the build
# environment. Sourced by scripts/serve.sh and scripts/test.sh; safe to run again and again.
#
# Two routes to a wasm32 standard library:
#   - rustup can add the target (an ordinary laptop): `rustup target add wasm32-unknown-unknown`.
#   - it cannot (a machine with no rustup downloads): Debian's rustc-web with std built from source,
#     linked by wasm-ld (see ../shared/TOOLCHAIN.md when present).
# Everything comes from package registries (crates.io, npm, Debian); nothing else is downloaded.

PILLARS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WASM_BINDGEN_VERSION="$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' "$PILLARS_ROOT/Cargo.toml")"
TRUNK_VERSION="0.21.14"

log() { printf '[setup] %s\n' "$*" >&2; }
die() { printf '[setup] error: %s\n' "$*" >&2; exit 1; }

SUDO=""
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
APT_UPDATED=0
apt_install() {
  command -v apt-get >/dev/null 2>&1 || die "please install these with your package manager: $*"
  if [ "$APT_UPDATED" = 0 ]; then
    log "apt-get update"
    $SUDO apt-get update -qq >&2 || die "apt-get update failed"
    APT_UPDATED=1
  fi
  log "apt-get install $*"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >&2
}
# Debian 12 keeps its maintained Rust and Chromium builds in bookworm-security; elsewhere, the default suite.
apt_install_security_first() {
  apt_install -t bookworm-security "$@" 2>/dev/null || apt_install "$@" || die "apt-get install $* failed"
}

export PATH="$HOME/.cargo/bin:$PATH"
command -v cargo >/dev/null 2>&1 || die "Rust is missing: install it with rustup (https://rustup.rs), then run this again."

# --- Build tools, compiled with the machine's own cargo (cargo install skips what is installed) ---
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes, once)"
  # No --locked: its lock file names a crate version the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" >&2 || die "could not install wasm-bindgen-cli"
fi
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  log "installing trunk $TRUNK_VERSION (about 8 minutes, once)"
  # --locked is needed: without it a newer lightningcss fails to compile.
  cargo install trunk --version "$TRUNK_VERSION" --locked >&2 || die "could not install trunk"
fi

WASM_SPLIT_VERSION="0.2.4"
# wasm-split-cli has no --version: ask cargo which version it installed.
if ! command -v wasm-split-cli >/dev/null 2>&1 \
  || ! cargo install --list 2>/dev/null | grep -q "^wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  log "installing wasm-split-cli $WASM_SPLIT_VERSION (code splitting of the release wasm; a few minutes, once)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked >&2 \
    || die "could not install wasm-split-cli"
fi

# --- The wasm32 standard library ---
has_wasm_std() {
  local dir
  dir="$(rustc --print target-libdir --target wasm32-unknown-unknown 2>/dev/null)" || return 1
  compgen -G "$dir/libstd-*.rlib" >/dev/null
}
PILLARS_BUILD_STD=0
# PILLARS_FORCE_BUILD_STD=1 takes the Debian route even where rustup has the target (to test that route).
if [ "${PILLARS_FORCE_BUILD_STD:-0}" = 1 ] || ! has_wasm_std; then
  if [ "${PILLARS_FORCE_BUILD_STD:-0}" != 1 ] && command -v rustup >/dev/null 2>&1 && timeout 60 rustup target add wasm32-unknown-unknown >&2 2>/dev/null && has_wasm_std; then
    log "added the wasm32 target with rustup"
  else
    log "rustup cannot add wasm32 here: using Debian's rustc-web and building std from source"
    if [ ! -x /usr/bin/rustc ] || [ ! -d /usr/lib/rustlib/src/rust/library ] || ! command -v wasm-ld-22 >/dev/null 2>&1; then
      apt_install_security_first rustc-web cargo-web rust-web-src lld-22
    fi
    PILLARS_BUILD_STD=1
    # Debian's cargo and rustc first, for native and wasm builds alike (one compiler, one set of artifacts).
    export PATH="/usr/bin:$PATH"
  fi
fi
export PILLARS_BUILD_STD
# The release build always builds std from source, for size: panics abort at once (no panic
# messages, locations or the formatting they pull in), Debug formatting is compiled out and std
# picks its size-optimised algorithms (sorting above all). That takes std's source: rustup's
# rust-src component, or Debian's rust-web-src on the other route. The result is about 12 %
# smaller (README, "Where the bytes are"); without the source the release still builds, larger.
PILLARS_SLIM=1
if [ "$PILLARS_BUILD_STD" = 0 ]; then
  src="$(rustc --print sysroot)/lib/rustlib/src/rust/library"
  if [ ! -d "$src" ] && ! { command -v rustup >/dev/null 2>&1 && timeout 120 rustup component add rust-src >&2 2>/dev/null && [ -d "$src" ]; }; then
    log "warning: no rust-src for this toolchain: the release build will exceed the size budget"
    PILLARS_SLIM=0
  fi
fi
export PILLARS_SLIM
# Runs a command with what a wasm32 build needs on this machine.
wasm_env() {
  if [ "$PILLARS_BUILD_STD" = 1 ]; then
    RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
      CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld-22 "$@"
  else
    "$@"
  fi
}
# Runs a command with what the release wasm build needs: wasm_env plus the size settings above.
# (Tests keep panic messages: wasm-bindgen-test reports a failed assertion through them.)
wasm_release_env() {
  if [ "$PILLARS_SLIM" = 1 ]; then
    # Replaces the rustflags of .cargo/config.toml (an environment variable wins): keep them in step.
    wasm_env env RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
      CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
      CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Clink-args=--emit-relocs -Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none" \
      "$@"
  else
    wasm_env "$@"
  fi
}
# Building std from source needs std's own dependencies (dlmalloc, compiler_builtins…) on disk,
# and Trunk builds offline: fetch them once here (quick when they are already there), with the
# crate's own dependencies for the wasm target.
wasm_release_env cargo fetch --target wasm32-unknown-unknown --manifest-path "$PILLARS_ROOT/Cargo.toml" >&2 \
  || die "could not fetch the wasm build's dependencies"

# --- Node packages: Playwright (core only, driving the system Chromium), axe-core, wasm-opt,
#     terser and csso (the release's JS and CSS minified) ---
command -v npm >/dev/null 2>&1 || apt_install nodejs npm || die "please install Node.js and npm"
if [ ! -d "$PILLARS_ROOT/node_modules/playwright-core" ] || [ ! -d "$PILLARS_ROOT/node_modules/binaryen" ] \
  || [ ! -d "$PILLARS_ROOT/node_modules/axe-core" ] || [ ! -d "$PILLARS_ROOT/node_modules/terser" ] \
  || [ ! -d "$PILLARS_ROOT/node_modules/csso" ] \
  || [ "$PILLARS_ROOT/package-lock.json" -nt "$PILLARS_ROOT/node_modules/.package-lock.json" ]; then
  log "npm ci"
  (cd "$PILLARS_ROOT" && npm ci --no-audit --no-fund >&2) || die "npm ci failed"
fi
export PATH="$PILLARS_ROOT/node_modules/.bin:$PATH"

# --- A Chromium for the browser tests (never a downloaded browser build) ---
find_chromium() {
  local c
  for c in "${PILLARS_CHROMIUM:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome \
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"; do
    if [ -n "$c" ] && [ -x "$c" ]; then printf '%s' "$c"; return 0; fi
  done
  return 1
}
if ! find_chromium >/dev/null || ! command -v chromedriver >/dev/null 2>&1; then
  apt_install_security_first chromium chromium-driver
fi
PILLARS_CHROMIUM="$(find_chromium)" || die "no Chromium found: install chromium and chromedriver"
export PILLARS_CHROMIUM
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"

# --- Firefox ESR and geckodriver, for a second run of the browser tests (only for the tests,
# scripts/test.sh sets PILLARS_TESTS=1; skipped, with a message, where they cannot be had;
# PILLARS_NO_FIREFOX=1 skips them on purpose) ---
GECKODRIVER_VERSION="0.37.1"
PILLARS_GECKODRIVER=""
if [ "${PILLARS_TESTS:-0}" = 1 ] && [ "${PILLARS_NO_FIREFOX:-0}" != 1 ]; then
  if ! command -v firefox-esr >/dev/null 2>&1 && ! command -v firefox >/dev/null 2>&1; then
    (apt_install -t bookworm-security firefox-esr 2>/dev/null || apt_install firefox-esr) >/dev/null 2>&1 \
      || log "Firefox ESR could not be installed here: the browser tests will run in Chromium only"
  fi
  if command -v firefox-esr >/dev/null 2>&1 || command -v firefox >/dev/null 2>&1; then
    if ! command -v geckodriver >/dev/null 2>&1; then
      log "installing geckodriver $GECKODRIVER_VERSION (drives Firefox for the browser tests; a few minutes, once)"
      cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked >&2 \
        || log "geckodriver could not be installed: the browser tests will run in Chromium only"
    fi
    PILLARS_GECKODRIVER="$(command -v geckodriver || true)"
  fi
fi
export PILLARS_GECKODRIVER

log "ready: $(cargo --version), trunk $TRUNK_VERSION, wasm-bindgen $WASM_BINDGEN_VERSION, $("$PILLARS_CHROMIUM" --version 2>/dev/null | head -n1)"
