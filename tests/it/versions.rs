//! Policy versions: selection, `extends`, digests, lint, diff and replay.

use crate::common;

use common::{check_text, codes, entitle, library, root};
use entitle::policy::diff::{self, ChangeKind};
use entitle::{Checker, Options};
use entitle::{lint, policy::Library};

const V1: &str = include_str!("../../policies/mpn-technical-support/2021-03-04.toml");
const V2: &str = include_str!("../../policies/mpn-technical-support/2021-06-17.toml");

fn eligible_at(extra: &str) -> String {
    std::fs::read_to_string(root("tests/fixtures/codes/eligible.toml"))
        .expect("fixture")
        .replace("as_of = 2021-06-15", extra)
}

fn version_of(report: &entitle::FileReport) -> &str {
    report.policy.as_ref().map(|p| p.version.as_str()).unwrap_or_default()
}

#[test]
fn the_newest_version_in_effect_at_as_of_judges() {
    assert_eq!(version_of(&check_text("a.toml", &eligible_at("as_of = 2021-06-16"))), "2021-03-04");
    assert_eq!(version_of(&check_text("a.toml", &eligible_at("as_of = 2021-06-17"))), "2021-06-17");
    let before = check_text("a.toml", &eligible_at("as_of = 2021-01-01"));
    assert_eq!(codes(&before), ["reference.unknown"]);
    assert_eq!(before.findings[0].message, "no version of policy `mpn-technical-support` is in effect on 2021-01-01");
}

#[test]
fn a_pin_wins_over_the_flag_and_the_flag_over_the_date() {
    let options = |version: &str| Options {
        policy: Some("mpn-technical-support".into()),
        policy_version: Some(version.into()),
        ..Options::default()
    };
    let text = eligible_at("as_of = 2021-07-15");
    let by_flag = Checker::new(library(), options("2021-03-04")).check("a.toml", text.as_bytes());
    assert_eq!(version_of(&by_flag), "2021-03-04");
    let pinned = eligible_at("as_of = 2021-07-15\npolicy_version = \"2021-06-17\"");
    let by_pin = Checker::new(library(), options("2021-03-04")).check("a.toml", pinned.as_bytes());
    assert_eq!(version_of(&by_pin), "2021-06-17");
}

