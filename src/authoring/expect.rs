//! `entitle policy test`: test manifests that travel with a policy.
//!
//! A test manifest (`policies/<id>/tests/*.toml`) is an ordinary manifest
//! whose leading comments say what the policy must report about it:
//!
//! ```toml
//! # expect: quota.exceeded@42, contract.already-linked
//! # versions: 2021-06-17..
//! manifest_version = 1
//! ```
//!
//! Each test runs under every policy version it applies to, forced as
//! `policy diff --against` forces it, and passes when the findings are
//! exactly the expected ones. The same runs tell `policy lint` which rules no
//! test triggers.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::codes::Code;
use crate::date::Date;
use crate::diagnostic::{Draft, Finding, Severity, Span};
use crate::document::Target;
use crate::manifest::Manifest;
use crate::policy::library::Library;
use crate::policy::ruleset::RuleSet;
use crate::redact::Redactor;
use crate::report::{FileReport, PolicyRef};
use crate::{input, suggest};

/// A test manifest as read from disk or from the binary.
#[derive(Debug, Clone)]
pub struct Source {
    /// Its path, for reports.
    pub path: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

impl Source {
    /// The policy id its place names: the directory that holds its `tests/`.
    fn policy_hint(&self) -> Option<&str> {
        let parts: Vec<&str> = self.path.split(['/', '\\']).collect();
        let tests = parts.iter().rposition(|p| *p == "tests")?;
        tests.checked_sub(1).map(|i| parts[i]).filter(|p| !p.is_empty() && *p != "." && *p != "..")
    }
}

/// One expected code, optionally at a line of the test file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expected {
    /// The code.
    pub code: Code,
    /// The 1-based line of the test file it must be reported at.
    pub line: Option<usize>,
    /// Where the test file says so.
    pub span: Span,
}

/// A test manifest with its expectations read and its versions resolved.
#[derive(Debug, Clone)]
pub struct Test {
    /// Its path.
    pub path: String,
    /// Its bytes, checked as a manifest.
    pub bytes: Vec<u8>,
    /// The expected codes.
    pub expected: Vec<Expected>,
    /// Where `eligible` is written, if it is.
    pub eligible: Option<Span>,
    /// The first `# expect:` line.
    pub expect_line: Span,
    /// The policy id.
    pub policy: String,
    /// The versions it runs under, oldest first.
    pub versions: Vec<String>,
}

/// How a run's findings differ from a test's expectations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Mismatch {
    /// An expected code is not reported.
    Missing {
        /// The code.
        code: String,
        /// The line it was expected at.
        #[serde(skip_serializing_if = "Option::is_none")]
        line: Option<usize>,
    },
    /// An expected code is reported, at other lines.
    WrongLine {
        /// The code.
        code: String,
        /// The line it was expected at.
        line: usize,
        /// The lines it is reported at.
        found: Vec<usize>,
    },
    /// A code is reported that the test does not expect.
    Unexpected {
        /// The code.
        code: String,
        /// The line it is reported at.
        line: usize,
        /// Its severity.
        severity: Severity,
        /// Its message.
        message: String,
    },
    /// `eligible` is expected, and errors are reported (all of them expected).
    NotEligible {
        /// How many errors.
        errors: usize,
    },
}

/// One test under one version.
#[derive(Debug, Clone)]
pub struct Run {
    /// The test's path.
    pub path: String,
    /// The version that judged it.
    pub policy: PolicyRef,
    /// What differs; empty when the test passed.
    pub mismatches: Vec<Mismatch>,
    /// The codes found, as (code, line), in source order.
    pub found: Vec<(String, usize)>,
    /// The mismatches as `test.failed` findings in the test file, for the
    /// renderers: snippets of the expectation and of what was found.
    pub report: FileReport,
}

impl Run {
    /// Whether the expectations held.
    pub fn passed(&self) -> bool {
        self.mismatches.is_empty()
    }
}

