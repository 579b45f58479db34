//! Shared helpers of the integration tests.
#![allow(dead_code)]

pub mod formats;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use entitle::policy::Library;
use entitle::{Checker, FileReport, Options};

/// The built-in policies, compiled once for the whole test binary.
pub fn library() -> &'static Library {
    static LIBRARY: OnceLock<Library> = OnceLock::new();
    LIBRARY.get_or_init(|| Library::builtin().expect("built-in policies compile"))
}

/// A path under the crate root.
pub fn root(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// Checks a file given relative to the crate root, naming it by that path.
pub fn check(path: &str) -> FileReport {
    let bytes = std::fs::read(root(path)).unwrap_or_else(|e| panic!("{path}: {e}"));
    Checker::new(library(), Options::default()).check(path, &bytes)
}

/// Checks text as a manifest.
pub fn check_text(name: &str, text: &str) -> FileReport {
    Checker::new(library(), Options::default()).check(name, text.as_bytes())
}

/// The codes of a report, in source order.
pub fn codes(report: &FileReport) -> Vec<&'static str> {
    report.findings.iter().map(|f| f.code.as_str()).collect()
}

/// The text a span covers.
pub fn covered(report: &FileReport, span: entitle::diagnostic::Span) -> &str {
    &report.text[span.offset..span.end()]
}

/// The `entitle` binary, built by cargo for integration tests.
pub fn entitle() -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_entitle"));
    command.current_dir(env!("CARGO_MANIFEST_DIR")).env("NO_COLOR", "1");
    command
}

/// An empty directory of its own under the system's temporary directory
/// (one per test process and `name`).
pub fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("entitle-{}-{}", name.replace(['/', '.'], "-"), std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// A file holding `text`, in a directory of its own under the system's
/// temporary directory (one per test process and `name`).
pub fn temp_file(name: &str, text: &[u8]) -> PathBuf {
    let path = temp_dir(name).join(name);
    std::fs::write(&path, text).expect("temp file");
    path
}

/// What the binary says about one file, in JSON and as the human report.
pub struct Run {
    /// The exit code of the JSON run (the human run must agree).
    pub exit: Option<i32>,
    /// `(code, line, column)` of each finding of the JSON report.
    pub found: Vec<(String, u64, u64)>,
    /// The `path:line:column` of each snippet header of the human report.
    pub headers: Vec<String>,
    /// The human report.
    pub human: String,
}

/// Checks `text`, written to a file named `name`, with the binary: once with
/// `--format json`, once with the human format.
pub fn run_text(name: &str, text: &[u8], args: &[&str]) -> Run {
    let path = temp_file(name, text);
    let run = |format: &str| {
        let output = entitle().arg("check").arg(&path).args(["--format", format]).args(args).output().expect("runs");
        (output.status.code(), String::from_utf8(output.stdout).expect("UTF-8 output"))
    };
    let (exit, json) = run("json");
    let (human_exit, human) = run("human");
    assert_eq!(exit, human_exit, "both formats exit alike");
    let report: serde_json::Value = serde_json::from_str(&json).expect("a JSON report");
    let found = report["files"][0]["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| {
            let number = |key: &str| d["span"][key].as_u64().expect("a position");
            (d["code"].as_str().expect("a code").to_string(), number("line"), number("column"))
        })
        .collect();
    let shown = path.display().to_string();
    let headers = human
        .lines()
        .filter_map(|line| line.split_once("╭─[").map(|(_, rest)| rest.trim_end_matches(']')))
        .map(|header| header.replacen(&shown, "FILE", 1))
        .collect();
    Run { exit, found, headers, human }
}