#[test]
fn reports_name_the_digest_of_what_judged_them() {
    let out = entitle().args(["check", "examples/eligible.toml", "--format", "json"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let set = &library().versions("mpn-technical-support")[0];
    assert_eq!(doc["files"][0]["policy"]["digest"], set.digest());
    assert_eq!(set.digest().len(), 12);
    assert_ne!(set.digest(), library().versions("mpn-technical-support")[1].digest());
}

#[test]
fn extends_merges_overrides_and_removals() {
    let v2 = &library().versions("mpn-technical-support")[1];
    assert_eq!(v2.extends.as_deref(), Some("2021-03-04"));
    assert!(!v2.has("processing-delay"), "2021-06-17 drops the processing window");
    let exchange = v2.products.get("exchange-server-2016").expect("inherited, then overridden");
    assert_eq!(exchange.mainstream_end.map(|d| d.to_string()).as_deref(), Some("2020-10-13"));
    assert!(v2.products.get("azure").is_some(), "inherited unchanged");
    assert_eq!(v2.tiers.ids(), ["action-pack", "silver", "gold"]);
    // An entry of the overlay is located in the overlay, an inherited one in the base.
    assert_eq!(
        v2.location(
            "products",
            v2.source_file.products.iter().position(|p| p.id == "exchange-server-2016").expect("there")
        )
        .map(|l| l.0),
        Some("policies/mpn-technical-support/2021-06-17.toml")
    );
    assert_eq!(v2.location("products", 0).map(|l| l.0), Some("policies/mpn-technical-support/2021-03-04.toml"));
}

fn failures(sources: Vec<(&str, String)>) -> Vec<entitle::FileReport> {
    Library::from_sources(sources.into_iter().map(|(o, t)| (o.to_string(), t)).collect()).expect_err("does not compile")
}

fn line_in(text: &str, needle: &str) -> usize {
    text[..text.find(needle).expect("present")].matches('\n').count() + 1
}

#[test]
fn an_unknown_base_is_reported_at_extends() {
    let v2 = V2.replace("extends = \"2021-03-04\"", "extends = \"2021-03-03\"");
    let reports = failures(vec![("v1.toml", V1.to_string()), ("v2.toml", v2.clone())]);
    assert_eq!(reports.len(), 1);
    let finding = &reports[0].findings[0];
    assert_eq!((reports[0].path.as_str(), finding.code.as_str()), ("v2.toml", "policy.reference"));
    assert_eq!(finding.message, "policy `mpn-technical-support` has no version `2021-03-03` to extend");
    assert_eq!(finding.help.as_deref(), Some("did you mean `2021-03-04`?"));
    assert_eq!(reports[0].position(finding.span.offset).0, line_in(&v2, "extends = "));
}

#[test]
fn a_cycle_of_extends_is_reported() {
    let v1 = V1.replace("effective = 2021-03-04\n", "effective = 2021-03-04\nextends = \"2021-06-17\"\n");
    let reports = failures(vec![("v1.toml", v1), ("v2.toml", V2.to_string())]);
    let messages: Vec<&str> = reports.iter().flat_map(|r| r.findings.iter().map(|f| f.message.as_str())).collect();
    assert!(
        messages.contains(&"versions extend each other in a circle: 2021-03-04 → 2021-06-17 → 2021-03-04"),
        "{messages:?}"
    );
}

#[test]
fn removing_what_the_base_lacks_is_reported() {
    let v2 = V2.replace(
        "rules = [\"activation.pending/processing-delay\"]",
        "rules = [\"activation.pending/processing-delays\"]",
    );
    let reports = failures(vec![("v1.toml", V1.to_string()), ("v2.toml", v2.clone())]);
    let finding = &reports[0].findings[0];
    assert_eq!(finding.code.as_str(), "policy.reference");
    assert_eq!(finding.help.as_deref(), Some("did you mean `activation.pending/processing-delay`?"));
    assert_eq!(reports[0].position(finding.span.offset).0, line_in(&v2, "rules = [\"activation.pending"));
}

#[test]
fn a_fault_in_the_base_is_reported_once_in_the_base() {
    let v1 = V1.replacen("{ tier = \"gold\", incidents = 20 }", "{ tier = \"glod\", incidents = 20 }", 1);
    let reports = failures(vec![("v1.toml", v1), ("v2.toml", V2.to_string())]);
    assert_eq!(reports.len(), 1);
    assert_eq!(reports[0].path, "v1.toml");
    assert_eq!(codes(&reports[0]), ["policy.reference"]);
}

#[test]
fn the_diff_of_the_shipped_versions_is_what_the_article_changed() {
    let versions = library().versions("mpn-technical-support");
    let changes = diff::diff(versions[0], versions[1]);
    let summary: Vec<(&str, ChangeKind, &str)> = changes.iter().map(|c| (c.section, c.change, c.id.as_str())).collect();
    assert_eq!(
        summary,
        [
            ("products", ChangeKind::Changed, "windows-server-2016"),
            ("products", ChangeKind::Changed, "sql-server-2017"),
            ("products", ChangeKind::Changed, "exchange-server-2016"),
            ("products", ChangeKind::Changed, "sharepoint-server-2016"),
            ("codes", ChangeKind::Removed, "activation.pending"),
            ("rules", ChangeKind::Changed, "activation.not-eligible/eligibility"),
            ("rules", ChangeKind::Removed, "activation.pending/processing-delay"),
            ("rules", ChangeKind::Changed, "incident.product-unsupported/recent-product"),
            ("rules", ChangeKind::Changed, "incident.no-contract/contract-link"),
            ("rules", ChangeKind::Changed, "csp.customer-role/required-role"),
        ]
    );
    let fields = |id: &str| -> Vec<String> {
        changes
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.fields.iter().map(|f| f.field.clone()).collect())
            .unwrap_or_default()
    };
    assert_eq!(fields("exchange-server-2016"), ["mainstream_end"]);
    assert_eq!(fields("incident.no-contract/contract-link"), ["help", "when.except_products"]);
    assert_eq!(fields("csp.customer-role/required-role"), ["help", "message", "when.product_kinds"]);
}

#[test]
fn a_quota_change_shows_per_tier() {
    let v2 = format!(
        "{}\n[[benefits]]\nid = \"product-support\"\nname = \"Microsoft Product Support\"\nscope = {{ kinds = [\"on-premises\"], recent_only = true }}\ngrants = [{{ tier = \"action-pack\", incidents = 10 }}, {{ tier = \"silver\", incidents = 15 }}, {{ tier = \"gold\", incidents = 25 }}]\n",
        V2
    );
    let library = Library::from_sources(vec![("v1.toml".into(), V1.into()), ("v2.toml".into(), v2)]).expect("compiles");
    let versions = library.versions("mpn-technical-support");
    let changes = diff::diff(versions[0], versions[1]);
    let quota = changes.iter().find(|c| c.id == "product-support").expect("changed");
    assert_eq!(quota.fields.len(), 1);
    assert_eq!(
        (quota.fields[0].field.as_str(), quota.fields[0].from.as_deref(), quota.fields[0].to.as_deref()),
        ("grants[gold]", Some("20"), Some("25"))
    );
}

#[test]
fn replaying_a_corpus_reports_the_flips() {
    let versions = library().versions("mpn-technical-support");
    let files = entitle::files::toml_files_below(&root("tests/fixtures/corpus")).expect("corpus");
    let manifests: Vec<(String, Vec<u8>)> = files
        .iter()
        .map(|f| {
            (
                f.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
                std::fs::read(f).expect("read"),
            )
        })
        .collect();
    let (flips, totals) = entitle::replay::replay(library(), versions[0], versions[1], &manifests, None);
    let seen: Vec<(&str, bool, Vec<&str>)> =
        flips.iter().map(|f| (f.path.as_str(), f.before, f.codes.iter().map(String::as_str).collect())).collect();
    assert_eq!(
        seen,
        [
            ("customer-on-premises.toml", false, vec!["csp.customer-role"]),
            ("exchange-2016.toml", true, vec!["incident.product-unsupported"]),
            ("microsoft-365-unlinked.toml", false, vec!["incident.no-contract"]),
        ]
    );
    assert_eq!((totals.manifests, totals.became_ineligible, totals.became_eligible, totals.unchanged), (5, 1, 2, 2));
}

/// Lints the shipped first version with one edit (and, if given, a second file).
fn lint_of(from: &str, to: &str, second: Option<String>) -> Vec<(String, &'static str, usize, String)> {
    assert!(V1.contains(from), "{from}");
    let mut sources = vec![("v1.toml".to_string(), V1.replacen(from, to, 1))];
    if let Some(text) = second {
        sources.push(("v2.toml".to_string(), text));
    }
    lint::lint(&sources)
        .iter()
        .flat_map(|r| {
            r.findings
                .iter()
                .map(move |f| (r.path.clone(), f.code.as_str(), r.position(f.span.offset).0, f.message.clone()))
        })
        .collect()
}

#[test]
fn the_shipped_policies_lint_clean() {
    let sources = Library::builtin_sources();
    assert!(lint::lint(&sources).iter().all(|r| r.findings.is_empty()));
}

#[test]
fn lint_finds_unused_definitions() {
    let found = lint_of(
        "[[product_kinds]]\nid = \"cloud\"",
        "[[product_kinds]]\nid = \"saas\"\nname = \"software as a service\"\n\n[[product_kinds]]\nid = \"cloud\"",
        None,
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        (found[0].1, found[0].3.as_str()),
        ("policy.unused", "product kind `saas` is unused: no product has it")
    );
    assert_eq!(found[0].2, line_in(V1, "[[product_kinds]]\nid = \"cloud\"") + 1);
}

#[test]
fn lint_finds_rules_that_can_never_fire() {
    let found = lint_of("days = 3", "days = 0", None);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "policy.unreachable");
    assert_eq!(
        found[0].3,
        "rule `activation.pending/processing-delay` can never fire: a delay of 0 days is always waited out"
    );
    assert_eq!(found[0].2, line_in(V1, "kind = \"processing-delay\""));
}