/// What a test suite run gives: every run, and the tests that could not be read.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    /// Each (test, version), tests in path order, versions oldest first.
    pub runs: Vec<Run>,
    /// The tests whose expectations could not be read, with `test.expectation` findings.
    pub invalid: Vec<FileReport>,
}

/// Reads the tests' expectations and runs each under every version it applies to.
pub fn run(library: &Library, sources: &[Source]) -> Outcome {
    let mut outcome = Outcome::default();
    for source in sources {
        match read(library, source) {
            Ok(test) => outcome.runs.extend(run_test(library, &test)),
            Err(report) => outcome.invalid.push(*report),
        }
    }
    outcome
}

/// Which rules the tests trigger, by policy id and version: the indices into
/// [`RuleSet::rules`]. Versions no readable test applies to are absent.
pub fn coverage(library: &Library, sources: &[Source]) -> BTreeMap<(String, String), BTreeSet<usize>> {
    let tests: Vec<Test> = sources.iter().filter_map(|s| read(library, s).ok()).collect();
    let mut out = BTreeMap::new();
    for set in library.all() {
        let applicable: Vec<&Test> =
            tests.iter().filter(|t| t.policy == set.id && t.versions.contains(&set.version)).collect();
        if applicable.is_empty() {
            continue;
        }
        let tagged = tagged(set);
        let mut hit = BTreeSet::new();
        for test in applicable {
            hit.extend(triggered(&tagged, &test.bytes));
        }
        out.insert((set.id.clone(), set.version.clone()), hit);
    }
    out
}

/// The rule set with each rule's message replaced by its index, so that the
/// findings of an evaluation say exactly which rule reported them (rules of
/// one code are told apart).
fn tagged(set: &RuleSet) -> RuleSet {
    let mut tagged = set.clone();
    for (i, rule) in tagged.rules.iter_mut().enumerate() {
        rule.message = crate::template::Template::literal(&i.to_string());
    }
    tagged
}

fn triggered(tagged: &RuleSet, bytes: &[u8]) -> Vec<usize> {
    let Ok(text) = input::decode(bytes) else { return Vec::new() };
    let Ok(document) = input::parse(text) else { return Vec::new() };
    let Ok(manifest) = document.deserialize::<Manifest>() else { return Vec::new() };
    let as_of = manifest.evaluation.as_of.unwrap_or_else(Date::today);
    tagged.evaluate(&manifest, &document, as_of).iter().filter_map(|d| d.message.parse().ok()).collect()
}

/// A directive of the leading comments, with the span of its value.
struct Directive<'t> {
    key: &'t str,
    line: Span,
    value: &'t str,
    value_at: usize,
}

/// The `key: value` comments before the first line of TOML.
fn directives(text: &str) -> Vec<Directive<'_>> {
    let mut out = Vec::new();
    let mut offset = 0;
    for raw in text.split_inclusive('\n') {
        let start = offset;
        offset += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        let trimmed = line.trim_start();
        if trimmed.is_empty() {
            continue;
        }
        let Some(comment) = trimmed.strip_prefix('#') else { break };
        let comment_at = start + (line.len() - trimmed.len()) + 1;
        let Some(colon) = comment.find(':') else { continue };
        let (key, value) = (comment[..colon].trim(), &comment[colon + 1..]);
        let value_at = comment_at + colon + 1;
        out.push(Directive { key, line: Span { offset: start, length: line.len() }, value, value_at });
    }
    out
}

/// The comma-separated items of a directive's value, trimmed, with their spans.
fn items<'t>(directive: &Directive<'t>) -> Vec<(&'t str, Span)> {
    let mut out = Vec::new();
    let mut at = directive.value_at;
    for part in directive.value.split(',') {
        let lead = part.len() - part.trim_start().len();
        let item = part.trim();
        let length = if item.is_empty() { 1 } else { item.len() };
        out.push((item, Span { offset: (at + lead).min(directive.line.end().saturating_sub(1)), length }));
        at += part.len() + 1;
    }
    out
}

