#!/usr/bin/env bash
# Sets up everything that is missing, then builds and serves Pillars on http://127.0.0.1:8080
# (rebuilding on change). Extra arguments go to `trunk serve`, e.g. --release.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
echo "Pillars: http://127.0.0.1:8080/ (Ctrl+C stops)"
# A release build (--release) gets the release's size settings; a debug build keeps panic messages.
case " $* " in
  *" --release "*) wasm_release_env trunk serve "$@" ;;
  *) wasm_env trunk serve "$@" ;;
esac
