//! Findings: what `entitle` reports about a file, located by byte spans.

use serde::Serialize;

use crate::codes::Code;

/// How much a finding matters: errors make a manifest ineligible.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The manifest breaks the policy.
    Error,
    /// Worth a look, but the manifest stays eligible.
    Warning,
}

impl Severity {
    /// The lowercase word used in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// A byte range of the checked file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// Byte offset of the first byte.
    pub offset: usize,
    /// Length in bytes.
    pub length: usize,
}

impl Span {
    /// A span from a byte range.
    pub fn new(range: std::ops::Range<usize>) -> Span {
        Span { offset: range.start, length: range.end.saturating_sub(range.start) }
    }

    /// The first byte after the span.
    pub fn end(&self) -> usize {
        self.offset + self.length
    }
}

/// A secondary location with its own short message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// Where.
    pub span: Span,
    /// What is there.
    pub message: String,
}

/// One finding: a code, a severity, a message, a help line and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The stable code of the check.
    pub code: Code,
    /// Error or warning, as the policy says.
    pub severity: Severity,
    /// What is wrong, in one lowercase sentence.
    pub message: String,
    /// How to fix it.
    pub help: Option<String>,
    /// The exact value (or key) at fault.
    pub span: Span,
    /// The text under the primary span.
    pub label: Option<String>,
    /// Other places that explain the finding.
    pub labels: Vec<Label>,
    /// The facts the rule rendered its words from (secrets already masked).
    pub facts: crate::template::Fields,
    /// The waiver that accepts this finding, if one does.
    pub waiver: Option<Waived>,
}

/// A finding accepted by a `[[waivers]]` entry: reported, but not failing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waived {
    /// Why it is accepted.
    pub reason: String,
    /// Who answers for it.
    pub owner: String,
    /// The ticket that tracks it.
    pub ticket: Option<String>,
    /// The last day it is accepted.
    pub expires: crate::date::Date,
}

/// Maps byte offsets to 1-based lines and columns (columns count characters).
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the line starts of `text`.
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(text.bytes().enumerate().filter(|(_, b)| *b == b'\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// The 0-based line that holds a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset).saturating_sub(1)
    }

    /// The byte offset where a 0-based line starts, if the text has it.
    pub fn line_start(&self, line: usize) -> Option<usize> {
        self.starts.get(line).copied()
    }

    /// The 1-based line and column of a byte offset of `text`.
    pub fn position(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1];
        let mut end = offset;
        while end > start && !text.is_char_boundary(end) {
            end -= 1;
        }
        let column = text.get(start..end).map_or(1, |s| s.chars().count() + 1);
        (line, column)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based_and_count_characters() {
        let text = "a = 1\nné = 2\n";
        let index = LineIndex::new(text);
        assert_eq!(index.position(text, 0), (1, 1));
        assert_eq!(index.position(text, 6), (2, 1));
        assert_eq!(index.position(text, 10), (2, 4));
        assert_eq!(index.position(text, 999), (3, 1));
    }
}

/// A finding before its places are resolved to spans: checks say *what* is
/// wrong and *where* by path; the document knows the bytes.
#[derive(Debug, Clone)]
pub struct Draft {
    /// The code.
    pub code: Code,
    /// The severity.
    pub severity: Severity,
    /// The message.
    pub message: String,
    /// The help line.
    pub help: Option<String>,
    /// The primary place.
    pub at: crate::document::Target,
    /// The text under the primary place.
    pub label: Option<String>,
    /// Secondary places.
    pub labels: Vec<(crate::document::Target, String)>,
    /// The facts the words were rendered from.
    pub facts: crate::template::Fields,
    /// The waiver that accepts it.
    pub waiver: Option<Waived>,
}

impl Draft {
    /// A draft with the code's default severity.
    pub fn new(code: Code, message: impl Into<String>, at: crate::document::Target) -> Draft {
        Draft {
            code,
            severity: code.default_severity(),
            message: message.into(),
            help: None,
            at,
            label: None,
            labels: Vec::new(),
            facts: crate::template::Fields::new(),
            waiver: None,
        }
    }

    /// Sets the help line.
    pub fn help(mut self, help: impl Into<String>) -> Draft {
        self.help = Some(help.into());
        self
    }

    /// Sets the primary label.
    pub fn label(mut self, label: impl Into<String>) -> Draft {
        self.label = Some(label.into());
        self
    }

    /// Resolves the places against the document the draft speaks of.
    pub fn resolve(self, document: Option<&crate::document::Document<'_>>) -> Finding {
        use crate::document::Target;
        let locate = |t: &Target| match (t, document) {
            (Target::Span(s), _) => *s,
            (_, Some(doc)) => doc.span(t),
            (_, None) => Span::default(),
        };
        let span = locate(&self.at);
        let labels = self
            .labels
            .iter()
            .map(|(t, m)| Label { span: locate(t), message: m.clone() })
            .filter(|l| l.span != span || l.message != self.label.clone().unwrap_or_default())
            .collect();
        Finding {
            code: self.code,
            severity: self.severity,
            message: self.message,
            help: self.help.filter(|h| !h.is_empty()),
            span,
            label: self.label.filter(|l| !l.is_empty()),
            labels,
            facts: self.facts,
            waiver: self.waiver,
        }
    }
}
