//! Snapshots of the rendered reports, for a representative handful of
//! findings; `tests/codes.rs` asserts their meaning independently.

use crate::common;

use common::check;
use entitle::render::human::{self, Style};

fn human(path: &str) -> String {
    human::render(&[check(path)], Style { color: false, width: 80 })
}

#[test]
fn quota_exceeded() {
    insta::assert_snapshot!(human("tests/fixtures/codes/quota-exceeded.toml"));
}

#[test]
fn contract_already_linked() {
    insta::assert_snapshot!(human("tests/fixtures/codes/contract-already-linked.toml"));
}

#[test]
fn reference_unknown() {
    insta::assert_snapshot!(human("tests/fixtures/codes/reference-unknown.toml"));
}

#[test]
fn activation_role() {
    insta::assert_snapshot!(human("tests/fixtures/codes/activation-role.toml"));
}

#[test]
fn every_structural_fault_in_one_run() {
    insta::assert_snapshot!(human("tests/fixtures/broken/structure.toml"));
}

#[test]
fn json_report() {
    let reports = [check("tests/fixtures/codes/eligible.toml"), check("tests/fixtures/codes/incident-scope.toml")];
    insta::assert_snapshot!(entitle::render::json::render(&reports));
}

/// The registry of codes, as `explain --list` prints it: a code renamed,
/// removed or doubled shows here first.
#[test]
fn every_code() {
    let list: String = entitle::policy::Library::builtin()
        .expect("policies")
        .codes()
        .iter()
        .map(|d| format!("{} {} {}\n", d.code.as_str(), d.severity.as_str(), d.summary))
        .collect();
    insta::assert_snapshot!(list);
}

#[test]
fn wrapping_never_breaks_inside_an_id_or_a_code() {
    // At any width, a wrapped line ends at a space: never `global-` then
    // `admin`, or `2021-` then `01-20`.
    let fixtures: Vec<String> = std::fs::read_dir(common::root("tests/fixtures/codes"))
        .expect("fixtures")
        .map(|e| format!("tests/fixtures/codes/{}", e.expect("entry").file_name().to_string_lossy()))
        .collect();
    let mut wrapped = 0;
    for path in &fixtures {
        let report = check(path);
        for width in [40, 57, 72, 100] {
            let out = human::render(std::slice::from_ref(&report), Style { color: false, width });
            let lines: Vec<&str> = out.lines().collect();
            for pair in lines.windows(2) {
                let (line, next) = (pair[0].trim_end(), pair[1].trim_start());
                // A help or message continues on an indented line of its own.
                if !pair[1].starts_with("        ") || next.starts_with(['│', '·', '╰', '╭']) {
                    continue;
                }
                wrapped += 1;
                assert!(!line.ends_with('-') || line.ends_with(" -"), "{path} at width {width}: `{line}` / `{next}`");
            }
        }
    }
    assert!(wrapped > 50, "only {wrapped} wrapped lines seen");
}
