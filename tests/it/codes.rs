//! Every diagnostic code of the contract has a fixture that triggers exactly
//! it; this table pins its severity, line, the value it underlines and its help.

use crate::common;

use common::{check, codes, covered};
use entitle::Severity;

struct Case {
    fixture: &'static str,
    code: &'static str,
    severity: Severity,
    line: usize,
    underlined: &'static str,
    help: &'static str,
}

const E: Severity = Severity::Error;
const W: Severity = Severity::Warning;

#[rustfmt::skip]
const CASES: &[Case] = &[
    Case { fixture: "syntax", code: "syntax", severity: E, line: 8, underlined: "\n", help: "correct the TOML syntax" },
    Case { fixture: "schema", code: "schema", severity: E, line: 11, underlined: "website", help: "the keys allowed here are `mpn_id`, `name` and `programs`" },
    Case { fixture: "reference-unknown", code: "reference.unknown", severity: E, line: 15, underlined: "\"data-analytic\"", help: "did you mean `data-analytics`?" },
    Case { fixture: "duplicate", code: "duplicate", severity: E, line: 50, underlined: "\"INC-0001\"", help: "give each incident its own id" },
    Case { fixture: "partner-not-mpn", code: "partner.not-mpn", severity: E, line: 11, underlined: "[\"csp\"]", help: "must join MPN" },
    Case { fixture: "membership-none-active", code: "membership.none-active", severity: E, line: 30, underlined: "\"product-support\"", help: "renew the membership" },
    Case { fixture: "membership-competency", code: "membership.competency", severity: E, line: 14, underlined: "\"silver\"", help: "add `competency = \"…\"`" },
    Case { fixture: "activation-role", code: "activation.role", severity: E, line: 31, underlined: "\"bob@contoso.com\"", help: "`global-admin` or `mpn-partner-admin` role" },
    Case { fixture: "activation-not-eligible", code: "activation.not-eligible", severity: E, line: 36, underlined: "\"signature-cloud-support\"", help: "comes with a `silver` or `gold` membership" },
    Case { fixture: "activation-pending", code: "activation.pending", severity: W, line: 47, underlined: "2021-01-06", help: "plan the incident for 2021-01-08 or later" },
    Case { fixture: "activation-incomplete", code: "activation.incomplete", severity: E, line: 43, underlined: "\"product-support\"", help: "record them as `access_id` and `contract_id`" },
    Case { fixture: "incident-not-activated", code: "incident.not-activated", severity: E, line: 51, underlined: "\"signature-cloud-support\"", help: "activate Signature Cloud Support in Partner Center" },
    Case { fixture: "incident-no-contract", code: "incident.no-contract", severity: E, line: 46, underlined: "\"bob@contoso.com\"", help: "Access ID `…0042`" },
    Case { fixture: "incident-scope", code: "incident.scope", severity: E, line: 45, underlined: "\"azure\"", help: "Microsoft Product Support covers `on-premises` products" },
    Case { fixture: "incident-product-unsupported", code: "incident.product-unsupported", severity: E, line: 45, underlined: "\"sql-server-2014\"", help: "recent on-premises products only" },
    Case { fixture: "quota-exceeded", code: "quota.exceeded", severity: E, line: 113, underlined: "\"product-support\"", help: "no incidents remain" },
    Case { fixture: "contract-expired", code: "contract.expired", severity: E, line: 48, underlined: "2021-03-02", help: "renew the membership" },
    Case { fixture: "contract-already-linked", code: "contract.already-linked", severity: W, line: 43, underlined: "\"*********0042\"", help: "first linked on 2021-01-20 in `support-for-business`" },
    Case { fixture: "contract-invalid-link", code: "contract.invalid-link", severity: E, line: 47, underlined: "2021-06-01", help: "purchase a new support plan" },
    Case { fixture: "csp-not-enrolled", code: "csp.not-enrolled", severity: E, line: 51, underlined: "\"cloud-solution-provider\"", help: "add `csp` to `partner.programs`" },
    Case { fixture: "csp-customer-role", code: "csp.customer-role", severity: E, line: 53, underlined: "\"bob@contoso.com\"", help: "opened by admin agents" },
    Case { fixture: "waiver-unused", code: "waiver.unused", severity: W, line: 50, underlined: "\"incident.scope\"", help: "remove it if the problem is fixed" },
];

