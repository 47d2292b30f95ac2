#!/usr/bin/env bash
# Run by .ci/build.sh as the build's last step: writes DIST/sw.js from assets/sw.js, with the list of every
# file in DIST to keep for offline use (all the pages, embed.html among them, their JS, wasm and CSS, the
# built-in quiz's editions, the quiz files) and a version derived from their contents (a new deployment gets
# a new version, so browsers replace the old cache). Needs only coreutils.
#   bash .ci/service-worker.sh DIST
set -euo pipefail
template="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/assets/sw.js"
cd "${1:?usage: bash .ci/service-worker.sh DIST}"
mapfile -t files < <(find . -type f ! -name sw.js -printf '%P\n' | LC_ALL=C sort)
version="$(cat "${files[@]}" | sha256sum | cut -c1-16)"
# "./" too: the learner's page is usually asked for as the folder, not as index.html.
list="\"./\""
for f in "${files[@]}"; do list+=",\"./$f\""; done
sed -e "s|__VERSION__|$version|" -e "s|__FILES__|[$list]|" "$template" >sw.js
echo "sw.js: ${#files[@]} files to keep offline, version $version"
