//! What reaches a terminal, a CI log, a Markdown page or a JSON consumer is
//! never a raw byte of an input: file names, keys, ids, waiver fields, policy
//! strings and command-line arguments can all hold control characters
//! (terminal escapes, line breaks that start a GitHub workflow command) or
//! invisible bidirectional controls that make text read other than it is
//! ("Trojan Source"). Every report is escaped once, when it is made
//! ([`crate::FileReport::new`]); each output format then escapes for its own
//! syntax (`render::github`, `render::markdown`).

use std::borrow::Cow;

/// Characters that change how text around them is read without being seen:
/// bidirectional embeddings, overrides and isolates, zero-width characters,
/// line and paragraph separators, the byte order mark.
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// Whether a character may not be shown as it is on one line of output.
fn unsafe_inline(c: char) -> bool {
    c.is_control() || is_invisible(c)
}

/// Whether a byte is printable ASCII (with `lines`, a line end or tab too):
/// nothing to escape. Text is read byte by byte for these, and character by
/// character only where it is not, since nearly all text is so.
fn plain_byte(b: u8, lines: bool) -> bool {
    (0x20..0x7f).contains(&b) || (lines && (b == b'\n' || b == b'\t'))
}

/// The offset of the first byte that is not [`plain_byte`]: 32 bytes are
/// asked at a time without stopping early, which the compiler vectorizes.
fn first_not_plain(bytes: &[u8], lines: bool) -> Option<usize> {
    let mut chunks = bytes.chunks_exact(32);
    let mut at = 0;
    for chunk in chunks.by_ref() {
        if !chunk.iter().fold(true, |plain, &b| plain & plain_byte(b, lines)) {
            break;
        }
        at += 32;
    }
    bytes[at..].iter().position(|&b| !plain_byte(b, lines)).map(|p| at + p)
}

/// Whether any character of `text` is `harmful`, asked only of those that
/// are not printable ASCII (with `lines`, line ends and tabs): `harmful`
/// gets the character and its offset.
fn any_harmful(text: &str, lines: bool, harmful: impl Fn(usize, char) -> bool) -> bool {
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(skip) = first_not_plain(&bytes[at..], lines) {
        at += skip;
        let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else { return true };
        if harmful(at, c) {
            return true;
        }
        at += c.len_utf8();
    }
    false
}

/// `text` made safe for one line of any output: control characters (line
/// ends and tabs too) and invisible characters are written as escapes
/// (`\n`, `\u{1b}`, `\u{202e}`), so a file name or id can neither break a
/// line nor hide what it says.
pub fn inline(text: &str) -> Cow<'_, str> {
    if !any_harmful(text, false, |_, c| unsafe_inline(c)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if unsafe_inline(c) => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// A file's text made safe to show in snippets, keeping every byte offset
/// (spans point into it) and every line: control characters but tabs and
/// line ends become `?` (one per byte), invisible characters `�` (three
/// bytes, like every one of them but U+061C). A carriage return that ends a
/// line is kept; one that does not would move the cursor back over the line.
pub fn source(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let harmful = |(i, c): (usize, char)| match c {
        '\n' | '\t' => false,
        '\r' => bytes.get(i + 1) != Some(&b'\n'),
        c => unsafe_inline(c),
    };
    if !any_harmful(text, true, |i, c| harmful((i, c))) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        if !harmful((i, c)) {
            out.push(c);
        } else if c.len_utf8() == 3 {
            out.push('\u{FFFD}');
        } else {
            out.extend(std::iter::repeat_n('?', c.len_utf8()));
        }
    }
    Cow::Owned(out)
}

/// Text made safe to print on a terminal where lines and tabs are meant:
/// every other control character and every invisible one is escaped.
pub fn lines(text: &str) -> Cow<'_, str> {
    escape_lines(text, unsafe_inline)
}

/// A whole document on its way to a terminal (JSON included: its encoder
/// already writes control characters as escapes, so this changes nothing
/// there): control characters but line ends and tabs are escaped.
pub fn controls(text: &str) -> Cow<'_, str> {
    escape_lines(text, char::is_control)
}

fn escape_lines(text: &str, unsafe_char: fn(char) -> bool) -> Cow<'_, str> {
    let harmful = |c: char| unsafe_char(c) && c != '\n' && c != '\t';
    if !any_harmful(text, true, |_, c| harmful(c)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for line in text.split_inclusive('\n') {
        let (body, end) = line.strip_suffix('\n').map_or((line, ""), |b| (b, "\n"));
        for part in body.split('\t').enumerate() {
            if part.0 > 0 {
                out.push('\t');
            }
            out.push_str(&inline(part.1));
        }
        out.push_str(end);
    }
    Cow::Owned(out)
}

