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
            Draft::new(Code::SYNTAX, messages::not_utf8(), Target::Span(Span { offset: at, length }))
                .help(messages::not_utf8_help())
                .label(messages::not_utf8_label()),
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
        let mut drafts = Vec::with_capacity(errors.len());
        let mut unplaced: Option<String> = None;
        for (message, span) in errors {
            // The parser places every fault but its "recursion limit", which
            // it repeats for each key too deep: report it once, at the first
            // place too deep. (A manifest's check asks `too_deep` itself
            // whenever it fails to parse; this is for the other files, such
            // as policies.)
            if span == Span::default() {
                if unplaced.as_ref() == Some(&message) {
                    continue;
                }
                unplaced = Some(message.clone());
                if let Some(draft) = too_deep(text) {
                    drafts.push(draft);
                    continue;
                }
            }
            // An empty span is widened to the character at it (on a character
            // boundary, or the span is kept as the parser gave it).
            let span = match text.get(span.offset..).and_then(|rest| rest.chars().next()) {
                Some(c) if span.length == 0 => Span { offset: span.offset, length: c.len_utf8() },
                _ => span,
            };
            drafts.push(
                Draft::new(Code::SYNTAX, messages::syntax(&message), Target::Span(span))
                    .help(messages::syntax_help(&message)),
            );
        }
        drafts
    })
}

/// Keys and arrays may nest this deep (each part of a dotted key is a
/// level): far deeper than any manifest needs.
pub const MAX_DEPTH: usize = 32;

/// Files up to this size are parsed before their depth is scanned (and
/// scanned only when the tree is deep): parsing 64 KiB costs little however
/// the text nests. Larger ones are scanned first.
pub const PARSE_BEFORE_DEPTH_SCAN: usize = 64 * 1024;

/// A `limit.depth` draft at the first place that nests deeper than
/// [`MAX_DEPTH`], found by reading the text (strings and comments aside): a
/// bracket, or the part of a dotted key (`a.b.c`, in a
/// header or before `=`) that goes too deep, since each part is a table.
/// The parser would stop at keys of 80 parts with a "recursion limit" that
/// says neither where nor only once.
pub fn too_deep(text: &str) -> Option<Draft> {
    let bytes = text.as_bytes();
    // The open brackets, `[` or `{`: the depth, and whether a key comes next
    // after a comma (in an inline table) or not (in an array).
    let mut open: Vec<u8> = Vec::new();
    let mut key_next = true;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b' ' | b'\t' | b'\r' => {}
            b'\n' => key_next |= open.is_empty(),
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'[' if key_next && open.is_empty() => {
                // A table header: its key nests as deep as it has parts.
                let (end, too_deep) = dotted_key(bytes, i + if bytes[i..].starts_with(b"[[") { 2 } else { 1 }, 0);
                if let Some(span) = too_deep {
                    return Some(depth_draft(span));
                }
                key_next = false;
                i = end;
                continue;
            }
            b if key_next && starts_key(b) => {
                let (end, too_deep) = dotted_key(bytes, i, open.len());
                if let Some(span) = too_deep {
                    return Some(depth_draft(span));
                }
                key_next = false;
                i = end.max(i + 1);
                continue;
            }
            quote @ (b'"' | b'\'') => i = string_end(bytes, i, quote),
            bracket @ (b'[' | b'{') => {
                open.push(bracket);
                if open.len() > MAX_DEPTH {
                    return Some(depth_draft(Span { offset: i, length: 1 }));
                }
                key_next = bracket == b'{';
            }
            b']' | b'}' => {
                open.pop();
                key_next = false;
            }
            b',' => key_next = open.last() == Some(&b'{'),
            _ => key_next = false,
        }
        i += 1;
    }
    None
}

fn depth_draft(span: Span) -> Draft {
    Draft::new(Code::LIMIT_DEPTH, messages::too_deep(MAX_DEPTH), Target::Span(span)).help(messages::too_deep_help())
}

/// Reads the dotted key that starts at `i` (spaces before it allowed), at
/// `depth` brackets deep: where it ends, and the span of its first part
/// beyond [`MAX_DEPTH`], if it has one.
fn dotted_key(bytes: &[u8], mut i: usize, depth: usize) -> (usize, Option<Span>) {
    let blank = |bytes: &[u8], mut i: usize| {
        while i < bytes.len() && matches!(bytes[i], b' ' | b'\t') {
            i += 1;
        }
        i
    };
    let mut parts = depth;
    loop {
        i = blank(bytes, i);
        let start = i;
        match bytes.get(i) {
            Some(&quote @ (b'"' | b'\'')) => i = string_end(bytes, i, quote) + 1,
            Some(&b) if bare(b) => {
                while i < bytes.len() && bare(bytes[i]) {
                    i += 1;
                }
            }
            _ => return (i, None),
        }
        parts += 1;
        if parts > MAX_DEPTH {
            return (i, Some(Span { offset: start, length: i.min(bytes.len()) - start }));
        }
        i = blank(bytes, i);
        if bytes.get(i) != Some(&b'.') {
            return (i, None);
        }
        i += 1;
    }
}