const EXPECT: &str = "expect";
const VERSIONS: &str = "versions";

/// Reads a test's expectations and resolves its policy and versions, or says
/// why it cannot, at the comment at fault.
pub fn read(library: &Library, source: &Source) -> Result<Test, Box<FileReport>> {
    let text = match input::decode(&source.bytes) {
        Ok(text) => text,
        Err(draft) => {
            let shown = input::display_text(&source.bytes);
            return Err(Box::new(FileReport::new(source.path.clone(), shown, vec![draft.resolve(None)])));
        }
    };
    let lines = text.lines().count();
    let mut errors: Vec<Draft> = Vec::new();
    let mut expected = Vec::new();
    let mut eligible = None;
    let mut expect_line = None;
    let mut version_items = None;
    let docs = library.codes();
    let codes: Vec<&str> = docs.iter().map(|d| d.code.as_str()).filter(|c| !Code::named(c).is_policy()).collect();
    for directive in directives(text) {
        match directive.key {
            EXPECT => {
                expect_line.get_or_insert(directive.line);
                for (item, span) in items(&directive) {
                    match expectation(item, lines, &codes) {
                        Ok(None) => eligible = Some(span),
                        Ok(Some((code, line))) => expected.push(Expected { code, line, span }),
                        Err((message, help)) => errors.push(fault(message, help, span)),
                    }
                }
            }
            VERSIONS => {
                if version_items.is_some() {
                    errors.push(fault(words::twice(VERSIONS), words::twice_help(), directive.line));
                }
                version_items = Some(items(&directive));
            }
            key => {
                let word = !key.is_empty() && key.chars().all(|c| c.is_ascii_alphabetic() || c == '-');
                if let Some(meant) = suggest::did_you_mean(key, [EXPECT, VERSIONS]).filter(|_| word) {
                    errors.push(fault(words::unknown_directive(key, meant), words::syntax_help(), directive.line));
                }
            }
        }
    }
    let expect_line = expect_line.unwrap_or_else(|| {
        let first = Span { offset: 0, length: text.find('\n').unwrap_or(text.len()) };
        errors.push(fault(words::no_expect(), words::syntax_help(), first));
        first
    });
    let manifest = input::parse(text).ok().and_then(|d| d.deserialize::<Manifest>().ok());
    let evaluation = manifest.map(|m| m.evaluation).unwrap_or_default();
    let ids = library.ids();
    let policy = match evaluation.policy.as_deref().or(source.policy_hint().filter(|h| ids.contains(h))) {
        Some(id) if ids.contains(&id) => Some(id.to_string()),
        Some(id) => {
            let (message, help) = library.unknown_policy(id);
            errors.push(fault(message, help, expect_line));
            None
        }
        None => match ids.as_slice() {
            [only] => Some((*only).to_string()),
            _ => {
                errors.push(fault(
                    crate::messages::policy_ambiguous(),
                    crate::messages::policy_ambiguous_help(&ids),
                    expect_line,
                ));
                None
            }
        },
    };
    let mut versions = Vec::new();
    if let Some(policy) = &policy {
        let known: Vec<&RuleSet> = library.versions(policy).into_iter().map(AsRef::as_ref).collect();
        let names: Vec<&str> = known.iter().map(|s| s.version.as_str()).collect();
        match &version_items {
            Some(items) => {
                let mut chosen = BTreeSet::new();
                for (item, span) in items {
                    match range(item, &names) {
                        Ok(found) => chosen.extend(found),
                        Err((message, help)) => errors.push(fault(message, help, *span)),
                    }
                }
                versions = names.iter().filter(|v| chosen.contains(*v)).map(|v| v.to_string()).collect();
            }
            None => match &evaluation.policy_version {
                Some(pinned) if names.contains(&pinned.as_str()) => versions.push(pinned.clone()),
                Some(pinned) => {
                    let (message, help) = library.unknown_version(policy, pinned);
                    errors.push(fault(message, help, expect_line));
                }
                None => {
                    let as_of = evaluation.as_of.unwrap_or_else(Date::today);
                    versions = known.iter().filter(|s| s.effective <= as_of).map(|s| s.version.clone()).collect();
                    if versions.is_empty() {
                        errors.push(fault(
                            crate::messages::no_version_in_effect(policy, &as_of.to_string()),
                            words::no_version_help(),
                            expect_line,
                        ));
                    }
                }
            },
        }
    }
    if !errors.is_empty() {
        let shown = Redactor::for_manifest(&source.bytes).mask_source(text);
        let findings = errors.into_iter().map(|d| d.resolve(None)).collect();
        return Err(Box::new(FileReport::new(source.path.clone(), shown, findings)));
    }
    Ok(Test {
        path: source.path.clone(),
        bytes: source.bytes.clone(),
        expected,
        eligible,
        expect_line,
        policy: policy.unwrap_or_default(),
        versions,
    })
}