/// A fixture whose waiver finding comes with the finding it concerns.
struct WaiverCase {
    fixture: &'static str,
    codes: &'static [&'static str],
    code: &'static str,
    severity: Severity,
    line: usize,
    underlined: &'static str,
    help: &'static str,
}

#[rustfmt::skip]
const WAIVER_CASES: &[WaiverCase] = &[
    WaiverCase { fixture: "waiver-expiring", codes: &["quota.exceeded", "waiver.expiring"], code: "waiver.expiring", severity: W, line: 124, underlined: "2021-06-20", help: "ask alice@contoso.com to renew the waiver" },
    WaiverCase { fixture: "waiver-expired", codes: &["quota.exceeded", "waiver.expired"], code: "waiver.expired", severity: E, line: 124, underlined: "2021-06-01", help: "it no longer waives anything" },
];

#[test]
fn waiver_fixtures_report_their_code() {
    for case in WAIVER_CASES {
        let report = check(&format!("tests/fixtures/codes/{}.toml", case.fixture));
        assert_eq!(codes(&report), case.codes, "{}", case.fixture);
        let finding = report.findings.iter().find(|f| f.code.as_str() == case.code).expect("the waiver finding");
        assert_eq!(finding.severity, case.severity, "{}", case.fixture);
        assert_eq!(report.position(finding.span.offset).0, case.line, "{}", case.fixture);
        assert_eq!(covered(&report, finding.span), case.underlined, "{}", case.fixture);
        assert!(finding.help.as_deref().unwrap_or_default().contains(case.help), "{}", case.fixture);
    }
}

#[test]
fn a_waived_finding_is_reported_but_does_not_fail() {
    let report = check("tests/fixtures/codes/waiver-expiring.toml");
    let quota = &report.findings[0];
    let waiver = quota.waiver.as_ref().expect("waived");
    assert_eq!((waiver.owner.as_str(), waiver.ticket.as_deref()), ("alice@contoso.com", Some("OPS-1234")));
    assert!(report.eligible());
    assert_eq!((report.count(Severity::Error), report.count(Severity::Warning), report.waived()), (0, 1, 1));
    // Past its date, the same waiver waives nothing.
    let report = check("tests/fixtures/codes/waiver-expired.toml");
    assert!(report.findings.iter().all(|f| f.waiver.is_none()));
    assert_eq!(report.count(Severity::Error), 2);
}

#[test]
fn each_fixture_triggers_exactly_its_code() {
    for case in CASES {
        let path = format!("tests/fixtures/codes/{}.toml", case.fixture);
        let report = check(&path);
        assert_eq!(codes(&report), [case.code], "{path}");
        let finding = &report.findings[0];
        assert_eq!(finding.severity, case.severity, "{path}: severity");
        assert_eq!(report.position(finding.span.offset).0, case.line, "{path}: line");
        assert_eq!(covered(&report, finding.span), case.underlined, "{path}: underlined text");
        let help = finding.help.as_deref().unwrap_or_default();
        assert!(help.contains(case.help), "{path}: help {help:?} lacks {:?}", case.help);
        assert!(
            !finding.message.is_empty() && finding.message.chars().next().is_some_and(|c| !c.is_uppercase()),
            "{path}: message {:?}",
            finding.message
        );
    }
}

#[test]
fn nesting_deeper_than_the_limit_is_refused_before_parsing() {
    let report = check("tests/fixtures/codes/limit-depth.toml");
    assert_eq!(codes(&report), ["limit.depth"]);
    let finding = &report.findings[0];
    assert_eq!((finding.severity, report.position(finding.span.offset)), (E, (4, 10 + entitle::input::MAX_DEPTH)));
    assert_eq!(covered(&report, finding.span), "[");
    assert!(finding.help.as_deref().unwrap_or_default().contains("flatten"));
}

