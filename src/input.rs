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

/// The text to show for a file that is not UTF-8: each invalid byte becomes
/// one `?`, so that every offset stays the file's own and every span lands on
/// a character boundary. (A replacement character would take three bytes.)
pub fn display_text(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        out.extend(std::iter::repeat_n('?', chunk.invalid().len()));
    }
    out
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

/// Arrays and tables may nest this deep; a manifest needs three levels.
pub const MAX_DEPTH: usize = 32;

/// A `limit.depth` draft at the bracket that nests deeper than [`MAX_DEPTH`],
/// found by reading the text (strings and comments aside) before parsing it.
pub fn too_deep(text: &str) -> Option<Draft> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            quote @ (b'"' | b'\'') => {
                let multiline = bytes[i..].starts_with(if quote == b'"' { b"\"\"\"" } else { b"\'\'\'" });
                let width = if multiline { 3 } else { 1 };
                i += width;
                while i < bytes.len() {
                    if quote == b'"' && bytes[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if bytes[i] == quote && (!multiline || bytes[i..].starts_with(&[quote; 3])) {
                        i += width - 1;
                        break;
                    }
                    if !multiline && bytes[i] == b'\n' {
                        break;
                    }
                    i += 1;
                }
            }
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some(
                        Draft::new(
                            Code::LimitDepth,
                            messages::too_deep(MAX_DEPTH),
                            Target::Span(Span { offset: i, length: 1 }),
                        )
                        .help(messages::TOO_DEEP_HELP),
                    );
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    None
}

/// A `limit.file-size` draft for a file of `size` bytes over `limit`.
pub fn too_large(size: u64, limit: u64) -> Draft {
    Draft::new(Code::LimitFileSize, messages::too_large(size, limit), Target::Span(Span::default()))
        .help(messages::TOO_LARGE_HELP)
}

/// A `limit.file-size` draft for a stream read up to one byte past `limit`,
/// whose whole size is not known (and may have no end).
pub fn too_large_unknown(limit: u64) -> Draft {
    Draft::new(Code::LimitFileSize, messages::too_large_unknown(limit), Target::Span(Span::default()))
        .help(messages::TOO_LARGE_HELP)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_counts_brackets_outside_strings_and_comments() {
        assert!(too_deep("a = [[1]]\n[[t]]\nb = { c = [2] }").is_none());
        assert!(too_deep(&format!("a = \"{}\" # {}", "[".repeat(100), "{".repeat(100))).is_none());
        assert!(too_deep(&format!("a = \"\"\"\n{}\"\"\"", "[".repeat(100))).is_none());
        let deep = format!("a = {}", "[".repeat(MAX_DEPTH + 1));
        let draft = too_deep(&deep).expect("too deep");
        assert_eq!(draft.at, Target::Span(Span { offset: 4 + MAX_DEPTH, length: 1 }));
    }
}