fn fault(message: String, help: String, span: Span) -> Draft {
    Draft::new(Code::TEST_EXPECTATION, message, Target::Span(span)).help(help)
}

type Fault = (String, String);

/// One item of `# expect:`: `eligible` (None), or a code with an optional line.
fn expectation(item: &str, lines: usize, codes: &[&str]) -> Result<Option<(Code, Option<usize>)>, Fault> {
    if item.is_empty() {
        return Err((words::empty_item(), words::syntax_help()));
    }
    if item == "eligible" {
        return Ok(None);
    }
    let (name, line) = match item.split_once('@') {
        Some((name, line)) => (name.trim(), Some(line.trim())),
        None => (item, None),
    };
    let code = match codes.iter().find(|c| **c == name).map(|c| Code::named(c)).or_else(|| Code::built_in(name)) {
        Some(code) if !code.is_policy() => code,
        Some(code) => return Err((words::not_a_manifest_code(code.as_str()), words::syntax_help())),
        None => {
            let mut known: Vec<&str> = codes.to_vec();
            known.push("eligible");
            let suggestion = suggest::did_you_mean(name, known.iter().copied());
            return Err((
                words::unknown_code(name),
                suggestion.map_or_else(words::syntax_help, crate::messages::did_you_mean),
            ));
        }
    };
    let line = match line {
        None => None,
        Some(line) => match line.parse::<usize>() {
            Ok(n) if (1..=lines).contains(&n) => Some(n),
            Ok(n) => return Err((words::line_out_of_file(n, lines), words::line_help())),
            Err(_) => return Err((words::bad_line(line), words::line_help())),
        },
    };
    Ok(Some((code, line)))
}

/// One item of `# versions:`: a version, or a range `A..B`, `A..`, `..B`.
fn range<'v>(item: &str, versions: &[&'v str]) -> Result<Vec<&'v str>, Fault> {
    if item.is_empty() {
        return Err((words::empty_item(), words::syntax_help()));
    }
    let known = |v: &str| -> Result<Option<String>, Fault> {
        let v = v.trim();
        if v.is_empty() {
            return Ok(None);
        }
        if versions.contains(&v) {
            return Ok(Some(v.to_string()));
        }
        let help = crate::messages::available("versions", versions, suggest::did_you_mean(v, versions.iter().copied()));
        Err((words::unknown_version(v), help))
    };
    let (from, to) = match item.split_once("..") {
        Some((from, to)) => (known(from)?, known(to)?),
        None => {
            let v = known(item)?;
            (v.clone(), v)
        }
    };
    Ok(versions
        .iter()
        .copied()
        .filter(|v| from.as_deref().is_none_or(|f| *v >= f) && to.as_deref().is_none_or(|t| *v <= t))
        .collect())
}

