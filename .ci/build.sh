#!/usr/bin/env bash
# Builds every RoleCall page into one folder (serve.sh, test.sh and bench.sh use it). Works from any directory.
#   bash .ci/build.sh [--release] [--dist DIR]     (default: a debug build into dist/)
# The tools must be installed (bash .ci/setup.sh --serve). Offline and locked throughout. Steps:
#   1. the built-in quiz's editions as JSON (rolecall-check --emit, host): DIR/quizzes/<quiz>.<lang>.json;
#   2. the pages' wasm in ONE cargo run per feature set (the shared library is compiled once per set and the
#      binaries are linked side by side, on every core), so that Trunk's own cargo call per page finds
#      everything fresh: index.html and embed.html are built without the default `practice` feature, every
#      other page with it;
#   3. each page with Trunk into target/pages/<profile>/<page>/ (Trunk empties its --dist, so one folder per
#      page; two at a time; skipped when nothing it is made from has changed), its inline loader moved into a
#      file for the CSP (.ci/boot-file.mjs);
#   4. the page folders merged into DIR (a file two pages share, like the stylesheet, must be identical),
#      the quiz files (assets/quizzes/*.toml) and the host script (assets/embed.js) copied once, and the
#      quiz-text reader module (built beside the pages: see build_reader) into DIR/reader/;
#   5. sw.js, last, over everything in DIR (.ci/service-worker.sh).
# Prints one line per step with its time; a failing step shows its log.
set -euo pipefail

profile=debug
dist=dist
while [ $# -gt 0 ]; do
  case "$1" in
    --release) profile=release ;;
    --dist)
      [ $# -ge 2 ] || {
        echo "build.sh: --dist needs a folder" >&2
        exit 2
      }
      dist="$2"
      shift
      ;;
    -h | --help)
      sed -n '2,16p' "$0"
      exit 0
      ;;
    *)
      echo "build.sh: unknown argument '$1' (use --release, --dist DIR)" >&2
      exit 2
      ;;
  esac
  shift
done

# shellcheck source=.ci/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROLECALL_ROOT"
command -v trunk >/dev/null || {
  echo "build.sh: trunk is not installed: run 'bash .ci/setup.sh --serve' first" >&2
  exit 1
}

