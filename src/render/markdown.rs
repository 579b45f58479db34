//! `--format markdown`: a summary for a CI job page: totals, a table of the
//! files, and each finding with its place and help.

use crate::messages;
use crate::render::json::Summary;
use crate::report::FileReport;

/// The Markdown summary of a run.
pub fn render(reports: &[FileReport]) -> String {
    let s = Summary::of(reports);
    let mut out = format!("## entitle: {}\n\n", messages::summary_line(s.files, s.errors, s.warnings, s.waived));
    out.push_str(messages::MARKDOWN_TABLE_HEAD);
    for r in reports {
        out.push_str(&format!(
            "| `{}` | {} | {} | {} | {} | {} |\n",
            cell(&r.path),
            r.policy.as_ref().map_or_else(String::new, |p| format!("`{}@{}` ({})", p.id, p.version, p.digest)),
            if r.eligible() { "✅" } else { "❌" },
            r.count(crate::Severity::Error),
            r.count(crate::Severity::Warning),
            r.waived()
        ));
    }
    for r in reports.iter().filter(|r| !r.findings.is_empty()) {
        out.push_str(&format!("\n### `{}`\n\n", cell(&r.path)));
        for f in &r.findings {
            let (line, column) = r.position(f.span.offset);
            let severity = if f.waiver.is_some() { "waived" } else { f.severity.as_str() };
            out.push_str(&format!("- **{severity}** `{}` at line {line}, column {column}: {}\n", f.code, f.message));
            if let Some(help) = &f.help {
                out.push_str(&format!("  <br>help: {help}\n"));
            }
            if let Some(w) = &f.waiver {
                out.push_str(&format!(
                    "  <br>{}\n",
                    messages::waived_note(&w.owner, &w.expires.to_string(), &w.reason, w.ticket.as_deref())
                ));
            }
        }
    }
    out
}

/// Text for a table cell: pipes escaped, one line.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}
