//! Access IDs and Contract IDs are secrets: no output shows more than their
//! last four characters. The redactor finds them in a file's text (even a file
//! that is not valid TOML) and masks them in the source snippets and messages
//! that `entitle` prints, keeping every byte offset where it was.

use crate::manifest::SECRET_KEYS;

/// How many trailing characters of a secret may be shown.
const SHOWN: usize = 4;
/// Shorter values are masked where they stand, but not searched for elsewhere.
const MIN_SEARCHED: usize = 5;

/// The secrets of one file.
#[derive(Debug, Clone, Default)]
pub struct Redactor {
    ranges: Vec<std::ops::Range<usize>>,
    values: Vec<String>,
}

/// `text` with control characters (but line ends and tabs) made visible, so
/// that no file can write terminal escapes through a report. Each is replaced
/// byte for byte, keeping every offset where it was.
pub fn defang(text: &str) -> std::borrow::Cow<'_, str> {
    let harmful = |c: char| c.is_control() && !matches!(c, '\n' | '\r' | '\t');
    if !text.chars().any(harmful) {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(
        text.chars().map(|c| if harmful(c) { "?".repeat(c.len_utf8()) } else { c.to_string() }).collect(),
    )
}

/// The short form of a secret for messages: `…0042`.
pub fn mask(secret: &str) -> String {
    let count = secret.chars().count();
    if count <= SHOWN {
        return format!("…{secret}");
    }
    let tail: String = secret.chars().skip(count - SHOWN).collect();
    format!("…{tail}")
}

/// `secret` with every character but the last four replaced by `*`s, byte
/// for byte, so that the text keeps its length.
fn mask_in_place(secret: &str) -> String {
    let count = secret.chars().count();
    secret
        .chars()
        .enumerate()
        .map(|(i, c)| if i + SHOWN < count { "*".repeat(c.len_utf8()) } else { c.to_string() })
        .collect()
}

impl Redactor {
    /// Finds the values of the secret keys in `source`, by reading it as text.
    pub fn scan(source: &str) -> Redactor {
        let mut redactor = Redactor::default();
        let bytes = source.as_bytes();
        for key in SECRET_KEYS {
            // Wherever the key stands, even glued to other text in a broken
            // file: masking too much is harmless, too little is not.
            for (at, _) in source.match_indices(key) {
                let mut i = at + key.len();
                if bytes.get(i).is_some_and(|b| *b == b'"' || *b == b'\'') {
                    i += 1;
                }
                while bytes.get(i).is_some_and(|b| *b == b' ' || *b == b'\t') {
                    i += 1;
                }
                if bytes.get(i) != Some(&b'=') {
                    continue;
                }
                i += 1;
                while bytes.get(i).is_some_and(|b| *b == b' ' || *b == b'\t') {
                    i += 1;
                }
                if let Some(range) = value_range(bytes, i) {
                    redactor.add_range(source, range);
                }
            }
        }
        redactor
    }

    fn add_range(&mut self, source: &str, range: std::ops::Range<usize>) {
        let Some(value) = source.get(range.clone()) else { return };
        if value.is_empty() {
            return;
        }
        if value.chars().count() >= MIN_SEARCHED && !self.values.iter().any(|v| v == value) {
            self.values.push(value.to_string());
            self.values.sort_by_key(|v| std::cmp::Reverse(v.len()));
        }
        self.ranges.push(range);
    }

    /// Adds a secret value known from the parsed file.
    pub fn add_value(&mut self, value: &str) {
        if value.chars().count() >= MIN_SEARCHED && !self.values.iter().any(|v| v == value) {
            self.values.push(value.to_string());
            self.values.sort_by_key(|v| std::cmp::Reverse(v.len()));
        }
    }

    /// The file's text with every secret masked, byte offsets unchanged.
    pub fn mask_source(&self, source: &str) -> String {
        let mut out = source.to_string();
        for range in &self.ranges {
            if let Some(value) = source.get(range.clone()) {
                out.replace_range(range.clone(), &mask_in_place(value));
            }
        }
        self.mask_text(&out)
    }

    /// `text` with every occurrence of a known secret masked.
    pub fn mask_text(&self, text: &str) -> String {
        let mut out = text.to_string();
        for value in &self.values {
            if out.contains(value.as_str()) {
                out = out.replace(value.as_str(), &mask_in_place(value));
            }
        }
        out
    }
}

/// The byte range of the value that starts at `start`: a string's contents, or
/// a bare token up to the next delimiter.
fn value_range(bytes: &[u8], start: usize) -> Option<std::ops::Range<usize>> {
    let quote = *bytes.get(start)?;
    if quote == b'"' || quote == b'\'' {
        let from = start + 1;
        let mut i = from;
        while let Some(&b) = bytes.get(i) {
            if b == quote || b == b'\n' {
                break;
            }
            if b == b'\\' && quote == b'"' {
                i += 1;
            }
            i += 1;
        }
        let end = i.min(bytes.len());
        return (end > from).then_some(from..end);
    }
    let end = bytes[start..]
        .iter()
        .position(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b',' | b'}' | b']' | b'#'))
        .map_or(bytes.len(), |p| start + p);
    (end > start).then_some(start..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_all_but_the_last_four_characters() {
        let src = "access_id = \"AID-7731-0042\"\ncontract_id='CID-5519-8810' # CID-5519-8810\n";
        let masked = Redactor::scan(src).mask_source(src);
        assert_eq!(masked.len(), src.len());
        assert!(!masked.contains("AID-7731-0042") && !masked.contains("CID-5519-8810"));
        assert!(masked.contains("\"*********0042\""), "{masked}");
        assert!(masked.contains("# *********8810"), "{masked}");
    }

    /// Found by the `manifest` fuzz target: a key glued to other text.
    #[test]
    fn masks_a_key_glued_to_other_text() {
        let src = "requested_on = 2021-access_id = \"AID-9902-1187\"\n";
        let masked = Redactor::scan(src).mask_source(src);
        assert!(!masked.contains("9902"), "{masked}");
    }

    #[test]
    fn masks_bare_and_broken_values() {
        let src = "[[x]]\naccess_id = AID-7731-0042\ncontract_id = \"CID-55";
        let masked = Redactor::scan(src).mask_source(src);
        assert!(!masked.contains("7731"), "{masked}");
        assert!(!masked.contains("CID-55"), "{masked}");
        assert_eq!(mask("AID-7731-0042"), "…0042");
    }
}
