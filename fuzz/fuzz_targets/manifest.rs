//! The manifest pipeline, bytes to findings, with the properties every
//! report must have: spans inside the file and on character boundaries, no
//! secret of the input and no raw control or invisible character in any
//! output format, the same report for the same bytes; and whatever the
//! direct reader of a parsed tree reads, serde reads alike.
#![no_main]

use entitle::policy::Library;
use entitle::{Checker, Options};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

#[path = "common.rs"]
mod common;

fn library() -> &'static Library {
    static LIBRARY: OnceLock<Library> = OnceLock::new();
    LIBRARY.get_or_init(|| Library::builtin().expect("built-in policies compile"))
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
    let outputs = common::every_format(std::slice::from_ref(&report));
    let secrets = std::str::from_utf8(data).map(common::secrets).unwrap_or_default();
    common::assert_safe(&outputs, &secrets);
    if let Ok(text) = std::str::from_utf8(data)
        && let Ok(document) = entitle::input::parse(text)
        && let Some(direct) = entitle::direct::read(document.tree())
    {
        let serde = document.deserialize::<entitle::manifest::Manifest>();
        assert_eq!(serde.as_ref(), Ok(&direct), "the direct reader read what serde reads otherwise");
    }
    let again = checker.check("fuzz.toml", data);
    assert_eq!(report.findings, again.findings, "the same bytes, another report");
});
