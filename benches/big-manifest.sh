#!/usr/bin/env bash
# Times the release binary on one generated manifest with 20,000 incidents
# (19,980 of them over quota), against a baseline measured in the same run:
# the same binary checking the small eligible example (process start, policy
# compilation, one check). Prints medians of 5 runs and peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=target/release/entitle
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 - "$dir/big.toml" <<'PY'
import sys
text = open("tests/fixtures/codes/eligible.toml").read()
for i in range(2, 20001):
    text += (f'\n[[incidents]]\nid = "INC-{i:05}"\nbenefit = "product-support"\n'
             f'product = "sql-server-2019"\nopened_by = "bob@contoso.com"\nopened_on = 2021-03-02\n')
open(sys.argv[1], "w").write(text)
PY
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() { # prints "median-milliseconds peak-kb"
    local times=() rss=0 start end kb
    for _ in 1 2 3 4 5; do
        start=$EPOCHREALTIME
        /usr/bin/time -o "$dir/time" -f "%M" "$@" >/dev/null 2>&1 || true
        end=$EPOCHREALTIME
        times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", (b - a) * 1000 }')")
        kb=$(tail -1 "$dir/time")
        rss=$(( kb > rss ? kb : rss ))
    done
    echo "$(printf '%s\n' "${times[@]}" | median) $rss"
}
read -r base_s base_kb < <(measure "$bin" check examples/eligible.toml)
read -r json_s json_kb < <(measure "$bin" check "$dir/big.toml" --format json)
read -r human_s human_kb < <(measure "$bin" check "$dir/big.toml")
printf '%-44s %8s %10s %8s\n' "case" "wall ms" "peak MB" "x base"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.0f", a / b; else print "n/a" }'; }
printf '%-44s %8s %10d %8s\n' "baseline: examples/eligible.toml" "$base_s" $((base_kb / 1024)) 1
printf '%-44s %8s %10d %8s\n' "20,000 incidents, --format json" "$json_s" $((json_kb / 1024)) "$(ratio "$json_s" "$base_s")"
printf '%-44s %8s %10d %8s\n' "20,000 incidents, human" "$human_s" $((human_kb / 1024)) "$(ratio "$human_s" "$base_s")"
