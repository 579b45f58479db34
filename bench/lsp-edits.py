#!/usr/bin/env python3
"""The cost of typing in a large manifest: N one-character edits sent to
`entitle lsp` over stdio on a 400 KB document (the eligible example and
5,000 comment lines), then a hover that waits for them all, whole process.

    python3 bench/lsp-edits.py target/release/entitle 2000
    LONG_LINE=1 python3 bench/lsp-edits.py target/release/entitle 2000

Against the same run with one edit, the difference is what N edits cost.
With LONG_LINE=1 the 5,000 comments are one line of 400 KB, and each edit
lands at its end: what finding a position on a long line costs.
"""
import os
import sys
from pathlib import Path

from lsp_session import closing, frame, opening, timed


def run(binary, edits):
    example = (Path(__file__).parent.parent / "examples" / "eligible.toml").read_text()
    long_line = os.environ.get("LONG_LINE") == "1"
    text = example + ("\n# " + "x" * 400_000 if long_line else ("\n# " + "x" * 78) * 5000)
    uri = "file:///tmp/lsp-edits.toml"
    messages = opening(uri, text)
    line = example.count("\n") + 10
    for i in range(edits):
        at = {"line": example.count("\n") + 1, "character": 400_000} if long_line else {"line": line, "character": 3}
        messages.append(frame({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": i + 2},
            "contentChanges": [{"range": {"start": at, "end": at}, "text": "y"}]}}))
    messages.append(frame({"jsonrpc": "2.0", "id": 2, "method": "textDocument/hover", "params": {
        "textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}}}))
    seconds, _ = timed(binary, messages + closing(3))
    return seconds


binary, edits = sys.argv[1], int(sys.argv[2])
one, many = run(binary, 1), run(binary, edits)
print(f"{edits} edits of a 400 KB manifest: {many:.2f} s; one edit: {one:.2f} s; "
      f"{(many - one) / edits * 1000:.3f} ms per edit")
