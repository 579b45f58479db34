//! `--format human`: miette's graphical reports, one per finding, with the
//! source line, a label under the exact value, the code and the help.

use std::fmt;

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError, MietteSpanContents, SourceCode,
    SourceSpan, SpanContents,
};

use super::stream::Format;
use crate::diagnostic::LineIndex;

use crate::diagnostic::{Finding, Severity};
use crate::report::FileReport;
use crate::report::Summary;

/// How to draw.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// ANSI colours.
    pub color: bool,
    /// Wrap width.
    pub width: usize,
}

impl Default for Style {
    fn default() -> Style {
        Style { color: false, width: 100 }
    }
}

struct Shown<'a> {
    finding: &'a Finding,
    source: &'a dyn SourceCode,
    len: usize,
}

/// A file's text with its line index: reads the lines around a span without
/// scanning the file from its start, so that a file with thousands of
/// findings renders in linear time.
struct IndexedSource<'a> {
    name: &'a str,
    text: &'a str,
    lines: &'a LineIndex,
}

impl SourceCode for IndexedSource<'_> {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let end = span.offset() + span.len();
        if end > self.text.len() {
            return Err(MietteError::OutOfBounds);
        }
        let first_line = self.lines.line_of(span.offset()).saturating_sub(before);
        let last_line = self.lines.line_of(end) + after;
        let start = self.lines.line_start(first_line).unwrap_or(0);
        let stop = self.lines.line_start(last_line + 1).unwrap_or(self.text.len()).max(end);
        let window = &self.text.as_bytes()[start..stop];
        let local = SourceSpan::new((span.offset() - start).into(), span.len());
        let contents = window.read_span(&local, before, after)?;
        let data_start = contents.span().offset() + start;
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.to_string(),
            contents.data(),
            SourceSpan::new(data_start.into(), contents.span().len()),
            contents.line() + first_line,
            chars_before(self.text, data_start, contents.column()),
            contents.line_count() + first_line,
        )))
    }
}

/// The column miette gives counts bytes from the line start; reports count
/// characters (as the JSON report does), so count the characters of those
/// `bytes` before `at`.
fn chars_before(text: &str, at: usize, bytes: usize) -> usize {
    text.get(at.saturating_sub(bytes)..at).map_or(bytes, |s| s.chars().count())
}

/// A short excerpt of one long line, marked `…` where it is cut. Its spans
/// are the excerpt's own, but it tells miette the file's line and column, so
/// that the header says where the finding is (`file:2:709`), not where it
/// is in the excerpt.
struct Excerpt<'a> {
    name: &'a str,
    /// The excerpt, with its `…` marks.
    text: String,
    /// Bytes of `text` before the file's own text starts.
    lead: usize,
    /// The 0-based line of the file it is cut from.
    line: usize,
    /// The 0-based column (in characters) where the file's own text starts.
    column: usize,
}

impl SourceCode for Excerpt<'_> {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let contents = self.text.as_bytes().read_span(span, before, after)?;
        // The excerpt is one line: its data starts at its start or at the span.
        let start = contents.span().offset();
        let column = match self.text.get(self.lead..start) {
            Some(own) => self.column + own.chars().count(),
            None => self.column,
        };
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.to_string(),
            contents.data(),
            *contents.span(),
            contents.line() + self.line,
            column,
            contents.line_count() + self.line,
        )))
    }
}

impl fmt::Debug for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.finding.message)
    }
}

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.finding.message)
    }
}

impl std::error::Error for Shown<'_> {}

impl Shown<'_> {
    fn span(&self, span: crate::diagnostic::Span) -> miette::SourceSpan {
        let offset = span.offset.min(self.len);
        let length = span.length.min(self.len - offset);
        (offset, length).into()
    }
}

impl Diagnostic for Shown<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(self.finding.code.as_str()))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match (self.finding.severity, &self.finding.waiver) {
            (_, Some(_)) => miette::Severity::Advice,
            (Severity::Error, None) => miette::Severity::Error,
            (Severity::Warning, None) => miette::Severity::Warning,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        let waived =
            self.finding.waiver.as_ref().map(|w| {
                crate::messages::waived_note(&w.owner, &w.expires.to_string(), &w.reason, w.ticket.as_deref())
            });
        let repeated = (self.finding.repeated > 0).then(|| crate::messages::repeated_note(self.finding.repeated));
        let lines: Vec<String> =
            self.finding.help.iter().cloned().chain(waived).chain(repeated).collect::<Vec<String>>();
        (!lines.is_empty()).then(|| Box::new(lines.join("\n")) as Box<dyn fmt::Display + 'b>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let primary = LabeledSpan::new_primary_with_span(self.finding.label.clone(), self.span(self.finding.span));
        let others =
            self.finding.labels.iter().map(|l| LabeledSpan::new_with_span(Some(l.message.clone()), self.span(l.span)));
        Some(Box::new(std::iter::once(primary).chain(others)))
    }
}

