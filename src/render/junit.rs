//! `--format junit`: one test suite per run, one test case per manifest; a
//! manifest with errors fails, its failure listing every error with its code,
//! message and location.

use std::io::{self, Write};

use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};

use super::stream::{Format, render_all};
use crate::report::Summary;

use crate::diagnostic::Severity;
use crate::messages;
use crate::report::FileReport;

/// `--format junit`: the test cases are kept (they are small) and the XML is
/// written at the end, when the suite's totals are known.
#[derive(Debug, Default)]
pub struct Junit {
    /// Warnings fail a manifest too (`--deny-warnings`): the XML agrees
    /// with the exit code.
    pub deny_warnings: bool,
}

impl Format for Junit {
    type Part = TestCase;
    type Writer = Vec<TestCase>;

    fn part(&self, report: &FileReport) -> TestCase {
        case(report, self.deny_warnings)
    }

    fn writer(&self) -> Vec<TestCase> {
        Vec::new()
    }

    fn write(&self, cases: &mut Vec<TestCase>, part: TestCase, _: &mut dyn Write) -> io::Result<()> {
        cases.push(part);
        Ok(())
    }

    fn finish(&self, cases: &mut Vec<TestCase>, _: &Summary, out: &mut dyn Write) -> io::Result<()> {
        let mut suite = TestSuite::new("entitle");
        suite.add_test_cases(std::mem::take(cases));
        let mut junit = Report::new("entitle");
        junit.add_test_suite(suite);
        out.write_all(junit.to_string().unwrap_or_default().as_bytes())
    }
}

/// The JUnit XML of a run.
pub fn render(reports: &[FileReport]) -> String {
    render_all(Junit::default(), reports)
}

fn case(report: &FileReport, deny_warnings: bool) -> TestCase {
    let fails = |severity: Severity| severity == Severity::Error || (deny_warnings && severity == Severity::Warning);
    let errors: Vec<_> = report.findings.iter().filter(|f| fails(f.severity) && f.waiver.is_none()).collect();
    let lines: Vec<String> = report
        .findings
        .iter()
        .map(|f| {
            let (line, column) = report.position(f.span.offset);
            let severity = if f.waiver.is_some() { "waived" } else { f.severity.as_str() };
            let shown = messages::finding_line(
                &report.path,
                line,
                column,
                severity,
                f.code.as_str(),
                &f.message,
                f.help.as_deref(),
            );
            if f.repeated > 0 { format!("{shown}\n{}", messages::repeated_note(f.repeated)) } else { shown }
        })
        .collect();
    let status = if errors.is_empty() {
        TestCaseStatus::success()
    } else {
        let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
        let codes: Vec<&str> = errors.iter().map(|f| f.code.as_str()).collect();
        status.set_type(errors[0].code.as_str());
        let count = errors.iter().map(|f| 1 + f.repeated).sum();
        status.set_message(messages::junit_failure(count, &codes));
        status.set_description(lines.join("\n"));
        status
    };
    let mut case = TestCase::new(report.path.as_str(), status);
    match &report.policy {
        Some(policy) => {
            case.set_classname(format!("{}@{}", policy.id, policy.version));
            case.add_property(quick_junit::Property::new("policy-digest", policy.digest.as_str()));
        }
        // Not read far enough to choose a policy: viewers group by class.
        None => {
            case.set_classname("entitle");
        }
    }
    if errors.is_empty() && !lines.is_empty() {
        case.set_system_out(lines.join("\n"));
    }
    case
}