#[test]
fn lint_finds_a_higher_tier_granted_less() {
    let found = lint_of("{ tier = \"gold\", incidents = 20 }", "{ tier = \"gold\", incidents = 12 }", None);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        (found[0].1, found[0].3.as_str()),
        ("policy.quota-order", "`gold` gets 12 `product-support` incidents, fewer than the lower tier `silver` (15)")
    );
    assert_eq!(found[0].2, line_in(V1, "{ tier = \"gold\", incidents = 20 }"));
}

#[test]
fn lint_finds_ids_that_are_not_kebab_case() {
    let found = lint_of("id = \"devops\"", "id = \"DevOps\"", None);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        (found[0].1, found[0].3.as_str()),
        ("policy.id-case", "`DevOps` is not kebab-case; did you mean `dev-ops`?")
    );
}

fn overlay(version: &str, effective: &str, body: &str) -> String {
    format!(
        "[policy]\nid = \"mpn-technical-support\"\nversion = \"{version}\"\neffective = {effective}\nextends = \"2021-03-04\"\ntitle = \"t\"\n{body}"
    )
}

#[test]
fn lint_finds_effective_dates_out_of_order() {
    let later = overlay("2021-09-01", "2021-01-01", "[waivers]\nwarn_within_days = 7\n");
    let found = lint_of("days = 3", "days = 3", Some(later));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].0.as_str(), found[0].1, found[0].2), ("v2.toml", "policy.effective-order", 4));
}

