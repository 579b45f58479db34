//! From a file's bytes to a parsed document: UTF-8, TOML syntax, structure.
//! Shared by manifests and policies, so both report faults alike.

use crate::codes::Code;
use crate::diagnostic::{Draft, Span};
use crate::document::{Document, Target};
use crate::messages;

/// The file's text, or a `syntax` draft at the first byte that is not UTF-8.
pub fn decode(bytes: &[u8]) -> Result<&str, Box<Draft>> {
    std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        let length = e.error_len().unwrap_or(bytes.len() - at).max(1);
        Box::new(
            Draft::new(Code::Syntax, messages::NOT_UTF8, Target::Span(Span { offset: at, length }))
                .help(messages::NOT_UTF8_HELP)
                .label(messages::NOT_UTF8_LABEL),
        )
    })
}

/// The text to show for a file: itself, or with invalid bytes replaced. Up to
/// the first invalid byte the offsets are the file's own.
pub fn display_text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Parses TOML, or returns its syntax errors as drafts.
pub fn parse(text: &str) -> Result<Document<'_>, Vec<Draft>> {
    Document::parse(text).map_err(|errors| {
        errors
            .into_iter()
            .map(|(message, span)| {
                let span = if span.length == 0 && span.offset < text.len() {
                    Span { offset: span.offset, length: text[span.offset..].chars().next().map_or(1, char::len_utf8) }
                } else {
                    span
                };
                Draft::new(Code::Syntax, messages::syntax(&message), Target::Span(span))
                    .help(messages::syntax_help(&message))
            })
            .collect()
    })
}
