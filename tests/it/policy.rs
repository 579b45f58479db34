//! The policy compiler: the shipped policy compiles, a broken one is
//! reported with spans into the policy file, and new tiers, competencies and
//! products are policy edits that need no change to the code.

use crate::common;

use common::{codes, entitle, library, root};
use entitle::policy::Library;
use entitle::{Checker, Options};

const SHIPPED: &str = include_str!("../../policies/mpn-technical-support/2021-03-04.toml");

#[test]
fn the_shipped_policy_compiles_with_the_contract_ids() {
    let set = &library().versions("mpn-technical-support")[0];
    assert_eq!(set.version, "2021-03-04");
    assert_eq!(set.tiers.ids(), ["action-pack", "silver", "gold"]);
    assert_eq!(
        set.benefits.ids(),
        ["product-support", "signature-cloud-support", "cloud-solution-provider", "premier", "advanced"]
    );
    assert_eq!(set.competencies.iter().filter(|c| c.class == "cloud").count(), 6);
    assert_eq!(set.competencies.iter().filter(|c| c.class == "other").count(), 12);
    assert_eq!(set.products.iter().filter(|p| !p.recent).count(), 5);
}

/// Compiles the shipped policy with one edit, and returns the first finding's
/// code, its line and column, the text it underlines and its help.
fn broken(from: &str, to: &str) -> (String, usize, String, String) {
    assert!(SHIPPED.contains(from), "{from}");
    let text = SHIPPED.replacen(from, to, 1);
    let failures =
        Library::from_sources(vec![("broken.toml".to_string(), text)]).expect_err("the edit breaks the policy");
    let report = &failures[0];
    let finding = &report.findings[0];
    let underlined = report.text[finding.span.offset..finding.span.end()].to_string();
    (
        finding.code.to_string(),
        report.position(finding.span.offset).0,
        underlined,
        finding.help.clone().unwrap_or_default(),
    )
}

fn line_of(from: &str) -> usize {
    SHIPPED[..SHIPPED.find(from).expect("present")].matches('\n').count() + 1
}

#[test]
fn an_unknown_tier_in_a_grant_is_a_reference_error() {
    let from = "{ tier = \"gold\", incidents = 20 }";
    let (code, line, under, help) = broken(from, "{ tier = \"glod\", incidents = 20 }");
    assert_eq!((code.as_str(), line, under.as_str()), ("policy.reference", line_of(from), "\"glod\""));
    assert_eq!(help, "did you mean `gold`?");
}

#[test]
fn a_duplicate_id_labels_the_first_definition() {
    let from = "id = \"silver\"";
    let (code, line, under, _) = broken(from, "id = \"gold\"");
    assert_eq!(
        (code.as_str(), line, under.as_str()),
        ("policy.duplicate", line_of("id = \"gold\"\nname = \"Gold"), "\"gold\"")
    );
}

#[test]
fn an_unknown_code_gets_a_suggestion() {
    let from = "code = \"quota.exceeded\"";
    let (code, line, under, help) = broken(from, "code = \"quota.exceded\"");
    assert_eq!((code.as_str(), line, under.as_str()), ("policy.rule", line_of(from), "\"quota.exceded\""));
    assert!(help.starts_with("did you mean `quota.exceeded`? if `quota.exceded` is a new code, declare it"), "{help}");
}

#[test]
fn an_unknown_kind_gets_a_suggestion() {
    let from = "kind = \"processing-delay\"";
    let (code, line, _, help) = broken(from, "kind = \"processing-delays\"");
    assert_eq!((code.as_str(), line), ("policy.rule", line_of(from)));
    assert_eq!(help, "did you mean `processing-delay`?");
}

#[test]
fn a_missing_parameter_of_a_kind_is_reported() {
    let (code, _, _, help) = broken("days = 3\n", "");
    assert_eq!(code, "policy.rule");
    assert!(help.contains("`processing-delay` takes `days` and `when`"), "{help}");
}

#[test]
fn a_placeholder_the_kind_lacks_is_underlined_in_the_message() {
    let from = "which allows {quota}\"";
    let (code, line, under, help) = broken(from, "which allows {quotas}\"");
    assert_eq!((code.as_str(), line, under.as_str()), ("policy.placeholder", line_of(from), "quotas"));
    assert_eq!(help, "did you mean `quota`?");
}