/// Runs one test under each of its versions.
fn run_test(library: &Library, test: &Test) -> Vec<Run> {
    let mut runs = Vec::new();
    for version in &test.versions {
        let checker = crate::Checker::new(
            library,
            crate::Options {
                policy: Some(test.policy.clone()),
                policy_version: Some(version.clone()),
                force_policy: true,
                ..crate::Options::default()
            },
        );
        let report = checker.check(&test.path, &test.bytes);
        runs.push(compare(test, version, report));
    }
    runs
}

/// The findings of a run against the expectations.
fn compare(test: &Test, version: &str, report: FileReport) -> Run {
    let policy = report.policy.clone().unwrap_or_else(|| PolicyRef {
        id: test.policy.clone(),
        version: version.to_string(),
        digest: String::new(),
    });
    let line_of = |f: &Finding| report.position(f.span.offset).0;
    let found: Vec<(String, usize)> = report.findings.iter().map(|f| (f.code.to_string(), line_of(f))).collect();
    let mut mismatches = Vec::new();
    let mut failures = Vec::new();
    // Codes expected at a line where they are not, but found elsewhere: their
    // findings are explained by the wrong-line mismatch, not unexpected.
    let mut misplaced: BTreeSet<Code> = BTreeSet::new();
    for e in &test.expected {
        let of_code: Vec<&Finding> = report.findings.iter().filter(|f| f.code == e.code).collect();
        if of_code.iter().any(|f| e.line.is_none_or(|l| line_of(f) == l)) {
            continue;
        }
        match (e.line, of_code.is_empty()) {
            (Some(line), false) => {
                let lines: Vec<usize> = of_code.iter().map(|f| line_of(f)).collect();
                misplaced.insert(e.code);
                mismatches.push(Mismatch::WrongLine { code: e.code.to_string(), line, found: lines.clone() });
                let mut draft = failed(words::wrong_line(e.code.as_str(), line, &lines), e.span)
                    .label(words::expected_here())
                    .help(words::wrong_line_help());
                for f in of_code {
                    draft.labels.push((Target::Span(f.span), words::reported_here(e.code.as_str(), line_of(f))));
                }
                failures.push(draft);
            }
            _ => {
                mismatches.push(Mismatch::Missing { code: e.code.to_string(), line: e.line });
                failures.push(
                    failed(words::missing(&policy_name(&policy), e.code.as_str(), e.line), e.span)
                        .label(words::expected_here())
                        .help(words::missing_help()),
                );
            }
        }
    }
    for f in &report.findings {
        let line = line_of(f);
        let explained = misplaced.contains(&f.code)
            || test.expected.iter().any(|e| e.code == f.code && e.line.is_none_or(|l| l == line));
        if explained || f.waiver.is_some() {
            continue;
        }
        mismatches.push(Mismatch::Unexpected {
            code: f.code.to_string(),
            line,
            severity: f.severity,
            message: f.message.clone(),
        });
        let mut draft = failed(words::unexpected(f.code.as_str(), &f.message), f.span)
            .label(words::not_expected())
            .help(words::unexpected_help(f.code.as_str(), line));
        draft.labels.push((Target::Span(test.expect_line), words::expectations_here()));
        failures.push(draft);
    }
    let errors = report.count(Severity::Error);
    if let Some(span) = test.eligible {
        let all_expected =
            mismatches.iter().all(|m| !matches!(m, Mismatch::Unexpected { severity: Severity::Error, .. }));
        if errors > 0 && all_expected {
            mismatches.push(Mismatch::NotEligible { errors });
            failures.push(
                failed(words::not_eligible(&policy_name(&policy), errors), span)
                    .label(words::expected_here())
                    .help(words::not_eligible_help()),
            );
        }
    }
    let shown = if report.text.is_empty() && !failures.is_empty() {
        let text = String::from_utf8_lossy(&test.bytes);
        Redactor::for_manifest(&test.bytes).mask_source(&text)
    } else {
        report.text.clone()
    };
    let findings: Vec<Finding> = failures.into_iter().map(|d| d.resolve(None)).collect();
    let mut shown =
        FileReport::new(test.path.clone(), if findings.is_empty() { String::new() } else { shown }, findings);
    shown.policy = Some(policy.clone());
    Run { path: shown.path.clone(), policy, mismatches, found, report: shown }
}

