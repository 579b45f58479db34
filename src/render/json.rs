//! `--format json`: one JSON document on stdout (contract §4).

use serde::Serialize;

use crate::diagnostic::Severity;
use crate::report::FileReport;

#[derive(Serialize)]
struct Report<'a> {
    version: u32,
    files: Vec<File<'a>>,
    summary: Summary,
}

#[derive(Serialize)]
struct File<'a> {
    path: &'a str,
    eligible: bool,
    policy: Option<Policy<'a>>,
    diagnostics: Vec<Diagnostic<'a>>,
}

#[derive(Serialize)]
struct Policy<'a> {
    id: &'a str,
    version: &'a str,
    digest: &'a str,
}

#[derive(Serialize)]
struct Diagnostic<'a> {
    code: &'static str,
    severity: &'static str,
    message: &'a str,
    help: Option<&'a str>,
    span: Span,
    labels: Vec<Label<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    waived: Option<WaivedBy<'a>>,
}

#[derive(Serialize)]
struct WaivedBy<'a> {
    reason: &'a str,
    owner: &'a str,
    ticket: Option<&'a str>,
    expires: String,
}

#[derive(Serialize)]
struct Span {
    line: usize,
    column: usize,
    offset: usize,
    length: usize,
}

#[derive(Serialize)]
struct Label<'a> {
    message: &'a str,
    line: usize,
    column: usize,
    offset: usize,
    length: usize,
    primary: bool,
}

/// Totals over a run.
#[derive(Serialize, Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    /// Files checked.
    pub files: usize,
    /// Errors found.
    pub errors: usize,
    /// Warnings found.
    pub warnings: usize,
    /// Findings waived (not counted as errors or warnings).
    pub waived: usize,
}

impl Summary {
    /// Totals of some reports.
    pub fn of(reports: &[FileReport]) -> Summary {
        Summary {
            files: reports.len(),
            errors: reports.iter().map(|r| r.count(Severity::Error)).sum(),
            warnings: reports.iter().map(|r| r.count(Severity::Warning)).sum(),
            waived: reports.iter().map(FileReport::waived).sum(),
        }
    }
}

/// The JSON report of a run.
pub fn render<'r>(reports: &'r [FileReport]) -> String {
    let files = reports
        .iter()
        .map(|r| File {
            path: &r.path,
            eligible: r.eligible(),
            policy: r.policy.as_ref().map(|p| Policy { id: &p.id, version: &p.version, digest: &p.digest }),
            diagnostics: r
                .findings
                .iter()
                .map(|f| {
                    let (line, column) = r.position(f.span.offset);
                    let label = |message: &'r str, span: crate::diagnostic::Span, primary: bool| -> Label<'r> {
                        let (line, column) = r.position(span.offset);
                        Label { message, line, column, offset: span.offset, length: span.length, primary }
                    };
                    let labels = f
                        .label
                        .as_deref()
                        .map(|l| label(l, f.span, true))
                        .into_iter()
                        .chain(f.labels.iter().map(|l| label(&l.message, l.span, false)))
                        .collect();
                    Diagnostic {
                        code: f.code.as_str(),
                        severity: f.severity.as_str(),
                        message: &f.message,
                        help: f.help.as_deref(),
                        span: Span { line, column, offset: f.span.offset, length: f.span.length },
                        labels,
                        waived: f.waiver.as_ref().map(|w| WaivedBy {
                            reason: &w.reason,
                            owner: &w.owner,
                            ticket: w.ticket.as_deref(),
                            expires: w.expires.to_string(),
                        }),
                    }
                })
                .collect(),
        })
        .collect();
    let report = Report { version: 1, files, summary: Summary::of(reports) };
    let mut out = serde_json::to_string_pretty(&report).unwrap_or_default();
    out.push('\n');
    out
}
