#!/usr/bin/env bash
# Sets up everything that is missing, then builds and serves Pillars on http://127.0.0.1:8080
# (rebuilding on change). Pass --release to serve the optimised build.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
exec env -u NO_COLOR bash -c "$(declare -f wasm_env); PILLARS_BUILD_STD=$PILLARS_BUILD_STD wasm_env trunk serve $*"