fn failed(message: String, span: Span) -> Draft {
    Draft::new(Code::TEST_FAILED, message, Target::Span(span))
}

fn policy_name(policy: &PolicyRef) -> String {
    format!("{}@{}", policy.id, policy.version)
}

/// The sentences of `policy test` and of its lint: lowercase, values in
/// backticks; their words are in the catalogues (`test-*`).
pub(crate) mod words {
    use crate::i18n::t;

    pub fn no_expect() -> String {
        t!("test-no-expect")
    }

    pub fn empty_item() -> String {
        t!("test-empty-item")
    }

    pub fn twice_help() -> String {
        t!("test-twice-help")
    }

    pub fn line_help() -> String {
        t!("test-line-help")
    }

    pub fn no_version_help() -> String {
        t!("test-no-version-help")
    }

    pub fn expected_here() -> String {
        t!("test-expected-here")
    }

    pub fn not_expected() -> String {
        t!("test-not-expected")
    }

    pub fn expectations_here() -> String {
        t!("test-expectations-here")
    }

    pub fn missing_help() -> String {
        t!("test-missing-help")
    }

    pub fn wrong_line_help() -> String {
        t!("test-wrong-line-help")
    }

    pub fn not_eligible_help() -> String {
        t!("test-not-eligible-help")
    }

    pub fn syntax_help() -> String {
        t!("test-syntax-help")
    }

    pub fn twice(key: &str) -> String {
        t!("test-twice", key = key)
    }

    pub fn unknown_directive(key: &str, meant: &str) -> String {
        t!("test-unknown-directive", key = key, meant = meant)
    }

    pub fn unknown_code(code: &str) -> String {
        t!("test-unknown-code", code = code)
    }

    pub fn not_a_manifest_code(code: &str) -> String {
        t!("test-not-a-manifest-code", code = code)
    }

    pub fn bad_line(line: &str) -> String {
        t!("test-bad-line", line = line)
    }

    pub fn line_out_of_file(line: usize, lines: usize) -> String {
        t!("test-line-out-of-file", line = line, lines = lines)
    }

    pub fn unknown_version(version: &str) -> String {
        t!("test-unknown-version", version = version)
    }

    pub fn missing(policy: &str, code: &str, line: Option<usize>) -> String {
        match line {
            Some(line) => t!("test-missing-at", policy = policy, code = code, line = line),
            None => t!("test-missing", policy = policy, code = code),
        }
    }

    pub fn wrong_line(code: &str, line: usize, found: &[usize]) -> String {
        let lines: Vec<String> = found.iter().map(ToString::to_string).collect();
        t!("test-wrong-line", code = code, line = line, count = found.len(), found = lines.join(", "))
    }

    pub fn reported_here(code: &str, line: usize) -> String {
        t!("test-reported-here", code = code, line = line)
    }

    pub fn unexpected(code: &str, message: &str) -> String {
        t!("test-unexpected", code = code, message = message)
    }

    pub fn unexpected_help(code: &str, line: usize) -> String {
        t!("test-unexpected-help", code = code, line = line)
    }

    pub fn not_eligible(policy: &str, errors: usize) -> String {
        t!("test-not-eligible", policy = policy, errors = errors)
    }

    pub fn no_test(id: &str, version: &str) -> String {
        t!("test-no-test", id = id, version = version)
    }

    pub fn no_test_help(dir: &str) -> String {
        t!("test-no-test-help", dir = dir)
    }

    pub fn untested(key: &str, version: &str) -> String {
        t!("test-untested", key = key, version = version)
    }

    pub fn untested_help(code: &str, dir: &str) -> String {
        t!("test-untested-help", code = code, dir = dir)
    }
}
