//! The command line: exit codes, formats, inputs, and what it never prints.

use crate::common;

use std::io::Write;
use std::process::Stdio;

use common::entitle;

fn run(args: &[&str]) -> (Option<i32>, String, String) {
    let out = entitle().args(args).output().expect("entitle runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn an_eligible_manifest_exits_0() {
    let (code, stdout, _) = run(&["check", "tests/fixtures/codes/eligible.toml"]);
    assert_eq!(code, Some(0));
    assert!(stdout.contains("eligible under mpn-technical-support@2021-03-04"), "{stdout}");
}

#[test]
fn errors_exit_1_and_warnings_alone_exit_0() {
    assert_eq!(run(&["check", "tests/fixtures/codes/incident-scope.toml"]).0, Some(1));
    assert_eq!(run(&["check", "tests/fixtures/codes/activation-pending.toml"]).0, Some(0));
    assert_eq!(run(&["check", "--deny-warnings", "tests/fixtures/codes/activation-pending.toml"]).0, Some(1));
}

#[test]
fn the_run_itself_failing_exits_2() {
    let (code, stdout, stderr) = run(&["check", "tests/fixtures/no-such-file.toml"]);
    assert_eq!(code, Some(2));
    assert!(stdout.is_empty());
    assert!(stderr.starts_with("error: cannot read `tests/fixtures/no-such-file.toml`"), "{stderr}");
    assert_eq!(run(&["check", "--format", "yaml", "x.toml"]).0, Some(2));
    assert_eq!(run(&["check", "--as-of", "2021-02-30", "tests/fixtures/codes/eligible.toml"]).0, Some(2));
    let (code, _, stderr) = run(&["check", "--policy", "mpn-technical-suport", "tests/fixtures/codes/eligible.toml"]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("did you mean `mpn-technical-support`?"), "{stderr}");
    let (code, _, stderr) =
        run(&["check", "--policy", "mpn-technical-support@2021-03-05", "tests/fixtures/codes/eligible.toml"]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("has no version `2021-03-05`"), "{stderr}");
}

#[test]
fn a_directory_is_checked_in_sorted_order() {
    let (code, stdout, _) = run(&["check", "tests/fixtures/codes", "--format", "json"]);
    assert_eq!(code, Some(1));
    let json: serde_json::Value = serde_json::from_str(&stdout).expect("one JSON document");
    let paths: Vec<&str> = json["files"].as_array().expect("files").iter().filter_map(|f| f["path"].as_str()).collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
    assert_eq!(paths.len(), 26);
    assert_eq!(json["summary"]["files"], 26);
    assert_eq!(json["summary"]["warnings"], 4);
    assert_eq!(json["summary"]["errors"], 22);
    assert_eq!(json["summary"]["waived"], 1);
}

#[test]
fn stdin_is_read_for_a_dash() {
    let mut child = entitle()
        .args(["check", "-", "--format", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawns");
    let text = std::fs::read(common::root("tests/fixtures/codes/incident-scope.toml")).expect("fixture");
    child.stdin.take().expect("stdin").write_all(&text).expect("writes");
    let out = child.wait_with_output().expect("finishes");
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(json["files"][0]["path"], "<stdin>");
    assert_eq!(json["files"][0]["diagnostics"][0]["code"], "incident.scope");
    assert_eq!(json["files"][0]["diagnostics"][0]["span"]["line"], 45);
}

#[test]
fn as_of_overrides_the_manifest() {
    // The membership ends 2021-12-31: judged in 2022, none is active.
    let (code, stdout, _) =
        run(&["check", "--as-of", "2022-01-15", "--format", "json", "tests/fixtures/codes/eligible.toml"]);
    assert_eq!(code, Some(1));
    assert!(stdout.contains("\"membership.none-active\""), "{stdout}");
}

#[test]
fn a_pinned_version_that_does_not_exist_is_a_reference_error() {
    let text = std::fs::read_to_string(common::root("tests/fixtures/codes/eligible.toml"))
        .expect("fixture")
        .replace("as_of = 2021-06-15", "as_of = 2021-06-15\npolicy_version = \"2021-03-03\"");
    let report = common::check_text("pinned.toml", &text);
    assert_eq!(common::codes(&report), ["reference.unknown"]);
    assert_eq!(report.findings[0].message, "policy `mpn-technical-support` has no version `2021-03-03`");
    assert_eq!(
        report.findings[0].help.as_deref(),
        Some("the versions available are `2021-03-04` and `2021-06-17`; did you mean `2021-03-04`?")
    );
}

#[test]
fn no_output_shows_a_full_access_or_contract_id() {
    let fixtures = [
        "tests/fixtures/codes/contract-already-linked.toml",
        "tests/fixtures/codes/incident-no-contract.toml",
        "tests/fixtures/codes/contract-invalid-link.toml",
        "tests/fixtures/broken/structure.toml",
    ];
    for fixture in fixtures {
        for format in ["human", "json"] {
            let (_, stdout, stderr) = run(&["check", fixture, "--format", format]);
            for secret in ["AID-7731-0042", "CID-5519-8810", "7731", "5519", "77310042999"] {
                assert!(!stdout.contains(secret) && !stderr.contains(secret), "{fixture} ({format}) shows `{secret}`");
            }
        }
    }
}

#[test]
fn explain_prints_the_code_and_the_policy_rule() {
    let (code, stdout, _) = run(&["explain", "quota.exceeded"]);
    assert_eq!(code, Some(0));
    assert!(stdout.starts_with("quota.exceeded (error)"), "{stdout}");
    assert!(
        stdout.contains(
            "In mpn-technical-support@2021-06-17, mpn-technical-support@2021-03-04, a rule of kind `quota` (error)"
        ),
        "{stdout}"
    );
    let (code, _, stderr) = run(&["explain", "quota.exceded"]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("did you mean `quota.exceeded`?"), "{stderr}");
    let (code, stdout, _) = run(&["explain", "--list"]);
    assert_eq!(code, Some(0));
    let codes = entitle::policy::Library::builtin().expect("policies").codes();
    assert_eq!(stdout.lines().count(), codes.len());
    // Built-in codes and the shipped policy's own, each once.
    for (line, doc) in stdout.lines().zip(&codes) {
        assert!(line.starts_with(doc.code.as_str()), "{line}");
    }
    assert!(stdout.contains("syntax ") && stdout.contains("quota.exceeded "), "{stdout}");
}

#[test]
fn checked_in_schemas_are_current() {
    assert_eq!(
        run(&["schema", "manifest", "--check"]).0,
        Some(0),
        "run `entitle schema manifest > schemas/manifest.schema.json`"
    );
    assert_eq!(
        run(&["schema", "policy", "--check"]).0,
        Some(0),
        "run `entitle schema policy > schemas/policy.schema.json`"
    );
    // A copy kept anywhere says what it is.
    for (kind, id) in [("manifest", "urn:entitle:schema:manifest:1"), ("policy", "urn:entitle:schema:policy:1")] {
        let out = entitle().args(["schema", kind]).output().expect("runs");
        assert_eq!(out.status.code(), Some(0), "entitle schema {kind}");
        let schema: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        assert_eq!(schema["$id"], id);
    }
}

#[test]
fn examples_exit_as_documented() {
    assert_eq!(run(&["check", "examples/eligible.toml"]).0, Some(0));
    assert_eq!(run(&["check", "examples/waived.toml"]).0, Some(0), "waived findings do not fail");
    for (example, expected) in [
        ("examples/signature-on-action-pack.toml", vec!["activation.not-eligible", "incident.product-unsupported"]),
        ("examples/linked-twice.toml", vec!["contract.already-linked", "quota.exceeded"]),
        ("examples/csp-only.toml", vec!["partner.not-mpn", "activation.role"]),
        ("examples/typos.toml", vec!["schema", "schema"]),
    ] {
        let (code, stdout, _) = run(&["check", example, "--format", "json"]);
        assert_eq!(code, Some(1), "{example}");
        let json: serde_json::Value = serde_json::from_str(&stdout).expect("json");
        let codes: Vec<&str> = json["files"][0]["diagnostics"]
            .as_array()
            .expect("diagnostics")
            .iter()
            .filter_map(|d| d["code"].as_str())
            .collect();
        assert_eq!(codes, expected, "{example}");
    }
}

#[test]
fn commands_that_print_a_view_take_only_the_formats_they_can_print() {
    let commands: [&[&str]; 4] = [
        &["entitlements", "examples/eligible.toml"],
        &["policy", "list"],
        &["policy", "lint"],
        &["policy", "diff", "2021-03-04", "2021-06-17"],
    ];
    for command in commands {
        for format in ["sarif", "junit", "github", "markdown"] {
            let args: Vec<&str> = command.iter().copied().chain(["--format", format]).collect();
            let (code, stdout, stderr) = run(&args);
            assert_eq!(code, Some(2), "{args:?}");
            assert!(stdout.is_empty(), "{args:?}: {stdout}");
            assert!(
                stderr.contains(&format!("invalid value '{format}'")) && stderr.contains("human, json"),
                "{stderr}"
            );
        }
        for format in ["human", "json"] {
            let args: Vec<&str> = command.iter().copied().chain(["--format", format]).collect();
            let (code, stdout, _) = run(&args);
            assert_eq!(code, Some(0), "{args:?}");
            assert!(!stdout.is_empty(), "{args:?}");
            if format == "json" {
                let _: serde_json::Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{args:?}: {e}"));
            }
        }
    }
}

#[test]
fn the_pre_commit_hook_sees_manifests_only() {
    // pre-commit matches `files:` with Python's `re.search` on the path from
    // the repository's root; this pattern means the same in Rust's syntax.
    let hooks = std::fs::read_to_string(common::root(".pre-commit-hooks.yaml")).expect("hooks file");
    let pattern = hooks.lines().find_map(|l| l.trim().strip_prefix("files:")).map(str::trim).expect("a files: pattern");
    let files = regex::Regex::new(pattern).expect("a valid pattern");
    for manifest in ["manifests/contoso.toml", "partners/manifests/emea/fabrikam.toml"] {
        assert!(files.is_match(manifest), "{manifest}");
    }
    for other in ["Cargo.toml", "pyproject.toml", "policies/p/2021-03-04.toml", "manifests.toml", "mymanifests/x.toml"]
    {
        assert!(!files.is_match(other), "{other}");
    }
}

#[test]
fn explain_names_every_version_whose_rules_report_the_code() {
    let explain = |code: &str| {
        let out = entitle().args(["explain", code]).output().expect("runs");
        assert_eq!(out.status.code(), Some(0), "{code}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    // Removed by 2021-06-17, still used by 2021-03-04.
    let pending = explain("activation.pending");
    assert!(pending.contains("In mpn-technical-support@2021-03-04, "), "{pending}");
    assert!(!pending.contains("2021-06-17"), "{pending}");
    // The same rule in both versions is shown once, naming both.
    let quota = explain("quota.exceeded");
    assert_eq!(quota.matches("message  ").count(), 1, "{quota}");
    assert!(quota.contains("In mpn-technical-support@2021-06-17, mpn-technical-support@2021-03-04, "), "{quota}");
    // A rule each version words its own way is shown per version.
    let eligible = explain("activation.not-eligible");
    assert_eq!(eligible.matches("message  ").count(), 2, "{eligible}");
}
