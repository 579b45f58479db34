//! What a run says about each file: its findings, with the text they point
//! into (secrets masked) and the policy that judged it.

use crate::diagnostic::{Finding, LineIndex, Severity};
use crate::escape;

/// `text` escaped for one line of output, reusing it when nothing changes.
fn escaped(text: String) -> String {
    match escape::inline(&text) {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(shown) => shown,
    }
}

fn escape_finding(f: &mut Finding) {
    let take = |s: &mut String| *s = escaped(std::mem::take(s));
    take(&mut f.message);
    if let Some(help) = &mut f.help {
        take(help);
    }
    if let Some(label) = &mut f.label {
        take(label);
    }
    // A replacement is inserted as it is, or not at all.
    f.suggestion = f.suggestion.take().filter(|s| matches!(escape::inline(s), std::borrow::Cow::Borrowed(_)));
    for label in &mut f.labels {
        take(&mut label.message);
    }
    if let Some(w) = &mut f.waiver {
        take(&mut w.reason);
        take(&mut w.owner);
        if let Some(ticket) = &mut w.ticket {
            take(ticket);
        }
    }
}

/// The policy version that judged a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyRef {
    /// The policy id.
    pub id: String,
    /// The version.
    pub version: String,
    /// Its digest (see [`crate::policy::digest`]).
    pub digest: String,
}

impl std::fmt::Display for PolicyRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = crate::i18n::t!(
            "report-policy",
            id = self.id.as_str(),
            version = self.version.as_str(),
            digest = self.digest.as_str()
        );
        f.write_str(&text)
    }
}

/// The findings of one file.
#[derive(Debug, Clone)]
pub struct FileReport {
    /// The path as given (or `<stdin>`).
    pub path: String,
    /// The file's text as shown in snippets: secrets masked, offsets kept.
    /// Empty when there are no findings, since nothing shows it then.
    pub text: String,
    /// The policy that judged it, once one was chosen.
    pub policy: Option<PolicyRef>,
    /// The findings in source order.
    pub findings: Vec<Finding>,
    /// Built on first use: most files have no findings to place.
    lines: std::sync::OnceLock<LineIndex>,
}

impl FileReport {
    /// A report over `text`, with findings sorted into source order. Every
    /// string that came from an input is escaped here, once, for every
    /// output: the path, the text (offsets and lines kept) and each sentence.
    pub fn new(path: String, text: String, mut findings: Vec<Finding>) -> FileReport {
        crate::diagnostic::sort_in_source_order(&mut findings);
        for finding in &mut findings {
            escape_finding(finding);
        }
        FileReport {
            path: escaped(path),
            text: match escape::source(&text) {
                std::borrow::Cow::Borrowed(_) => text,
                std::borrow::Cow::Owned(shown) => shown,
            },
            policy: None,
            findings,
            lines: std::sync::OnceLock::new(),
        }
    }

    /// The 1-based line and column of a byte offset.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        self.lines().position(&self.text, offset)
    }

    /// The line index of the text.
    pub fn lines(&self) -> &LineIndex {
        self.lines.get_or_init(|| LineIndex::new(&self.text))
    }

    /// How many findings of a severity, waived ones aside; repeats that are
    /// folded into a count (not shown) count too.
    pub fn count(&self, severity: Severity) -> usize {
        self.findings.iter().filter(|f| f.severity == severity && f.waiver.is_none()).map(|f| 1 + f.repeated).sum()
    }

    /// How many findings are waived, folded repeats included.
    pub fn waived(&self) -> usize {
        self.findings.iter().filter(|f| f.waiver.is_some()).map(|f| 1 + f.repeated).sum()
    }

    /// Eligible: no errors but waived ones.
    pub fn eligible(&self) -> bool {
        self.count(Severity::Error) == 0
    }
}

/// Totals over a run.
#[derive(serde::Serialize, Debug, Clone, Copy, Default, PartialEq, Eq)]
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
        let mut summary = Summary::default();
        reports.iter().for_each(|r| summary.add(r));
        summary
    }

    /// Adds other totals to these.
    pub fn merge(&mut self, other: Summary) {
        self.files += other.files;
        self.errors += other.errors;
        self.warnings += other.warnings;
        self.waived += other.waived;
    }

    /// Adds one report to the totals.
    pub fn add(&mut self, report: &FileReport) {
        self.files += 1;
        self.errors += report.count(Severity::Error);
        self.warnings += report.count(Severity::Warning);
        self.waived += report.waived();
    }
}
