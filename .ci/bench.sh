#!/usr/bin/env bash
# Benchmark (not a test: nothing asserts a number). Works from any directory. RUNS=N changes the number of loads.
#   1. a release build of every page into target/bench-dist (.ci/build.sh --release), timed;
#   2. the 25 largest items of the learner's wasm (twiggy top, on the same wasm optimized with its names kept);
#   3. in headless Chromium (tests/e2e/bench.mjs, where each measure is defined): the bytes each page loads
#      (raw, gzip -9, brotli 11) and what the service worker fetches after; RUNS cold loads of /?start=1 to the
#      first options clickable, the main thread's script time, and Check → feedback; RUNS cold loads of the
#      embed in examples/blog-post.html; the progress record of a 40-scenario session and RUNS cold loads
#      that resume it.
# Ends with a markdown table.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash .ci/setup.sh --bench
# shellcheck source=.ci/env.sh
source .ci/env.sh

RUNS="${RUNS:-10}"
DIST=target/bench-dist
RESULTS=target/bench-results.json

echo
echo "==> release build of every page (bash .ci/build.sh --release --dist $DIST)"
build_start=$SECONDS
bash .ci/build.sh --release --dist "$DIST"
build_secs=$((SECONDS - build_start))

echo
learner_bin="$(sed -nE 's/.*data-trunk rel="rust" data-bin="([^"]+)".*/\1/p' index.html)"
# Trunk keeps wasm-bindgen's output, before wasm-opt strips the names; optimizing it again with -g gives the
# shipped wasm's contents with names for twiggy.
bindgen_wasm="target/wasm-bindgen/release/${learner_bin}_bg.wasm"
named=target/bench-learner-named.wasm
echo "==> the learner's wasm: twiggy top -n 25 (wasm-opt -Oz -g $bindgen_wasm -o $named)"
wasm-opt -Oz -g "$bindgen_wasm" -o "$named"
# The names take a third of that file: the shares below are of the named file, not of the shipped one.
# The learner's file is its name and a hash: rolecall-<16 hex>_bg.wasm, not rolecall-edit-<hex>_bg.wasm.
echo "shipped: $(wc -c <"$(ls "$DIST/$learner_bin"-????????????????_bg.wasm)") B; optimized with names: $(wc -c <"$named") B"
twiggy top -n 25 "$named"

echo
echo "==> headless Chromium, $RUNS cold loads per measure"
node tests/e2e/bench.mjs --root "$DIST" --runs "$RUNS" --out "$RESULTS" \
  --title "RoleCall benchmark ($(date -u +%Y-%m-%d), release build of every page in ${build_secs}s, $(nproc) cores)"
