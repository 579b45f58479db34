//! `entitle policy test [DIR]`: runs the test manifests of a policy
//! directory (`<id>/tests/*.toml`), each under every version it applies to.
//! Exit 0 when every expectation holds, 1 when one does not, 2 when a test
//! file or its expectations cannot be read.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;
use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};
use serde_json::{Value, json};

use entitle::expect::{self, Mismatch, Outcome, Run, Source};
use entitle::messages;
use entitle::policy::Library;
use entitle::policy::library::is_test_manifest;
use entitle::render::human::{self, Style};
use entitle::report::FileReport;

use super::{PolicySource, RunError, color, print};

/// Output formats of `policy test`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TestFormat {
    /// One line per test and version; failures with their snippets.
    Human,
    /// One JSON document.
    Json,
    /// JUnit XML, one test case per test and version.
    Junit,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// A directory of policies with their tests (`<id>/tests/*.toml`); default: the built-in ones.
    #[arg(value_name = "DIR")]
    dir: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TestFormat::Human)]
    format: TestFormat,
}

/// The test manifests below a policy directory, or those built in.
pub fn sources(dir: Option<&std::path::Path>) -> Result<Vec<Source>, RunError> {
    let Some(dir) = dir else {
        return Ok(Library::builtin_tests()
            .into_iter()
            .map(|(path, text)| Source { path, bytes: text.into_bytes() })
            .collect());
    };
    let files = entitle::files::toml_files_below(dir)
        .map_err(|e| RunError(messages::cannot_read(&dir.display().to_string(), &e.to_string())))?;
    let mut out = Vec::new();
    for file in files.into_iter().filter(|f| is_test_manifest(dir, f)) {
        let path = file.display().to_string();
        let bytes = std::fs::read(&file).map_err(|e| RunError(messages::cannot_read(&path, &e.to_string())))?;
        out.push(Source { path, bytes });
    }
    Ok(out)
}

/// The test sources for `policy lint`: tests it cannot list are left out
/// (the lint then says the rules are untested).
pub fn lint_sources(dir: Option<&std::path::Path>) -> Vec<Source> {
    sources(dir).unwrap_or_default()
}