/// Lines longer than this are shown as an excerpt around the finding.
const LONG_LINE: usize = 400;
/// Bytes of context either side of the finding in an excerpt.
const EXCERPT_CONTEXT: usize = 60;

/// Renders one file's findings.
pub fn render_file(report: &FileReport, style: Style) -> String {
    let source = IndexedSource { name: &report.path, text: &report.text, lines: report.lines() };
    render_with(report, style, &source)
}

fn render_with(report: &FileReport, style: Style, source: &dyn SourceCode) -> String {
    let theme = if style.color { GraphicalTheme::unicode() } else { GraphicalTheme::unicode_nocolor() };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(style.width)
        .with_links(false)
        .with_word_separator(textwrap::WordSeparator::AsciiSpace)
        .with_word_splitter(textwrap::WordSplitter::NoHyphenation)
        .with_break_words(false);
    let mut out = String::new();
    for finding in &report.findings {
        let excerpt = excerpt(report, finding);
        let rendered = match &excerpt {
            Some((finding, source)) => {
                handler.render_report(&mut out, &Shown { finding, source, len: source.text.len() })
            }
            None => handler.render_report(&mut out, &Shown { finding, source, len: report.text.len() }),
        };
        if rendered.is_err() {
            out.push_str(&format!("{}: {}\n", finding.code, finding.message));
        }
        out.push('\n');
    }
    out
}

/// For a finding on a very long line (minified or hostile input), the finding
/// re-anchored in a short excerpt of that line, so that the report stays readable.
fn excerpt<'r>(report: &'r FileReport, finding: &Finding) -> Option<(Finding, Excerpt<'r>)> {
    let text = &report.text;
    let at = floor(text, finding.span.offset);
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    if line_end - line_start <= LONG_LINE {
        return None;
    }
    let start = floor(text, at.saturating_sub(EXCERPT_CONTEXT).max(line_start));
    let end = floor(text, (finding.span.end().min(at + EXCERPT_CONTEXT) + EXCERPT_CONTEXT).min(line_end));
    let (line, column) = report.position(start);
    let mut shown_text = String::with_capacity(end - start + 2 * ELLIPSIS.len());
    if start > line_start {
        shown_text.push_str(ELLIPSIS);
    }
    let lead = shown_text.len();
    shown_text.push_str(&text[start..end]);
    if end < line_end {
        shown_text.push_str(ELLIPSIS);
    }
    let within = |span: crate::diagnostic::Span| span.offset >= start && span.end() <= end;
    let shift = |span: crate::diagnostic::Span| crate::diagnostic::Span {
        offset: span.offset - start + lead,
        length: span.length,
    };
    let mut shown = finding.clone();
    shown.span = if within(finding.span) {
        shift(finding.span)
    } else {
        crate::diagnostic::Span { offset: at - start + lead, length: 0 }
    };
    shown.labels.retain(|l| within(l.span));
    for label in &mut shown.labels {
        label.span = shift(label.span);
    }
    Some((shown, Excerpt { name: &report.path, text: shown_text, lead, line: line - 1, column: column - 1 }))
}

/// Marks where an excerpt cuts its line.
const ELLIPSIS: &str = "…";

fn floor(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// `--format human`, written file by file.
#[derive(Debug, Clone, Copy, Default)]
pub struct Human {
    /// How to draw.
    pub style: Style,
}

impl Format for Human {
    type Part = String;
    type Writer = ();

    fn writer(&self) {}

    fn part(&self, report: &FileReport) -> String {
        let mut out = String::new();
        if report.findings.is_empty() {
            let policy = report.policy.as_ref().map(ToString::to_string).unwrap_or_default();
            out.push_str(&crate::messages::eligible_line(&report.path, &policy));
            out.push('\n');
        } else {
            if let Some(policy) = &report.policy {
                out.push_str(&crate::messages::judged_line(&report.path, &policy.to_string()));
                out.push_str("\n\n");
            }
            out.push_str(&render_file(report, self.style));
        }
        out
    }

    fn write(&self, _: &mut (), part: String, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        out.write_all(part.as_bytes())
    }

    fn finish(&self, _: &mut (), s: &Summary, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        let line = crate::messages::summary_line(s.files, s.errors, s.warnings, s.waived);
        out.write_all(line.as_bytes())?;
        out.write_all(b"\n")
    }
}

/// Renders a whole run: each file's findings, the eligible files, a summary.
pub fn render(reports: &[FileReport], style: Style) -> String {
    super::stream::render_all(Human { style }, reports)
}
