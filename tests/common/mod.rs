//! Shared helpers of the integration tests.
#![allow(dead_code)]

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
