#!/usr/bin/env bash
# Installs what RoleCall needs, idempotently: each tool is skipped when already there at the right version.
#   bash .ci/setup.sh --serve   what building and serving needs (wasm32 target, Trunk, wasm-bindgen, npm deps)
#   bash .ci/setup.sh --test    that, plus rustfmt, clippy, Chromium, chromedriver and redis-server
#   bash .ci/setup.sh --bench   that, plus twiggy (the wasm size profiler .ci/bench.sh prints)
# Prints one line per tool: "ok <tool> <version>" or "installing <tool> ...". Installers' output goes to a
# log under $ROLECALL_SETUP_LOGS (default /tmp/rolecall-setup), whose tail is printed if the install fails.
set -euo pipefail

mode=serve
for arg in "$@"; do
  case "$arg" in
    --serve) mode="serve" ;;
    --test) mode="test" ;;
    --bench) mode="bench" ;;
    -h | --help)
      sed -n '2,7p' "$0"
      exit 0
      ;;
    *)
      echo "setup.sh: unknown argument '$arg' (use --serve, --test or --bench)" >&2
      exit 2
      ;;
  esac
done

# shellcheck source=.ci/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROLECALL_ROOT"

TRUNK_VERSION=0.21.14
TWIGGY_VERSION=0.8.0
# --bench needs everything --test does.
testing=false
if [ "$mode" = test ] || [ "$mode" = bench ]; then testing=true; fi
BINARYEN_WASM_OPT=version_132
LOG_DIR="${ROLECALL_SETUP_LOGS:-${TMPDIR:-/tmp}/rolecall-setup}"
mkdir -p "$LOG_DIR"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

die() {
  echo "setup.sh: $*" >&2
  exit 1
}

# run_logged NAME CMD...: runs CMD with its output in $LOG_DIR/NAME.log; on failure shows the log's tail.
run_logged() {
  local name="$1"
  shift
  local log="$LOG_DIR/$name.log"
  "$@" >"$log" 2>&1 && return 0
  local rc=$?
  echo "setup.sh: '$*' failed (exit $rc); last lines of $log:" >&2
  tail -n 60 "$log" >&2
  return "$rc"
}

elapsed() { echo "$((SECONDS - $1))s"; }

# version_of COMMAND: the second word of `COMMAND --version` (empty when COMMAND is missing).
version_of() { ("$1" --version 2>/dev/null || true) | awk '{print $2}'; }

# How the tools are compiled: a cheaper profile than their crates' own (opt-level 3, LTO). Measured on
# 2 cores on 2026-12-02: Trunk 625 s instead of 893 s, wasm-bindgen-cli 219 s instead of 281 s, and the
# release build of the five pages with those tools 51-53 s against 54-57 s with the fully optimised ones
# (wasm-opt, not Trunk, does the work there). The tools are the same versions; only the first run is shorter.
TOOL_PROFILE=(CARGO_PROFILE_RELEASE_OPT_LEVEL=1 CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=256
  CARGO_PROFILE_RELEASE_DEBUG=0 CARGO_PROFILE_RELEASE_STRIP=true)
TRUNK_MINUTES=11
WASM_BINDGEN_MINUTES=4
TWIGGY_MINUTES=10
tool_install() { env "${TOOL_PROFILE[@]}" cargo install "$@"; }

command -v cargo >/dev/null || die "cargo not found: install Rust with rustup (stable, 1.95+)"
command -v rustup >/dev/null || die "rustup not found: it is needed to add the wasm32-unknown-unknown target"

# --- Rust target and components ---------------------------------------------------------------------------
rustc_version="$(rustc --version | awk '{print $2}')"
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  echo "ok wasm32-unknown-unknown $rustc_version"
else
  echo "installing wasm32-unknown-unknown (rustup target add) ..."
  t0=$SECONDS
  run_logged rustup-target rustup target add wasm32-unknown-unknown
  echo "ok wasm32-unknown-unknown $rustc_version (installed in $(elapsed "$t0"))"
fi

if [ "$testing" = true ]; then
  for component in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^$component"; then
      echo "installing $component (rustup component add) ..."
      run_logged "rustup-$component" rustup component add "$component"
    fi
  done
  echo "ok rustfmt $(rustfmt --version | awk '{print $2}')"
  echo "ok clippy $(cargo clippy --version | awk '{print $2}')"
fi

