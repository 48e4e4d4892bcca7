#!/usr/bin/env bash
# Prints the size of every file in dist/ (raw and gzipped) and the totals: a benchmark, not a test.
# Builds the release first unless --no-build is given.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" != "--no-build" ]; then
  source scripts/setup.sh
  wasm_env trunk build --release >/dev/null 2>&1 || { echo "release build failed" >&2; exit 1; }
fi
[ -d dist ] || { echo "no dist/: build first" >&2; exit 1; }
printf '%-44s %10s %10s\n' "file" "bytes" "gzip -9"
total=0; gz_total=0
while IFS= read -r f; do
  raw=$(wc -c <"$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total=$((total + raw)); gz_total=$((gz_total + gz))
  printf '%-44s %10d %10d\n' "${f#dist/}" "$raw" "$gz"
done < <(find dist -type f | sort)
printf '%-44s %10d %10d\n' "TOTAL" "$total" "$gz_total"
awk -v b="$gz_total" 'BEGIN { printf "Total gzipped: %.1f KB (for scale: the SurveyJS form library alone is about 414 KB gzipped)\n", b / 1024 }'
