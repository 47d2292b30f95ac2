# shellcheck shell=bash
# Sourced (never run) by the .ci scripts: the environment RoleCall's build and test tools need.
# Sets ROLECALL_ROOT (the repo root), PATH, the browser-test variables, and defines rolecall_cargo_fetch.
# Prints nothing.

ROLECALL_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROLECALL_ROOT

# Cargo-installed tools (trunk, wasm-bindgen, wasm-bindgen-test-runner) and npm's (wasm-opt 132 from
# binaryen, playwright) come first, so Trunk never falls back to downloading its own (it can't here).
export CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}"
export PATH="$ROLECALL_ROOT/node_modules/.bin:$CARGO_HOME/bin:$PATH"

# Browser tests: wasm-bindgen-test-runner drives Debian's Chromium through chromedriver.
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
# Extra Chromium flags for those tests (the runner itself adds headless, no-sandbox, disable-dev-shm-usage).
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="${WASM_BINDGEN_TEST_WEBDRIVER_JSON:-$ROLECALL_ROOT/.ci/webdriver.json}"
# Seconds per wasm test binary (the runner's default of 20 is tight for a cold Chromium on 2 cores).
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-90}"
# Playwright uses the system Chromium (playwright.config.mjs); never let an install step fetch a browser.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
# For tools that look for Chrome by this name (lighthouse, chrome-launcher).
export CHROME_PATH="${CHROME_PATH:-$CHROMIUM_PATH}"

# Download the crates Cargo.lock names, only when something is missing: the offline, locked check is instant
# when the registry cache already has them all. Trunk's --offline build relies on this having run.
rolecall_cargo_fetch() {
  (
    cd "$ROLECALL_ROOT" || exit 1
    if [ ! -f Cargo.lock ]; then
      echo "Cargo.lock is missing: generating it (commit it; every script uses --locked)" >&2
      cargo generate-lockfile || exit 1
    fi
    if cargo fetch --locked --offline --quiet >/dev/null 2>&1; then
      return 0
    fi
    echo "fetching crates (cargo fetch --locked) ..."
    cargo fetch --locked --quiet
  )
}