pub fn run(args: Args) -> Result<ExitCode, RunError> {
    let library = PolicySource { policy_dir: args.dir.clone() }.load()?;
    let sources = sources(args.dir.as_deref())?;
    if sources.is_empty() {
        let dir = args.dir.as_ref().map(|d| d.display().to_string());
        return Err(RunError(words::no_tests(dir.as_deref())));
    }
    let outcome = expect::run(&library, &sources);
    if !outcome.invalid.is_empty() {
        let style = Style { color: color(std::io::stderr().is_terminal()), ..Style::default() };
        let mut stderr = std::io::stderr().lock();
        for report in &outcome.invalid {
            let _ = stderr.write_all(human::render_file(report, style).as_bytes());
        }
    }
    let output = match args.format {
        TestFormat::Human => human_report(&outcome),
        TestFormat::Json => format!("{}\n", serde_json::to_string_pretty(&json_report(&outcome)).unwrap_or_default()),
        TestFormat::Junit => junit_report(&outcome),
    };
    print(&output)?;
    if args.format != TestFormat::Human {
        let _ = writeln!(std::io::stderr(), "{}", summary(&outcome, sources.len()));
    }
    Ok(if !outcome.invalid.is_empty() {
        ExitCode::from(2)
    } else if outcome.runs.iter().any(|r| !r.passed()) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn summary(outcome: &Outcome, tests: usize) -> String {
    let failed = outcome.runs.iter().filter(|r| !r.passed()).count();
    words::summary(tests, outcome.runs.len(), outcome.runs.len() - failed, failed, outcome.invalid.len())
}

fn human_report(outcome: &Outcome) -> String {
    let style = Style { color: color(std::io::stdout().is_terminal()), ..Style::default() };
    let mut out = String::new();
    for run in &outcome.runs {
        let policy = format!("{}@{}", run.policy.id, run.policy.version);
        if run.passed() {
            out.push_str(&words::passed_line(&run.path, &policy));
        } else {
            out.push_str(&words::failed_line(&run.path, &policy));
            out.push('\n');
            out.push_str(&human::render_file(&run.report, style));
        }
    }
    for report in &outcome.invalid {
        out.push_str(&words::invalid_line(&report.path));
    }
    let tests = outcome.runs.iter().map(|r| r.path.as_str()).collect::<std::collections::BTreeSet<_>>().len()
        + outcome.invalid.len();
    if !out.ends_with("\n\n") {
        out.push('\n');
    }
    out.push_str(&summary(outcome, tests));
    out.push('\n');
    out
}

fn diagnostics(report: &FileReport) -> Vec<Value> {
    report
        .findings
        .iter()
        .map(|f| {
            let (line, column) = report.position(f.span.offset);
            json!({"code": f.code.as_str(), "severity": f.severity.as_str(), "message": f.message,
                   "help": f.help, "span": {"line": line, "column": column, "offset": f.span.offset, "length": f.span.length}})
        })
        .collect()
}

fn json_report(outcome: &Outcome) -> Value {
    let runs: Vec<Value> = outcome
        .runs
        .iter()
        .map(|run| {
            json!({
                "path": run.path,
                "policy": {"id": run.policy.id, "version": run.policy.version, "digest": run.policy.digest},
                "passed": run.passed(),
                "found": run.found.iter().map(|(code, line)| json!({"code": code, "line": line})).collect::<Vec<_>>(),
                "mismatches": run.mismatches,
                "diagnostics": diagnostics(&run.report),
            })
        })
        .collect();
    let invalid: Vec<Value> =
        outcome.invalid.iter().map(|r| json!({"path": r.path, "diagnostics": diagnostics(r)})).collect();
    let failed = outcome.runs.iter().filter(|r| !r.passed()).count();
    json!({
        "version": 1,
        "runs": runs,
        "invalid": invalid,
        "summary": {"runs": outcome.runs.len(), "passed": outcome.runs.len() - failed, "failed": failed,
                    "invalid": outcome.invalid.len()},
    })
}

fn junit_report(outcome: &Outcome) -> String {
    let mut suite = TestSuite::new("entitle policy test");
    for run in &outcome.runs {
        suite.add_test_case(junit_case(run));
    }
    for report in &outcome.invalid {
        let mut status = TestCaseStatus::non_success(NonSuccessKind::Error);
        status.set_type("test.expectation");
        status.set_message(report.findings.first().map(|f| f.message.clone()).unwrap_or_default());
        status.set_description(lines(report).join("\n"));
        suite.add_test_case(TestCase::new(report.path.as_str(), status));
    }
    let mut junit = Report::new("entitle");
    junit.add_test_suite(suite);
    junit.to_string().unwrap_or_default()
}

fn lines(report: &FileReport) -> Vec<String> {
    report
        .findings
        .iter()
        .map(|f| {
            let (line, column) = report.position(f.span.offset);
            messages::finding_line(
                &report.path,
                line,
                column,
                f.severity.as_str(),
                f.code.as_str(),
                &f.message,
                f.help.as_deref(),
            )
        })
        .collect()
}

fn junit_case(run: &Run) -> TestCase {
    let status = if run.passed() {
        TestCaseStatus::success()
    } else {
        let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
        status.set_type("test.failed");
        let summary: Vec<String> = run.mismatches.iter().map(words::mismatch).collect();
        status.set_message(summary.join("; "));
        status.set_description(lines(&run.report).join("\n"));
        status
    };
    let mut case = TestCase::new(run.path.as_str(), status);
    case.set_classname(format!("{}@{}", run.policy.id, run.policy.version));
    case.add_property(quick_junit::Property::new("policy-digest", run.policy.digest.as_str()));
    case
}

/// What `policy test` prints besides diagnostics; the words are in the
/// catalogues (`test-*`), the status marks (`ok`, `FAILED`, `ERROR`) are not
/// words but the columns a reader scans.
mod words {
    use entitle::i18n::{args, tr};
    use fluent_bundle::FluentValue;

    use super::Mismatch;

    fn n(value: usize) -> FluentValue<'static> {
        FluentValue::from(value)
    }

    fn text(value: &str) -> FluentValue<'_> {
        FluentValue::from(value)
    }

    pub fn no_tests(dir: Option<&str>) -> String {
        match dir {
            Some(dir) => tr("test-no-tests-in", Some(&args([("dir", text(dir))]))),
            None => tr("test-no-tests-built-in", None),
        }
    }

    pub fn passed_line(path: &str, policy: &str) -> String {
        format!("ok      {}\n", tr("test-under", Some(&args([("path", text(path)), ("policy", text(policy))]))))
    }

    pub fn failed_line(path: &str, policy: &str) -> String {
        format!("FAILED  {}\n", tr("test-under", Some(&args([("path", text(path)), ("policy", text(policy))]))))
    }

    pub fn invalid_line(path: &str) -> String {
        format!("ERROR   {}\n", tr("test-invalid", Some(&args([("path", text(path))]))))
    }

    pub fn summary(tests: usize, runs: usize, passed: usize, failed: usize, invalid: usize) -> String {
        let counts = [("tests", n(tests)), ("runs", n(runs)), ("passed", n(passed)), ("failed", n(failed))];
        if invalid > 0 {
            let mut all = counts.to_vec();
            all.push(("invalid", n(invalid)));
            tr("test-summary-invalid", Some(&args(all)))
        } else {
            tr("test-summary", Some(&args(counts)))
        }
    }

    pub fn mismatch(m: &Mismatch) -> String {
        match m {
            Mismatch::Missing { code, line: Some(line) } => {
                tr("test-mismatch-missing-at", Some(&args([("code", text(code.as_str())), ("line", n(*line))])))
            }
            Mismatch::Missing { code, line: None } => {
                tr("test-mismatch-missing", Some(&args([("code", text(code.as_str()))])))
            }
            Mismatch::WrongLine { code, line, found } => {
                let found: Vec<String> = found.iter().map(ToString::to_string).collect();
                let found = found.join(", ");
                tr(
                    "test-mismatch-wrong-line",
                    Some(&args([("code", text(code.as_str())), ("found", text(&found)), ("line", n(*line))])),
                )
            }
            Mismatch::Unexpected { code, line, .. } => {
                tr("test-mismatch-unexpected", Some(&args([("code", text(code.as_str())), ("line", n(*line))])))
            }
            Mismatch::NotEligible { errors } => tr("test-mismatch-not-eligible", Some(&args([("errors", n(*errors))]))),
        }
    }
}
