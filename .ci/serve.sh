#!/usr/bin/env bash
# README command 1: build RoleCall and serve it with live reload at http://127.0.0.1:8765/ (PORT=... to change).
# Works from any directory. Extra arguments go to `trunk serve` (e.g. `bash .ci/serve.sh --release`).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash .ci/setup.sh --serve
# shellcheck source=.ci/env.sh
source .ci/env.sh

PORT="${PORT:-8765}"
URL="http://127.0.0.1:$PORT/"

# Trunk 0.21 canonicalizes every [watch] ignore path in Trunk.toml and refuses to start if one is missing.
mkdir -p node_modules test-results playwright-report target dist

echo
echo "RoleCall will be served at $URL once the first build is done (Ctrl-C stops it)."
echo

# Say it again, plainly, once the server answers (trunk's own log is long). `exec` keeps this shell's PID
# for trunk, so the watcher stops when trunk does.
if command -v curl >/dev/null; then
  (
    for _ in $(seq 1 900); do
      kill -0 $$ 2>/dev/null || exit 0
      if curl -fsS -o /dev/null --max-time 2 "$URL" 2>/dev/null; then
        echo
        echo "RoleCall is being served at $URL"
        echo
        exit 0
      fi
      sleep 1
    done
  ) &
fi

exec trunk serve --offline --locked --address 127.0.0.1 --port "$PORT" "$@"
