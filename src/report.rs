//! What a run says about each file: its findings, with the text they point
//! into (secrets masked) and the policy that judged it.

use crate::diagnostic::{Finding, LineIndex, Severity};

/// The policy version that judged a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyRef {
    /// The policy id.
    pub id: String,
    /// The version.
    pub version: String,
    /// The digest of its merged contents.
    pub digest: String,
}

impl std::fmt::Display for PolicyRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}@{} (digest {})", self.id, self.version, self.digest)
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
    /// A report over `text`, with findings sorted into source order.
    pub fn new(path: String, text: String, mut findings: Vec<Finding>) -> FileReport {
        crate::diagnostic::sort_in_source_order(&mut findings);
        FileReport { path, text, policy: None, findings, lines: std::sync::OnceLock::new() }
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
