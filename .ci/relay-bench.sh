#!/usr/bin/env bash
# The classroom relay's load benchmark (a measurement, not a test): loopback only, bounded (40 rooms × 50
# phones each voting once within 2 s; 90 s at most in all). Reports votes per second, vote→presenter latency
# p50/p99, the relay's memory per room and per connection (RSS delta) and CPU, for one relay and then for two
# relays sharing rooms through a redis-server it starts and stops itself. `--no-redis` skips the second run.
#   bash .ci/relay-bench.sh [--no-redis]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=.ci/env.sh
source .ci/env.sh

# 2,040 client sockets in this process, as many in the relay: more than the usual 1,024 descriptors.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt 4500 ]; then
  echo "relay-bench: needs about 4,500 open files; this shell allows $(ulimit -n) (ulimit -n)" >&2
  exit 1
fi
command -v redis-server >/dev/null || echo "relay-bench: no redis-server (bash .ci/setup.sh --test installs it): one relay only"

echo "building the relay and the benchmark (release) ..."
cargo build --release --locked -p rolecall-relay --bin rolecall-relay --example bench
echo "machine: $(nproc) cores, $(uname -sr); relay $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
target/release/examples/bench "$@"
