//! An open document's text, edited in place by the client's changes, and the
//! mapping between LSP positions (line, character in the negotiated
//! encoding) and byte offsets. Every position a client sends is clamped onto
//! the text: a line past the end, a character past the line's end, an offset
//! inside a surrogate pair or a UTF-8 sequence, an inverted range. No edit
//! sequence can make it panic.

use lsp_types::{Position, Range};

/// How the client counts the characters of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Encoding {
    /// UTF-8 bytes, when the client offers it.
    Utf8,
    /// UTF-16 code units: the protocol's default.
    #[default]
    Utf16,
}

/// The text of an open document, with the byte offset of each line start.
#[derive(Debug, Clone, Default)]
pub struct Text {
    text: String,
    starts: Vec<usize>,
    /// The UTF-16 units before each block of [`BLOCK`] bytes: a position on
    /// a long line costs one block, not the line (many diagnostics on one
    /// long line would otherwise be quadratic).
    units: Vec<usize>,
}

/// Bytes per checkpoint of [`Text::units`].
const BLOCK: usize = 256;

/// The UTF-16 units of the characters that start in `bytes`.
fn units_in(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .map(|&b| {
            if b & 0xC0 == 0x80 {
                0
            } else if b >= 0xF0 {
                2
            } else {
                1
            }
        })
        .sum()
}

impl Text {
    /// A document holding `text`.
    pub fn new(text: String) -> Text {
        let mut doc = Text { text, starts: Vec::new(), units: Vec::new() };
        doc.index();
        doc
    }

    /// The whole text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    fn index(&mut self) {
        self.starts.clear();
        self.starts.push(0);
        let bytes = self.text.as_bytes();
        for (i, b) in bytes.iter().enumerate() {
            match b {
                b'\n' => self.starts.push(i + 1),
                // A lone `\r` ends a line too; `\r\n` is one line end.
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => self.starts.push(i + 1),
                _ => {}
            }
        }
        self.units.clear();
        let mut seen = 0;
        for block in bytes.chunks(BLOCK) {
            self.units.push(seen);
            seen += units_in(block);
        }
        self.units.push(seen);
    }

    /// The UTF-16 units before a byte offset on a character boundary.
    fn units_before(&self, offset: usize) -> usize {
        let block = offset / BLOCK;
        self.units.get(block).copied().unwrap_or(0) + units_in(&self.text.as_bytes()[block * BLOCK..offset])
    }

    /// Replaces a range (or the whole text, for `None`) with `new_text`.
    pub fn apply(&mut self, range: Option<Range>, new_text: &str, encoding: Encoding) {
        match range {
            None => self.text = new_text.to_string(),
            Some(range) => {
                let a = self.offset(range.start, encoding);
                let b = self.offset(range.end, encoding);
                let (start, end) = if a <= b { (a, b) } else { (b, a) };
                self.text.replace_range(start..end, new_text);
            }
        }
        self.index();
    }

    /// The byte range of a 0-based line, without its line end.
    fn line_bounds(&self, line: usize) -> (usize, usize) {
        let start = self.starts[line];
        let mut end = self.starts.get(line + 1).copied().unwrap_or(self.text.len());
        let bytes = self.text.as_bytes();
        if end > start && bytes[end - 1] == b'\n' {
            end -= 1;
        }
        if end > start && bytes[end - 1] == b'\r' {
            end -= 1;
        }
        (start, end)
    }

    /// The byte offset of a position, clamped onto the text and onto a
    /// character boundary.
    pub fn offset(&self, position: Position, encoding: Encoding) -> usize {
        let line = position.line as usize;
        if line >= self.starts.len() {
            return self.text.len();
        }
        let (start, end) = self.line_bounds(line);
        let wanted = position.character as usize;
        let mut counted = 0;
        for (i, c) in self.text[start..end].char_indices() {
            let width = match encoding {
                Encoding::Utf8 => c.len_utf8(),
                Encoding::Utf16 => c.len_utf16(),
            };
            // Inside a character (a surrogate pair, a UTF-8 sequence): its start.
            if counted + width > wanted {
                return start + i;
            }
            counted += width;
        }
        end
    }

    /// The position of a byte offset (clamped onto the text).
    pub fn position(&self, offset: usize, encoding: Encoding) -> Position {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset).saturating_sub(1);
        let (start, end) = self.line_bounds(line);
        let offset = offset.clamp(start, end);
        let character = match encoding {
            Encoding::Utf8 => offset - start,
            Encoding::Utf16 => self.units_before(offset) - self.units_before(start),
        };
        Position::new(line as u32, character as u32)
    }

    /// The range of a byte span.
    pub fn range(&self, offset: usize, length: usize, encoding: Encoding) -> Range {
        Range::new(self.position(offset, encoding), self.position(offset.saturating_add(length), encoding))
    }

    /// The number of lines.
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// The 0-based line holding a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset).saturating_sub(1)
    }

    /// The text of a 0-based line, without its line end, and its start.
    pub fn line(&self, line: usize) -> (usize, &str) {
        if line >= self.starts.len() {
            return (self.text.len(), "");
        }
        let (start, end) = self.line_bounds(line);
        (start, &self.text[start..end])
    }

    /// The byte offset where a line starts (the end of the text past the last).
    pub fn line_start(&self, line: usize) -> usize {
        self.starts.get(line).copied().unwrap_or(self.text.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_utf16_units_or_bytes() {
        let text = Text::new("a = \"é😀x\"\nb\r\nc".to_string());
        let x = text.as_str().find('x').unwrap();
        assert_eq!(text.position(x, Encoding::Utf16), Position::new(0, 8));
        assert_eq!(text.position(x, Encoding::Utf8), Position::new(0, 11));
        assert_eq!(text.offset(Position::new(0, 8), Encoding::Utf16), x);
        assert_eq!(text.offset(Position::new(0, 11), Encoding::Utf8), x);
        // Inside the surrogate pair, or inside the UTF-8 sequence: the emoji's start.
        assert_eq!(text.offset(Position::new(0, 7), Encoding::Utf16), x - 4);
        assert_eq!(text.offset(Position::new(0, 9), Encoding::Utf8), x - 4);
        assert_eq!(text.position(text.as_str().find('c').unwrap(), Encoding::Utf16), Position::new(2, 0));
    }

    #[test]
    fn edits_clamp_ranges_past_the_end_and_inverted_ones() {
        let mut text = Text::new("ab\ncd".to_string());
        text.apply(Some(Range::new(Position::new(0, 99), Position::new(9, 9))), "!", Encoding::Utf16);
        assert_eq!(text.as_str(), "ab!");
        text.apply(Some(Range::new(Position::new(0, 2), Position::new(0, 0))), "x", Encoding::Utf16);
        assert_eq!(text.as_str(), "x!");
    }
}
