//! Findings: what `entitle` reports about a file, located by byte spans.

use crate::codes::Code;

pub use crate::codes::Severity;
pub use crate::span::Span;

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
    /// The text that would replace the primary span to fix a likely typo
    /// (the help's "did you mean"), for editors to offer as a quick fix.
    /// Never a secret: suggestions are not made for secret values.
    pub suggestion: Option<String>,
    /// How many more findings identical to this one (code, severity, message,
    /// waived or not) the file has that are not shown: see [`fold_repeats`].
    pub repeated: usize,
}

impl Finding {
    /// The fact `name` the rule set, unless it is empty.
    pub fn fact(&self, name: &str) -> Option<&str> {
        self.facts.get(name).filter(|v| !v.is_empty())
    }
}

/// How many identical findings a file shows before folding the rest into a
/// count: 1,999 nested headers once gave 1,919 copies of one syntax error.
pub const REPEATS_SHOWN: usize = 20;

/// Folds repeated identical findings (same code, severity, message and waived
/// or not): the first [`REPEATS_SHOWN`] of each, in source order, are kept,
/// and the last kept one counts the others in `repeated`, which every format
/// reports, and which counts toward the file's errors and warnings.
pub fn fold_repeats(mut findings: Vec<Finding>) -> Vec<Finding> {
    if findings.len() <= REPEATS_SHOWN {
        return findings;
    }
    sort_in_source_order(&mut findings);
    let mut keep = vec![true; findings.len()];
    let mut folded: Vec<(usize, usize)> = Vec::new();
    {
        let mut groups: rustc_hash::FxHashMap<(Code, Severity, bool, &str), (usize, usize)> =
            rustc_hash::FxHashMap::default();
        for (i, f) in findings.iter().enumerate() {
            let group = groups.entry((f.code, f.severity, f.waiver.is_some(), f.message.as_str())).or_insert((0, i));
            group.0 += 1;
            if group.0 <= REPEATS_SHOWN {
                group.1 = i;
            } else {
                keep[i] = false;
            }
        }
        folded.extend(groups.into_values().filter(|(seen, _)| *seen > REPEATS_SHOWN).map(|(seen, last)| (last, seen)));
    }
    for (last, seen) in folded {
        findings[last].repeated += seen - REPEATS_SHOWN;
    }
    let mut kept = keep.into_iter();
    findings.retain(|_| kept.next().unwrap_or(true));
    findings
}

/// Sorts findings as reports show them: by place, then code, then message.
pub fn sort_in_source_order(findings: &mut [Finding]) {
    findings.sort_by(|a, b| (a.span.offset, a.code, &a.message).cmp(&(b.span.offset, b.code, &b.message)));
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
/// Built once per file; a lookup is a binary search plus at most one block of
/// bytes counted, however long the line: counting a column from the line's
/// start made a line of many findings quadratic.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// The characters before each block of [`BLOCK`] bytes.
    chars: Vec<usize>,
}

/// Bytes per checkpoint of [`LineIndex::chars`].
const BLOCK: usize = 256;

/// Whether a byte starts a character (is not a UTF-8 continuation byte).
fn starts_char(byte: u8) -> bool {
    byte & 0xC0 != 0x80
}

impl LineIndex {
    /// Indexes the line starts of `text`.
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        let mut chars = Vec::with_capacity(text.len() / BLOCK + 1);
        let mut seen = 0;
        for block in text.as_bytes().chunks(BLOCK) {
            chars.push(seen);
            seen += block.iter().filter(|b| starts_char(**b)).count();
        }
        chars.push(seen);
        LineIndex { starts, chars }
    }

    /// The characters of `text` before a byte offset (on a character boundary).
    fn chars_before(&self, text: &str, offset: usize) -> usize {
        let block = offset / BLOCK;
        match (self.chars.get(block), text.as_bytes().get(block * BLOCK..offset)) {
            (Some(before), Some(rest)) => before + rest.iter().filter(|b| starts_char(**b)).count(),
            _ => text.get(..offset).map_or(0, |s| s.chars().count()),
        }
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
        let column = if text.is_char_boundary(start) {
            self.chars_before(text, end).saturating_sub(self.chars_before(text, start)) + 1
        } else {
            1
        };
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

    #[test]
    fn columns_of_long_lines_count_characters_across_blocks() {
        let text = format!("{}\n{}x", "é".repeat(300), "ñ".repeat(700));
        let index = LineIndex::new(&text);
        assert_eq!(index.position(&text, 600), (1, 301));
        let x = text.len() - 1;
        assert_eq!(index.position(&text, x), (2, 701));
        // Inside a character: the column of that character.
        assert_eq!(index.position(&text, x - 1), (2, 700));
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
    /// The replacement of the primary place that fixes a likely typo.
    pub suggestion: Option<String>,
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
            suggestion: None,
        }
    }

    /// Sets the help line.
    pub fn help(mut self, help: impl Into<String>) -> Draft {
        self.help = Some(help.into());
        self
    }

    /// Sets the replacement of the primary place that fixes a likely typo.
    pub fn suggest(mut self, suggestion: Option<&str>) -> Draft {
        self.suggestion = suggestion.map(str::to_string);
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
            suggestion: self.suggestion,
            repeated: 0,
        }
    }
}
