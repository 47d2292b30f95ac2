#!/usr/bin/env bash
# Benchmark (not a test: nothing asserts a number). A release build into target/bench-dist, then:
#   - bytes of the built wasm / JS / CSS / HTML, raw and gzip -9, and their total;
#   - 10 cold loads in headless Chromium (fresh context, cache disabled) of /?start=1 served by
#     tests/e2e/serve.mjs: ms from navigation start to the first scenario's options being clickable.
#   - progress: the size of the saved record after 39 of 40 scenarios, and 10 cold loads that resume it
#     (ms until the resumed card's options are clickable).
# Ends with a markdown table. RUNS=N changes the number of loads. Works from any directory.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash .ci/setup.sh --test
# shellcheck source=.ci/env.sh
source .ci/env.sh

RUNS="${RUNS:-10}"
DIST=target/bench-dist
RESULTS=target/bench-results.json

echo
echo "==> release build (trunk build --release --offline --locked --dist $DIST)"
build_start=$SECONDS
trunk build --release --offline --locked --dist "$DIST"
build_secs=$((SECONDS - build_start))

echo
echo "==> sizes of $DIST (raw and gzip -9 bytes)"
declare -A raw gz
for kind in wasm js css html app other total; do
  raw[$kind]=0
  gz[$kind]=0
done
other_exts=""
while IFS= read -r -d '' file; do
  case "$file" in
    *.wasm) kind=wasm ;;
    *.js | *.mjs) kind=js ;;
    *.css) kind=css ;;
    *.html) kind=html ;;
    *)
      kind=other
      ext="${file##*.}"
      case " $other_exts " in *" $ext "*) ;; *) other_exts="${other_exts:+$other_exts }$ext" ;; esac
      ;;
  esac
  r=$(wc -c <"$file")
  g=$(gzip -9 -c "$file" | wc -c)
  raw[$kind]=$((raw[$kind] + r))
  gz[$kind]=$((gz[$kind] + g))
  if [ "$kind" != other ]; then
    raw[app]=$((raw[app] + r))
    gz[app]=$((gz[app] + g))
  fi
  raw[total]=$((raw[total] + r))
  gz[total]=$((gz[total] + g))
  printf '%10d %10d  %s\n' "$r" "$g" "${file#"$DIST"/}"
done < <(find "$DIST" -type f -print0 | sort -z)

echo
echo "==> $RUNS cold loads in headless Chromium"
node tests/e2e/bench.mjs --root "$DIST" --runs "$RUNS" --out "$RESULTS"

kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1024 }'; }
read -r median min max rmedian rmin rmax record < <(node -e '
  const j = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const f = (r) => [r.median, r.min, r.max].map((x) => x.toFixed(1));
  console.log([...f(j.ready), ...f(j.restored), j.recordBytes].join(" "));
' "$RESULTS")

echo
echo "## RoleCall benchmark ($(date -u +%Y-%m-%d), release build in ${build_secs}s, $(nproc) cores)"
echo
echo "| built files | raw | gzip -9 |"
echo "|---|---:|---:|"
for kind in wasm js css html app other total; do
  if [ "$kind" = other ] && [ "${raw[other]}" -eq 0 ]; then continue; fi
  label=$kind
  case "$kind" in
    js) label=JS ;;
    css) label=CSS ;;
    html) label=HTML ;;
    app) label="**total** (wasm + JS + CSS + HTML)" ;;
    other) label="other files (${other_exts// /, })" ;;
    total) label="all built files" ;;
  esac
  echo "| $label | ${raw[$kind]} B ($(kb "${raw[$kind]}")) | ${gz[$kind]} B ($(kb "${gz[$kind]}")) |"
done
echo
echo "| cold load, navigation start → first options clickable ($RUNS runs) | median | min | max |"
echo "|---|---:|---:|---:|"
echo "| \`/?start=1\`, fresh context, cache disabled, headless Chromium | $median ms | $min ms | $max ms |"
echo "| \`/\` resuming a 40-scenario session at its last card (record of $record bytes in localStorage) | $rmedian ms | $rmin ms | $rmax ms |"
