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
# Brotli is what most static hosts serve today; gzip is the common yardstick.
brotli_size() { node -e 'const z=require("zlib");const b=require("fs").readFileSync(process.argv[1]);process.stdout.write(String(z.brotliCompressSync(b,{params:{[z.constants.BROTLI_PARAM_QUALITY]:11}}).length))' "$1"; }
printf '%-44s %10s %10s %10s\n' "file" "bytes" "gzip -9" "brotli"
total=0; gz_total=0; br_total=0
while IFS= read -r f; do
  raw=$(wc -c <"$f"); gz=$(gzip -9 -c "$f" | wc -c); br=$(brotli_size "$f")
  total=$((total + raw)); gz_total=$((gz_total + gz)); br_total=$((br_total + br))
  printf '%-44s %10d %10d %10d\n' "${f#dist/}" "$raw" "$gz" "$br"
done < <(find dist -type f | sort)
printf '%-44s %10d %10d %10d\n' "TOTAL" "$total" "$gz_total" "$br_total"
awk -v g="$gz_total" -v b="$br_total" 'BEGIN { printf "Total: %.1f KB gzipped, %.1f KB brotli (for scale: the SurveyJS form library alone is about 414 KB gzipped)\n", g / 1024, b / 1024 }'
