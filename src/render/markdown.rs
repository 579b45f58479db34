//! `--format markdown`: a summary for a CI job page: totals, a table of the
//! files, and each finding with its place and help.

use std::io::{self, Write};

use super::stream::{Format, render_all};
use crate::report::FileReport;
use crate::report::Summary;
use crate::{escape, messages};

/// `--format markdown`: the table comes first, so rows and details are kept
/// (they are small) and written at the end.
#[derive(Debug, Default)]
pub struct Markdown;

impl Format for Markdown {
    type Part = (String, String);
    type Writer = (String, String);

    fn writer(&self) -> (String, String) {
        (String::new(), String::new())
    }

    fn part(&self, r: &FileReport) -> (String, String) {
        let row = format!(
            "| {} | {} | {} | {} | {} | {} |\n",
            escape::markdown_code(&r.path, true),
            r.policy.as_ref().map_or_else(String::new, |p| {
                format!("{} ({})", escape::markdown_code(&format!("{}@{}", p.id, p.version), true), p.digest)
            }),
            if r.eligible() { "✅" } else { "❌" },
            r.count(crate::Severity::Error),
            r.count(crate::Severity::Warning),
            r.waived()
        );
        let mut details = String::new();
        if !r.findings.is_empty() {
            details.push_str(&format!("\n### {}\n\n", escape::markdown_code(&r.path, false)));
            for f in &r.findings {
                let (line, column) = r.position(f.span.offset);
                let severity = if f.waiver.is_some() { "waived" } else { f.severity.as_str() };
                let message = escape::markdown_text(&f.message, false);
                details.push_str(&messages::markdown_finding(severity, f.code.as_str(), line, column, &message));
                if let Some(help) = &f.help {
                    details.push_str(&messages::markdown_help(&escape::markdown_text(help, false)));
                }
                if let Some(w) = &f.waiver {
                    // The waiver's words are the manifest's own: shown as code, never read as Markdown.
                    let code = |text: &str| escape::markdown_code(text, false);
                    let note = messages::waived_note(
                        &code(&w.owner),
                        &w.expires.to_string(),
                        &code(&w.reason),
                        w.ticket.as_deref().map(code).as_deref(),
                    );
                    details.push_str(&format!("  <br>{note}\n"));
                }
                if f.repeated > 0 {
                    details.push_str(&format!("  <br>{}\n", messages::repeated_note(f.repeated)));
                }
            }
        }
        (row, details)
    }

    fn write(
        &self,
        kept: &mut (String, String),
        (row, details): (String, String),
        _: &mut dyn Write,
    ) -> io::Result<()> {
        kept.0.push_str(&row);
        kept.1.push_str(&details);
        Ok(())
    }

    fn finish(&self, kept: &mut (String, String), s: &Summary, out: &mut dyn Write) -> io::Result<()> {
        let head = format!("## entitle: {}\n\n", messages::summary_line(s.files, s.errors, s.warnings, s.waived));
        out.write_all(head.as_bytes())?;
        out.write_all(messages::markdown_table_head().as_bytes())?;
        out.write_all(kept.0.as_bytes())?;
        out.write_all(kept.1.as_bytes())
    }
}

/// The Markdown summary of a run.
pub fn render(reports: &[FileReport]) -> String {
    render_all(Markdown, reports)
}