# cargo_tool CRATE VERSION MINUTES CARGO-INSTALL-ARGS...: installs CRATE's command (named as the crate) at
# VERSION with tool_install, unless `CRATE --version` already says VERSION (as its second word).
cargo_tool() {
  local crate="$1" version="$2" minutes="$3" have t0
  shift 3
  have="$(version_of "$crate")"
  if [ "$have" = "$version" ]; then
    echo "ok $crate $version"
    return 0
  fi
  echo "installing $crate $version (cargo install; about $minutes minutes on 2 cores) ..."
  t0=$SECONDS
  run_logged "$crate" tool_install "$@" "$crate" --version "$version"
  have="$("$crate" --version | awk '{print $2}')"
  [ "$have" = "$version" ] || die "$crate --version says '$have', expected $version"
  echo "ok $crate $version (installed in $(elapsed "$t0"))"
}

# --- wasm-bindgen-cli: exactly the wasm-bindgen version in Cargo.lock -------------------------------------
wbg_version=""
if [ -f Cargo.lock ]; then
  wbg_version="$(awk '
    /^\[\[package\]\]/ { in_wbg = 0 }
    /^name = "wasm-bindgen"$/ { in_wbg = 1; next }
    in_wbg && /^version = / { gsub(/"/, "", $3); print $3; exit }
  ' Cargo.lock)"
fi
if [ -z "$wbg_version" ]; then
  # No lock entry yet: the exact pin in Cargo.toml (wasm-bindgen = "=x.y.z" or { version = "=x.y.z", ... }).
  wbg_version="$(sed -nE 's/^wasm-bindgen[[:space:]]*=[[:space:]]*(\{[^}]*version[[:space:]]*=[[:space:]]*)?"=([0-9][^"]*)".*/\2/p' Cargo.toml | head -n 1)"
fi
[ -n "$wbg_version" ] || die "cannot tell the wasm-bindgen version: neither Cargo.lock nor an '=x.y.z' pin in Cargo.toml"

trunk_wbg="$(sed -nE 's/^wasm_bindgen[[:space:]]*=[[:space:]]*"([^"]+)".*/\1/p' Trunk.toml 2>/dev/null | head -n 1)"
if [ -n "$trunk_wbg" ] && [ "$trunk_wbg" != "$wbg_version" ]; then
  die "Trunk.toml [tools] wasm_bindgen = \"$trunk_wbg\" but Cargo.lock has wasm-bindgen $wbg_version: make them equal"
fi

# The two tools compiled from source are most of a first run's wait: say how long, before the first of it.
first_run=()
if [ "$(version_of trunk)" != "$TRUNK_VERSION" ]; then first_run+=("Trunk (about $TRUNK_MINUTES minutes)"); fi
if [ "$(version_of wasm-bindgen)" != "$wbg_version" ] || [ "$(version_of wasm-bindgen-test-runner)" != "$wbg_version" ]; then
  first_run+=("wasm-bindgen (about $WASM_BINDGEN_MINUTES minutes)")
fi
if [ "${#first_run[@]}" -eq 2 ]; then
  echo "first run: compiling ${first_run[0]} and ${first_run[1]} on 2 cores; later runs skip this"
elif [ "${#first_run[@]}" -eq 1 ]; then
  echo "compiling ${first_run[0]} on 2 cores"
fi

# --- Trunk -----------------------------------------------------------------------------------------------
cargo_tool trunk "$TRUNK_VERSION" "$TRUNK_MINUTES" --locked

# --- wasm-bindgen-cli itself --------------------------------------------------------------------------------
install_wasm_bindgen_from_source() {
  # The packaged Cargo.lock pins webpki-roots 1.0.11, which this registry does not serve: take the crate
  # source, move that one dependency to 1.0.10 and install from the path, locked.
  local version="$1" src work
  cargo info "wasm-bindgen-cli@$version" >/dev/null 2>&1 || true
  src="$(find "$CARGO_HOME"/registry/src -mindepth 2 -maxdepth 2 -type d -name "wasm-bindgen-cli-$version" 2>/dev/null | head -n 1)"
  [ -n "$src" ] || {
    echo "no extracted source for wasm-bindgen-cli $version under $CARGO_HOME/registry/src" >&2
    return 1
  }
  work="$(mktemp -d)"
  cp -R "$src"/. "$work"/
  (
    cd "$work"
    cargo update -p webpki-roots --precise 1.0.10 || true
    tool_install --locked --force --path .
  )
  local rc=$?
  rm -rf "$work"
  return "$rc"
}

wbg_have="$(version_of wasm-bindgen)"
runner_have="$(version_of wasm-bindgen-test-runner)"
if [ "$wbg_have" = "$wbg_version" ] && [ "$runner_have" = "$wbg_version" ]; then
  echo "ok wasm-bindgen $wbg_version"
else
  echo "installing wasm-bindgen $wbg_version (cargo install wasm-bindgen-cli; about $WASM_BINDGEN_MINUTES minutes on 2 cores) ..."
  t0=$SECONDS
  # Not --locked: the crate's packaged lock names a webpki-roots this registry lacks (see TOOLCHAIN.md).
  if ! run_logged wasm-bindgen-cli tool_install wasm-bindgen-cli --version "$wbg_version"; then
    echo "installing wasm-bindgen $wbg_version from its source with webpki-roots 1.0.10 ..."
    run_logged wasm-bindgen-cli-path install_wasm_bindgen_from_source "$wbg_version"
  fi
  wbg_have="$(wasm-bindgen --version | awk '{print $2}')"
  [ "$wbg_have" = "$wbg_version" ] || die "wasm-bindgen --version says '$wbg_have', expected $wbg_version"
  echo "ok wasm-bindgen $wbg_version (with wasm-bindgen-test-runner; installed in $(elapsed "$t0"))"
fi

# --- npm packages: wasm-opt (binaryen), Playwright, axe-core, smol-toml ------------------------------------
command -v node >/dev/null || die "node not found: install Node.js 20 or newer (with npm)"
command -v npm >/dev/null || die "npm not found: install it with Node.js"
[ -f package-lock.json ] || die "package-lock.json is missing (run 'npm install --package-lock-only' and commit it)"
lock_hash="$(cat package.json package-lock.json | sha256sum | awk '{print $1}')"
stamp=node_modules/.rolecall-lock-hash
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_hash" ] && [ -x node_modules/.bin/wasm-opt ]; then
  npm_status=ok
else
  echo "installing npm packages (npm ci) ..."
  t0=$SECONDS
  run_logged npm-ci npm ci --no-audit --no-fund
  echo "$lock_hash" >"$stamp"
  npm_status="installed in $(elapsed "$t0")"
fi
# Versions as installed (one node start for all of them).
# shellcheck disable=SC2016 # the backticks are JavaScript
read -r v_binaryen v_playwright v_axe v_smol < <(node -e '
  const v = (p) => { try { return require(`./node_modules/${p}/package.json`).version; } catch { return "missing"; } };
  console.log(["binaryen", "@playwright/test", "axe-core", "smol-toml"].map(v).join(" "));
')
wasm_opt_have="$(wasm-opt --version 2>/dev/null | sed -nE 's/.*version ([0-9]+).*/version_\1/p')"
[ "$wasm_opt_have" = "$BINARYEN_WASM_OPT" ] ||
  die "wasm-opt on PATH is '${wasm_opt_have:-none}', Trunk.toml wants $BINARYEN_WASM_OPT (npm binaryen 132)"
suffix=""
if [ "$npm_status" != ok ]; then suffix=" ($npm_status)"; fi
echo "ok wasm-opt ${wasm_opt_have#version_} (npm binaryen $v_binaryen)$suffix"
if [ "$testing" = true ]; then
  echo "ok playwright $v_playwright"
  echo "ok axe-core $v_axe"
  echo "ok smol-toml $v_smol"
fi

# --- Chromium and chromedriver (Debian) --------------------------------------------------------------------
if [ "$testing" = true ]; then
  chromium_note=""
  apt_missing=()
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then apt_missing+=(chromium chromium-driver); fi
  # The relay's Redis test (crates/relay/tests/redis.rs) starts its own redis-server on a loopback port.
  if [ ! -x /usr/bin/redis-server ]; then apt_missing+=(redis-server); fi
  if [ "${#apt_missing[@]}" -gt 0 ]; then
    echo "installing ${apt_missing[*]} (apt-get) ..."
    t0=$SECONDS
    # shellcheck disable=SC2086 # $SUDO is empty or "sudo"
    run_logged apt-update $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update
    # shellcheck disable=SC2086
    run_logged apt-chromium $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 \
      install -y "${apt_missing[@]}"
    chromium_note=" (installed in $(elapsed "$t0"))"
  fi
  echo "ok chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}')$chromium_note"
  echo "ok chromedriver $(/usr/bin/chromedriver --version 2>/dev/null | awk '{print $2}')"
  echo "ok redis-server $(/usr/bin/redis-server --version 2>/dev/null | sed -nE 's/.* v=([^ ]+).*/\1/p')"
fi

# --- twiggy (benchmark only): the wasm size profiler .ci/bench.sh prints ----------------------------------
if [ "$mode" = bench ]; then
  cargo_tool twiggy "$TWIGGY_VERSION" "$TWIGGY_MINUTES" --locked
fi

# --- Crates named by Cargo.lock (Trunk builds with --offline) ----------------------------------------------
rolecall_cargo_fetch
echo "ok crates $(grep -c '^\[\[package\]\]' Cargo.lock) locked packages fetched"
