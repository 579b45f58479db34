//! Every renderer over arbitrary findings: reports built from fuzzed manifests
//! (mutated from a valid one, so that the rules fire) go through every format;
//! machine formats must parse back, and none shows a secret or a raw
//! control or invisible character.
#![no_main]

use entitle::policy::Library;
use entitle::render::{github, json, junit, markdown, sarif};
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
    let checker = Checker::new(library(), Options::default());
    let (first, second) = data.split_at(data.len() / 2);
    let reports = [checker.check("a.toml", first), checker.check("dir/b c.toml", second)];
    let parsed: serde_json::Value = serde_json::from_str(&json::render(&reports)).expect("JSON parses");
    assert_eq!(parsed["summary"]["files"], 2);
    let _: serde_json::Value = serde_json::from_str(&sarif::render(&reports)).expect("SARIF parses");
    let xml = junit::render(&reports);
    assert!(xml.starts_with("<?xml"));
    for line in github::render(&reports).lines() {
        assert!(line.starts_with("::") && line.matches("::").count() >= 2, "a workflow command: {line}");
    }
    let _ = markdown::render(&reports);
    // Both files together: no raw control or invisible character.
    common::assert_safe(&common::every_format(&reports), &[]);
    // Each file alone: none of its secrets. (A value is a secret where its
    // file writes it as one; the other file may write the same text under
    // an ordinary key, and then shows it, as it should.)
    for (report, bytes) in reports.iter().zip([first, second]) {
        let secrets = std::str::from_utf8(bytes).map(common::secrets).unwrap_or_default();
        common::assert_safe(&common::every_format(std::slice::from_ref(report)), &secrets);
    }
});
