//! Snapshots of the rendered reports, for a representative handful of
//! findings; `tests/codes.rs` asserts their meaning independently.

mod common;

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
