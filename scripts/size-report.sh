#!/usr/bin/env bash
# Prints the size of every file in dist/ (raw, gzipped, brotli), the critical-path total and the
# whole total (scripts/size-report.mjs). Builds the release first unless --no-build is given;
# --check fails when a total passes its budget in size-budget.json (CI runs it).
set -euo pipefail
cd "$(dirname "$0")/.."
args=()
build=1
for a in "$@"; do
  if [ "$a" = "--no-build" ]; then build=0; else args+=("$a"); fi
done
if [ "$build" = 1 ]; then
  source scripts/setup.sh
  wasm_release_env trunk build --release >/dev/null 2>&1 || { echo "release build failed" >&2; exit 1; }
fi
[ -d dist ] || { echo "no dist/: build first" >&2; exit 1; }
node scripts/size-report.mjs "${args[@]}"