#[test]
fn a_file_over_the_size_limit_is_not_read() {
    let bytes = std::fs::read(common::root("tests/fixtures/codes/eligible.toml")).expect("fixture");
    let options = entitle::Options { max_file_size: Some(100), ..entitle::Options::default() };
    let report = entitle::Checker::new(common::library(), options).check("big.toml", &bytes);
    assert_eq!(codes(&report), ["limit.file-size"]);
    let finding = &report.findings[0];
    assert_eq!(finding.severity, E);
    assert_eq!(finding.message, format!("the file is {} bytes, more than the limit of 100", bytes.len()));
    assert!(finding.help.as_deref().unwrap_or_default().contains("--max-file-size"));
}

#[test]
fn every_manifest_code_has_a_case() {
    let codes = entitle::policy::Library::builtin().expect("policies").codes();
    for code in codes.iter().map(|d| d.code).filter(|c| !c.is_policy()) {
        // The two limits have tests of their own above.
        let covered = CASES.iter().any(|c| c.code == code.as_str())
            || WAIVER_CASES.iter().any(|c| c.code == code.as_str())
            || ["limit.depth", "limit.file-size"].contains(&code.as_str());
        assert!(covered, "no fixture triggers `{code}`");
    }
}

#[test]
fn the_eligible_base_has_no_findings() {
    let report = check("tests/fixtures/codes/eligible.toml");
    assert!(report.findings.is_empty(), "{:?}", codes(&report));
    assert!(report.eligible());
}

#[test]
fn quota_overrun_says_which_membership_granted_how_many() {
    let report = check("tests/fixtures/codes/quota-exceeded.toml");
    let finding = &report.findings[0];
    assert!(
        finding.message.contains("`INC-0011` is number 11 under `product-support`, which allows 10"),
        "{}",
        finding.message
    );
    let label = &finding.labels[0];
    assert_eq!(covered(&report, label.span), "\"action-pack\"");
    assert_eq!(label.message, "`action-pack` grants 10 incidents");
}

#[test]
fn already_linked_labels_both_links() {
    let report = check("tests/fixtures/codes/contract-already-linked.toml");
    let finding = &report.findings[0];
    assert_eq!(finding.labels.len(), 1);
    assert_eq!(report.position(finding.labels[0].span.offset).0, 37, "the first link");
    assert_eq!(finding.label.as_deref(), Some("linked again here, in `azure`"));
    assert!(finding.help.as_deref().unwrap_or_default().contains("+ New support request"));
}

/// The `activation.pending` fixture with its dates moved: the membership runs
/// over the whole calendar, the contract is linked on the request day, and
/// the version with a processing window is pinned (the later one has none).
fn pending_at(as_of: &str, requested_on: &str, opened_on: &str) -> String {
    let text = std::fs::read_to_string(common::root("tests/fixtures/codes/activation-pending.toml")).expect("fixture");
    text.replace("as_of = 2021-06-15", &format!("policy_version = \"2021-03-04\"\nas_of = {as_of}"))
        .replace("start = 2021-01-01", "start = 0001-01-01")
        .replace("end = 2021-12-31", "end = 9999-12-31")
        .replace("requested_on = 2021-01-05", &format!("requested_on = {requested_on}"))
        .replace("linked_on = 2021-01-05", &format!("linked_on = {requested_on}"))
        .replace("opened_on = 2021-01-06", &format!("opened_on = {opened_on}"))
}

