#!/usr/bin/env bash
# The performance table of the README, measured in one run on this machine:
# builds the release binaries, generates 10,000 and 100,000 manifests (seeded),
# and times `entitle check` against the floor: the same files read and parsed
# with spans (toml's DeTable::parse) on the same threads, with the same
# allocator, and nothing else.
# Also times one manifest, whole process, against `entitle --version`.
#
#   bash bench/run.sh            # both corpora, five paired runs each
#   SIZES="10000" bash bench/run.sh
#   RUNS=7 bash bench/run.sh     # seven paired runs each
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet -p entitle -p entitle-bench
bin=target/release
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jobs=$(nproc)
runs=${RUNS:-5}

# One timed run: prints "wall-ms peak-kb".
once() {
    local start end
    start=$EPOCHREALTIME
    /usr/bin/time -o "$work/time" -f "%M" "$@" >/dev/null 2>&1 || true
    end=$EPOCHREALTIME
    echo "$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", (b - a) * 1000 }') $(tail -1 "$work/time")"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# Runs the floor and entitle alternately, $runs times each, so that both see
# the same machine; prints "floor-ms floor-kb entitle-ms entitle-kb ratio", the
# ratio being the median of the per-pair ratios.
paired() { # jobs corpus
    local floor=() mine=() ratios=() fkb=0 mkb=0 f m
    for _ in $(seq "$runs"); do
        read -r f fk < <(once "$bin/parse-floor" "$1" "$2")
        read -r m mk < <(once "$bin/entitle" check "$2" --format json --jobs "$1")
        floor+=("$f"); mine+=("$m")
        ratios+=("$(awk -v a="$m" -v b="$f" 'BEGIN { printf "%.3f", a / b }')")
        fkb=$(( fk > fkb ? fk : fkb )); mkb=$(( mk > mkb ? mk : mkb ))
    done
    echo "$(printf '%s\n' "${floor[@]}" | median) $fkb $(printf '%s\n' "${mine[@]}" | median) $mkb $(printf '%s\n' "${ratios[@]}" | median)"
}

row() { # name files ms kb ratio
    awk -v name="$1" -v files="$2" -v ms="$3" -v kb="$4" -v ratio="$5" 'BEGIN {
        printf "| %s | %d | %.0f | %.0f | %.1f | %.2f |\n", name, files, ms, files / (ms / 1000), kb / 1024, ratio }'
}

echo "entitle $(git describe --always --dirty 2>/dev/null || echo '?'), $(date -u +%Y-%m-%d), $(nproc) cores, $runs runs each, medians"
echo
echo "| run | files | wall ms | files/s | peak MB | × floor (median of paired runs) |"
echo "|---|---|---|---|---|---|"
declare -A ratio_of peak_of
for size in ${SIZES:-10000 100000}; do
    corpus="$work/corpus-$size"
    "$bin/gen-corpus" "$corpus" "$size" 7 2>/dev/null
    for j in 1 "$jobs"; do
        read -r fms fkb ms kb ratio < <(paired "$j" "$corpus")
        row "parse-only floor, $j thread(s)" "$size" "$fms" "$fkb" 1
        row "entitle check --format json, $j thread(s)" "$size" "$ms" "$kb" "$ratio"
        ratio_of[$size,$j]=$ratio
        peak_of[$size,$j]=$kb
    done
    rm -rf "$corpus"
done
# One manifest, whole process, against the same binary doing nothing but
# start (`--version`): the two run alternately, 51 times each, and the ratio
# is the median of the paired ratios, as for the corpora. Each run is timed
# by `perf stat` (a bash timing loop adds about 2 ms of its own), or by
# `once` without perf.
elapsed() { # command...: wall ms of one run
    if command -v perf >/dev/null 2>&1; then
        perf stat "$@" 2>&1 >/dev/null | awk '/seconds time elapsed/ { printf "%.3f", $1 * 1000 }'
    else
        read -r ms _ < <(once "$@")
        echo "$ms"
    fi
}
starts=() ones=() one_ratios=()
for _ in $(seq 51); do
    s_ms=$(elapsed "$bin/entitle" --version)
    o_ms=$(elapsed "$bin/entitle" check examples/eligible.toml)
    starts+=("$s_ms"); ones+=("$o_ms")
    one_ratios+=("$(awk -v a="$o_ms" -v b="$s_ms" 'BEGIN { printf "%.3f", a / b }')")
done
start_ms=$(printf '%s\n' "${starts[@]}" | median)
one_ms=$(printf '%s\n' "${ones[@]}" | median)
one_x=$(printf '%s\n' "${one_ratios[@]}" | median)
read -r _ kb < <(once "$bin/entitle" check examples/eligible.toml)
echo "| \`entitle --version\` (process start) | 1 | $start_ms | | | |"
echo "| entitle check examples/eligible.toml | 1 | $one_ms | | $(awk -v kb="$kb" 'BEGIN { printf "%.1f", kb / 1024 }') | $one_x× \`--version\` |"

# The targets, each against what this run measured.
echo
echo "| target | measured | met |"
echo "|---|---|---|"
verdict() { # measured limit: "yes" when measured <= limit
    awk -v m="$1" -v l="$2" 'BEGIN { print (m <= l) ? "yes" : "no" }'
}
for j in 1 "$jobs"; do
    if [[ -n ${ratio_of[10000,$j]:-} ]]; then
        echo "| 10,000 files, $j thread(s): ≤ 1.5× the floor | ${ratio_of[10000,$j]}× | $(verdict "${ratio_of[10000,$j]}" 1.5) |"
    fi
done
echo "| one manifest: ≤ 2.5 ms | $one_ms ms | $(verdict "$one_ms" 2.5) |"
echo "| one manifest: ≤ 1.5× \`--version\` | ${one_x}× | $(verdict "$one_x" 1.5) |"
for j in 1 "$jobs"; do
    if [[ -n ${peak_of[100000,$j]:-} && -n ${peak_of[10000,$j]:-} ]]; then
        grow=$(awk -v a="${peak_of[100000,$j]}" -v b="${peak_of[10000,$j]}" 'BEGIN { printf "%.2f", a / b }')
        echo "| peak memory, 100,000 ÷ 10,000 files, $j thread(s): ≤ 1.15 | $grow | $(verdict "$grow" 1.15) |"
    fi
done
