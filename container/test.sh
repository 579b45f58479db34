#!/usr/bin/env bash
# Runs the image as an operator would: `serve` on a published port, then
# /healthz, a check in Italian, and a graceful stop (exit 0). Build it first
# with container/build.sh.
#
#   bash container/test.sh
#   # where podman's defaults are refused (rlimits, crun and hybrid cgroups):
#   ENGINE="podman --runtime runc --cgroup-manager=cgroupfs" \
#   RUN_FLAGS="--ulimit nofile=1024:1024 --ulimit nproc=1024:1024" bash container/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
engine=${ENGINE:-podman}
tag=${TAG:-localhost/entitle:latest}
port=${PORT:-18080}
name="entitle-test-$$"
# shellcheck disable=SC2086
$engine run -d --name "$name" ${RUN_FLAGS:-} -p "127.0.0.1:$port:8080" "$tag" >/dev/null
trap '$engine rm -f "$name" >/dev/null 2>&1 || true' EXIT
for _ in $(seq 50); do
    curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
    sleep 0.2
done
curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null
report=$(curl -sS -X POST --data-binary @examples/linked-twice.toml "http://127.0.0.1:$port/api/check?name=linked-twice.toml&lang=it")
grep -q '"lang": "it"' <<<"$report"
grep -q '"code": "quota.exceeded"' <<<"$report"
if grep -q 'AID-3141' <<<"$report"; then echo "a secret was shown" >&2; exit 1; fi
$engine stop -t 10 "$name" >/dev/null
status=$($engine inspect "$name" --format '{{.State.ExitCode}}')
[[ $status == 0 ]] || { echo "the server exited $status on SIGTERM" >&2; exit 1; }
echo "ok: $tag serves /healthz and /api/check, and stops with exit 0"