/// The words of a report, whatever the wrapping.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_processing_window_holds_at_both_ends_of_the_calendar() {
    // (as_of, requested_on, opened_on, pending): the policy's window is 3 days.
    let cases = [
        ("9999-12-31", "9999-12-30", "9999-12-31", true),
        ("9999-12-31", "9999-12-31", "9999-12-31", true),
        ("9999-12-31", "9999-12-29", "9999-12-31", true),
        ("9999-12-31", "9999-12-28", "9999-12-31", false),
        ("9999-12-31", "9999-12-28", "9999-12-30", true),
        ("0001-01-01", "0001-01-01", "0001-01-01", true),
        ("0001-01-04", "0001-01-01", "0001-01-03", true),
        ("0001-01-04", "0001-01-01", "0001-01-04", false),
    ];
    for (as_of, requested_on, opened_on, pending) in cases {
        let report = common::check_text("edge.toml", &pending_at(as_of, requested_on, opened_on));
        let expected: &[&str] = if pending { &["activation.pending"] } else { &[] };
        assert_eq!(codes(&report), expected, "requested {requested_on}, opened {opened_on}");
        if pending {
            let finding = &report.findings[0];
            assert_eq!(covered(&report, finding.span), opened_on);
            assert_eq!(report.position(finding.span.offset), (48, 13));
        }
    }
    // A ready day past the calendar is said as such, not as 9999-12-31.
    let run = common::run_text("edge.toml", pending_at("9999-12-31", "9999-12-30", "9999-12-31").as_bytes(), &[]);
    assert_eq!(run.exit, Some(0), "a warning alone does not fail");
    assert_eq!(run.found, [("activation.pending".to_string(), 48, 13)]);
    assert_eq!(run.headers, ["FILE:48:13"]);
    assert!(words(&run.human).contains("plan the incident for a day after 9999-12-31 or later"), "{}", run.human);
    let run = common::run_text("edge.toml", pending_at("9999-12-31", "9999-12-28", "9999-12-30").as_bytes(), &[]);
    assert!(words(&run.human).contains("plan the incident for 9999-12-31 or later"), "{}", run.human);
    let denied = common::run_text(
        "edge.toml",
        pending_at("9999-12-31", "9999-12-30", "9999-12-31").as_bytes(),
        &["--deny-warnings"],
    );
    assert_eq!(denied.exit, Some(1));
}

/// The eligible fixture with a second membership (Silver, cloud platform)
/// whose `start` and `end` are written as given, after `extra` lines.
fn with_second_membership(start: &str, end: &str, extra: &str) -> String {
    let text = std::fs::read_to_string(common::root("tests/fixtures/codes/eligible.toml")).expect("fixture");
    let second = format!(
        "[[memberships]]\noffer = \"silver\"\ncompetency = \"cloud-platform\"\n{extra}start = {start}\nend = {end}\n\n"
    );
    text.replacen("[[accounts]]", &format!("{second}[[accounts]]"), 1)
}