# The pages: HTML file and the binary its rust link names (index.html is the learner's page, embed.html its
# embed).
PAGES=(index embed practice play present edit share join)
bin_of() { sed -nE 's/.*data-trunk rel="rust" data-bin="([^"]+)".*/\1/p' "$1.html"; }
# Every page links assets/base.css first (the rules every page shows); its other stylesheets build on it:
# styles.css (the learner's, with present.css, edit.css, share.css after it) or join.css (the phone's).
for page in "${PAGES[@]}"; do
  first_css="$(sed -nE 's/.*data-trunk rel="css" href="([^"]+)".*/\1/p' "$page.html" | head -n 1)"
  [ "$first_css" = assets/base.css ] || {
    echo "build.sh: $page.html must link assets/base.css as its first stylesheet (it links '${first_css:-none}' first)" >&2
    exit 1
  }
done
# Whether the page's rust link turns the default features off (index.html, embed.html: no practice kinds).
lean() { grep -q 'data-trunk rel="rust"[^>]*data-cargo-no-default-features' "$1.html"; }
# The built-in quiz's editions: English, and every other language written so far.
EDITIONS=(assets/quizzes/cm-vs-smm.toml)
[ -f assets/quizzes/cm-vs-smm.es.toml ] && EDITIONS+=(assets/quizzes/cm-vs-smm.es.toml)

release_flag=()
trunk_args=()
if [ "$profile" = release ]; then
  release_flag=(--release)
  # --minify: Trunk minifies the HTML, CSS and the scripts it hashes (not wasm-bindgen's JS): 2.5 KiB gzip
  # less per page, measured on the learner's.
  trunk_args=(--release --minify)
fi
pages_dir="${CARGO_TARGET_DIR:-target}/pages/$profile"
logs="${CARGO_TARGET_DIR:-target}/pages/logs"
mkdir -p "$pages_dir" "$logs"
build_start=$SECONDS

# step NAME LOG CMD...: runs CMD with its output in LOG; prints "ok NAME (Ns)" or the log's tail and fails.
step() {
  local name="$1" log="$2" t0=$SECONDS
  shift 2
  if "$@" >"$log" 2>&1; then
    echo "ok $name ($((SECONDS - t0))s)"
  else
    local rc=$?
    echo "build.sh: $name failed (exit $rc); last lines of $log:" >&2
    tail -n 40 "$log" >&2
    exit "$rc"
  fi
}

editions_dir="$pages_dir/quizzes"
rm -rf "$editions_dir"
step "editions (${EDITIONS[*]})" "$logs/emit.log" \
  cargo run --quiet --offline --locked --bin rolecall-check -- --emit "$editions_dir" "${EDITIONS[@]}"

bin_args=()
lean_args=()
for page in "${PAGES[@]}"; do
  bin="$(bin_of "$page")"
  [ -n "$bin" ] || {
    echo "build.sh: $page.html has no <link data-trunk rel=\"rust\" data-bin=\"…\">" >&2
    exit 1
  }
  if lean "$page"; then lean_args+=(--bin "$bin"); else bin_args+=(--bin "$bin"); fi
done
# Exactly the cargo call Trunk makes per page (same target, profile, features and flags), so its fingerprints
# match; the quiz-text reader module (src/bin/rolecall-reader.rs, see build_reader) in the same run.
step "wasm of $((${#bin_args[@]} / 2)) pages (cargo build $profile, ${bin_args[*]})" "$logs/cargo-wasm.log" \
  cargo build "${release_flag[@]}" --target wasm32-unknown-unknown --offline --locked "${bin_args[@]}" \
  --bin rolecall-reader
if [ ${#lean_args[@]} -gt 0 ]; then
  step "wasm without practice (cargo build $profile --no-default-features, ${lean_args[*]})" \
    "$logs/cargo-wasm-lean.log" cargo build "${release_flag[@]}" --target wasm32-unknown-unknown --offline \
    --locked --no-default-features "${lean_args[@]}"
fi

# The quiz-text reader: the pages that read quiz text import reader/rolecall-reader.js on demand
# (src/platform/reader.rs). Made here, once, with the same wasm-bindgen and wasm-opt -Oz Trunk runs for a
# page, rather than by Trunk: Trunk's only rust link besides the page's own is data-type="worker", which is
# made for `new Worker()` (no-modules JS, not an importable module unless overridden), and a link in each
# page that uses it would build the same module once per page. Skipped when its wasm and the tools are
# unchanged since the last build.
reader_dir="$pages_dir/reader"
build_reader() {
  local wasm="${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/$profile/rolecall-reader.wasm" key
  key="$({ wasm-bindgen --version; wasm-opt --version; cat "$wasm"; } | sha256sum | cut -c1-32)"
  if [ -f "$reader_dir.inputs" ] && [ "$(cat "$reader_dir.inputs")" = "$key" ]; then
    echo "reader: unchanged since its last build"
    return 0
  fi
  rm -rf "$reader_dir" "$reader_dir.inputs"
  wasm-bindgen --target web --no-typescript --out-dir "$reader_dir" "$wasm"
  if [ "$profile" = release ]; then
    wasm-opt -Oz "$reader_dir/rolecall-reader_bg.wasm" --output="$reader_dir/opt.wasm"
    mv "$reader_dir/opt.wasm" "$reader_dir/rolecall-reader_bg.wasm"
  fi
  echo "$key" >"$reader_dir.inputs"
}
step "quiz-text reader module (reader/)" "$logs/reader.log" build_reader

# What a page's Trunk run makes its files from: its wasm as cargo left it, its HTML, the assets the pages link
# (stylesheet, icon, route.js), the Trunk configuration, this script's helpers and the tools' versions. A
# page whose inputs are unchanged since its last build is not built again: wasm-opt alone takes a minute.
tool_versions="$(trunk --version; wasm-bindgen --version; wasm-opt --version)"
inputs_of() {
  local page="$1"
  {
    echo "$tool_versions ${trunk_args[*]}"
    cat "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/$profile/$(bin_of "$page").wasm" "$page.html" Trunk.toml \
      .ci/boot-file.mjs assets/*.css assets/*.svg assets/route.js
  } | sha256sum | cut -c1-32
}

# One Trunk per page, two at a time: wasm-bindgen and wasm-opt use one core each.
trunk_page() {
  local page="$1" out="$pages_dir/$1" stamp="$pages_dir/$1.inputs" key
  key="$(inputs_of "$page")"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$key" ] && [ -f "$out/$page.html" ]; then
    echo "$page.html: unchanged since its last build"
    return 0
  fi
  rm -f "$stamp"
  trunk build "${trunk_args[@]}" --offline --locked --dist "$out" --html-output "$page.html" "$page.html" &&
    node .ci/boot-file.mjs "$out" "$page.html" &&
    echo "$key" >"$stamp"
}
t0=$SECONDS
jobs_max="$(nproc 2>/dev/null || echo 2)"
for page in "${PAGES[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$jobs_max" ]; do wait -n || true; done
  # Each run leaves its exit status in a file: `wait -n` above may already have collected it.
  (
    rc=0
    trunk_page "$page" >"$logs/trunk-$page.log" 2>&1 || rc=$?
    echo "$rc" >"$logs/trunk-$page.rc"
  ) &
done
wait
failed=""
for page in "${PAGES[@]}"; do
  [ "$(cat "$logs/trunk-$page.rc" 2>/dev/null)" = 0 ] || failed+=" $page"
done
if [ -n "$failed" ]; then
  for page in $failed; do
    echo "build.sh: trunk build of $page.html failed; last lines of $logs/trunk-$page.log:" >&2
    tail -n 40 "$logs/trunk-$page.log" >&2
  done
  exit 1
fi
unchanged=""
for page in "${PAGES[@]}"; do
  if grep -q 'unchanged since its last build' "$logs/trunk-$page.log"; then unchanged+=" $page"; fi
done
echo "ok pages (trunk build ${trunk_args[*]}: ${PAGES[*]}${unchanged:+; not rebuilt, unchanged:$unchanged}) ($((SECONDS - t0))s)"

# Merge. cp -n never overwrites, and cmp checks that a file two pages both have is the same file.
mkdir -p "$dist"
find "$dist" -mindepth 1 -delete
for page in "${PAGES[@]}"; do
  while IFS= read -r -d '' f; do
    rel="${f#"$pages_dir/$page/"}"
    if [ -e "$dist/$rel" ]; then
      cmp -s "$f" "$dist/$rel" || {
        echo "build.sh: $page.html and another page both make $rel, with different contents" >&2
        exit 1
      }
    else
      mkdir -p "$(dirname "$dist/$rel")"
      cp "$f" "$dist/$rel"
    fi
  done < <(find "$pages_dir/$page" -type f -print0)
done
mkdir -p "$dist/quizzes"
cp "$editions_dir"/*.json assets/quizzes/*.toml "$dist/quizzes/"
cp assets/embed.js "$dist/embed.js"
cp -r "$reader_dir" "$dist/reader"
echo "ok merged into $dist/: $(find "$dist" -type f | wc -l) files"

bash .ci/service-worker.sh "$dist"
echo "build.sh: $profile build of ${PAGES[*]} into $dist/ in $((SECONDS - build_start))s"
