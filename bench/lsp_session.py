"""What the editor benchmarks (`lsp-edits.py`, `lsp-requests.py`) share: an
`entitle lsp` session over stdio, its messages framed as the protocol
frames them, opened on one document and timed as a whole process."""
import json
import subprocess
import sys
import time


def frame(message):
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def opening(uri, text):
    """The messages that start a session and open `text` at `uri`."""
    return [
        frame({"jsonrpc": "2.0", "id": 1, "method": "initialize",
               "params": {"capabilities": {}, "processId": None, "rootUri": None}}),
        frame({"jsonrpc": "2.0", "method": "initialized", "params": {}}),
        frame({"jsonrpc": "2.0", "method": "textDocument/didOpen",
               "params": {"textDocument": {"uri": uri, "languageId": "toml", "version": 1, "text": text}}}),
    ]


def closing(ident):
    """The messages that end a session: `shutdown` (request `ident`), then `exit`."""
    return [
        frame({"jsonrpc": "2.0", "id": ident, "method": "shutdown", "params": None}),
        frame({"jsonrpc": "2.0", "method": "exit", "params": None}),
    ]


def timed(binary, messages):
    """Runs `entitle lsp` on the messages; (seconds, its stdout). Ends the
    benchmark if the server fails."""
    started = time.monotonic()
    done = subprocess.run([binary, "lsp"], input=b"".join(messages), capture_output=True)
    if done.returncode != 0:
        sys.exit(f"entitle lsp exited {done.returncode}")
    return time.monotonic() - started, done.stdout