#[test]
fn a_membership_that_ends_before_it_starts_is_reported_at_its_end() {
    let base = std::fs::read_to_string(common::root("tests/fixtures/codes/eligible.toml")).expect("fixture");
    // Beside an active membership, with TOML dates and with quoted ones, one
    // day inverted or a year, after some other lines or none.
    for (start, end, extra) in [
        ("2021-02-01", "2021-01-31", ""),
        ("2021-02-01", "2020-02-01", "# renewed late\n"),
        ("\"2021-02-01\"", "\"2021-01-31\"", ""),
        ("0001-01-02", "0001-01-01", ""),
        ("9999-12-31", "9999-12-30", ""),
    ] {
        let text = with_second_membership(start, end, extra);
        let report = common::check_text("inverted.toml", &text);
        assert_eq!(codes(&report), ["schema"], "{start} .. {end}");
        let finding = &report.findings[0];
        assert_eq!(covered(&report, finding.span), end);
        let end_line = text[..text.find(&format!("end = {end}\n")).expect("the end")].lines().count() + 1;
        assert_eq!(report.position(finding.span.offset), (end_line, 7), "{start} .. {end}");
        assert_eq!(
            finding.message,
            format!(
                "the membership ends on `{}`, before it starts on `{}`",
                end.trim_matches('"'),
                start.trim_matches('"')
            )
        );
        assert_eq!(finding.labels.len(), 1, "the start is labelled");
        assert_eq!(covered(&report, finding.labels[0].span), start);
        let run = common::run_text("inverted.toml", text.as_bytes(), &[]);
        assert_eq!(run.exit, Some(1));
        assert_eq!(run.found, [("schema".to_string(), end_line as u64, 7)]);
        assert_eq!(run.headers, [format!("FILE:{end_line}:7")]);
    }
    // The only membership: the inverted dates, not "no membership is active".
    let only = base.replace("end = 2021-12-31", "end = 2020-12-31");
    let report = common::check_text("inverted.toml", &only);
    assert_eq!(codes(&report), ["schema"]);
    assert_eq!(covered(&report, report.findings[0].span), "2020-12-31");
    // With another structural fault, both in one run.
    let report =
        common::check_text("inverted.toml", &with_second_membership("2021-02-01", "2021-01-31", "ofer = \"x\"\n"));
    assert_eq!(codes(&report), ["schema", "schema"]);
    assert!(report.findings[0].message.contains("unknown key `ofer`"), "{}", report.findings[0].message);
    assert!(report.findings[1].message.contains("ends on `2021-01-31`"), "{}", report.findings[1].message);
    // One day long is a period in order.
    let report = common::check_text("inverted.toml", &with_second_membership("2021-02-01", "2021-02-01", ""));
    assert_eq!(codes(&report), Vec::<&str>::new());
}

#[test]
fn a_waiver_of_a_code_that_cannot_be_waived_says_so() {
    // `schema` exists; it is not unknown, it only cannot be waived.
    let text = std::fs::read_to_string(common::root("tests/fixtures/codes/waiver-unused.toml")).expect("fixture");
    for (code, message) in [
        ("schema", "`schema` cannot be waived"),
        ("limit.depth", "`limit.depth` cannot be waived"),
        ("quota.exceded", "unknown code `quota.exceded` in a waiver"),
    ] {
        let edited = text.replacen("code = \"incident.scope\"", &format!("code = \"{code}\""), 1);
        assert_ne!(edited, text, "the fixture names `incident.scope` in its waiver");
        let report = common::check_text("w.toml", &edited);
        let finding = report
            .findings
            .iter()
            .find(|f| f.message == message)
            .unwrap_or_else(|| panic!("no `{message}` in {:#?}", report.findings));
        assert_eq!(finding.code.as_str(), "reference.unknown");
        if code == "quota.exceded" {
            assert_eq!(finding.help.as_deref(), Some("did you mean `quota.exceeded`?"));
        } else {
            assert!(finding.help.as_deref().is_some_and(|h| h.ends_with("fix the finding instead")), "{finding:?}");
        }
    }
}

/// The README's table of codes lists exactly the codes `entitle explain
/// --list` knows, each with its default severity.
#[test]
fn the_readme_lists_every_code_with_its_severity() {
    let readme = std::fs::read_to_string(common::root("README.md")).expect("README");
    let section = readme.split("\n## Diagnostic codes\n").nth(1).expect("the section");
    let section = section.split("\n## ").next().expect("its text");
    let mut table: Vec<(String, String)> = section
        .lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let code = cells.get(1)?.strip_prefix('`')?.strip_suffix('`')?;
            let severity = *cells.get(2)?;
            matches!(severity, "error" | "warning").then(|| (code.to_owned(), severity.to_owned()))
        })
        .collect();
    let out = common::entitle().args(["explain", "--list"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let mut listed: Vec<(String, String)> = String::from_utf8(out.stdout)
        .expect("UTF-8")
        .lines()
        .map(|line| {
            let mut words = line.split_whitespace();
            (words.next().expect("a code").to_owned(), words.next().expect("a severity").to_owned())
        })
        .collect();
    table.sort();
    listed.sort();
    assert!(listed.len() > 30, "{listed:?}");
    assert_eq!(table, listed);
}