#[test]
fn lint_finds_a_version_that_changes_nothing() {
    let same = overlay("2021-09-01", "2021-09-01", "");
    let found = lint_of("days = 3", "days = 3", Some(same));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        (found[0].0.as_str(), found[0].1, found[0].3.as_str()),
        ("v2.toml", "policy.identical", "version `2021-09-01` changes nothing in `2021-03-04`")
    );
}

#[test]
fn the_policy_commands() {
    let run = |args: &[&str]| {
        let out = entitle().args(args).output().expect("runs");
        (out.status.code(), String::from_utf8_lossy(&out.stdout).into_owned())
    };
    let (code, out) = run(&["policy", "list", "--format", "json"]);
    assert_eq!(code, Some(0));
    let list: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(list[1]["extends"], "2021-03-04");
    let (code, out) = run(&["policy", "lint"]);
    assert_eq!(code, Some(0));
    assert!(out.contains("6 files checked: 0 errors, 0 warnings"), "{out}");
    let (code, out) = run(&["policy", "lint", "tests/policies/platinum"]);
    assert_eq!(code, Some(0), "{out}");
    let (code, out) = run(&[
        "policy",
        "diff",
        "mpn-technical-support@2021-03-04",
        "mpn-technical-support@2021-06-17",
        "--against",
        "tests/fixtures/corpus",
    ]);
    assert_eq!(code, Some(0));
    assert!(out.contains("- activation.pending/processing-delay"), "{out}");
    assert!(out.ends_with("5 manifests: 1 eligible → not eligible, 2 not eligible → eligible, 2 unchanged\n"), "{out}");
    let (code, _) = run(&["policy", "diff", "2021-03-04", "2021-06-18"]);
    assert_eq!(code, Some(2));
}

/// `count` versions after 2021-03-04, each extending the one before it:
/// (file name, text), versions 2021-03-05, 2021-03-06, …
fn chain(count: usize) -> Vec<(String, String)> {
    let start = entitle::date::Date::from_ymd(2021, 3, 4).expect("a date");
    let mut sources = vec![("2021-03-04.toml".to_string(), V1.to_string())];
    for i in 1..=count {
        let (base, version) = (
            start.checked_plus_days(i as u32 - 1).expect("a date").to_string(),
            start.checked_plus_days(i as u32).expect("a date").to_string(),
        );
        let text =
            overlay(&version, &version, "").replace("extends = \"2021-03-04\"", &format!("extends = \"{base}\""));
        sources.push((format!("{version}.toml"), text));
    }
    sources
}

