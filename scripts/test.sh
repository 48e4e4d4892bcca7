#!/usr/bin/env bash
# Sets up everything that is missing, then runs every test layer:
#   1. native `cargo test` on the pure core (unit and property tests),
#   2. wasm-bindgen-test in headless Chromium (storage and components), and again in Firefox ESR
#      where Debian's firefox-esr and geckodriver can be had (skipped with a message otherwise),
#   3. Playwright journeys against the release build served on loopback.
# Fails if any layer fails or runs no test.
set -euo pipefail
cd "$(dirname "$0")/.."
export PILLARS_TESTS=1 # setup.sh also brings what only the tests need (Firefox ESR, geckodriver)
source scripts/setup.sh

logs="$(mktemp -d)"
# Fails unless the log shows at least one passing test and no failure.
ran_tests() { # log, pattern-for-passed-count
  local n
  n="$(grep -Eo "$2" "$1" | grep -Eo '[0-9]+' | awk '{s+=$1} END {print s+0}')"
  if [ "$n" -eq 0 ]; then echo "[test] $1 ran no test" >&2; exit 1; fi
  echo "$n"
}

echo "== 1/3 native tests (cargo test)"
cargo test --all-targets 2>&1 | tee "$logs/native.log"
native="$(ran_tests "$logs/native.log" 'test result: ok\. [0-9]+ passed')"

echo "== 2/3 browser tests (wasm-bindgen-test in headless Chromium)"
wasm_env env CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown --test web 2>&1 | tee "$logs/wasm.log"
wasm="$(ran_tests "$logs/wasm.log" 'test result: ok\. [0-9]+ passed')"
if [ -n "${PILLARS_GECKODRIVER:-}" ]; then
  echo "== 2/3 the same browser tests in Firefox ESR (geckodriver)"
  wasm_env env -u CHROMEDRIVER GECKODRIVER="$PILLARS_GECKODRIVER" \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    cargo test --target wasm32-unknown-unknown --test web 2>&1 | tee "$logs/wasm-firefox.log"
  firefox="$(ran_tests "$logs/wasm-firefox.log" 'test result: ok\. [0-9]+ passed')"
else
  echo "== 2/3 Firefox ESR or geckodriver is not available on this machine: browser tests ran in Chromium only"
  firefox=0
fi

echo "== 3/3 journeys (Playwright against the release build on loopback)"
wasm_release_env trunk build --release 2>&1 | tail -n 5
# Bytes are deterministic: the release must stay inside size-budget.json.
node scripts/size-report.mjs --check
node --test --test-concurrency=1 --test-timeout=300000 tests/e2e/ 2>&1 | tee "$logs/e2e.log"
e2e="$(ran_tests "$logs/e2e.log" '^# pass [0-9]+')"
if grep -Eq '^# fail [1-9]' "$logs/e2e.log"; then exit 1; fi

echo "All layers passed: $native native, $wasm in the browser ($firefox more in Firefox), $e2e journeys."
echo "$((native + wasm + firefox + e2e)) passed, 0 failed"
