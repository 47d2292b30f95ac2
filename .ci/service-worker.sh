#!/usr/bin/env bash
# Trunk post-build hook (see Trunk.toml): writes sw.js into the build from assets/sw.js, with the list of
# built files to keep for offline use and a version derived from their contents (a new deployment gets a new
# version, so browsers replace the old cache). Needs only coreutils.
set -euo pipefail
template="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/assets/sw.js"
cd "${TRUNK_STAGING_DIR:?this script is run by trunk as a post_build hook}"
mapfile -t files < <(find . -type f ! -name sw.js -printf '%P\n' | LC_ALL=C sort)
version="$(cat "${files[@]}" | sha256sum | cut -c1-16)"
list="\"./\""
for f in "${files[@]}"; do list+=",\"./$f\""; done
sed -e "s|__VERSION__|$version|" -e "s|__FILES__|[$list]|" "$template" >sw.js