#[test]
fn an_extends_chain_deeper_than_the_limit_is_one_policy_error() {
    let limit = entitle::policy::compile::MAX_EXTENDS_DEPTH;
    let (library, failures) = Library::compile_sources(&chain(limit + 5));
    // The base and the versions up to the limit compile; the first one
    // beyond it is reported, and those that extend it fail with it.
    assert_eq!(library.versions("mpn-technical-support").len(), limit + 1);
    let found: Vec<(&str, &str)> =
        failures.iter().flat_map(|r| r.findings.iter().map(move |f| (r.path.as_str(), f.code.as_str()))).collect();
    assert_eq!(found, [("2021-03-21.toml", "policy.extends-depth")]);
    let finding = &failures[0].findings[0];
    assert_eq!(finding.message, "version `2021-03-21` extends a chain of more than 16 versions");
    assert!(finding.help.as_deref().unwrap_or_default().contains("at most 16 versions deep"));
    assert_eq!(failures[0].position(finding.span.offset).0, 5, "at `extends`");
    // Exactly at the limit, every version compiles.
    assert!(Library::from_sources(chain(limit)).is_ok());
}

#[test]
fn a_policy_dir_with_a_chain_too_deep_cannot_be_used() {
    let dir = common::temp_dir("deep-chain");
    for (name, text) in chain(entitle::policy::compile::MAX_EXTENDS_DEPTH + 1) {
        std::fs::write(dir.join(name), text).expect("written");
    }
    let lint = entitle().args(["policy", "lint"]).arg(&dir).output().expect("runs");
    assert_eq!(lint.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&lint.stdout).contains("policy.extends-depth"));
    let check = entitle().args(["check", "examples/eligible.toml", "--policy-dir"]).arg(&dir).output().expect("runs");
    assert_eq!(check.status.code(), Some(2), "a policy that does not compile ends the run");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_cycle_of_many_versions_is_one_short_finding() {
    // 50 versions, each extending the next, the last the first.
    let start = entitle::date::Date::from_ymd(2021, 3, 5).expect("a date");
    let version = |i: usize| start.checked_plus_days((i % 50) as u32).expect("a date").to_string();
    let sources: Vec<(String, String)> = (0..50)
        .map(|i| {
            let text = overlay(&version(i), "2021-03-05", "")
                .replace("extends = \"2021-03-04\"", &format!("extends = \"{}\"", version(i + 1)));
            (format!("{}.toml", version(i)), text)
        })
        .collect();
    let (_, failures) = Library::compile_sources(&sources);
    let findings: Vec<&entitle::Finding> = failures.iter().flat_map(|r| &r.findings).collect();
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(failures[0].path, "2021-03-05.toml", "at the cycle's first file");
    assert_eq!(
        findings[0].message,
        "versions extend each other in a circle: 2021-03-05 → 2021-03-06 → 2021-03-07 → 2021-03-08 → 2021-03-09 \
         → 2021-03-10 → 2021-03-11 → 2021-03-12 → … and 42 more → 2021-03-05"
    );
}

#[test]
fn an_id_defined_twice_in_an_extending_file_is_a_duplicate_as_in_a_base() {
    let platinum = "\n[[tiers]]\nid = \"platinum\"\nname = \"Platinum\"\ncompetency = \"required\"\n";
    let twice = format!("{platinum}{platinum}");
    let base = failures(vec![("v1.toml", format!("{V1}{twice}"))]);
    let extending =
        failures(vec![("v1.toml", V1.to_string()), ("v2.toml", overlay("2021-09-01", "2021-09-01", &twice))]);
    let shown = |reports: &[entitle::FileReport]| -> Vec<(String, &'static str, String, usize)> {
        reports
            .iter()
            .flat_map(|r| {
                r.findings.iter().map(move |f| (r.path.clone(), f.code.as_str(), f.message.clone(), f.labels.len()))
            })
            .collect()
    };
    assert_eq!(
        shown(&base),
        [("v1.toml".to_string(), "policy.duplicate", "tier `platinum` is defined twice".to_string(), 1)]
    );
    assert_eq!(
        shown(&extending),
        [("v2.toml".to_string(), "policy.duplicate", "tier `platinum` is defined twice".to_string(), 1)]
    );
    let finding = &extending[0].findings[0];
    assert_eq!(extending[0].position(finding.span.offset).0, 14, "the second `id`");
}