#[test]
fn a_policy_with_an_unknown_key_is_a_schema_error() {
    let from = "combine = \"best\"";
    let (code, line, under, _) = broken(from, "combin = \"best\"");
    assert_eq!((code.as_str(), line, under.as_str()), ("schema", line_of(from), "combin"));
}

#[test]
fn a_policy_without_a_reference_rule_is_refused() {
    let from = "[[rules]]\ncode = \"reference.unknown\"\nkind = \"reference\"\nmessage = \"unknown {what} `{value}`\"\nlabel = \"no such {what} in {policy}\"\nhelp = \"the known ids are {known}\"\n";
    let (code, _, _, help) = broken(from, "");
    assert_eq!(code, "policy.rule");
    assert!(help.contains("unknown ids would pass unnoticed"));
}

#[test]
fn a_new_tier_competency_and_product_are_policy_edits() {
    let platinum = Library::from_dir(&root("tests/policies/platinum")).expect("the platinum policy compiles");
    let bytes = std::fs::read(root("tests/fixtures/platinum/partner.toml")).expect("fixture");
    let report = Checker::new(&platinum, Options::default()).check("partner.toml", &bytes);
    // 31 incidents, platinum grants 30: exactly the last one is over.
    assert_eq!(codes(&report), ["quota.exceeded"]);
    let finding = &report.findings[0];
    assert!(finding.message.contains("is number 31 under `product-support`, which allows 30"), "{}", finding.message);
    assert_eq!(finding.labels[0].message, "`platinum` / `ai-and-machine-learning` grants 30 incidents");

    // The built-in policy knows none of them.
    let report = common::check("tests/fixtures/platinum/partner.toml");
    let unknown: Vec<&str> = report.findings.iter().map(|f| f.message.as_str()).take(3).collect();
    assert_eq!(
        unknown,
        [
            "unknown offer `platinum`",
            "unknown competency `ai-and-machine-learning`",
            "unknown product `windows-server-2022`"
        ]
    );
}

