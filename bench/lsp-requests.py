#!/usr/bin/env python3
"""The cost of reading a large manifest in the editor: N hovers, N
completions and N outlines sent to `entitle lsp` over stdio on one
unchanged manifest of 20,000 customer requests (about 3.4 MB), whole
process.

    python3 bench/lsp-requests.py target/release/entitle 50

Against the same run with one of each, the difference is what N of each
cost. Each request masks the secrets of the text it answers from, which
are found once per version of the text.
"""
import sys
from pathlib import Path

from lsp_session import closing, frame, opening, timed


def manifest(n):
    example = (Path(__file__).parent.parent / "examples" / "eligible.toml").read_text()
    text = example[: example.index("[[incidents]]")]
    for i in range(n):
        text += (f'[[incidents]]\nid = "INC-{i:06}"\nbenefit = "signature-cloud-support"\nproduct = "azure"\n'
                 'opened_by = "carol@contoso.com"\nopened_on = 2021-04-12\ncustomer = "fabrikam.onmicrosoft.com"\n\n')
    return text


def run(binary, text, requests):
    uri = "file:///tmp/lsp-requests.toml"
    messages = opening(uri, text)
    line = text[: text.index('product = "azure"')].count("\n")
    ident = 10
    for _ in range(requests):
        for method, params in (
            ("textDocument/hover", {"position": {"line": line, "character": 12}}),
            ("textDocument/completion", {"position": {"line": line, "character": 12}}),
            ("textDocument/documentSymbol", {}),
        ):
            params = dict(params, textDocument={"uri": uri})
            messages.append(frame({"jsonrpc": "2.0", "id": ident, "method": method, "params": params}))
            ident += 1
    seconds, answers = timed(binary, messages + closing(2))
    answered = answers.count(b'"id":')
    if answered < 3 * requests + 2:
        sys.exit(f"entitle lsp answered {answered} of {3 * requests + 2} requests")
    return seconds


binary, requests = sys.argv[1], int(sys.argv[2])
text = manifest(20_000)
one, many = run(binary, text, 1), run(binary, text, requests)
print(f"{requests} hovers, completions and outlines of a {len(text) / 1e6:.1f} MB manifest: {many:.2f} s; "
      f"one of each: {one:.2f} s; {(many - one) / requests * 1000:.1f} ms per three requests")
