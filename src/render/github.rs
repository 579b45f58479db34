//! `--format github`: GitHub Actions workflow commands, one per finding, that
//! annotate the file in the pull request.

use std::io::{self, Write};

use super::stream::{Format, render_all};
use crate::diagnostic::Severity;
use crate::messages;
use crate::report::FileReport;
use crate::report::Summary;

/// `--format github`: one workflow command per finding.
#[derive(Debug, Default)]
pub struct Github;

impl Format for Github {
    type Part = String;
    type Writer = ();

    fn part(&self, report: &FileReport) -> String {
        commands(report)
    }

    fn writer(&self) {}

    fn write(&self, _: &mut (), part: String, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(part.as_bytes())
    }

    fn finish(&self, _: &mut (), _: &Summary, _: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}

/// One workflow command per finding.
pub fn render(reports: &[FileReport]) -> String {
    render_all(Github, reports)
}

fn commands(report: &FileReport) -> String {
    let mut out = String::new();
    {
        for finding in &report.findings {
            let command = match (finding.waiver.is_some(), finding.severity) {
                (true, _) => "notice",
                (false, Severity::Error) => "error",
                (false, Severity::Warning) => "warning",
            };
            let (line, column) = report.position(finding.span.offset);
            let (end_line, end_column) = report.position(finding.span.end());
            let mut text = finding.message.clone();
            if let Some(help) = &finding.help {
                text = messages::with_help(&text, help);
            }
            if let Some(w) = &finding.waiver {
                text.push('\n');
                text.push_str(&messages::waived_note(&w.owner, &w.expires.to_string(), &w.reason, w.ticket.as_deref()));
            }
            if finding.repeated > 0 {
                text.push('\n');
                text.push_str(&messages::repeated_note(finding.repeated));
            }
            out.push_str(&format!(
                "::{command} file={},line={line},col={column},endLine={end_line},endColumn={end_column},title={}::{}\n",
                property(&report.path),
                property(&messages::annotation_title(finding.code.as_str())),
                data(&text),
            ));
        }
    }
    out
}

/// Escapes the message of a workflow command.
pub fn data(text: &str) -> String {
    text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escapes a property value of a workflow command.
pub fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}
