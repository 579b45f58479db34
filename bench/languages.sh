#!/usr/bin/env bash
# The cost of languages on the hot path, measured in one run: the release
# binary of BASE (default: the last commit before messages went through
# Fluent) against this checkout's, checking the same 10,000 generated
# manifests with --format json, in English, Spanish and Italian. Runs are
# interleaved so that every binary sees the same machine; figures are
# medians, and each ratio is the median of per-round ratios to BASE.
#
#   bash bench/languages.sh
#   BASE=<commit> RUNS=9 SIZE=10000 bash bench/languages.sh
#   MODE=instructions SIZE=500 bash bench/languages.sh   # valgrind's instruction
#       counts, one thread: repeatable whatever else the machine is doing
set -euo pipefail
cd "$(dirname "$0")/.."
base=${BASE:-cda1cec}
runs=${RUNS:-7}
size=${SIZE:-10000}
work=$(mktemp -d)
trap 'git worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

cargo build --release --quiet -p entitle -p entitle-bench
# The base's binary is built once per commit and kept under target/.
sha=$(git rev-parse --short "$base")
old="target/bench-base/$sha/entitle"
if [[ ! -x $old ]]; then
    git worktree add --quiet --detach "$work/base" "$base"
    (cd "$work/base" && CARGO_TARGET_DIR="$work/base-target" cargo build --release --quiet -p entitle)
    mkdir -p "target/bench-base/$sha"
    cp "$work/base-target/release/entitle" "$old"
fi
new=target/release/entitle
target/release/gen-corpus "$work/corpus" "$size" 7 2>/dev/null

if [[ ${MODE:-wall} == instructions ]]; then
    count() { # name command...
        local name=$1; shift
        # A corpus with errors exits 1: the count is what matters.
        { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" check "$work/corpus" --format json --jobs 1 \
            2>&1 >/dev/null || true; } | awk '/Collected/ { print $4 }'
    }
    b=$(count base "$old")
    echo "entitle $(git describe --always --dirty) against $base, $(date -u +%Y-%m-%d), $size files, one thread, instructions (callgrind)"
    echo
    echo "| binary, language | instructions | × base |"
    echo "|---|---|---|"
    printf '| base (en) | %s | 1.000 |\n' "$b"
    for lang in en es it; do
        n=$(count "$lang" "$new" --lang "$lang")
        printf '| %s | %s | %.3f |\n' "$lang" "$n" "$(awk -v a="$n" -v b="$b" 'BEGIN { print a / b }')"
    done
    exit 0
fi

ms() { # command...
    local start=$EPOCHREALTIME
    "$@" >/dev/null 2>&1 || true
    awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", (b - a) * 1000 }'
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

declare -A times ratios
names=("base (en)" "en" "es" "it")
for _ in $(seq "$runs"); do
    b=$(ms "$old" check "$work/corpus" --format json)
    times["base (en)"]+="$b "
    for lang in en es it; do
        t=$(ms "$new" --lang "$lang" check "$work/corpus" --format json)
        times[$lang]+="$t "
        ratios[$lang]+="$(awk -v a="$t" -v b="$b" 'BEGIN { printf "%.3f", a / b }') "
    done
done

echo "entitle $(git describe --always --dirty) against $base, $(date -u +%Y-%m-%d), $(nproc) cores, $size files, $runs rounds, medians"
echo
echo "| binary, language | wall ms | × base |"
echo "|---|---|---|"
for name in "${names[@]}"; do
    t=$(tr ' ' '\n' <<<"${times[$name]}" | grep . | median)
    if [[ $name == "base (en)" ]]; then r=1; else r=$(tr ' ' '\n' <<<"${ratios[$name]}" | grep . | median); fi
    printf '| %s | %.0f | %.3f |\n' "$name" "$t" "$r"
done