/// A Markdown code span holding `text` literally: no emphasis, link, HTML or
/// heading inside it is live. The fence is longer than any run of backticks
/// in the text; in a table cell, `|` is escaped as GitHub requires.
pub fn markdown_code(text: &str, in_table: bool) -> String {
    let text = inline(text);
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') || text.is_empty() { " " } else { "" };
    let body = if in_table { text.replace('|', "\\|") } else { text.into_owned() };
    format!("{fence}{pad}{body}{pad}{fence}")
}

/// Markdown text with nothing live in it: the punctuation that Markdown or
/// HTML reads is escaped, and a value that `entitle` quotes in backticks is
/// shown as a code span.
pub fn markdown_text(text: &str, in_table: bool) -> String {
    let text = inline(text);
    let mut out = String::with_capacity(text.len() + 16);
    // Our sentences quote every value in backticks: odd segments are values.
    let segments: Vec<&str> = text.split('`').collect();
    let balanced = segments.len() % 2 == 1;
    for (i, segment) in segments.iter().enumerate() {
        if i % 2 == 1 && (balanced || i + 1 < segments.len()) {
            out.push_str(&markdown_code(segment, in_table));
            continue;
        }
        if i % 2 == 1 {
            out.push_str("\\`");
        }
        for c in segment.chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '|' if in_table => out.push_str("\\|"),
                '\\' | '*' | '_' | '[' | ']' | '#' | '~' | '|' => {
                    out.push('\\');
                    out.push(c);
                }
                c => out.push(c),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The byte-wise tests pass only text the character-wise one passes.
        #[test]
        fn printable_ascii_has_nothing_to_escape(
            text in "[\\x00-\\x7f\\u{80}-\\u{3000}]{0,100}|[ -~\\n\\t]{0,90}[\\x00-\\x1f\\u{80}-\\u{3000}]?[ -~]{0,60}"
        ) {
            if text.bytes().all(|b| plain_byte(b, false)) {
                proptest::prop_assert!(!text.chars().any(unsafe_inline));
            }
            if text.bytes().all(|b| plain_byte(b, true)) {
                proptest::prop_assert!(!text.chars().any(|c| unsafe_inline(c) && c != '\n' && c != '\t'));
                proptest::prop_assert_eq!(source(&text), text.as_str());
            }
            let lines = |c: char| unsafe_inline(c) && c != '\n' && c != '\t';
            proptest::prop_assert_eq!(any_harmful(&text, false, |_, c| unsafe_inline(c)), text.chars().any(unsafe_inline));
            proptest::prop_assert_eq!(any_harmful(&text, true, |_, c| lines(c)), text.chars().any(lines));
        }
    }

    #[test]
    fn inline_escapes_controls_and_invisibles() {
        assert_eq!(inline("a.toml"), "a.toml");
        assert_eq!(inline("x\n::error file=a::b"), "x\\n::error file=a::b");
        assert_eq!(inline("\u{1b}[2J\u{7}"), "\\u{1b}[2J\\u{7}");
        assert_eq!(inline("admin\u{202E}gnp.exe"), "admin\\u{202e}gnp.exe");
    }

    #[test]
    fn source_keeps_offsets_and_lines() {
        let text = "a = \"\u{1b}[2J\"\r\nb = \"x\ry\u{2066}\"\n";
        let shown = source(text);
        assert_eq!(shown.len(), text.len());
        assert_eq!(shown.lines().count(), text.lines().count());
        assert!(!shown.contains('\u{1b}') && !shown.contains('\u{2066}'));
        assert!(shown.contains("\r\n"), "a CRLF line end is kept");
        assert!(!shown.contains("x\ry"), "a lone CR is not");
    }

    #[test]
    fn lines_keeps_line_ends_and_tabs_only() {
        assert_eq!(lines("a\tb\nc\u{1b}d\r\n"), "a\tb\nc\\u{1b}d\\r\n");
    }

    #[test]
    fn markdown_shows_everything_literally() {
        assert_eq!(markdown_code("a`b", false), "``a`b``");
        assert_eq!(markdown_code("a|b", true), "`a\\|b`");
        let text = markdown_text("unknown product `x|<img src=x>[l](u)`; see [docs](u) <b>", true);
        assert!(text.starts_with("unknown product `x\\|<img src=x>[l](u)`"), "{text}");
        assert!(text.ends_with("see \\[docs\\](u) &lt;b&gt;"), "{text}");
        assert_eq!(markdown_text("a `b", false), "a \\`b");
    }
}
