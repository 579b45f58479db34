//! Every output format: a snapshot, and a check of its meaning by a reader of
//! that format (the official SARIF schema, an XML parser, the workflow-command
//! syntax).

use crate::common;

use common::{check, entitle};
use entitle::FileReport;
use entitle::render::{github, json, junit, markdown, sarif};

fn reports() -> Vec<FileReport> {
    ["incident-scope", "contract-already-linked", "waiver-expiring"]
        .iter()
        .map(|f| check(&format!("tests/fixtures/codes/{f}.toml")))
        .collect()
}

#[test]
fn sarif_snapshot() {
    let text = sarif::render(&reports());
    // The registry's documentation is long; the results are what this pins.
    let log: serde_json::Value = serde_json::from_str(&text).expect("json");
    insta::assert_snapshot!(serde_json::to_string_pretty(&log["runs"][0]["results"]).expect("json"));
}

#[test]
fn sarif_validates_against_the_official_schema() {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../schemas/sarif-schema-2.1.0.json")).expect("the SARIF schema");
    let validator = jsonschema::options().should_validate_formats(true).build(&schema).expect("compiles");
    let log: serde_json::Value = serde_json::from_str(&sarif::render(&reports())).expect("json");
    let errors: Vec<String> = validator.iter_errors(&log).map(|e| format!("{} at {}", e, e.instance_path())).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let run = &log["runs"][0];
    assert_eq!(
        run["tool"]["driver"]["rules"].as_array().map(Vec::len),
        Some(entitle::policy::Library::builtin().expect("policies").codes().len())
    );
    let results = run["results"].as_array().expect("results");
    assert_eq!(results.len(), 4);
    assert_eq!(results[0]["ruleId"], "incident.scope");
    assert_eq!(results[0]["locations"][0]["physicalLocation"]["region"]["startLine"], 45);
    assert_eq!(results[0]["relatedLocations"][0]["message"]["text"], "`product-support` covers `on-premises` products");
    assert_eq!(results[2]["suppressions"][0]["status"], "accepted");
}

#[test]
fn sarif_fingerprints_are_stable_and_distinct() {
    let first = sarif::render(&reports());
    let second = sarif::render(&reports());
    assert_eq!(first, second);
    let log: serde_json::Value = serde_json::from_str(&first).expect("json");
    let prints: Vec<&str> = log["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .filter_map(|r| r["partialFingerprints"]["entitleFinding/v1"].as_str())
        .collect();
    let mut unique = prints.clone();
    unique.dedup();
    assert_eq!(prints.len(), 4);
    assert_eq!(unique.len(), 4);
}

#[test]
fn junit_snapshot() {
    insta::assert_snapshot!(junit::render(&reports()));
}

#[test]
fn junit_parses_as_one_suite_with_a_case_per_manifest() {
    let xml = junit::render(&reports());
    let report = quick_junit::Report::deserialize_from_str(&xml).expect("valid JUnit XML");
    assert_eq!(report.test_suites.len(), 1);
    let suite = &report.test_suites[0];
    assert_eq!(suite.test_cases.len(), 3);
    assert_eq!(suite.failures, 1, "only the manifest with an unwaived error fails");
    let failed = &suite.test_cases[0];
    assert_eq!(failed.name.as_str(), "tests/fixtures/codes/incident-scope.toml");
    match &failed.status {
        quick_junit::TestCaseStatus::NonSuccess { message, description, .. } => {
            assert_eq!(message.as_ref().map(|m| m.as_str()), Some("1 error: incident.scope"));
            let body = description.as_ref().map(|d| d.as_str()).unwrap_or_default();
            assert!(
                body.starts_with("tests/fixtures/codes/incident-scope.toml:45:11: error[incident.scope]:"),
                "{body}"
            );
        }
        other => panic!("expected a failure, got {other:?}"),
    }
}

#[test]
fn github_snapshot() {
    insta::assert_snapshot!(github::render(&reports()));
}

#[test]
fn github_commands_parse_back() {
    let text = github::render(&reports());
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4);
    for line in &lines {
        let rest = line.strip_prefix("::").expect("a workflow command");
        let (head, message) = rest.split_once("::").expect("command::message");
        let (command, properties) = head.split_once(' ').expect("command and properties");
        assert!(["error", "warning", "notice"].contains(&command), "{command}");
        let props: Vec<(&str, &str)> = properties.split(',').filter_map(|p| p.split_once('=')).collect();
        let keys: Vec<&str> = props.iter().map(|p| p.0).collect();
        assert_eq!(keys, ["file", "line", "col", "endLine", "endColumn", "title"]);
        assert!(!message.contains('\n') && !message.is_empty());
    }
    assert!(lines[0].starts_with("::error file=tests/fixtures/codes/incident-scope.toml,line=45,col=11,endLine=45,endColumn=18,title=entitle (incident.scope)::`azure` is not covered by `product-support`%0Ahelp: "));
    assert!(lines[2].starts_with("::notice "), "a waived finding is a notice");
}

#[test]
fn markdown_snapshot() {
    insta::assert_snapshot!(markdown::render(&reports()));
}

#[test]
fn json_counts_waived_findings_apart() {
    let doc: serde_json::Value = serde_json::from_str(&json::render(&reports())).expect("json");
    assert_eq!(doc["summary"], serde_json::json!({"files": 3, "errors": 1, "warnings": 2, "waived": 1}));
    assert_eq!(doc["files"][2]["diagnostics"][0]["waived"]["ticket"], "OPS-1234");
}

