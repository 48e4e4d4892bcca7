#!/usr/bin/env bash
# Search latency on a synthetic 10,000-resource library (release build). Prints figures.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cargo run --release --example bench_search
