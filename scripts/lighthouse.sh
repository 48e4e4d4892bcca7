#!/usr/bin/env bash
# Prints Lighthouse figures (mobile setting) for the home and assessment screens of the release
# build, served on loopback with compression: a benchmark, not a test. Builds the release first
# unless --no-build. Lighthouse is installed once into tools/lighthouse (kept out of the test
# suite's npm ci). Nothing is fetched at run time but from 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
if [ ! -d tools/lighthouse/node_modules/lighthouse ]; then
  echo "[lighthouse] installing Lighthouse into tools/lighthouse (once)" >&2
  (cd tools/lighthouse && npm install --no-audit --no-fund >&2)
fi
if [ "${1:-}" != "--no-build" ]; then
  wasm_release_env trunk build --release >/dev/null 2>&1 || { echo "release build failed" >&2; exit 1; }
fi
node scripts/lighthouse.mjs
