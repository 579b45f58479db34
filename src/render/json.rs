//! `--format json`: one JSON document on stdout (contract §4).

use std::io::{self, Write};

use serde::Serialize;
use serde_json::{Value, json};

use super::stream::{Format, JsonArray, render_all};

use crate::report::{FileReport, Summary};

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
    /// Identical findings after this one that are not listed (an addition).
    #[serde(skip_serializing_if = "is_zero")]
    repeated: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
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

/// The JSON part of one file.
fn file(r: &FileReport) -> File<'_> {
    let diagnostics: Vec<Diagnostic<'_>> = r
        .findings
        .iter()
        .map(|f| {
            let (line, column) = r.position(f.span.offset);
            let label = |message, span: crate::diagnostic::Span, primary| {
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
                repeated: f.repeated,
            }
        })
        .collect();
    File {
        path: &r.path,
        eligible: r.eligible(),
        policy: r.policy.as_ref().map(|p| Policy { id: &p.id, version: &p.version, digest: &p.digest }),
        diagnostics,
    }
}

/// `--format json`, written file by file.
#[derive(Debug)]
pub struct Json {
    files: JsonArray,
}

impl Default for Json {
    fn default() -> Json {
        Json { files: JsonArray::new(&document(JsonArray::slot(), &Summary::default())) }
    }
}

/// The report's frame; `lang` is the language its words are in.
fn document(files: Value, summary: &Summary) -> Value {
    json!({"version": 1, "lang": crate::i18n::current().tag(), "files": files, "summary": summary})
}

impl Format for Json {
    type Part = String;
    type Writer = usize;

    fn part(&self, report: &FileReport) -> String {
        self.files.format(&file(report))
    }

    fn writer(&self) -> usize {
        0
    }

    fn write(&self, written: &mut usize, part: String, out: &mut dyn Write) -> io::Result<()> {
        self.files.write(written, &part, out)
    }

    fn finish(&self, written: &mut usize, summary: &Summary, out: &mut dyn Write) -> io::Result<()> {
        self.files.finish(*written, &document(JsonArray::slot(), summary), out)
    }
}

/// The JSON report of a run.
pub fn render(reports: &[FileReport]) -> String {
    render_all(Json::default(), reports)
}