/// Whether a key can start with this byte.
fn starts_key(b: u8) -> bool {
    bare(b) || b == b'"' || b == b'\''
}

/// Whether a bare key may hold this byte: ASCII letters, digits, `-` and `_`,
/// and (TOML 1.1) other letters, which take more than one byte.
fn bare(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b >= 0x80
}

/// The index of the last byte of the string that opens at `i` with `quote`
/// (of its closing quotes, when multi-line), or of the line end when it is
/// not closed on its line.
fn string_end(bytes: &[u8], mut i: usize, quote: u8) -> usize {
    let multiline = bytes[i..].starts_with(&[quote; 3]);
    let width = if multiline { 3 } else { 1 };
    i += width;
    while i < bytes.len() {
        if quote == b'"' && bytes[i] == b'\\' {
            i += 2;
            continue;
        }
        if bytes[i] == quote && (!multiline || bytes[i..].starts_with(&[quote; 3])) {
            return i + width - 1;
        }
        if !multiline && bytes[i] == b'\n' {
            return i - 1;
        }
        i += 1;
    }
    bytes.len()
}

/// A `limit.file-size` draft for a file of `size` bytes over `limit`.
pub fn too_large(size: u64, limit: u64) -> Draft {
    Draft::new(Code::LIMIT_FILE_SIZE, messages::too_large(size, limit), Target::Span(Span::default()))
        .help(messages::too_large_help())
}

/// A `limit.file-size` draft for a stream read up to one byte past `limit`,
/// whose whole size is not known (and may have no end).
pub fn too_large_unknown(limit: u64) -> Draft {
    Draft::new(Code::LIMIT_FILE_SIZE, messages::too_large_unknown(limit), Target::Span(Span::default()))
        .help(messages::too_large_help())
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

    /// The span `too_deep` finds in `text`, as the text it covers and its offset.
    fn too_deep_at(text: &str) -> Option<(&str, usize)> {
        let draft = too_deep(text)?;
        assert_eq!(draft.code, Code::LIMIT_DEPTH);
        let Target::Span(span) = draft.at else { panic!("a span") };
        Some((&text[span.offset..span.end()], span.offset))
    }

    #[test]
    fn each_part_of_a_dotted_key_is_a_level() {
        let key = |parts: usize, last: &str| {
            let mut names: Vec<String> = (1..parts).map(|i| format!("k{i}")).collect();
            names.push(last.to_string());
            names.join(".")
        };
        let limit = MAX_DEPTH;
        // As deep as allowed: in a header, before `=`, in an inline table.
        assert!(too_deep_at(&format!("[{}]\n", key(limit, "z"))).is_none());
        assert!(too_deep_at(&format!("[[{}]]\n", key(limit, "z"))).is_none());
        assert!(too_deep_at(&format!("{} = 1\n", key(limit, "z"))).is_none());
        assert!(too_deep_at(&format!("t = {{ {} = 1 }}\n", key(limit - 1, "z"))).is_none());
        // One more: the part beyond the limit, wherever the key is.
        let header = format!("a = 1\n[{}]\n", key(limit + 1, "z"));
        assert_eq!(too_deep_at(&header), Some(("z", header.find(".z]").expect("z") + 1)));
        let array = format!("[[{}]]\n", key(limit + 1, "z"));
        assert_eq!(too_deep_at(&array), Some(("z", array.find(".z]").expect("z") + 1)));
        let spaced = format!("{} . \"z.z\" = 1\n", key(limit, &format!("k{limit}")));
        assert_eq!(too_deep_at(&spaced), Some(("\"z.z\"", spaced.find('"').expect("quote"))));
        let inline = format!("t = [{{ {} = 1 }}]\n", key(limit - 1, "z"));
        assert_eq!(too_deep_at(&inline), Some(("z", inline.find(".z ").expect("z") + 1)));
        // Dots in values, strings and comments are not keys.
        let values =
            format!("a = 1.5\nb = \"{}\" # {}\nc = [\n  \"x\",\n  {{ d = 2 }},\n]\n", ".".repeat(99), "a.".repeat(99));
        assert!(too_deep_at(&values).is_none());
        let quoted = format!("\"{}\" = 1\n", "a.".repeat(99));
        assert!(too_deep_at(&quoted).is_none());
    }

    #[test]
    fn a_recursion_limit_of_the_parser_is_reported_once_where_it_is() {
        // Keys deep enough for the parser's own limit, which it reports for
        // each of them and at no place: one finding, at the first one.
        let deep = |line: usize| format!("{} = {line}\n", "a.".repeat(100 + line).trim_end_matches('.'));
        let text = format!("x = 1\n{}{}{}", deep(2), deep(3), deep(4));
        let Err(drafts) = parse(&text) else { panic!("the parser refuses it") };
        assert_eq!(drafts.len(), 1, "{drafts:?}");
        assert_eq!(drafts[0].code, Code::LIMIT_DEPTH);
        assert_eq!(drafts[0].at, Target::Span(Span { offset: "x = 1\n".len() + 2 * MAX_DEPTH, length: 1 }));
    }
}
