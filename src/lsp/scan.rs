//! A forgiving, line-by-line reading of a TOML file for the editor's
//! requests: which table entry, key and value the cursor is on, and where
//! each `[[table]]` entry starts and ends. It reads half-typed files that the
//! TOML parser refuses, which is what a file being edited mostly is. One
//! pass over the text per request.

/// One `key = value` line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pair {
    /// The key as written, unquoted (`a.b` for a dotted key).
    pub key: String,
    /// The byte range of the key.
    pub key_span: (usize, usize),
    /// The byte range from the key's start to the line's end.
    pub line_span: (usize, usize),
    /// Whether the line has its `=`.
    pub eq: bool,
    /// The values on the line: one, or the items of a one-line array.
    pub values: Vec<Value>,
}

/// A value: a string (its content, without quotes) or a bare literal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Value {
    /// The content.
    pub text: String,
    /// The byte range of the content (inside the quotes of a string).
    pub span: (usize, usize),
    /// Whether it is a quoted string.
    pub quoted: bool,
}

/// A table, or an entry of an array of tables, and its lines.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Entry {
    /// The table's name (`""` for the root).
    pub table: String,
    /// Written `[[table]]`.
    pub array: bool,
    /// Its index among the entries of `[[table]]`.
    pub index: usize,
    /// The byte range of its header line (empty for the root).
    pub header: (usize, usize),
    /// Where it ends: the next header's line start, or the end of the text.
    pub end: usize,
    /// Its `key = value` lines.
    pub pairs: Vec<Pair>,
}

impl Entry {
    /// The first value of a key.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.pairs.iter().find(|p| p.key == key).and_then(|p| p.values.first())
    }

    /// The text of the first value of a key.
    pub fn text(&self, key: &str) -> Option<&str> {
        self.get(key).map(|v| v.text.as_str())
    }
}

/// Where the cursor is.
#[derive(Debug, Clone, Copy)]
pub struct Cursor<'e> {
    /// The entry it is in.
    pub entry: &'e Entry,
    /// The line's pair, when the line has one.
    pub pair: Option<&'e Pair>,
    /// The value under the cursor.
    pub value: Option<&'e Value>,
    /// Whether the cursor is on the key side of the line (or a line with no `=`).
    pub on_key: bool,
}

/// The tables and entries of a text, in order.
pub fn entries(text: &str) -> Vec<Entry> {
    let mut out = vec![Entry {
        table: String::new(),
        array: false,
        index: 0,
        header: (0, 0),
        end: text.len(),
        pairs: Vec::new(),
    }];
    let mut counts: rustc_hash::FxHashMap<String, usize> = rustc_hash::FxHashMap::default();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let line_start = start;
        start += line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        let trimmed = body.trim_start();
        let indent = body.len() - trimmed.len();
        if let Some(rest) = trimmed.strip_prefix('[') {
            let array = rest.starts_with('[');
            let rest = if array { &rest[1..] } else { rest };
            let name: String = rest.split(']').next().unwrap_or_default().trim().trim_matches('"').to_string();
            if let Some(last) = out.last_mut() {
                last.end = line_start;
            }
            let index = if array {
                let n = counts.entry(name.clone()).or_insert(0);
                *n += 1;
                *n - 1
            } else {
                0
            };
            out.push(Entry {
                table: name,
                array,
                index,
                header: (line_start + indent, line_start + body.len()),
                end: text.len(),
                pairs: Vec::new(),
            });
            continue;
        }
        if let Some(last) = out.last_mut() {
            last.pairs.extend(pairs(body, line_start));
        }
    }
    out
}