#[test]
fn lint_warns_when_a_file_is_named_after_another_version() {
    let sources = vec![
        ("p/2021-03-04.toml".to_string(), V1.to_string()),
        ("p/2021-09-01.toml".to_string(), overlay("2021-09-02", "2021-09-02", "[waivers]\nwarn_within_days = 7\n")),
        // A name that is not a version is the author's choice.
        ("p/current.toml".to_string(), overlay("2021-10-01", "2021-10-01", "[waivers]\nwarn_within_days = 9\n")),
    ];
    let found: Vec<(String, &str, usize, String)> = lint::lint(&sources)
        .iter()
        .flat_map(|r| {
            r.findings
                .iter()
                .map(move |f| (r.path.clone(), f.code.as_str(), r.position(f.span.offset).0, f.message.clone()))
        })
        .collect();
    assert_eq!(
        found,
        [(
            "p/2021-09-01.toml".to_string(),
            "policy.file-name",
            3,
            "the file is named after version `2021-09-01`, but its header says `2021-09-02`".to_string()
        )]
    );
    assert_eq!(entitle::Code::POLICY_FILE_NAME.default_severity(), entitle::Severity::Warning);
    let report = lint::lint(&sources).into_iter().find(|r| !r.findings.is_empty()).expect("a finding");
    assert_eq!(
        report.findings[0].help.as_deref(),
        Some("rename the file to `2021-09-02.toml`, or correct `version` in `[policy]`")
    );
}

#[test]
fn a_declared_code_no_rule_reports_is_unused() {
    let base = std::fs::read_to_string(common::root("policies/mpn-technical-support/2021-03-04.toml")).expect("policy");
    let extra = "\n[[codes]]\nid = \"incident.spare\"\nseverity = \"warning\"\nsummary = \"s\"\nexplanation = \"e\"\n";
    let text = format!("{base}{extra}");
    let line = text.lines().position(|l| l == "id = \"incident.spare\"").expect("the code") + 1;
    let reports = lint::lint(&[("p.toml".to_string(), text)]);
    let found: Vec<(&str, usize, &str, Option<&str>)> = reports
        .iter()
        .flat_map(|r| {
            r.findings
                .iter()
                .map(move |f| (f.code.as_str(), r.position(f.span.offset).0, f.message.as_str(), f.help.as_deref()))
        })
        .collect();
    assert_eq!(
        found,
        [(
            "policy.unused",
            line,
            "code `incident.spare` is unused: no rule reports it",
            Some("remove it, or use it where it was meant to be used")
        )]
    );
}

#[test]
fn one_resolver_names_a_version_for_every_command() {
    let library = library();
    assert_eq!(library.resolve("2021-03-04").map(|s| s.version.as_str()), Ok("2021-03-04"));
    assert_eq!(library.resolve("mpn-technical-support@2021-06-17").map(|s| s.version.as_str()), Ok("2021-06-17"));
    let (message, help) = library.resolve("mpn-technical-suport@2021-06-17").expect_err("unknown policy");
    assert_eq!(message, "unknown policy `mpn-technical-suport`");
    assert!(help.contains("did you mean `mpn-technical-support`?"), "{help}");
    let (message, help) = library.resolve("2021-06-71").expect_err("unknown version");
    assert_eq!(message, "policy `mpn-technical-support` has no version `2021-06-71`");
    assert!(help.contains("did you mean `2021-06-17`?"), "{help}");
    assert_eq!(library.check_name("mpn-technical-support", None), None);
    assert_eq!(library.check_name("mpn-technical-support", Some("2021-03-04")), None);
    let parsed = entitle::policy::library::PolicySpec::parse("a@b@c");
    assert_eq!((parsed.id.as_str(), parsed.version.as_deref()), ("a", Some("b@c")));
}