#[test]
fn output_is_written_atomically_and_matches_stdout() {
    let dir = common::temp_dir("output");
    let target = dir.join("report.sarif");
    let out = entitle()
        .args(["check", "tests/fixtures/codes/incident-scope.toml", "--format", "sarif", "--output"])
        .arg(&target)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert_eq!(String::from_utf8_lossy(&out.stderr).trim(), "1 file checked: 1 error, 0 warnings");
    let written = std::fs::read_to_string(&target).expect("written");
    let stdout = entitle()
        .args(["check", "tests/fixtures/codes/incident-scope.toml", "--format", "sarif"])
        .output()
        .expect("runs");
    assert_eq!(stdout.status.code(), Some(1), "the fixture has an error");
    assert_eq!(written, String::from_utf8_lossy(&stdout.stdout));
    let leftovers = std::fs::read_dir(&dir).expect("dir").count();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(leftovers, 1, "no temporary file left behind");

    let out = entitle()
        .args(["check", "tests/fixtures/codes/incident-scope.toml", "--output", "/nonexistent-dir/report.json"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn no_format_shows_a_full_access_or_contract_id() {
    let fixtures = [
        "tests/fixtures/codes/contract-already-linked.toml",
        "tests/fixtures/codes/incident-no-contract.toml",
        "tests/fixtures/codes/contract-invalid-link.toml",
        "tests/fixtures/broken/structure.toml",
        "tests/fixtures/codes/waiver-expiring.toml",
    ];
    let secrets = ["AID-7731-0042", "CID-5519-8810", "7731", "5519", "77310042999"];
    for format in ["human", "json", "sarif", "junit", "github", "markdown"] {
        let out = entitle().arg("check").args(fixtures).args(["--format", format]).output().expect("runs");
        assert_eq!(out.status.code(), Some(1), "--format {format}: {}", String::from_utf8_lossy(&out.stderr));
        assert!(out.stdout.len() > 500, "--format {format} printed a report");
        let all = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        for secret in secrets {
            assert!(!all.contains(secret), "--format {format} shows `{secret}`");
        }
    }
    for fixture in fixtures {
        for format in ["human", "json"] {
            let out = entitle().args(["entitlements", fixture, "--format", format]).output().expect("runs");
            assert!(matches!(out.status.code(), Some(0 | 1)), "entitlements {fixture}: {:?}", out.status);
            assert!(!out.stdout.is_empty(), "entitlements {fixture} --format {format} printed a view");
            let all = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
            for secret in secrets {
                assert!(!all.contains(secret), "entitlements {fixture} --format {format} shows `{secret}`");
            }
        }
    }
}

#[test]
fn junit_failures_agree_with_the_exit_code() {
    // `activation-pending` holds warnings only; `--deny-warnings` fails it.
    let failures = |xml: &str| -> usize {
        let at = xml.find("failures=\"").expect("a failures count") + "failures=\"".len();
        xml[at..].split('"').next().and_then(|n| n.parse().ok()).expect("a number")
    };
    for (deny, code, failed) in [(false, 0, 0), (true, 1, 1)] {
        let mut args = vec!["check", "tests/fixtures/codes/activation-pending.toml", "--format", "junit"];
        if deny {
            args.push("--deny-warnings");
        }
        let out = entitle().args(&args).output().expect("runs");
        let xml = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(code), "deny-warnings {deny}");
        assert_eq!(failures(&xml), failed, "deny-warnings {deny}: {xml}");
        assert_eq!(xml.contains("<failure"), deny, "{xml}");
    }
    // A file read no further than its syntax has no policy: its case has a class.
    let out =
        entitle().args(["check", "tests/fixtures/codes/syntax.toml", "--format", "junit"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("classname=\"entitle\""));
}

#[test]
fn every_json_report_follows_the_published_schema() {
    // schemas/report.schema.json is the reference of the JSON report: every
    // report of every fixture, in every language, must follow it.
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(common::root("schemas/report.schema.json")).expect("schema"))
            .expect("the schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("a valid JSON Schema");
    let mut dirs = vec![common::root("tests/fixtures"), common::root("tests/hostile"), common::root("examples")];
    let mut files = Vec::new();
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("a directory") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "toml") {
                files.push(path);
            }
        }
    }
    assert!(files.len() > 40, "{}", files.len());
    for lang in ["en", "es", "it"] {
        // In batches, as CI runs it: several files in one report.
        for batch in files.chunks(16) {
            let out = entitle().args(["--lang", lang, "check", "--format", "json"]).args(batch).output().expect("runs");
            assert!(matches!(out.status.code(), Some(0 | 1)), "{lang} {batch:?}: {out:?}");
            let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
            let errors: Vec<String> =
                validator.iter_errors(&report).map(|e| format!("{e} at {}", e.instance_path())).collect();
            assert!(errors.is_empty(), "{lang} {batch:?}: {errors:#?}");
        }
    }
    // And the schema is not a blank cheque: a report with a field renamed fails.
    let out = entitle().args(["check", "--format", "json", "examples/linked-twice.toml"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let text = String::from_utf8_lossy(&out.stdout).replacen("\"severity\"", "\"level\"", 1);
    let renamed: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    assert!(!validator.is_valid(&renamed));
}

#[test]
fn the_readme_json_report_sample_follows_the_schema() {
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(common::root("schemas/report.schema.json")).expect("schema"))
            .expect("the schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("a valid JSON Schema");
    let readme = std::fs::read_to_string(common::root("README.md")).expect("README");
    let samples: Vec<serde_json::Value> = readme
        .split("```json\n")
        .skip(1)
        .filter_map(|rest| rest.split("```").next())
        .filter_map(|block| serde_json::from_str::<serde_json::Value>(block).ok())
        .filter(|v| v.get("files").is_some() && v.get("summary").is_some())
        .collect();
    assert!(!samples.is_empty(), "the README shows a JSON report");
    for sample in &samples {
        let errors: Vec<String> = validator.iter_errors(sample).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{errors:#?}");
    }
}
