#!/usr/bin/env bash
# Scaling: every dimension of the input grown at N = 1k, 10k, 100k, one run
# each of the release binary, with its wall time and peak RSS. A row that
# grows much more than 10x per 10x N is superlinear: the README's "Scaling"
# table is this script's output. Not a test: nothing here fails the build.
#
#   bash bench/scaling.sh                          # every dimension, 1k 10k 100k
#   SIZES="1000 10000" bash bench/scaling.sh        # fewer sizes
#   ONLY="top-level lint" bash bench/scaling.sh    # dimensions whose slug contains one of these words
#   BIN=/tmp/old-entitle bash bench/scaling.sh      # another binary (say, a build of an older commit)
#   TIMEOUT=60 bash bench/scaling.sh                # seconds per run (default 60): "timeout" past it
#
# Inputs come from bench/scaling.py (deterministic; `python3
# bench/scaling.py list` names the dimensions). Manifest rows run
# `entitle check FILE --format json`; policy rows `entitle policy lint DIR`,
# or `entitle check examples/eligible.toml --policy-dir DIR` when every check
# pays for the policy. A manifest over the default 16 MiB size limit is not
# run (it would only be refused): the row says "over 16 MiB".
set -uo pipefail
cd "$(dirname "$0")/.."
if [[ -z "${BIN:-}" ]]; then
    cargo build --release --locked --quiet -p entitle || exit 2
    BIN=target/release/entitle
fi
timeout_s=${TIMEOUT:-60}
limit=$((16 * 1024 * 1024))
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One run: prints "seconds peak-MB exit-status", or "timeout peak-MB -".
measure() {
    local start end status
    start=$EPOCHREALTIME
    timeout "$timeout_s" /usr/bin/time -o "$work/time" -f "%M" "$@" >"$work/out" 2>"$work/err"
    status=$?
    end=$EPOCHREALTIME
    local kb
    kb=$(tail -1 "$work/time" 2>/dev/null | grep -E '^[0-9]+$' || echo 0)
    if [[ $status -eq 124 ]]; then
        echo "timeout $(awk -v kb="$kb" 'BEGIN { printf "%.1f", kb / 1024 }') -"
    else
        awk -v a="$start" -v b="$end" -v kb="$kb" -v s="$status" 'BEGIN { printf "%.2f %.1f %d\n", b - a, kb / 1024, s }'
    fi
}

size_of() { du -sb "$1" | cut -f1; }

echo "entitle $(git describe --always --dirty 2>/dev/null || echo '?') ($BIN), $(date -u +%Y-%m-%d), $(nproc) cores, one run each, timeout ${timeout_s}s"
echo
echo "| dimension | N | seconds | peak MB | input MB | × per 10× N (time) | output KB | exit |"
echo "|---|---|---|---|---|---|---|---|"
python3 bench/scaling.py list | while IFS=$'\t' read -r slug kind name; do
    if [[ -n "${ONLY:-}" ]]; then
        wanted=""
        for word in $ONLY; do [[ "$slug" == *"$word"* ]] && wanted=1; done
        [[ -z "$wanted" ]] && continue
    fi
    sizes=${SIZES:-1000 10000 100000}
    # A million tiny keys: 9.9 MB, under the size limit, the issue's worst case.
    if [[ "$slug" == "unknown-top-level-keys" && -z "${SIZES:-}" ]]; then sizes="$sizes 1000000"; fi
    # 700,000 distinct secrets: 14 MB, near the size limit (its ratio is per 7× N).
    if [[ "$slug" == "distinct-secrets"* && -z "${SIZES:-}" ]]; then sizes="$sizes 700000"; fi
    previous=""
    for n in $sizes; do
        input="$work/$slug-$n"
        [[ $kind == check ]] && input="$input.toml"
        rm -rf "$input"
        if ! python3 bench/scaling.py "$slug" "$n" "$input"; then
            echo "| $name | $n | could not generate the input | | | | | |"
            continue
        fi
        bytes=$(size_of "$input")
        mb=$(awk -v b="$bytes" 'BEGIN { printf "%.2f", b / 1048576 }')
        if [[ $kind == check && $bytes -gt $limit ]]; then
            echo "| $name | $n | over 16 MiB: not run | | $mb | | | |"
            rm -rf "$input"; previous=""; continue
        fi
        case $kind in
            check) read -r secs peak status < <(measure "$BIN" check "$input" --format json) ;;
            lint) read -r secs peak status < <(measure "$BIN" policy lint "$input" --format json) ;;
            policy-check) read -r secs peak status < <(measure "$BIN" check examples/eligible.toml --format json --policy-dir "$input") ;;
        esac
        out_kb=$(awk -v o="$(stat -c %s "$work/out")" -v e="$(stat -c %s "$work/err")" 'BEGIN { printf "%.0f", (o + e) / 1024 }')
        ratio=""
        if [[ -n "$previous" && "$secs" != timeout && "$previous" != timeout ]]; then
            ratio=$(awk -v a="$previous" -v b="$secs" 'BEGIN { if (a < 0.01) a = 0.01; printf "%.1f", b / a }')
        fi
        echo "| $name | $n | $secs | $peak | $mb | $ratio | $out_kb | $status |"
        previous=$secs
        rm -rf "$input"
    done
done
