#!/usr/bin/env bash
# README command 1: install what is missing, build every page into dist/ (.ci/build.sh) and serve it at
# http://127.0.0.1:8765/ (PORT=... to change) with the headers a host must send: the Content-Security-Policy
# and Access-Control-Allow-Origin (tests/e2e/serve.mjs, as the e2e tests are served). Works from any directory.
#   bash .ci/serve.sh           the release build, as published; .ci/test.sh then finds it built
#   bash .ci/serve.sh --debug   a debug build: a change rebuilds in about 20 CPU-seconds instead of 150
# After a change: `bash .ci/build.sh` (--release unless served with --debug) in another terminal, then reload.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

build_args=(--release)
for arg in "$@"; do
  case "$arg" in
    --debug) build_args=() ;;
    -h | --help)
      sed -n '2,7p' "$0"
      exit 0
      ;;
    *)
      echo "serve.sh: unknown argument '$arg' (use --debug)" >&2
      exit 2
      ;;
  esac
done

bash .ci/setup.sh --serve
# shellcheck source=.ci/env.sh
source .ci/env.sh

echo
bash .ci/build.sh "${build_args[@]}"

PORT="${PORT:-8765}"
URL="http://127.0.0.1:$PORT/"
echo
echo "RoleCall is served at $URL (Ctrl-C stops it)"
echo "  pages: ${URL} (learner)  ${URL}play.html  ${URL}present.html  ${URL}edit.html;"
echo "  an example blog post with two embeds: ${URL}examples/blog-post.html"
echo "  after a change: bash .ci/build.sh${build_args[*]:+ ${build_args[*]}} (in another terminal), then reload the page"
echo
exec node tests/e2e/serve.mjs --port "$PORT" --root dist
