//! Where something is in a file: a byte range.

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
