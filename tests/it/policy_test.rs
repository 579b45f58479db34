//! `entitle policy test`: test manifests with expectations in their leading
//! comments, run under every version they apply to; and `policy lint`'s
//! `policy.untested`.

use crate::common;

use std::path::Path;

use common::{entitle, root};
use entitle::expect::{self, Source};
use entitle::{lint, policy::Library};

/// A policy directory: the shipped policy files, and the given tests under
/// `mpn-technical-support/tests/`.
fn policy_dir(tests: &[(&str, String)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let policy = dir.path().join("mpn-technical-support");
    std::fs::create_dir_all(policy.join("tests")).expect("mkdir");
    for version in ["2021-03-04.toml", "2021-06-17.toml"] {
        let from = root("policies/mpn-technical-support").join(version);
        std::fs::copy(from, policy.join(version)).expect("copy");
    }
    for (name, text) in tests {
        std::fs::write(policy.join("tests").join(name), text).expect("write test");
    }
    dir
}

/// A shipped fixture with a leading `# expect:` (and more) comment: the
/// fixture's lines move down by the number of lines added.
fn with_header(fixture: &str, header: &str) -> String {
    let text = std::fs::read_to_string(root(&format!("tests/fixtures/codes/{fixture}.toml"))).expect("fixture");
    format!("{header}\n{text}")
}

fn run(args: &[&str], dir: &Path) -> (Option<i32>, String, String) {
    let out = entitle().args(args).arg(dir).output().expect("runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_shipped_tests_pass_and_reach_every_rule() {
    let out = entitle().args(["policy", "test"]).output().expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.contains(
            "ok      policies/mpn-technical-support/tests/quota-exceeded.toml under mpn-technical-support@2021-06-17"
        ),
        "{stdout}"
    );
    assert!(stdout.ends_with(" passed, 0 failed\n"), "{stdout}");
    // The same tests read from the directory, and embedded in the binary.
    let out = entitle().args(["policy", "test", "policies"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout), stdout);
    // Together they trigger every rule of both versions.
    let tests: Vec<Source> =
        Library::builtin_tests().into_iter().map(|(path, text)| Source { path, bytes: text.into_bytes() }).collect();
    let reports = lint::lint_with_tests(&Library::builtin_sources(), Some(&tests));
    let found: Vec<String> = reports.iter().flat_map(|r| r.findings.iter().map(|f| f.message.clone())).collect();
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn test_manifests_are_not_policy_files() {
    assert!(Library::builtin_sources().iter().all(|(path, _)| !path.contains("/tests/")));
    assert!(!Library::builtin_tests().is_empty());
    let library = Library::from_dir(&root("policies")).expect("compiles");
    assert_eq!(library.all().len(), 2);
    let out = entitle().args(["policy", "lint", "policies"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    // Two policy files and their four message files; no test manifest.
    assert!(stdout.ends_with("6 files checked: 0 errors, 0 warnings\n"), "{stdout}");
    assert!(!stdout.contains("/tests/"), "{stdout}");
}

#[test]
fn a_passing_suite_in_every_format() {
    let dir = policy_dir(&[
        ("eligible.toml", with_header("eligible", "# expect: eligible\n# versions: 2021-03-04..")),
        ("quota.toml", with_header("quota-exceeded", "# expect: quota.exceeded@114")),
    ]);
    let (code, stdout, _) = run(&["policy", "test"], dir.path());
    assert_eq!(code, Some(0), "{stdout}");
    // quota.toml has no `# versions:`: only 2021-03-04 is in effect at its as_of.
    assert!(stdout.ends_with("2 tests, 3 runs: 3 passed, 0 failed\n"), "{stdout}");
    let (code, stdout, stderr) = run(&["policy", "test", "--format", "json"], dir.path());
    assert_eq!(code, Some(0));
    assert_eq!(stderr.trim(), "2 tests, 3 runs: 3 passed, 0 failed");
    let doc: serde_json::Value = serde_json::from_str(&stdout).expect("json");
    assert_eq!(doc["summary"], serde_json::json!({"runs": 3, "passed": 3, "failed": 0, "invalid": 0}));
    let quota = &doc["runs"][2];
    assert_eq!(quota["policy"]["version"], "2021-03-04");
    assert_eq!(quota["found"], serde_json::json!([{"code": "quota.exceeded", "line": 114}]));
    let (code, stdout, _) = run(&["policy", "test", "--format", "junit"], dir.path());
    assert_eq!(code, Some(0));
    assert!(stdout.contains("tests=\"3\"") && stdout.contains("failures=\"0\""), "{stdout}");
}

#[test]
fn a_wrong_expected_code_fails_with_what_was_found() {
    let dir = policy_dir(&[(
        "quota.toml",
        with_header("quota-exceeded", "# expect: contract.already-linked\n# versions: 2021-06-17"),
    )]);
    let (code, stdout, _) = run(&["policy", "test"], dir.path());
    assert_eq!(code, Some(1), "{stdout}");
    assert!(stdout.contains("FAILED  "), "{stdout}");
    assert!(
        stdout.contains("`mpn-technical-support@2021-06-17` does not report the expected `contract.already-linked`"),
        "{stdout}"
    );
    assert!(stdout.contains("unexpected `quota.exceeded`: incident `INC-0011` is number 11"), "{stdout}");
    assert!(stdout.contains("add `quota.exceeded@115` to `# expect:`"), "{stdout}");
    assert!(stdout.ends_with("1 test, 1 run: 0 passed, 1 failed\n"), "{stdout}");
    let (code, stdout, _) = run(&["policy", "test", "--format", "json"], dir.path());
    assert_eq!(code, Some(1));
    let doc: serde_json::Value = serde_json::from_str(&stdout).expect("json");
    assert_eq!(
        doc["runs"][0]["mismatches"],
        serde_json::json!([
            {"kind": "missing", "code": "contract.already-linked"},
            {"kind": "unexpected", "code": "quota.exceeded", "line": 115, "severity": "error",
             "message": "incident `INC-0011` is number 11 under `product-support`, which allows 10"}
        ])
    );
    let (code, stdout, _) = run(&["policy", "test", "--format", "junit"], dir.path());
    assert_eq!(code, Some(1));
    assert!(stdout.contains("missing `contract.already-linked`; unexpected `quota.exceeded` at line 115"), "{stdout}");
    assert!(stdout.contains("classname=\"mpn-technical-support@2021-06-17\""), "{stdout}");
}

#[test]
fn a_wrong_line_says_where_the_code_is() {
    let dir = policy_dir(&[(
        "quota.toml",
        with_header("quota-exceeded", "# expect: quota.exceeded@42\n# versions: ..2021-03-04"),
    )]);
    let (code, stdout, _) = run(&["policy", "test"], dir.path());
    assert_eq!(code, Some(1), "{stdout}");
    assert!(stdout.contains("`quota.exceeded` is expected at line 42, but reported at line 115"), "{stdout}");
    assert!(stdout.contains("`quota.exceeded` is reported here, at line 115"), "{stdout}");
    assert!(!stdout.contains("unexpected"), "{stdout}");
    let (_, stdout, _) = run(&["policy", "test", "--format", "json"], dir.path());
    let doc: serde_json::Value = serde_json::from_str(&stdout).expect("json");
    assert_eq!(
        doc["runs"][0]["mismatches"],
        serde_json::json!([{"kind": "wrong-line", "code": "quota.exceeded", "line": 42, "found": [115]}])
    );
}

#[test]
fn a_version_that_does_not_exist_cannot_be_read() {
    let dir = policy_dir(&[
        ("eligible.toml", with_header("eligible", "# expect: eligible\n# versions: 2021-06-18..")),
        ("quota.toml", with_header("quota-exceeded", "# expect: quota.exceeded@115\n# versions: 2021-03-04")),
    ]);
    let (code, stdout, stderr) = run(&["policy", "test"], dir.path());
    assert_eq!(code, Some(2), "{stdout}{stderr}");
    assert!(stderr.contains("test.expectation"), "{stderr}");
    assert!(stderr.contains("the policy has no version `2021-06-18`"), "{stderr}");
    assert!(stderr.contains("did you mean `2021-06-17`?"), "{stderr}");
    assert!(stderr.contains("eligible.toml:2:13"), "{stderr}");
    // The other tests still run.
    assert!(stdout.contains("ok      ") && stdout.contains("1 test could not be read"), "{stdout}");
}

#[test]
fn a_malformed_expect_line_points_at_the_comment() {
    let cases = [
        ("# expect: quota.exceded@115", "unknown code `quota.exceded`", "did you mean `quota.exceeded`?", "1:11"),
        ("# expect: quota.exceeded@4x", "`4x` is not a line number", "1-based line", "1:11"),
        (
            "# expect: quota.exceeded@9999",
            "line 9999 is beyond the end of this file (117 lines)",
            "1-based line",
            "1:11",
        ),
        ("# expect: quota.exceeded,", "an empty item", "# expect: eligible", "1:25"),
        ("# expect: policy.unused", "`policy.unused` is never reported on a manifest", "codes from", "1:11"),
        ("# expects: quota.exceeded", "unknown directive `# expects:`; did you mean `# expect:`?", "", "1:1"),
        ("# quota.exceeded@115", "this test manifest has no `# expect:` line", "explain test.expectation", "1:1"),
    ];
    for (header, message, help, place) in cases {
        let dir = policy_dir(&[("quota.toml", with_header("quota-exceeded", header))]);
        let (code, stdout, stderr) = run(&["policy", "test"], dir.path());
        assert_eq!(code, Some(2), "{header}: {stdout}{stderr}");
        assert!(stderr.contains(message), "{header}: {stderr}");
        assert!(stderr.contains(help), "{header}: {stderr}");
        assert!(stderr.contains(&format!("quota.toml:{place}]")), "{header}: {stderr}");
        let (_, stdout, _) = run(&["policy", "test", "--format", "json"], dir.path());
        let doc: serde_json::Value = serde_json::from_str(&stdout).expect("json");
        assert_eq!(doc["invalid"][0]["diagnostics"][0]["code"], "test.expectation", "{header}");
    }
}

#[test]
fn eligible_means_no_errors_and_listed_warnings() {
    let dir = policy_dir(&[
        ("linked.toml", with_header("contract-already-linked", "# expect: eligible, contract.already-linked")),
        ("unlisted.toml", with_header("contract-already-linked", "# expect: eligible")),
        ("quota.toml", with_header("quota-exceeded", "# expect: eligible, quota.exceeded")),
    ]);
    let (code, stdout, _) = run(&["policy", "test", "--format", "json"], dir.path());
    assert_eq!(code, Some(1), "{stdout}");
    let doc: serde_json::Value = serde_json::from_str(&stdout).expect("json");
    let kinds = |i: usize| -> Vec<String> {
        doc["runs"][i]["mismatches"].as_array().expect("list").iter().map(|m| m["kind"].to_string()).collect()
    };
    assert_eq!(doc["runs"][0]["path"].as_str().map(|p| p.ends_with("linked.toml")), Some(true));
    assert!(kinds(0).is_empty());
    assert_eq!(kinds(1), ["\"not-eligible\""]);
    assert_eq!(kinds(2), ["\"unexpected\""]);
}

#[test]
fn lint_names_the_rules_no_test_triggers() {
    let dir = policy_dir(&[("quota.toml", with_header("quota-exceeded", "# expect: quota.exceeded@114"))]);
    let (code, stdout, _) = run(&["policy", "lint"], dir.path());
    assert_eq!(code, Some(0), "{stdout}");
    // 2021-03-04 is tested by quota.toml, but not its other rules.
    assert!(
        stdout.contains("no test triggers rule `activation.role/required-role` of version `2021-03-04`"),
        "{stdout}"
    );
    assert!(!stdout.contains("rule `quota.exceeded/quota` of version `2021-03-04`"), "{stdout}");
    // Rules that share a code are told apart.
    assert!(stdout.contains("rule `duplicate/uniqueness/accounts` of version `2021-03-04`"), "{stdout}");
    // No test runs under 2021-06-17: said once.
    assert!(stdout.contains("no test manifest runs under `mpn-technical-support@2021-06-17`"), "{stdout}");
    assert!(!stdout.contains("of version `2021-06-17`"), "{stdout}");
    assert!(stdout.contains("policy.untested"), "{stdout}");
    // The help says where tests go: the `tests/` folder beside the policy files.
    let tests_dir = format!("{}/mpn-technical-support/tests/", dir.path().display());
    let words: String = stdout.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains(&format!(
            "add a test manifest under `{tests_dir}` that the rule reports, with `# expect: activation.role`"
        )),
        "{words}"
    );
    assert!(words.contains(&format!("add test manifests under `{tests_dir}` with `# expect:` lines")), "{words}");
}

#[test]
fn coverage_traces_findings_to_their_rule() {
    let sources = vec![Source {
        path: "p/mpn-technical-support/tests/t.toml".to_string(),
        bytes: with_header("incident-not-activated", "# expect: incident.not-activated\n# versions: 2021-03-04")
            .into_bytes(),
    }];
    let library = Library::builtin().expect("compiles");
    let covered = expect::coverage(&library, &sources);
    let v1 = &library.versions("mpn-technical-support")[0];
    let hit: Vec<&str> =
        covered[&(v1.id.clone(), v1.version.clone())].iter().map(|&i| v1.rules[i].key.as_str()).collect();
    assert_eq!(hit, ["incident.not-activated/activation-required"]);
}
