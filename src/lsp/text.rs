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

/// The UTF-16 units of the characters that start in `bytes`: one for each
/// byte that starts a character, and one more for each that starts a
/// four-byte one. Branch-free, so that the compiler vectorizes it: an edit
/// recounts the text after it.
fn units_in(bytes: &[u8]) -> usize {
    // Sums of 128 bytes fit 16 bits (two units at most per byte), which the
    // compiler adds sixteen at a time; a `usize` sum it would not.
    let count = |chunk: &[u8]| chunk.iter().map(|&b| u16::from(b & 0xC0 != 0x80) + u16::from(b >= 0xF0)).sum::<u16>();
    bytes.chunks(128).map(|chunk| usize::from(count(chunk))).sum()
}

/// The offsets in `from..to` of `bytes` where a line starts: after a `\n`,
/// or after a `\r` that no `\n` follows (`\r\n` is one line end).
fn line_starts(bytes: &[u8], from: usize, to: usize) -> impl Iterator<Item = usize> + '_ {
    let to = to.min(bytes.len());
    (from..to).filter_map(move |i| match bytes[i] {
        b'\n' => Some(i + 1),
        b'\r' if bytes.get(i + 1) != Some(&b'\n') => Some(i + 1),
        _ => None,
    })
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
        self.starts.extend(line_starts(self.text.as_bytes(), 0, self.text.len()));
        self.units.clear();
        self.units_from(0);
    }

    /// Recomputes the UTF-16 checkpoints from block `block` on.
    fn units_from(&mut self, block: usize) {
        self.units.truncate(block);
        let bytes = self.text.as_bytes();
        let mut seen = self.units.last().copied().map_or(0, |last| {
            // The checkpoint before `block` counts up to its block's start.
            last + units_in(&bytes[(block - 1) * BLOCK..(block * BLOCK).min(bytes.len())])
        });
        if block > 0 && block * BLOCK > bytes.len() {
            self.units.push(seen);
            return;
        }
        for chunk in bytes[block * BLOCK..].chunks(BLOCK) {
            self.units.push(seen);
            seen += units_in(chunk);
        }
        self.units.push(seen);
    }

    /// After `old_len` bytes at `start` became `new_len` bytes: the line
    /// starts of the lines the edit touched are found again, the later ones
    /// moved, and the UTF-16 checkpoints counted from the edit on. An edit
    /// costs what it touches and a pass over the numbers after it, not a
    /// scan of the whole text.
    fn reindex(&mut self, start: usize, old_len: usize, new_len: usize) {
        let bytes = self.text.as_bytes();
        // From the start of the line before the edit's (a `\r` there may
        // now be followed by a `\n`) to one byte past its end (a `\r` it
        // ends with may now be followed by one).
        let line = self.starts.partition_point(|&s| s <= start).saturating_sub(1);
        let from = self.starts[line.saturating_sub(1)];
        let old_to = start + old_len + 1;
        let new_to = (start + new_len + 1).min(bytes.len());
        let first_kept = self.starts.partition_point(|&s| s <= old_to);
        let later: Vec<usize> =
            self.starts[first_kept..].iter().map(|&s| s - old_len + new_len).filter(|&s| s > new_to).collect();
        self.starts.truncate(self.starts.partition_point(|&s| s <= from));
        let found: Vec<usize> = line_starts(bytes, from, new_to).collect();
        self.starts.extend(found);
        self.starts.extend(later);
        self.units_from(start / BLOCK);
    }

    /// The UTF-16 units before a byte offset on a character boundary.
    fn units_before(&self, offset: usize) -> usize {
        let block = offset / BLOCK;
        self.units.get(block).copied().unwrap_or(0) + units_in(&self.text.as_bytes()[block * BLOCK..offset])
    }

    /// Replaces a range (or the whole text, for `None`) with `new_text`.
    pub fn apply(&mut self, range: Option<Range>, new_text: &str, encoding: Encoding) {
        match range {
            None => {
                self.text = new_text.to_string();
                self.index();
            }
            Some(range) => {
                let a = self.offset(range.start, encoding);
                let b = self.offset(range.end, encoding);
                let (start, end) = if a <= b { (a, b) } else { (b, a) };
                self.text.replace_range(start..end, new_text);
                self.reindex(start, end - start, new_text.len());
            }
        }
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
        let from = match encoding {
            // A byte count: the offset itself, backed onto a character's start.
            Encoding::Utf8 => {
                let mut at = start.saturating_add(wanted).min(end);
                while !self.text.is_char_boundary(at) {
                    at -= 1;
                }
                return at;
            }
            // Whole blocks before the position are passed over by their
            // checkpoints, so that a position on a long line costs one
            // block, not the line: the last block start on the line whose
            // units do not pass the position, backed onto a character.
            Encoding::Utf16 => {
                let target = self.units_before(start) + wanted;
                let first = start / BLOCK + 1;
                let last = (end / BLOCK).min(self.units.len().saturating_sub(1));
                let skipped = self.units.get(first..=last).map_or(0, |units| units.partition_point(|&u| u <= target));
                let mut at = if skipped == 0 { start } else { (first + skipped - 1) * BLOCK };
                while !self.text.is_char_boundary(at) {
                    at -= 1;
                }
                at.max(start)
            }
        };
        let mut counted = self.units_before(from) - self.units_before(start);
        for (i, c) in self.text[from..end].char_indices() {
            let i = from - start + i;
            let width = c.len_utf16();
            // Inside a character (a surrogate pair): its start.
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

    proptest::proptest! {
        /// Any sequence of edits leaves the index a full rebuild would make.
        #[test]
        fn edits_keep_the_index_a_rebuild_makes(
            // Long enough to span several blocks of checkpoints, and edits
            // from one character to several lines.
            start in "[ab\r\né😀\n]{0,40}[ab\n]{0,600}",
            edits in proptest::collection::vec((0u32..40, 0u32..80, 0u32..40, 0u32..80, "[xy\r\n😀é]{0,6}|[ab\n]{0,300}"), 1..12),
        ) {
            let mut text = Text::new(start);
            for (l1, c1, l2, c2, new) in edits {
                let range = Range::new(Position::new(l1, c1), Position::new(l2, c2));
                text.apply(Some(range), &new, Encoding::Utf16);
                let rebuilt = Text::new(text.as_str().to_string());
                proptest::prop_assert_eq!(&text.starts, &rebuilt.starts, "{:?}", text.as_str());
                proptest::prop_assert_eq!(&text.units, &rebuilt.units, "{:?}", text.as_str());
            }
        }
    }

    /// [`Text::offset`] as it was, walking the line from its start.
    fn offset_by_walking(text: &Text, position: Position, encoding: Encoding) -> usize {
        let line = position.line as usize;
        if line >= text.starts.len() {
            return text.text.len();
        }
        let (start, end) = text.line_bounds(line);
        let mut counted = 0;
        for (i, c) in text.text[start..end].char_indices() {
            let width = match encoding {
                Encoding::Utf8 => c.len_utf8(),
                Encoding::Utf16 => c.len_utf16(),
            };
            if counted + width > position.character as usize {
                return start + i;
            }
            counted += width;
        }
        end
    }

    proptest::proptest! {
        /// Skipping blocks by their checkpoints finds the offset walking finds.
        #[test]
        fn an_offset_is_found_as_walking_the_line_finds_it(
            text in "([ab\r\né😀\n]{0,5}[ab😀]{0,700}){1,3}",
            line in 0u32..6,
            character in 0u32..1200,
        ) {
            let text = Text::new(text);
            for encoding in [Encoding::Utf8, Encoding::Utf16] {
                let position = Position::new(line, character);
                proptest::prop_assert_eq!(text.offset(position, encoding), offset_by_walking(&text, position, encoding));
            }
        }
    }

    #[test]
    fn a_long_text_keeps_its_index_through_edits_across_blocks() {
        let mut text = Text::new("é\r\n".repeat(300));
        for (i, new) in ["\r", "\n", "😀😀", "", "x\ry"].iter().enumerate() {
            let at = Position::new(40 * i as u32, 1);
            text.apply(Some(Range::new(at, Position::new(40 * i as u32 + 3, 0))), new, Encoding::Utf16);
            let rebuilt = Text::new(text.as_str().to_string());
            assert_eq!(text.starts, rebuilt.starts);
            assert_eq!(text.units, rebuilt.units);
        }
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
