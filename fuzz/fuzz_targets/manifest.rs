//! The manifest pipeline, bytes to findings, with the properties every
//! report must have: spans inside the file and on character boundaries, no
//! full secret of the input in any output, the same report for the same bytes.
#![no_main]

use entitle::policy::Library;
use entitle::{Checker, Options};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn library() -> &'static Library {
    static LIBRARY: OnceLock<Library> = OnceLock::new();
    LIBRARY.get_or_init(|| Library::builtin().expect("built-in policies compile"))
}

/// The secrets the input holds, as the redactor finds them.
fn secrets(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for key in ["access_id", "contract_id"] {
        for (at, _) in text.match_indices(key) {
            let rest = &text[at + key.len()..];
            let Some(rest) = rest.trim_start_matches([' ', '\t']).strip_prefix('=') else { continue };
            let rest = rest.trim_start_matches([' ', '\t']);
            if let Some(value) = rest.strip_prefix('"').and_then(|r| r.split(['"', '\n']).next()) {
                if value.chars().count() > 4 && !value.contains('\\') {
                    found.push(value.to_string());
                }
            }
        }
    }
    found
}

fuzz_target!(|data: &[u8]| {
    let options = Options { as_of: entitle::date::Date::from_ymd(2021, 6, 15), ..Options::default() };
    let checker = Checker::new(library(), options);
    let report = checker.check("fuzz.toml", data);
    let shown = report.text.as_bytes();
    for finding in &report.findings {
        for span in std::iter::once(finding.span).chain(finding.labels.iter().map(|l| l.span)) {
            if !report.text.is_empty() {
                assert!(span.end() <= shown.len(), "span {span:?} beyond the text");
                assert!(report.text.is_char_boundary(span.offset), "span start off a char boundary");
                assert!(report.text.is_char_boundary(span.end()), "span end off a char boundary");
            }
        }
    }
    let json = entitle::render::json::render(std::slice::from_ref(&report));
    let parsed: serde_json::Value = serde_json::from_str(&json).expect("the JSON report parses");
    assert_eq!(parsed["files"][0]["diagnostics"].as_array().map(Vec::len), Some(report.findings.len()));
    let human = entitle::render::human::render(std::slice::from_ref(&report), Default::default());
    if let Ok(text) = std::str::from_utf8(data) {
        for secret in secrets(text) {
            assert!(!json.contains(&secret), "the JSON report shows a secret");
            assert!(!human.contains(&secret), "the human report shows a secret");
        }
    }
    let again = checker.check("fuzz.toml", data);
    assert_eq!(report.findings, again.findings, "the same bytes, another report");
});
