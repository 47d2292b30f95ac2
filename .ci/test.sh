#!/usr/bin/env bash
# README command 2: RoleCall's whole gate, failing fast. Works from any directory.
#   setup --test · rustfmt · clippy (host workspace, and wasm32) · quiz checker on every shipped quiz · host tests
#   (the app, the relay protocol and the relay, with its Redis test) ·
#   quiz schema tests (node --test) · browser component tests (every tests/*.rs that runs in the browser,
#   headless Chromium) · release build of every page into dist/ (.ci/build.sh) · Playwright e2e (under the CSP)
# Exits non-zero on the first failure; the last line is "total: N passed, N failed, N skipped" over every test run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

STEPS=9
step=0
current="start"
gate_start=$SECONDS
section_start=$SECONDS
LOG_DIR=target/ci
passed=0
failed=0
skipped=0

section() {
  step=$((step + 1))
  current="$1"
  section_start=$SECONDS
  echo
  echo "==> [$step/$STEPS] $current"
}

section_ok() {
  echo "--- [$step/$STEPS] $current: ok ($((SECONDS - section_start))s)"
}

on_exit() {
  local rc=$?
  if [ "$rc" -ne 0 ]; then
    echo
    echo "FAILED at step $step/$STEPS: $current (exit $rc, after $((SECONDS - gate_start))s)"
  fi
}
trap on_exit EXIT

# add_cargo_counts LOG: adds up the "test result: ok. N passed; N failed; N ignored; ..." lines of a cargo test run.
add_cargo_counts() {
  local p f s
  read -r p f s < <(awk '/^test result: / {
      for (i = 2; i <= NF; i++) {
        if ($i ~ /^passed;?$/) p += $(i - 1)
        if ($i ~ /^failed;?$/) f += $(i - 1)
        if ($i ~ /^ignored;?$/) s += $(i - 1)
      }
    } END { print p + 0, f + 0, s + 0 }' "$1")
  passed=$((passed + p))
  failed=$((failed + f))
  skipped=$((skipped + s))
  echo "$p passed, $f failed, $s ignored"
}

# add_tap_counts LOG: adds up the "# pass N", "# fail N", "# skipped N" and "# todo N" totals of a node --test run.
add_tap_counts() {
  local p f s
  read -r p f s < <(awk '/^# pass / { p += $3 } /^# fail / { f += $3 } /^# (skipped|todo) / { s += $3 }
    END { print p + 0, f + 0, s + 0 }' "$1")
  passed=$((passed + p))
  failed=$((failed + f))
  skipped=$((skipped + s))
  echo "$p passed, $f failed, $s skipped"
}

section "setup (.ci/setup.sh --test)"
bash .ci/setup.sh --test
# shellcheck source=.ci/env.sh
source .ci/env.sh
mkdir -p "$LOG_DIR"
section_ok

section "format (cargo fmt --all -- --check)"
cargo fmt --all -- --check
section_ok

section "clippy, host (whole workspace) and wasm32 (the app and its protocol crate) (-D warnings)"
cargo clippy --workspace --all-targets --locked -- -D warnings
# Never the relay for wasm32: it is tokio, host only.
cargo clippy -p rolecall -p rolecall-protocol --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
# index.html's build: the app without its default `practice` feature.
cargo clippy -p rolecall --lib --bin rolecall --locked --target wasm32-unknown-unknown --no-default-features -- -D warnings
section_ok

section "quiz checker on every shipped quiz (rolecall-check assets/quizzes/*.toml)"
shopt -s nullglob
quizzes=(assets/quizzes/*.toml)
shopt -u nullglob
if [ "${#quizzes[@]}" -eq 0 ]; then
  echo "no quiz found in assets/quizzes/*.toml" >&2
  exit 1
fi
cargo run --quiet --locked --bin rolecall-check -- "${quizzes[@]}"
section_ok

# The whole workspace: the app, the relay's protocol, and the relay (its integration tests start relays on
# loopback ports; its Redis test starts its own redis-server, installed by setup --test).
section "host tests (cargo test --workspace --locked)"
cargo test --workspace --locked 2>&1 | tee "$LOG_DIR/host-tests.log"
# Called directly, not in $( ): it adds to the running totals, which a subshell would lose.
printf 'host tests: '
add_cargo_counts "$LOG_DIR/host-tests.log"
section_ok

section "quiz schema against the example quizzes (node --test tests/schema/)"
node --test --test-reporter=tap tests/schema/ 2>&1 | tee "$LOG_DIR/schema-tests.log"
printf 'schema tests: '
add_tap_counts "$LOG_DIR/schema-tests.log"
section_ok

# Every browser test file: each test file that runs in the browser says so (wasm_bindgen_test_configure!
# (run_in_browser)), so a new one is never left out of the gate.
mapfile -t browser_tests < <(grep -l 'run_in_browser' tests/*.rs | xargs -n1 basename | sed 's/\.rs$//' | LC_ALL=C sort)
browser_args=()
for t in "${browser_tests[@]}"; do browser_args+=(--test "$t"); done
section "browser component tests (cargo test --target wasm32-unknown-unknown ${browser_args[*]}, headless Chromium)"
if [ "${#browser_tests[@]}" -eq 0 ]; then
  echo "no browser test file found (tests/*.rs with run_in_browser)" >&2
  exit 1
fi
cargo test --locked --target wasm32-unknown-unknown "${browser_args[@]}" 2>&1 | tee "$LOG_DIR/browser-tests.log"
printf 'browser tests: '
add_cargo_counts "$LOG_DIR/browser-tests.log"
section_ok

section "release build of every page (bash .ci/build.sh --release -> dist/)"
bash .ci/build.sh --release
(cd dist && find . -type f -printf '%10s  %P\n' | sort -k2)
section_ok

section "end-to-end (playwright test, system Chromium, dist/ served by tests/e2e/serve.mjs with the CSP)"
e2e_summary="$LOG_DIR/e2e-summary.txt"
rm -f "$e2e_summary"
# node_modules/.bin/playwright, which is what `npx playwright test` runs; called directly because npx (npm)
# prints a config warning on this machine after the results, and the e2e output must end on its count line.
# A free ephemeral port unless one is given: a fixed port collides with anything else serving on it.
E2E_PORT="${E2E_PORT:-$(node -e "const s = require('net').createServer(); s.listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); });")}"
export E2E_PORT
echo "serving dist/ for the e2e tests on port $E2E_PORT"
# phones.spec.mjs runs its own relay over dist/ (target/{release,debug}/rolecall-relay); the host tests have
# usually built it already, so this is quick.
cargo build --locked -p rolecall-relay
E2E_SUMMARY_FILE="$e2e_summary" playwright test
read -r p f s <"$e2e_summary"
passed=$((passed + p))
failed=$((failed + f))
skipped=$((skipped + s))
section_ok

echo
echo "All $STEPS gate steps passed in $((SECONDS - gate_start))s (host tests, browser tests and e2e counted below)."
echo "total: $passed passed, $failed failed, $skipped skipped"
