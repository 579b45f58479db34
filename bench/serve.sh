#!/usr/bin/env bash
# Load benchmark of `entitle serve` (a benchmark, not a test): wrk posts the
# examples to /api/check on loopback at 1, 16 and 64 concurrent clients;
# then the same with hostile bodies (tests/hostile/, and one over the size
# limit) mixed in. Prints requests/s, p50/p99 latency, the answers by
# status, the server's RSS before and after, and `entitle check` on the same
# files in one process for comparison.
#
#   bash bench/serve.sh            # DURATION=10 seconds per row by default
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-10}

if ! command -v wrk >/dev/null 2>&1; then
    if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
        apt-get update -qq && apt-get install -y -qq wrk >/dev/null
    fi
    command -v wrk >/dev/null 2>&1 || { echo "error: wrk is required (Debian: apt-get install wrk)" >&2; exit 2; }
fi
cargo build --release --locked --quiet
BIN=target/release/entitle
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

examples=(examples/*.toml)
# A body over the server's limit (64 KiB here): 413 is the intended answer.
head -c 100000 /dev/zero | tr '\0' '#' > "$work/over-limit.toml"
hostile=("${examples[@]}" tests/hostile/*.toml "$work/over-limit.toml")

"$BIN" serve --addr 127.0.0.1:0 --max-file-size 65536 --max-in-flight 256 >"$work/out" 2>"$work/log" &
pid=$!
for _ in $(seq 100); do grep -q http "$work/out" 2>/dev/null && break; sleep 0.05; done
url=$(grep -o 'http://[^ ]*' "$work/out" | head -1)
url=${url%/}
rss() { awk '/VmRSS/ {print $2}' "/proc/$pid/status"; }
served=0

row() { # label concurrency files...
    local label=$1 c=$2
    shift 2
    local threads=$((c < 2 ? c : 2))
    local line
    line=$(wrk -t"$threads" -c"$c" -d"${DURATION}s" --latency -s bench/serve.lua "$url" -- "$@" | grep '^RESULT')
    read -r _ n rps p50 p99 errors statuses <<<"$line"
    served=$((served + n))
    printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$label" "$c" "$rps" "$p50" "$p99" "$statuses" "$errors"
}

echo "| bodies | clients | requests/s | p50 ms | p99 ms | answers by status | socket errors |"
echo "|---|---|---|---|---|---|---|"
rss_start=$(rss)
for c in 1 16 64; do row "examples (${#examples[@]})" "$c" "${examples[@]}"; done
rss_examples=$(rss)
served_examples=$served
for c in 1 16 64; do row "examples + hostile (${#hostile[@]})" "$c" "${hostile[@]}"; done
rss_end=$(rss)
kill -TERM "$pid"
wait "$pid" && status=0 || status=$?
echo
echo "RSS: ${rss_start} kB at start; ${rss_examples} kB after ${served_examples} requests; ${rss_end} kB after ${served} requests. Exit on SIGTERM: ${status}."
grep -c . "$work/log" | xargs printf 'access log lines: %s\n'

# The CLI on the same files, in one process: 2,000 copies of each example.
mkdir "$work/corpus"
for i in $(seq 2000); do
    for f in "${examples[@]}"; do cp "$f" "$work/corpus/$i-$(basename "$f")"; done
done
files=$(ls "$work/corpus" | wc -l)
start=$(date +%s.%N)
"$BIN" check --format json "$work/corpus" >/dev/null 2>&1 || true
end=$(date +%s.%N)
echo "entitle check --format json on ${files} copies of the examples: $(echo "$files / ($end - $start)" | bc -l | xargs printf '%.0f') files/s"
