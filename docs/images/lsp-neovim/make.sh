#!/usr/bin/env bash
# Remakes docs/images/lsp-neovim.png: Neovim in tmux with `entitle lsp`
# attached to examples/linked-twice.toml, the pane captured with its colours,
# turned into HTML and photographed by headless Chromium.
# Needs: tmux, neovim, chromium (Debian packages), a release build.
#   bash docs/images/lsp-neovim/make.sh                              # English, into docs/images/
#   ENTITLE_LANG=it OUT=/tmp/lsp-it.png bash docs/images/lsp-neovim/make.sh   # Italian elsewhere
set -euo pipefail
cd "$(dirname "$0")/../../.."
here=docs/images/lsp-neovim
tmp=$(mktemp -d)
tmux kill-session -t entitle-shot 2>/dev/null || true
tmux new-session -d -s entitle-shot -x 118 -y 28 \
    "ENTITLE_LANG=${ENTITLE_LANG:-} ENTITLE_BIN=$PWD/target/release/entitle TERM=xterm-256color nvim -u $here/init.lua -i NONE -n +43 examples/linked-twice.toml"
sleep 4
tmux capture-pane -t entitle-shot -e -p > "$tmp/pane.ansi"
tmux kill-session -t entitle-shot
python3 "$here/ansi2html.py" < "$tmp/pane.ansi" > "$tmp/pane.html"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1030,530 \
    --screenshot="${OUT:-$PWD/docs/images/lsp-neovim.png}" "file://$tmp/pane.html"
rm -rf "$tmp"