/// Reads the `key = value` pairs of one line starting at byte `at`: one,
/// or several in an inline table (`{ tier = "gold", incidents = 20 },`).
fn pairs(line: &str, at: usize) -> Vec<Pair> {
    let trimmed = line.trim_start();
    if trimmed.is_empty() || trimmed.starts_with('#') {
        return Vec::new();
    }
    // Each `=` outside quotes, up to a comment.
    let bytes = line.as_bytes();
    let mut quote: Option<u8> = None;
    let mut eqs = Vec::new();
    let mut end = line.len();
    for (i, &b) in bytes.iter().enumerate() {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if b == q => quote = None,
            (None, b'=') => eqs.push(i),
            (None, b'#') => {
                end = i;
                break;
            }
            _ => {}
        }
    }
    let key_char = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b'"' | b'\'');
    if eqs.is_empty() {
        // A bare key being typed; not an array's continuation line.
        if !trimmed.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_') {
            return Vec::new();
        }
        let start = line.len() - trimmed.len();
        let raw = line[start..end].trim_end();
        return vec![Pair {
            key: raw.to_string(),
            key_span: (at + start, at + start + raw.len()),
            line_span: (at + start, at + line.len()),
            eq: false,
            values: Vec::new(),
        }];
    }
    // The key of each `=`: the key-like word just before it.
    let starts: Vec<(usize, usize)> = eqs
        .iter()
        .map(|&eq| {
            let mut key_end = eq;
            while key_end > 0 && bytes[key_end - 1].is_ascii_whitespace() {
                key_end -= 1;
            }
            let mut key_start = key_end;
            while key_start > 0 && key_char(bytes[key_start - 1]) {
                key_start -= 1;
            }
            (key_start, key_end)
        })
        .collect();
    let mut out = Vec::with_capacity(eqs.len());
    for (n, (&eq, &(key_start, key_end))) in eqs.iter().zip(&starts).enumerate() {
        let next = starts.get(n + 1).map_or(end, |s| s.0.max(eq + 1));
        let raw = &line[key_start..key_end];
        let key: String =
            raw.split('.').map(|part| part.trim().trim_matches(['"', '\''])).collect::<Vec<_>>().join(".");
        out.push(Pair {
            key,
            key_span: (at + key_start, at + key_end),
            line_span: (at + key_start, at + if n + 1 == eqs.len() { line.len() } else { next }),
            eq: true,
            values: values(&line[eq + 1..next], at + eq + 1),
        });
    }
    out
}

/// The strings and bare literals of a value's text, up to a comment.
fn values(text: &str, at: usize) -> Vec<Value> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'#' => break,
            q @ (b'"' | b'\'') => {
                let start = i + 1;
                let mut j = start;
                while j < bytes.len() && bytes[j] != q {
                    j += if bytes[j] == b'\\' && q == b'"' { 2 } else { 1 };
                }
                let end = j.min(bytes.len());
                out.push(Value { text: text[start..end].to_string(), span: (at + start, at + end), quoted: true });
                i = end + 1;
            }
            b' ' | b'\t' | b',' | b'[' | b']' | b'{' | b'}' => i += 1,
            _ => {
                let start = i;
                while i < bytes.len() && !matches!(bytes[i], b' ' | b'\t' | b',' | b']' | b'}' | b'#') {
                    i += 1;
                }
                out.push(Value { text: text[start..i].to_string(), span: (at + start, at + i), quoted: false });
            }
        }
    }
    out
}

/// What the cursor at byte `offset` is on.
pub fn cursor(entries: &[Entry], offset: usize) -> Option<Cursor<'_>> {
    let at = entries.partition_point(|e| e.header.0 <= offset).saturating_sub(1);
    let entry = entries.get(at)?;
    let pair = entry.pairs.iter().find(|p| p.line_span.0 <= offset && offset <= p.line_span.1);
    let value = pair.and_then(|p| p.values.iter().find(|v| v.span.0 <= offset && offset <= v.span.1));
    let on_key = pair.is_none_or(|p| !p.eq || offset <= p.key_span.1);
    Some(Cursor { entry, pair, value, on_key })
}

/// The entries of `[[table]]`.
pub fn of<'e>(entries: &'e [Entry], table: &'e str) -> impl Iterator<Item = &'e Entry> + 'e {
    entries.iter().filter(move |e| e.array && e.table == table)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_entries_pairs_and_values() {
        let text = "a = 1\n[[x]]\nk = \"v\" # c\n[[x]]\nlist = [\"p\", 'q']\n";
        let e = entries(text);
        assert_eq!(e.len(), 3);
        assert_eq!((e[1].table.as_str(), e[1].index, e[2].index), ("x", 0, 1));
        assert_eq!(e[1].text("k"), Some("v"));
        let items: Vec<&str> = e[2].pairs[0].values.iter().map(|v| v.text.as_str()).collect();
        assert_eq!(items, ["p", "q"]);
        let q = text.find('q').unwrap();
        let c = cursor(&e, q).unwrap();
        assert_eq!(c.value.map(|v| v.text.as_str()), Some("q"));
        assert_eq!(c.entry.index, 1);
    }

    #[test]
    fn reads_each_pair_of_an_inline_table() {
        let text = "grants = [\n  { tier = \"gold\", class = \"cloud\", n = 2 },\n]\n";
        let e = entries(text);
        let keys: Vec<&str> = e[0].pairs.iter().map(|p| p.key.as_str()).collect();
        assert_eq!(keys, ["grants", "tier", "class", "n"]);
        let c = cursor(&e, text.find("cloud").unwrap()).unwrap();
        assert_eq!(c.pair.map(|p| p.key.as_str()), Some("class"));
        assert_eq!(c.value.map(|v| v.text.as_str()), Some("cloud"));
    }
}
