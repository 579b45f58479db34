//! The time from a `didChange` to the `publishDiagnostics` of that version,
//! through `entitle lsp` over stdio as an editor sees it (no debounce:
//! `debounceMs` 0), on a manifest of 40 incidents and one of 20,000.
//!
//! `cargo run --release -p entitle-bench --bin lsp-latency [BIN]`
//! (BIN: default `target/release/entitle`).

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// A manifest of `n` incidents: the shipped eligible example's memberships,
/// accounts, activations and links, then `n` customer requests, one in 20
/// for a misspelt product, so that there are findings to publish.
fn manifest(n: usize) -> String {
    let example = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/eligible.toml"))
        .expect("examples/eligible.toml");
    let head = &example[..example.find("[[incidents]]").expect("an incident")];
    let mut text = head.to_string();
    for i in 0..n {
        let product = if i % 20 == 0 { "azur" } else { "azure" };
        text.push_str(&format!(
            "[[incidents]]\nid = \"INC-{i:06}\"\nbenefit = \"signature-cloud-support\"\nproduct = \"{product}\"\n\
             opened_by = \"carol@contoso.com\"\nopened_on = 2021-04-12\ncustomer = \"fabrikam.onmicrosoft.com\"\n\n"
        ));
    }
    text
}

struct Server {
    child: std::process::Child,
    stdin: std::process::ChildStdin,
    stdout: BufReader<std::process::ChildStdout>,
}

impl Server {
    fn send(&mut self, value: Value) {
        let body = value.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        self.stdin.flush().unwrap();
    }

    fn receive(&mut self) -> Value {
        let mut length = 0;
        loop {
            let mut line = String::new();
            assert!(self.stdout.read_line(&mut line).unwrap() > 0, "the server went away");
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some(n) = line.strip_prefix("Content-Length: ") {
                length = n.parse().unwrap();
            }
        }
        let mut body = vec![0; length];
        self.stdout.read_exact(&mut body).unwrap();
        serde_json::from_slice(&body).unwrap()
    }

    /// Waits for the diagnostics of `version`; returns how many.
    fn diagnostics(&mut self, version: i64) -> usize {
        loop {
            let m = self.receive();
            if m["method"] == "textDocument/publishDiagnostics" && m["params"]["version"] == version {
                return m["params"]["diagnostics"].as_array().map_or(0, Vec::len);
            }
        }
    }
}

fn main() {
    let bin = std::env::args().nth(1).unwrap_or_else(|| "target/release/entitle".to_string());
    println!("| incidents | bytes | diagnostics | median ms | max ms | runs |");
    println!("|---|---|---|---|---|---|");
    for (n, runs) in [(40, 50), (20_000, 10)] {
        let mut child = Command::new(&bin)
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("{bin}: {e}"));
        let stdin = child.stdin.take().unwrap();
        let stdout = BufReader::new(child.stdout.take().unwrap());
        let mut server = Server { child, stdin, stdout };
        server.send(json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
            "capabilities": {}, "initializationOptions": {"debounceMs": 0}}}));
        server.receive();
        server.send(json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}));
        let text = manifest(n);
        let uri = "file:///tmp/entitle-lsp-latency.toml";
        server.send(json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
            "textDocument": {"uri": uri, "languageId": "toml", "version": 1, "text": text}}}));
        let found = server.diagnostics(1);
        let line = text[..text.find("name = \"Contoso").unwrap()].matches('\n').count();
        let mut times = Vec::new();
        for run in 0..runs {
            let version = run as i64 + 2;
            // Type one character into the partner's name, as a user would.
            let change = json!({"range": {"start": {"line": line, "character": 8}, "end": {"line": line, "character": 9}},
                "text": if run % 2 == 0 { "K" } else { "C" }});
            let start = Instant::now();
            server.send(json!({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
                "textDocument": {"uri": uri, "version": version}, "contentChanges": [change]}}));
            server.diagnostics(version);
            times.push(start.elapsed());
        }
        times.sort();
        let ms = |d: Duration| format!("{:.1}", d.as_secs_f64() * 1000.0);
        println!(
            "| {n} | {} | {found} | {} | {} | {runs} |",
            text.len(),
            ms(times[times.len() / 2]),
            ms(*times.last().unwrap())
        );
        server.send(json!({"jsonrpc": "2.0", "id": 2, "method": "shutdown", "params": null}));
        server.receive();
        server.send(json!({"jsonrpc": "2.0", "method": "exit", "params": null}));
        let _ = server.child.wait();
    }
}
