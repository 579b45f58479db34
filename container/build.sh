#!/usr/bin/env bash
# Builds the `entitle` image with podman (or docker): the release binary and
# every shared library `ldd` says it links, copied at their own paths into a
# context of their own, then `FROM scratch` around them.
#
#   bash container/build.sh                  # builds localhost/entitle:latest
#   ENGINE=docker TAG=entitle:dev bash container/build.sh
set -euo pipefail
cd "$(dirname "$0")/.."
engine=${ENGINE:-podman}
tag=${TAG:-localhost/entitle:latest}
cargo build --release --locked --quiet --bin entitle
context=$(mktemp -d)
trap 'rm -rf "$context"' EXIT
mkdir -p "$context/rootfs"
cp target/release/entitle "$context/rootfs/entitle"
# Each library by the path the loader looks it up at, and the loader itself.
ldd target/release/entitle | awk '/=> \// { print $3 } /^[ \t]*\// { print $1 }' | while read -r lib; do
    cp --parents -L "$lib" "$context/rootfs/"
done
cp container/Dockerfile "$context/Dockerfile"
# shellcheck disable=SC2086 # ENGINE may carry options
$engine build --quiet -t "$tag" "$context"
echo "built $tag: $(du -sh "$context/rootfs" | cut -f1) of binary and libraries"