#[test]
fn the_command_line_judges_with_another_policy_dir() {
    let out = entitle()
        .args([
            "check",
            "tests/fixtures/platinum/partner.toml",
            "--policy-dir",
            "tests/policies/platinum",
            "--format",
            "json",
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(json["files"][0]["policy"]["version"], "2021-09-01");
    assert_eq!(json["files"][0]["diagnostics"][0]["code"], "quota.exceeded");
}

#[test]
fn a_broken_policy_dir_is_exit_2_with_diagnostics_on_stderr() {
    let dir = common::temp_dir("broken");
    std::fs::write(
        dir.join("p.toml"),
        SHIPPED.replacen("{ tier = \"gold\", incidents = 20 }", "{ tier = \"glod\", incidents = 20 }", 1),
    )
    .expect("write");
    let out = entitle()
        .args(["check", "tests/fixtures/codes/eligible.toml", "--policy-dir"])
        .arg(&dir)
        .output()
        .expect("runs");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("policy.reference") && stderr.contains("unknown tier `glod`"), "{stderr}");
    assert!(stderr.contains("error: the policy does not compile: 1 error"), "{stderr}");
    assert!(out.stdout.is_empty());
}

#[test]
fn a_new_rule_with_a_new_code_is_a_policy_edit() {
    let dir = "tests/policies/platinum";
    let fixture = "tests/fixtures/platinum/new-code.toml";
    // Reported with the severity the policy declares, where the rule says.
    let out = entitle().args(["check", fixture, "--policy-dir", dir, "--format", "json"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(0), "a warning does not fail");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let diagnostics = json["files"][0]["diagnostics"].as_array().expect("diagnostics");
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    assert_eq!(diagnostics[0]["code"], "incident.cloud-admin");
    assert_eq!(diagnostics[0]["severity"], "warning");
    assert_eq!(diagnostics[0]["span"]["line"], 47);
    // `--deny-warnings` fails on it.
    let out = entitle().args(["check", fixture, "--policy-dir", dir, "--deny-warnings"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    // SARIF lists it among its rules, with its summary and level.
    let out = entitle().args(["check", fixture, "--policy-dir", dir, "--format", "sarif"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).expect("sarif");
    let rules = log["runs"][0]["tool"]["driver"]["rules"].as_array().expect("rules");
    let result = &log["runs"][0]["results"][0];
    let index = result["ruleIndex"].as_u64().expect("a rule index") as usize;
    assert_eq!(rules[index]["id"], "incident.cloud-admin");
    assert_eq!(rules[index]["defaultConfiguration"]["level"], "warning");
    assert!(rules[index]["shortDescription"]["text"].as_str().is_some_and(|t| t.contains("global admin")));
    // `explain` documents it from the policy; without the policy it is unknown.
    let out = entitle().args(["explain", "incident.cloud-admin", "--policy-dir", dir]).output().expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("incident.cloud-admin (warning)"), "{text}");
    assert!(text.contains("Fix: have a global admin open the incident"), "{text}");
    assert!(text.contains("required-role"), "the rule that reports it: {text}");
    let out = entitle().args(["explain", "incident.cloud-admin"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    // A waiver may name it.
    let waived = format!(
        "{}\n[[waivers]]\ncode = \"incident.cloud-admin\"\nreason = \"bob is being promoted\"\nowner = \"alice@contoso.com\"\nexpires = 2021-12-31\n",
        std::fs::read_to_string(root(fixture)).expect("fixture")
    );
    let platinum = Library::from_dir(&root(dir)).expect("the platinum policy compiles");
    let report = Checker::new(&platinum, Options::default()).check("waived.toml", waived.as_bytes());
    assert_eq!(codes(&report), ["incident.cloud-admin"]);
    assert!(report.findings[0].waiver.is_some());
}

#[test]
fn a_rule_with_an_undeclared_code_is_refused_with_how_to_declare_it() {
    let platinum = std::fs::read_to_string(root("tests/policies/platinum/2021-09-01.toml")).expect("policy");
    let base = std::fs::read_to_string(root("policies/mpn-technical-support/2021-03-04.toml")).expect("policy");
    for (from, to, message, help) in [
        // The code is used but not declared.
        (
            "id = \"incident.cloud-admin\"",
            "id = \"incident.other\"",
            "unknown diagnostic code `incident.cloud-admin`",
            "declare it under `[[codes]]`",
        ),
        // Declared under a misspelling: did you mean.
        (
            "code = \"incident.cloud-admin\"",
            "code = \"incident.cloud-admn\"",
            "unknown diagnostic code `incident.cloud-admn`",
            "did you mean `incident.cloud-admin`?",
        ),
        // A built-in code cannot be declared.
        ("id = \"incident.cloud-admin\"", "id = \"syntax\"", "`syntax` is a built-in code", "reference.unknown"),
        // Nor a name that is not code-shaped.
        (
            "id = \"incident.cloud-admin\"",
            "id = \"Incident Cloud\"",
            "`Incident Cloud` is not a code",
            "lowercase words",
        ),
    ] {
        let edited = platinum.replacen(from, to, 1);
        let sources = vec![("base.toml".to_string(), base.clone()), ("platinum.toml".to_string(), edited)];
        let errors = match Library::from_sources(sources) {
            Ok(_) => panic!("{to}: compiled"),
            Err(reports) => reports,
        };
        let findings: Vec<&entitle::Finding> = errors.iter().flat_map(|r| &r.findings).collect();
        assert!(
            findings.iter().any(|f| f.code.as_str() == "policy.rule"
                && f.message.starts_with(message)
                && f.help.as_deref().is_some_and(|h| h.contains(help))),
            "{to}: {:#?}",
            findings.iter().map(|f| (&f.message, &f.help)).collect::<Vec<_>>()
        );
    }
}

#[test]
fn a_policy_id_with_a_control_or_invisible_character_is_refused() {
    let base = std::fs::read_to_string(root("policies/mpn-technical-support/2021-03-04.toml")).expect("policy");
    for evil in ["\\u202E", "\\u001B[2J", "\\n", "\\u200B"] {
        let text = base.replacen("id = \"mpn-technical-support\"", &format!("id = \"mpn{evil}x\""), 1);
        let line = text.lines().position(|l| l.starts_with("id = \"mpn")).expect("the id") + 1;
        let reports = match Library::from_sources(vec![("p.toml".into(), text)]) {
            Ok(_) => panic!("{evil}: compiled"),
            Err(reports) => reports,
        };
        let finding = &reports[0].findings[0];
        assert_eq!(finding.code.as_str(), "policy.rule", "{evil}");
        assert!(finding.message.starts_with("policy id `mpn\\"), "{evil}: {}", finding.message);
        assert!(finding.message.chars().all(|c| !c.is_control()), "{evil}: {:?}", finding.message);
        assert_eq!(reports[0].position(finding.span.offset).0, line, "{evil}");
        assert_eq!(finding.help.as_deref(), Some("name a policy in kebab-case, e.g. `mpn-technical-support`"));
    }
}
