#!/usr/bin/env bash
# Prints load, answer and results timings of the release build in headless Chromium (not a test).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
wasm_release_env trunk build --release >/dev/null 2>&1 || { echo "release build failed" >&2; exit 1; }
node scripts/bench-load.mjs
