//! Access IDs and Contract IDs are secrets: no output shows more than their
//! last four characters, whatever the input.
//!
//! A secret is found two ways, and both are masked wherever it is printed:
//! - **by where it is written**: the value after any key that is, or looks
//!   like, a secret key (`access_id`, `Contract-ID`, `acess_id`,
//!   `"contract\u005fid"`, `access_id.value`, a `[access_id]` table), read
//!   from the file's text so that even a file that is not valid TOML, or is
//!   written carelessly (`access_id: "…"`, the value on the next line, a
//!   multi-line string, an array), is covered; and, when the file parses,
//!   every value under such a key in the parsed tree;
//! - **by its value**: each value found so is then masked wherever else it
//!   appears (a comment, a waiver's reason, an account name, a message), in
//!   one linear pass over each text (Aho–Corasick).
//!
//! Masking keeps every byte offset and every line of the file, so spans stay
//! valid.

use std::collections::BTreeMap;
use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use rustc_hash::FxHashSet;
use toml::de::{DeTable, DeValue};

/// The manifest's keys whose values are secrets (`access_id`,
/// `contract_id`): shown at most by their last four characters.
pub const SECRET_KEYS: &[&str] = &["access_id", "contract_id"];

/// How many trailing characters of a secret may be shown.
pub const SHOWN: usize = 4;
/// Shorter values are masked where they stand, but not searched for elsewhere.
const MIN_SEARCHED: usize = 5;
/// Keys up to this long are normalized on the stack; the key before a `=`
/// is looked for within four times this many bytes.
const MAX_KEY: usize = 48;
/// How many `.segment`s of a dotted key are followed to find its `=`.
const MAX_DOTTED: usize = 8;

/// Up to this many values are looked for one by one, to tell quickly
/// whether a text quotes a secret at all (nearly none does).
const FEW: usize = 16;

/// The longest head of a value that is searched for: an occurrence of the
/// head is masked for the value's whole length. A value longer than any ID
/// (a bracket left open to the end of the text) would otherwise make the
/// search's automaton hold hundreds of bytes per byte of it.
const HEAD: usize = 256;

/// Above this many heads, the search is [`many::Heads`], whose construction
/// stays linear, instead of the `aho-corasick` crate's automaton.
const MANY: usize = 2048;

mod many;

/// The secrets of one file.
#[derive(Debug, Clone, Default)]
pub struct Redactor {
    ranges: Vec<Range<usize>>,
    values: FxHashSet<String>,
    search: Option<Search>,
}

/// The search for the secret values of a file: for the head of each
/// ([`HEAD`]), with the length of the longest value it heads.
#[derive(Debug, Clone)]
struct Search {
    /// The heads searched for, in the automaton's pattern order.
    heads: Vec<(String, usize)>,
    /// A search per head, in lower case, when there are few.
    finders: Vec<memchr::memmem::Finder<'static>>,
    /// Every occurrence of every head, overlapping ones included; built
    /// when a text is found to quote one.
    automaton: std::sync::OnceLock<Automaton>,
}

/// A search for every occurrence of every head at once.
#[derive(Debug, Clone)]
enum Automaton {
    /// Up to [`MANY`] heads: the crate's, the quickest to search.
    Crate(AhoCorasick),
    /// More: one that is built in linear time.
    Many(many::Heads),
    /// The crate refused the heads: every text is masked whole.
    None,
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
/// for byte, so that the text keeps its length; line ends are kept so that
/// the text keeps its lines.
fn mask_in_place(secret: &str) -> String {
    let count = secret.chars().count();
    secret
        .chars()
        .enumerate()
        .map(|(i, c)| match c {
            '\n' | '\r' => c.to_string(),
            _ if i + SHOWN < count => "*".repeat(c.len_utf8()),
            _ => c.to_string(),
        })
        .collect()
}

/// Whether a key is, or looks like, one of the secret keys: compared without
/// case, `-`, `_` or other punctuation, and within two edits (`acess_id`,
/// `contractid`, `Contract-ID`, `access_ids`, `my_access_id`).
pub fn is_secret_key(key: &str) -> bool {
    // Normalizing keeps or drops each ASCII byte: a short ASCII key stays
    // shorter than any a secret key is near (`id`, `tier`, `user`).
    if key.len() < 6 && key.is_ascii() {
        return false;
    }
    // A manifest repeats a few dozen keys on every line, and a run repeats
    // them in every file: each short key is judged once per thread. (The
    // memo is bounded, so hostile keys cannot grow it.)
    const MEMO_KEY: usize = 32;
    const MEMO_SIZE: usize = 1024;
    thread_local! {
        static MEMO: std::cell::RefCell<rustc_hash::FxHashMap<Box<str>, bool>> = Default::default();
    }
    if key.len() <= MEMO_KEY {
        return MEMO.with_borrow_mut(|memo| match memo.get(key) {
            Some(&known) => known,
            None => {
                let answer = judge_key(key);
                // Full, it starts afresh: the words of one run's values
                // (dates, names, ids) would otherwise fill it for good,
                // and the keys that recur in every file be judged anew.
                if memo.len() >= MEMO_SIZE {
                    memo.clear();
                }
                memo.insert(key.into(), answer);
                answer
            }
        });
    }
    judge_key(key)
}

/// [`is_secret_key`], asked afresh.
fn judge_key(key: &str) -> bool {
    static NORMAL: std::sync::OnceLock<Vec<(String, u64)>> = std::sync::OnceLock::new();
    let secrets = NORMAL.get_or_init(|| {
        SECRET_KEYS
            .iter()
            .map(|k| normalize(k))
            .map(|k| {
                let letters = letters(k.as_bytes()).unwrap_or(u64::MAX);
                (k, letters)
            })
            .collect()
    });
    // Every word of every file comes here: short ASCII ones, nearly all of
    // them, are normalized on the stack. A long key is read whole: one that
    // ends in a secret key (`…_subscription_access_id`) is one.
    if key.is_ascii() && key.len() <= MAX_KEY {
        let mut buf = [0u8; MAX_KEY];
        let mut len = 0;
        for b in key.bytes().filter(u8::is_ascii_alphanumeric) {
            buf[len] = b.to_ascii_lowercase();
            len += 1;
        }
        return looks_like(&buf[..len], secrets);
    }
    looks_like(normalize(key).as_bytes(), secrets)
}

/// A key without case or punctuation.
fn normalize(key: &str) -> String {
    key.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// The slot of an ASCII letter or digit among 36.
fn slot(byte: u8) -> Option<u32> {
    match byte {
        b'a'..=b'z' => Some(u32::from(byte - b'a')),
        b'0'..=b'9' => Some(26 + u32::from(byte - b'0')),
        _ => None,
    }
}

/// The set of letters and digits a normalized word holds; `None` when it
/// holds other letters (`é`, `ſ`), which only the edit distance judges.
fn letters(word: &[u8]) -> Option<u64> {
    word.iter().try_fold(0u64, |set, &b| Some(set | 1 << slot(b)?))
}

fn looks_like(normal: &[u8], secrets: &[(String, u64)]) -> bool {
    if normal.len() < 6 {
        return false;
    }
    let mine = letters(normal);
    secrets.iter().any(|(secret, theirs)| {
        let secret = secret.as_bytes();
        // Containing the secret needs every letter of it; being two edits
        // from it allows at most two letters it lacks altogether.
        let may_contain = mine.is_none_or(|m| m & theirs == *theirs);
        let may_be_near = mine.is_none_or(|m| (m & !theirs).count_ones() <= 2);
        (may_contain && normal.windows(secret.len()).any(|w| w == secret))
            || (may_be_near
                && normal.len().abs_diff(secret.len()) <= 2
                && may_be_two_edits_apart(normal, secret)
                && match (std::str::from_utf8(normal), std::str::from_utf8(secret)) {
                    (Ok(normal), Ok(secret)) => strsim::damerau_levenshtein(normal, secret) <= 2,
                    _ => false,
                })
    })
}

/// A quick necessary condition for two normalized strings to be within two
/// edits: an insertion or a deletion changes which letters and digits a
/// string holds by one, a substitution by two, a transposition by none, so
/// two edits change at most four. Most words fail it, and skip the edit
/// distance (which allocates).
fn may_be_two_edits_apart(a: &[u8], b: &[u8]) -> bool {
    let mut counts = [0i8; 36];
    for (bytes, step) in [(a, 1), (b, -1)] {
        for &byte in bytes {
            // Other letters (`é`, `ſ`): the edit distance decides.
            let Some(at) = slot(byte) else { return true };
            counts[at as usize] = counts[at as usize].saturating_add(step);
        }
    }
    counts.iter().map(|c| u32::from(c.unsigned_abs())).sum::<u32>() <= 4
}

impl Redactor {
    /// The secrets of a file: those its text shows after a secret key, and,
    /// when it parsed, every value under a secret key of its tree.
    pub fn for_file(source: &str, tree: Option<&DeTable<'_>>) -> Redactor {
        let mut redactor = Redactor::scan(source);
        if let Some(tree) = tree {
            redactor.add_tree(tree);
        }
        redactor.seal();
        redactor
    }

    /// The secrets of a manifest's bytes, for views built from the parsed
    /// manifest rather than from a report (whose text is masked already).
    pub fn for_manifest(bytes: &[u8]) -> Redactor {
        let text = String::from_utf8_lossy(bytes);
        let document = crate::document::Document::parse(&text).ok();
        Redactor::for_file(&text, document.as_ref().map(crate::document::Document::tree))
    }

    /// Finds the values after secret keys in `source`, read as text.
    pub fn scan(source: &str) -> Redactor {
        let mut redactor = Redactor::default();
        let bytes = source.as_bytes();
        let mut i = 0;
        let mut line_start = true;
        // Inside a table whose header names a secret key, every value is one.
        let mut secret_table = false;
        let mut ahead = Ahead::default();
        while i < bytes.len() {
            let b = bytes[i];
            // A line that reads as a key however broken (`contract  _id`,
            // `contract.id`, `# contract id:`): whatever precedes its first
            // `=` or `:` is read as the key.
            if line_start && !matches!(b, b'\n' | b' ' | b'\t' | b'\r' | b'[') {
                match line_key_value(source, i, &mut ahead) {
                    LineKey::Value(found) => {
                        line_start = false;
                        if let Some(value) = found {
                            i = i.max(resume_after(bytes, &value));
                            redactor.add_range(source, value);
                            continue;
                        }
                    }
                    // Its first word is judged: read on after it (in a secret
                    // table, every key's value is read).
                    LineKey::Plain(word_end) if !secret_table => {
                        line_start = false;
                        i = word_end;
                        continue;
                    }
                    LineKey::Plain(_) | LineKey::Unread => {}
                }
            }
            match b {
                b'\n' => {
                    line_start = true;
                    i += 1;
                }
                b' ' | b'\t' | b'\r' => i += 1,
                b'[' if line_start => {
                    let end = bytes[i..].iter().position(|&c| c == b'\n').map_or(bytes.len(), |p| i + p);
                    secret_table = header_is_secret(&source[i..end]);
                    line_start = false;
                    i += 1;
                }
                _ if is_word(b) => {
                    line_start = false;
                    let start = i;
                    while i < bytes.len() && is_word(bytes[i]) {
                        i += 1;
                    }
                    // The likeness of a key is asked first: a value found
                    // is then passed over, which keeps the scan linear (a
                    // value that runs to the end of the text, `a=[` after
                    // `a=[`, is measured once, not once per word).
                    let direct = secret_table || is_secret_key(&source[start..i]);
                    let found = direct
                        .then(|| value_after_key(bytes, i, &mut ahead))
                        .flatten()
                        .or_else(|| spaced_key(source, start, i).and_then(|at| value_after_key(bytes, at, &mut ahead)));
                    if let Some(value) = found {
                        i = i.max(resume_after(bytes, &value));
                        redactor.add_range(source, value);
                    }
                }
                b'"' | b'\'' => {
                    line_start = false;
                    // A quoted key (`"contract\u005fid" = …`); its text is
                    // then read on like any other, for keys written inside.
                    if let Some((key, after)) = quoted_key(source, i)
                        && (secret_table || is_secret_key(&unquote(key)))
                        && let Some(value) = value_after_key(bytes, after, &mut ahead)
                    {
                        i = resume_after(bytes, &value);
                        redactor.add_range(source, value);
                        continue;
                    }
                    i += 1;
                }
                _ => {
                    line_start = false;
                    i += 1;
                }
            }
        }
        redactor
    }

    fn add_range(&mut self, source: &str, range: Range<usize>) {
        let Some(value) = source.get(range.clone()) else { return };
        // A value commented out after its key (`access_id = # AID-…`) is
        // masked with its `#`, and known without it.
        let commented = value.starts_with('#');
        let value = value.trim_start_matches(['#', ' ', '\t']);
        if value.trim().is_empty() {
            return;
        }
        self.add_value(value);
        // A string with escapes (`"AID\u002D…"`): also as it reads, which
        // only the text of a file that does not parse can tell.
        let read = value.contains('\\').then(|| decode_escapes(value.trim()).0);
        if let Some(read) = &read {
            self.add_value(read);
        }
        // A string left open runs to the end of its line, taking what
        // follows its value (`"AID-7731-0042 }`), and one that holds a
        // separator may have swallowed a key (`"AID-…, b = "`): each word
        // of it may be the secret, and is masked wherever it appears.
        let bytes = source.as_bytes();
        let opened = range.start.checked_sub(1).and_then(|at| bytes.get(at)).filter(|b| matches!(b, b'"' | b'\''));
        let unclosed = opened.is_some_and(|quote| bytes.get(range.end) != Some(quote));
        let swallowed = resume_after(bytes, &range) != range.end;
        // An array or table of secrets: each string in it is one too.
        if unclosed || swallowed || commented || value.starts_with(['[', '{']) || value.contains('\n') {
            for text in std::iter::once(value).chain(read.as_deref()) {
                for piece in text.split(|c: char| "[]{}\"',=\\\n\r\t ".contains(c)) {
                    self.add_value(piece);
                }
            }
        }
        self.ranges.push(range);
    }

    /// Adds every scalar under a secret key of a parsed tree.
    fn add_tree(&mut self, table: &DeTable<'_>) {
        for (key, value) in table.iter() {
            if is_secret_key(key.get_ref()) {
                self.add_all(value.get_ref());
            } else {
                self.add_nested(value.get_ref());
            }
        }
    }

    fn add_nested(&mut self, value: &DeValue<'_>) {
        match value {
            DeValue::Table(table) => self.add_tree(table),
            DeValue::Array(items) => items.iter().for_each(|item| self.add_nested(item.get_ref())),
            _ => {}
        }
    }

    fn add_all(&mut self, value: &DeValue<'_>) {
        match value {
            DeValue::String(s) => self.add_value(s),
            DeValue::Integer(n) => self.add_value(n.as_str()),
            DeValue::Float(f) => self.add_value(f.as_str()),
            DeValue::Table(table) => table.iter().for_each(|(_, v)| self.add_all(v.get_ref())),
            DeValue::Array(items) => items.iter().for_each(|item| self.add_all(item.get_ref())),
            DeValue::Boolean(_) | DeValue::Datetime(_) => {}
        }
    }

    /// Adds a secret value, to be masked wherever it appears. Call
    /// [`Redactor::seal`] once all are added.
    pub fn add_value(&mut self, value: &str) {
        let value = value.trim();
        if value.chars().count() >= MIN_SEARCHED && !self.values.contains(value) {
            // Also as the outputs show it escaped (`AID-7731\t9999`): text
            // that quotes an escaped value is masked too.
            let escaped = crate::escape::inline(value);
            if escaped != value {
                self.values.insert(escaped.into_owned());
            }
            self.values.insert(value.to_string());
            self.search = None;
        }
    }

    /// Whether any secret is known.
    pub fn is_empty(&self) -> bool {
        self.ranges.is_empty() && self.values.is_empty()
    }

    /// Prepares the search for every value added so far.
    pub fn seal(&mut self) {
        if self.search.is_none() && !self.values.is_empty() {
            let mut longest: BTreeMap<&str, usize> = BTreeMap::new();
            for value in &self.values {
                let mut cut = HEAD.min(value.len());
                while !value.is_char_boundary(cut) {
                    cut -= 1;
                }
                let head = value.get(..cut).unwrap_or(value);
                let length = longest.entry(head).or_default();
                *length = (*length).max(value.len());
            }
            let heads: Vec<(String, usize)> = longest.into_iter().map(|(h, n)| (h.to_string(), n)).collect();
            let finders = if heads.len() <= FEW {
                let lowered = heads.iter().map(|(h, _)| h.to_ascii_lowercase());
                lowered.map(|h| memchr::memmem::Finder::new(h.as_bytes()).into_owned()).collect()
            } else {
                Vec::new()
            };
            self.search = Some(Search { heads, finders, automaton: std::sync::OnceLock::new() });
        }
    }

    /// The file's text with every secret masked, byte offsets and lines
    /// unchanged: the values found after keys, and every occurrence of a
    /// known value, both looked for in the text as written (a value that
    /// overlaps one found after a key, `AID-3141-5926,CID-…`, is still
    /// found) and masked together.
    pub fn mask_source(&self, source: &str) -> String {
        let mut spans: Vec<(usize, usize)> =
            self.ranges.iter().filter(|r| source.get((*r).clone()).is_some()).map(|r| (r.start, r.end)).collect();
        spans.sort_unstable();
        if !self.found_only_at(source, &spans) {
            spans.extend(self.occurrences(source));
        }
        spans.extend(self.escaped_occurrences(source));
        mask_spans(source, spans).into_owned()
    }

    /// Where `text` shows a known secret once its escapes are read
    /// (`"CID\u002D5519-8810"` is `CID-5519-8810`): each line that holds a
    /// `\` is read as a string would be, searched, and each occurrence
    /// masks the text it was read from. Each line is read once.
    fn escaped_occurrences(&self, text: &str) -> Vec<(usize, usize)> {
        if self.values.is_empty() || !text.contains('\\') {
            return Vec::new();
        }
        let mut spans = Vec::new();
        let mut start = 0;
        for line in text.split_inclusive('\n') {
            if line.contains('\\') {
                let (read, from) = decode_escapes(line);
                for (a, b) in self.occurrences(&read) {
                    let (a, b) = (from[a.min(read.len())], from[b.min(read.len())]);
                    spans.push((start + a, start + b.max(a)));
                }
            }
            start += line.len();
        }
        spans
    }

    /// Whether the few known secrets occur in `source` only where a span
    /// already covers them whole (each value where it was found after its
    /// key, as in most files): then the search for every occurrence, which
    /// builds an automaton, is not needed. Each value is looked for until
    /// one occurrence is not so covered, so this reads the text once a
    /// value, plus once a span. `spans` are sorted.
    fn found_only_at(&self, source: &str, spans: &[(usize, usize)]) -> bool {
        let Some(search) = &self.search else { return self.values.is_empty() };
        if search.finders.is_empty() {
            return false;
        }
        let haystack = lower_case(source);
        let haystack = haystack.as_bytes();
        search.finders.iter().zip(&search.heads).all(|(finder, (_, length))| {
            let mut from = 0;
            while let Some(at) = haystack.get(from..).and_then(|rest| finder.find(rest)).map(|p| from + p) {
                let covered = spans.binary_search_by_key(&at, |s| s.0).is_ok_and(|i| spans[i].1 >= at + length);
                if !covered {
                    return false;
                }
                // Occurrences may overlap: the next may start one byte on.
                from = at + 1;
            }
            true
        })
    }

    /// `text` with every occurrence of a known secret masked, in any ASCII
    /// case (`aid-3141-5926` is `AID-3141-5926`). Occurrences that overlap
    /// (`AID-3141-5926` and `5926-CID-…` in `AID-3141-5926-CID-…`) are masked
    /// as one, all but its last four characters: no secret shows more than
    /// its last four.
    pub fn mask_text<'t>(&self, text: &'t str) -> std::borrow::Cow<'t, str> {
        let mut spans = self.occurrences(text);
        spans.extend(self.escaped_occurrences(text));
        mask_spans(text, spans)
    }

    /// Where the known secrets occur in `text`, overlapping ones merged.
    /// Each place in a text ends at most one occurrence of each value;
    /// should the occurrences outnumber four a byte (values that are
    /// suffixes of one another, in a text that repeats them), the rest of
    /// the text from the first one on is taken whole rather than searched
    /// further. Without an automaton, the whole text is taken.
    fn occurrences(&self, text: &str) -> Vec<(usize, usize)> {
        let Some(search) = &self.search else {
            // Not sealed: search the slow way rather than miss a secret.
            if self.values.is_empty() {
                return Vec::new();
            }
            let mut sealed = self.clone();
            sealed.seal();
            return sealed.occurrences(text);
        };
        if !search.finders.is_empty() {
            // The finders look for the values in lower case.
            let haystack = lower_case(text);
            if search.finders.iter().all(|f| f.find(haystack.as_bytes()).is_none()) {
                return Vec::new();
            }
        }
        let automaton = search.automaton.get_or_init(|| {
            if search.heads.len() > MANY {
                return Automaton::Many(many::Heads::new(search.heads.iter().map(|(h, n)| (h.as_str(), *n))));
            }
            let mut builder = AhoCorasick::builder();
            builder
                .match_kind(MatchKind::Standard)
                .ascii_case_insensitive(true)
                .kind(Some(AhoCorasickKind::ContiguousNFA));
            builder.build(search.heads.iter().map(|(h, _)| h)).map_or(Automaton::None, Automaton::Crate)
        });
        // Occurrences come in the order they end, so each one is merged with
        // those it overlaps as it comes: what is kept stays disjoint, and a
        // text of many overlapping occurrences holds few spans.
        let mut spans: Vec<(usize, usize)> = Vec::new();
        let cap = text.len().saturating_mul(4).saturating_add(64);
        let mut count = 0;
        let mut whole_from = None;
        // The head's occurrence stands for the longest value it heads
        // (which may mask more than the value, never less).
        let mut take = |start: usize, end: usize, length: usize| {
            if count >= cap {
                whole_from = Some(spans.first().map_or(start, |s| s.0.min(start)));
                return false;
            }
            count += 1;
            let mut end = start.saturating_add(length).clamp(end, text.len());
            while !text.is_char_boundary(end) {
                end += 1;
            }
            let mut start = start;
            while let Some(&(s, e)) = spans.last()
                && e > start
            {
                (start, end) = (start.min(s), end.max(e));
                spans.pop();
            }
            spans.push((start, end));
            true
        };
        match automaton {
            Automaton::Crate(automaton) => {
                let Ok(found) = automaton.try_find_overlapping_iter(text) else {
                    return vec![(0, text.len())];
                };
                for m in found {
                    let length = search.heads.get(m.pattern().as_usize()).map_or(0, |(_, n)| *n);
                    if !take(m.start(), m.end(), length) {
                        break;
                    }
                }
            }
            Automaton::Many(heads) => heads.each(text, take),
            Automaton::None => return vec![(0, text.len())],
        }
        if let Some(from) = whole_from {
            return vec![(from, text.len())];
        }
        spans
    }
}

/// `text` in ASCII lower case, at the same byte offsets: what the finders
/// search, as they hold the values in lower case.
fn lower_case(text: &str) -> std::borrow::Cow<'_, str> {
    if text.bytes().any(|b| b.is_ascii_uppercase()) {
        std::borrow::Cow::Owned(text.to_ascii_lowercase())
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// `text` with each span masked, all but its last four characters, spans
/// that overlap or touch masked as one. Spans start and end between
/// characters (occurrences of UTF-8 values in UTF-8 text, and ranges that
/// `str::get` accepts).
fn mask_spans(text: &str, mut spans: Vec<(usize, usize)>) -> std::borrow::Cow<'_, str> {
    if spans.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    spans.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
    for (start, end) in spans {
        match merged.last_mut() {
            Some(last) if start < last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    let bytes = text.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(text.len());
    let mut at = 0;
    for (start, end) in merged {
        let (start, end) = (start.max(at).min(bytes.len()), end.min(bytes.len()));
        out.extend_from_slice(&bytes[at..start]);
        out.extend_from_slice(mask_in_place(&String::from_utf8_lossy(&bytes[start..end.max(start)])).as_bytes());
        at = end.max(start);
    }
    out.extend_from_slice(&bytes[at..]);
    std::borrow::Cow::Owned(
        String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
    )
}

/// Punctuation that starts no value: neither a string, an array, a table,
/// a comment nor a bare word (`-`, `_`, `+`, `.` may start a number).
fn is_stray(b: u8) -> bool {
    b.is_ascii_punctuation() && !matches!(b, b'"' | b'\'' | b'[' | b'{' | b'#' | b'-' | b'_' | b'+' | b'.' | b'\\')
}

/// A byte of a bare TOML key.
fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-'
}

/// Whether a table header (`[activations.access_id]`, `[["Contract ID"]]`)
/// names a secret key in any of its segments.
fn header_is_secret(header: &str) -> bool {
    let body = header.trim_start_matches('[');
    let body = body.find(']').map_or(body, |end| &body[..end]);
    body.split('.').any(|segment| is_secret_key(&unquote(segment.trim())))
}

/// A key's text without its quotes, with its escapes (`\u005f`) decoded.
fn unquote(key: &str) -> std::borrow::Cow<'_, str> {
    let Some(inner) = key.strip_prefix('"').and_then(|k| k.strip_suffix('"')) else {
        return std::borrow::Cow::Borrowed(key.trim_matches('\''));
    };
    if !inner.contains('\\') {
        return std::borrow::Cow::Borrowed(inner);
    }
    std::borrow::Cow::Owned(decode_escapes(inner).0)
}

/// `text` with its escapes read as a TOML basic string reads them (`\t`,
/// `\"`, `\u002D`, `\U0000002D`, `\x2D`, a line-ending `\`), whether or
/// not it is one: an escape that reads as nothing is kept as written. Also,
/// for each byte of what is read, where in `text` the character it belongs
/// to was written, and `text.len()` last: a span of what is read starts at
/// `from[a]` and ends at `from[b]` in `text`.
fn decode_escapes(text: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut from = Vec::with_capacity(text.len() + 1);
    let mut rest = text.char_indices().peekable();
    while let Some((at, c)) = rest.next() {
        let mut decoded = None;
        // A line-ending backslash: the line end and the blanks after it
        // read as nothing.
        if c == '\\' && text[at + 1..].trim_start_matches([' ', '\t', '\r']).starts_with('\n') {
            while rest.next_if(|&(_, c)| c.is_whitespace()).is_some() {}
            continue;
        }
        if c == '\\'
            && let Some(&(_, e)) = rest.peek()
        {
            let width = match e {
                'u' => 4,
                'U' => 8,
                'x' => 2,
                _ => 0,
            };
            if width > 0 {
                let hex = text.get(at + 2..at + 2 + width).filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()));
                if let Some(ch) = hex.and_then(|h| u32::from_str_radix(h, 16).ok()).and_then(char::from_u32) {
                    decoded = Some(ch);
                    rest.next();
                    (0..width).for_each(|_| {
                        rest.next();
                    });
                }
            } else {
                decoded = match e {
                    'b' => Some('\u{8}'),
                    't' => Some('\t'),
                    'n' => Some('\n'),
                    'f' => Some('\u{c}'),
                    'r' => Some('\r'),
                    'e' => Some('\u{1b}'),
                    '"' | '\\' | '\'' => Some(e),
                    _ => None,
                };
                if decoded.is_some() {
                    rest.next();
                }
            }
        }
        let ch = decoded.unwrap_or(c);
        from.extend(std::iter::repeat_n(at, ch.len_utf8()));
        out.push(ch);
    }
    from.push(text.len());
    (out, from)
}

/// A key written with blanks inside, where a line's start is not
/// (`{ benefit = …, access _id = "…" }`): the words from `start` on, with
/// the blanks between them, read as one key. Where it ends, when it
/// resembles a secret key. Asked only of a word that another follows on
/// its line, and read no further than a key is long.
fn spaced_key(source: &str, start: usize, word_end: usize) -> Option<usize> {
    let bytes = source.as_bytes();
    let limit = bytes.len().min(start + MAX_KEY);
    if word_end >= limit {
        return None;
    }
    let mut end = word_end;
    loop {
        let next = end + bytes[end..limit].iter().take_while(|b| matches!(b, b' ' | b'\t')).count();
        if next == end || next >= limit || !is_word(bytes[next]) {
            break;
        }
        end = next + bytes[next..limit].iter().take_while(|&&b| is_word(b)).count();
    }
    (end > word_end && is_secret_key(source.get(start..end)?)).then_some(end)
}

/// Where the scan reads on after a value it found: past it, or, for a
/// string on one line that holds a separator (`"AID-7731-0042, contract_id
/// = "` where a closing quote was left out, or the same after `= #`), from
/// inside it, so that a key it swallowed is read as a key. A string ends at
/// the next quote or line end, so no text is read again for each key
/// inside it; a bare value (`access_id=access_id=…`, to the line's end),
/// an array or an inline table (to the end of the text) is passed over
/// whole.
fn resume_after(bytes: &[u8], value: &Range<usize>) -> usize {
    let inner = bytes.get(value.clone()).unwrap_or_default();
    // A string's contents follow its quote; a commented-out one's, its `#`.
    let quoted = value.start.checked_sub(1).and_then(|at| bytes.get(at)).is_some_and(|b| matches!(b, b'"' | b'\''))
        || matches!(inner.iter().find(|b| !matches!(b, b'#' | b' ' | b'\t')), Some(b'"' | b'\''));
    if quoted && !inner.contains(&b'\n') && inner.iter().any(|b| matches!(b, b'=' | b':')) {
        value.start + 1
    } else {
        value.end
    }
}

/// What the start of a line says of a secret.
enum LineKey {
    /// The line's key resembles a secret key, and its value lies here (or
    /// nowhere, when there is none to find).
    Value(Option<Range<usize>>),
    /// The line starts with a word, which ends here, and neither it nor the
    /// text before the line's `=` resembles a secret key.
    Plain(usize),
    /// The line does not start with a word, or with one too long to judge
    /// here: the scan reads it on.
    Unread,
}

/// The value of a line starting at `at` whose text before its first `=` or
/// `:` (looked for within a key's length) resembles a secret key.
///
/// A line that starts with such a key and has no `=` or `:` after it
/// (`contract_id ? "…"`, a separator lost to a bad byte) has the rest of
/// the line as its value.
fn line_key_value(source: &str, at: usize, ahead: &mut Ahead) -> LineKey {
    let bytes = source.as_bytes();
    let window = &bytes[at..bytes.len().min(at + MAX_KEY * 4)];
    let word_end = bytes[at..].iter().take(MAX_KEY * 4).position(|b| !is_word(*b)).map(|p| at + p);
    let separator = window.iter().position(|b| matches!(b, b'=' | b':' | b'\n')).map(|p| at + p);
    if let Some(end) = separator
        && bytes[end] != b'\n'
    {
        // Trailing blanks change no key's likeness (a key is compared
        // without them): `tier = …` asks of `tier`, as the word does below.
        let Some(key) = source.get(at..end).map(str::trim_end) else { return LineKey::Unread };
        if is_secret_key(key) {
            return LineKey::Value(value_after_key(bytes, end, ahead));
        }
        if let Some(word_end) = word_end
            && word_end > at
            && key.len() == word_end - at
        {
            return LineKey::Plain(word_end);
        }
    }
    let Some(key_end) = word_end.filter(|&end| end > at) else { return LineKey::Unread };
    let Some(word) = source.get(at..key_end) else { return LineKey::Unread };
    let secret = is_secret_key(word);
    // A dotted key, or `=` on a later line, is read as a key is.
    if secret && let Some(value) = value_after_key(bytes, key_end, ahead) {
        return LineKey::Value(Some(value));
    }
    // So is a key of words, its `=` on a later line (`access _id`, then
    // `= "AID-…"`).
    if let Some(end) = spaced_key(source, at, key_end)
        && let Some(value) = value_after_key(bytes, end, ahead)
    {
        return LineKey::Value(Some(value));
    }
    if !secret {
        return LineKey::Plain(key_end);
    }
    let line_end = bytes[key_end..].iter().position(|b| *b == b'\n').map_or(bytes.len(), |p| key_end + p);
    let Some(start) = bytes[key_end..line_end].iter().position(|b| !b.is_ascii_whitespace()).map(|p| key_end + p)
    else {
        return LineKey::Value(None);
    };
    let end = line_end - bytes[start..line_end].iter().rev().take_while(|b| b.is_ascii_whitespace()).count();
    LineKey::Value(Some(start..end))
}

/// A short quoted string at `at` read as a key: its text, quotes included
/// (see [`unquote`]), and the offset after its closing quote. Keys are
/// short; longer strings are not read here (they are still read as text).
fn quoted_key(source: &str, at: usize) -> Option<(&str, usize)> {
    let bytes = source.as_bytes();
    let quote = *bytes.get(at)?;
    if bytes.get(at + 1) == Some(&quote) {
        return None;
    }
    let mut i = at + 1;
    while i < bytes.len() && i - at <= MAX_KEY * 2 {
        match bytes[i] {
            b'\n' => return None,
            b'\\' if quote == b'"' => i += 2,
            b if b == quote => {
                return Some((source.get(at..=i)?, i + 1));
            }
            _ => i += 1,
        }
    }
    None
}

/// What a scan has learned of the text ahead of it: where each run of
/// whitespace and comments that starts at a `#` ends, and the last line end
/// it looked for. A key's value may follow it past any number of comment
/// lines (`access_id = # see below`, notes, then the ID), and every key
/// written in those comments looks past the same lines: each line is read
/// once, however many keys look past it.
#[derive(Debug, Default)]
struct Ahead {
    /// Where the whitespace and comments starting at each `#` end.
    past: rustc_hash::FxHashMap<usize, usize>,
    /// The `#`s passed over by the look in progress.
    trail: Vec<usize>,
    /// The end of the last line looked along, and where it was looked from.
    line: Option<(usize, usize)>,
    /// Bytes read looking ahead, which tests hold to the text's length.
    #[cfg(test)]
    read: usize,
}

impl Ahead {
    /// The end of the line that holds `i`: its `\n`, or the end of the text.
    fn line_end(&mut self, bytes: &[u8], i: usize) -> usize {
        if let Some((from, end)) = self.line
            && (from..=end).contains(&i)
        {
            return end;
        }
        let end = find(&bytes[i.min(bytes.len())..], b"\n").map_or(bytes.len(), |p| i + p);
        #[cfg(test)]
        {
            self.read += end - i.min(end);
        }
        self.line = Some((i, end));
        end
    }

    /// The first byte at or after `i` that is neither whitespace (line ends
    /// included), a control byte, nor in a comment.
    fn skip_space(&mut self, bytes: &[u8], mut i: usize) -> usize {
        self.trail.clear();
        loop {
            // Control bytes (`contract_id \0= …`) separate as blanks do.
            while bytes.get(i).is_some_and(|b| b.is_ascii_whitespace() || b.is_ascii_control()) {
                i += 1;
                #[cfg(test)]
                {
                    self.read += 1;
                }
            }
            if bytes.get(i) != Some(&b'#') {
                break;
            }
            if let Some(&past) = self.past.get(&i) {
                i = past;
                break;
            }
            self.trail.push(i);
            i = self.line_end(bytes, i);
        }
        let trail = std::mem::take(&mut self.trail);
        for &at in &trail {
            self.past.insert(at, i);
        }
        self.trail = trail;
        i
    }
}

/// Where the value of a key that ends at `at` lies: after any whitespace
/// (line ends too), comments, `.segment`s of a dotted key, and `=` (or a
/// careless `:`). `None` when no `=` follows: the word was not a key.
fn value_after_key(bytes: &[u8], at: usize, ahead: &mut Ahead) -> Option<Range<usize>> {
    // Whitespace, line ends and comments (`access_id # below` then `= "…"`
    // on a later line), each read once for every key (see [`Ahead`]).
    let mut skip_space = |i: usize| ahead.skip_space(bytes, i);
    let mut i = skip_space(at);
    let mut dotted = 0;
    while bytes.get(i) == Some(&b'.') && dotted < MAX_DOTTED {
        dotted += 1;
        i = skip_space(i + 1);
        match bytes.get(i) {
            Some(b'"' | b'\'') => {
                let quote = bytes[i];
                i += 1;
                while bytes.get(i).is_some_and(|b| *b != quote && *b != b'\n') {
                    i += 1;
                }
                i += 1;
            }
            _ => {
                while bytes.get(i).is_some_and(|b| is_word(*b)) {
                    i += 1;
                }
            }
        }
        i = skip_space(i);
    }
    if dotted == MAX_DOTTED && bytes.get(i) == Some(&b'.') {
        // Dotted on beyond what is followed: the rest of the line is taken
        // for its value, rather than left unmasked.
        let end = bytes[i..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |p| i + p);
        return Some(i..end);
    }
    if !matches!(bytes.get(i), Some(b'=' | b':')) {
        return None;
    }
    // A comment right after the separator (`access_id = # AID-…`,
    // `access_id = # ["AID-…"]`) holds the value as written, commented out:
    // it is read from after the `#`, and masked with the `#`.
    let blank = |from: usize| bytes[from.min(bytes.len())..].iter().take_while(|b| matches!(b, b' ' | b'\t')).count();
    let after = i + 1 + blank(i + 1);
    if bytes.get(after) == Some(&b'#') {
        let inner = after + 1 + blank(after + 1);
        let end = match value_range(bytes, inner) {
            Some(value) => value.end,
            None => bytes[after..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |p| after + p),
        };
        // A value on a later line (`# see below`, then `"AID-…"` or a bare
        // `AID-…`, after any number of comment lines) is masked with it.
        // A bare word there that is or looks like a secret key, or that a
        // separator follows or holds (`tier = …`, `x=1`, not the `==` of a
        // base64 ID), is the next key: the scan reads it as one.
        let next = skip_space(i + 1);
        let later = match bytes.get(next) {
            // The separator on the later line (`# see below`, then `= "AID-…"`).
            Some(b'=' | b':') if next > end => {
                value_range(bytes, next + 1 + blank(next + 1)).map_or(next + 1, |v| v.end)
            }
            Some(_) if next > end => match value_range(bytes, next) {
                Some(value) if is_word(bytes[next]) => {
                    let word = &bytes[value.clone()];
                    let follows = value.end + blank(value.end);
                    let holds_separator =
                        word.iter().position(|&b| b == b'=').is_some_and(|at| word[at..].iter().any(|&b| b != b'='));
                    let key = std::str::from_utf8(word).is_ok_and(is_secret_key)
                        || holds_separator
                        || matches!(bytes.get(follows), Some(b'=' | b':'));
                    if key { end } else { value.end }
                }
                Some(value) => value.end,
                None => end,
            },
            _ => end,
        };
        return Some(after..later);
    }
    // A value never starts with `\`; a careless line continuation (`= \`)
    // puts it on the next line. Nor with a stray separator (`==`, `=,`,
    // `= ;`): the value is what follows it.
    i = skip_space(i + 1);
    while bytes.get(i).is_some_and(|&b| b == b'\\' || is_stray(b)) {
        i = skip_space(i + 1);
    }
    value_range(bytes, i)
}

/// The byte range of the value that starts at `start`: a string's contents
/// (a multi-line one to its closing quotes), an array or inline table to
/// its closing bracket, or a bare token up to the next delimiter. An
/// unclosed value runs to where it would have had to close.
fn value_range(bytes: &[u8], start: usize) -> Option<Range<usize>> {
    let first = *bytes.get(start)?;
    let range = match first {
        b'"' | b'\'' if bytes[start..].starts_with(&[first; 3]) => {
            let from = start + 3;
            let end = find(&bytes[from..], &[first; 3]).map_or(bytes.len(), |p| from + p);
            from..end
        }
        b'"' | b'\'' => {
            let from = start + 1;
            let mut i = from;
            while let Some(&b) = bytes.get(i) {
                if b == first || b == b'\n' {
                    break;
                }
                i += if b == b'\\' && first == b'"' { 2 } else { 1 };
            }
            from..i.min(bytes.len())
        }
        b'[' | b'{' => start..bracket_end(bytes, start),
        _ => {
            let end = bytes[start..]
                .iter()
                .position(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b',' | b'}' | b']' | b'#'))
                .map_or(bytes.len(), |p| start + p);
            start..end
        }
    };
    (range.end > range.start).then_some(range)
}

/// The offset after the bracket that closes the one at `start` (strings
/// inside skipped), or the end of the text.
fn bracket_end(bytes: &[u8], start: usize) -> usize {
    let mut depth = 0usize;
    let mut i = start;
    while i < bytes.len() {
        match bytes[i] {
            b'[' | b'{' => depth += 1,
            b']' | b'}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return i + 1;
                }
            }
            quote @ (b'"' | b'\'') => {
                i += 1;
                while i < bytes.len() && bytes[i] != quote {
                    i += if bytes[i] == b'\\' && quote == b'"' { 2 } else { 1 };
                }
            }
            _ => {}
        }
        i += 1;
    }
    bytes.len()
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn masked(src: &str) -> String {
        let doc = crate::document::Document::parse(src).ok();
        let redactor = Redactor::for_file(src, doc.as_ref().map(|d| d.tree()));
        let out = redactor.mask_source(src);
        assert_eq!(out.len(), src.len(), "offsets kept");
        assert_eq!(out.lines().count(), src.lines().count(), "lines kept");
        out
    }

    #[test]
    fn masks_all_but_the_last_four_characters() {
        let src = "access_id = \"AID-7731-0042\"\ncontract_id='CID-5519-8810' # CID-5519-8810\n";
        let out = masked(src);
        assert!(!out.contains("AID-7731-0042") && !out.contains("CID-5519-8810"));
        assert!(out.contains("\"*********0042\""), "{out}");
        assert!(out.contains("# *********8810"), "{out}");
        assert_eq!(mask("AID-7731-0042"), "…0042");
    }

    /// Found by the `manifest` fuzz target: a key glued to other text.
    #[test]
    fn masks_a_key_glued_to_other_text() {
        let out = masked("requested_on = 2021-access_id = \"AID-9902-1187\"\n");
        assert!(!out.contains("9902"), "{out}");
    }

    #[test]
    fn a_key_on_the_line_after_a_commented_out_value_is_not_taken_for_it() {
        for src in ["access_id = # see below\ncontract_id = 1\n", "access_id = # see below\ncontract_id=1\n"] {
            assert!(masked(src).contains("contract_id"), "{src:?} → {:?}", masked(src));
        }
        // A secret key there, however written, is read as one: its value is masked.
        for src in [
            "access_id = # see below\ncontract_id: \"CID-5519-8810\"\n",
            "access_id = # see below\ncontract_id\n= \"CID-5519-8810\"\n",
            "access_id = # see below\ncontract_id # id below\n= \"CID-5519-8810\"\n",
            "access_id = # see below\nContract-ID \"CID-5519-8810\"\n",
        ] {
            assert!(!masked(src).contains("5519"), "{src:?} → {:?}", masked(src));
        }
    }

    /// Found by a review: past a first comment longer than 192 bytes, or a
    /// third comment line, the ID below `access_id = # note` showed.
    #[test]
    fn a_value_below_any_number_of_comment_lines_of_any_length_is_masked() {
        let long = "x".repeat(5000);
        for src in [
            format!("access_id = # {long}\nAID-7731-0042\n"),
            format!("access_id = # a\n# b\n# c\n\n   # {long}\nAID-7731-0042\n"),
            format!("access_id = # a\n{}\"AID-7731-0042\"\n", "# note\n".repeat(100)),
            format!("access_id # {long}\n# more\n# more\n= \"AID-7731-0042\"\n"),
        ] {
            let out = masked(&src);
            assert!(!out.contains("7731"), "{}", out.replace(&long, "…"));
        }
        // A key below the comments is still read as one.
        let out = masked("access_id = # a\n# b\n# c\ntier = \"gold\"\n");
        assert!(out.contains("tier = \"gold\""), "{out}");
    }

    /// However many keys look past the same comments, each byte is read a
    /// bounded number of times: a file of commented keys, a line of keys
    /// each followed by a comment, and keys under a long comment block.
    #[test]
    fn looking_past_comments_reads_each_line_once() {
        let texts = [
            "# access_id\n".repeat(20_000),
            "access_id # access_id # ".repeat(10_000),
            format!("{}{}", "access_id = # x\n".repeat(2_000), "# note\n".repeat(20_000)),
            format!("{}AID-7731-0042\n", "access_id\n#\n".repeat(10_000)),
        ];
        for text in texts {
            let mut ahead = Ahead::default();
            let bytes = text.as_bytes();
            let mut i = 0;
            while i < bytes.len() {
                if bytes[i..].starts_with(b"access_id") {
                    let _ = value_after_key(bytes, i + "access_id".len(), &mut ahead);
                    i += "access_id".len();
                } else {
                    i += 1;
                }
            }
            assert!(ahead.read <= 3 * bytes.len(), "{} bytes read for {}", ahead.read, bytes.len());
            let _ = Redactor::scan(&text);
        }
    }

    #[test]
    fn masks_bare_and_broken_values() {
        let out = masked("[[x]]\naccess_id = AID-7731-0042\ncontract_id = \"CID-55");
        assert!(!out.contains("7731"), "{out}");
        assert!(!out.contains("CID-55"), "{out}");
    }

    #[test]
    fn recognises_keys_that_resemble_secret_keys() {
        for key in ["access_id", "acess_id", "Contract_ID", "contractid", "access-id", "ACCESS ID", "my_access_ids"] {
            assert!(is_secret_key(key), "{key}");
        }
        for key in ["account", "activated_by", "contract_links", "id", "product", "customer"] {
            assert!(!is_secret_key(key), "{key}");
        }
    }

    /// Found by a review: a long key was cut to its first 48 letters, and
    /// a secret overlapping another showed past the first one's mask.
    #[test]
    fn a_long_key_and_overlapping_secrets_are_masked() {
        let key = "legacy_microsoft_partner_center_customer_subscription_access_id";
        assert!(is_secret_key(key) && is_secret_key(&format!("{}_access_id", "x".repeat(300))));
        let out = masked(&format!("{key} = \"AID-SECRET-LONGKEY-9999\"\n"));
        assert!(!out.contains("LONGKEY"), "{out}");
        let src = "access_id = \"AID-3141-5926\"\ncontract_id = \"5926-CID-SECRET-7777\"\nx = 1 # AID-3141-5926-CID-SECRET-7777\n";
        let out = masked(src);
        assert!(!out.contains("SECRET") && !out.contains("3141"), "{out}");
        assert!(out.ends_with("# *************************7777\n"), "{out}");
    }

    #[test]
    fn a_full_memo_of_keys_judges_as_before() {
        // Keys of six bytes and more, which the memo holds.
        for n in 0..3000 {
            assert!(!is_secret_key(&format!("key_{n:04}")));
        }
        for key in ["access_id", "acess_id", "Contract_ID"] {
            assert!(is_secret_key(key) && judge_key(key), "{key}");
        }
        assert!(!is_secret_key("account") && !judge_key("account"));
    }

    proptest::proptest! {
        /// Every occurrence of every value, overlapping ones included, shows
        /// at most its last four characters, and nothing else is touched.
        #[test]
        fn no_occurrence_shows_more_than_its_last_four_characters(
            values in proptest::collection::vec("[abAé-]{5,8}", 1..=FEW + 4),
            picks in proptest::collection::vec((0usize..64, 0usize..8, "[ x]{0,3}", proptest::bool::ANY), 0..12),
        ) {
            let mut redactor = Redactor::default();
            for value in &values {
                redactor.add_value(value);
            }
            redactor.seal();
            // Values and their tails and heads, glued or apart: overlaps.
            let mut text = String::new();
            for (v, cut, filler, upper) in &picks {
                // In the case written, or in capitals: the same secret.
                let value = &values[v % values.len()];
                let value: Vec<char> = if *upper { value.to_ascii_uppercase() } else { value.clone() }.chars().collect();
                let cut = cut % value.len();
                text.extend(if v % 2 == 0 { &value[cut..] } else { &value[..] });
                text.push_str(filler);
            }
            let masked = redactor.mask_text(&text);
            proptest::prop_assert_eq!(masked.len(), text.len());
            // Bytes within an occurrence; no other may change.
            let mut within = vec![false; text.len()];
            let lowered = text.to_ascii_lowercase();
            for value in redactor.values.iter() {
                let low = value.to_ascii_lowercase();
                // Every start is tried: occurrences overlap.
                for start in (0..text.len()).filter(|&i| lowered.is_char_boundary(i) && lowered[i..].starts_with(low.as_str())) {
                    let chars: Vec<usize> = value.char_indices().map(|(offset, _)| offset).collect();
                    for &offset in &chars[..chars.len().saturating_sub(SHOWN)] {
                        proptest::prop_assert!(masked.as_bytes()[start + offset] == b'*', "{} in {:?}: {:?}", value, text, masked);
                    }
                    within[start..start + value.len()].iter_mut().for_each(|w| *w = true);
                }
            }
            for (i, b) in text.bytes().enumerate() {
                if masked.as_bytes()[i] != b {
                    proptest::prop_assert!(within[i] && masked.as_bytes()[i] == b'*', "{:?} -> {:?}", text, masked);
                }
            }
        }

        /// The quick filters change nothing: a key is secret exactly when
        /// its normal form contains a secret key or is within two edits of
        /// one (and two bytes of its length), as the edit distance says.
        #[test]
        fn the_quick_test_agrees_with_the_edit_distance(
            key in proptest::string::string_regex("(?i)[a-z_\\- é]{0,3}(access|contract|acess|contarct|[a-z]{0,6})[_\\- .]?(id|ids|di|i|[a-z]{0,2})[a-z_é]{0,3}").unwrap()
        ) {
            proptest::prop_assert_eq!(is_secret_key(&key), by_edit_distance(&key), "{}", key);
        }

        /// So do they on keys of any printable ASCII, most of which the
        /// letters alone rule out.
        #[test]
        fn the_quick_test_agrees_on_any_printable_key(key in "[ -~]{0,24}") {
            proptest::prop_assert_eq!(is_secret_key(&key), by_edit_distance(&key), "{}", key);
        }
    }

    /// Every key one or two edits (a deletion, an insertion, a substitution,
    /// a transposition) from a secret key is one, however many letters the
    /// edits bring that the secret key lacks.
    #[test]
    fn every_key_two_edits_from_a_secret_key_is_one() {
        fn edits(word: &[u8]) -> Vec<Vec<u8>> {
            let alphabet = b"acxyz9";
            let mut out = Vec::new();
            for at in 0..=word.len() {
                for &b in alphabet {
                    out.push([&word[..at], &[b], &word[at..]].concat());
                    if at < word.len() {
                        out.push([&word[..at], &[b], &word[at + 1..]].concat());
                    }
                }
                if at < word.len() {
                    out.push([&word[..at], &word[at + 1..]].concat());
                }
                if at + 1 < word.len() {
                    let mut swapped = word.to_vec();
                    swapped.swap(at, at + 1);
                    out.push(swapped);
                }
            }
            out
        }
        for secret in SECRET_KEYS.iter().map(|k| normalize(k)) {
            let once = edits(secret.as_bytes());
            let twice: FxHashSet<Vec<u8>> = once.iter().flat_map(|w| edits(w)).chain(once.iter().cloned()).collect();
            for word in twice {
                let key = String::from_utf8(word).unwrap();
                assert!(is_secret_key(&key), "`{key}` is within two edits of `{secret}`");
            }
        }
    }

    /// Whether `key` is a secret key, by the definition alone.
    fn by_edit_distance(key: &str) -> bool {
        let normal = normalize(key);
        normal.len() >= 6
            && SECRET_KEYS.iter().map(|k| normalize(k)).any(|secret| {
                normal.contains(&secret)
                    || (normal.len().abs_diff(secret.len()) <= 2 && strsim::damerau_levenshtein(&normal, &secret) <= 2)
            })
    }

    #[test]
    fn masks_values_after_keys_broken_by_spaces_dots_or_comments() {
        for src in [
            "contract          _id = \"CID-5519-8810\"\n",
            "contract.id = \"CID-5519-8810\"\n",
            "  # contract id: \"CID-5519-8810\"\n",
            "contract#id = \"CID-5519-8810\"\n",
            "contract_id ? \"CID-5519-8810\"\n",
            "contract_id \u{fffd} \"CID-5519-8810\"\r\n",
            "Contract-ID \"CID-5519-8810\"\n",
        ] {
            assert!(!masked(src).contains("5519"), "{src}");
        }
    }

    #[test]
    fn masks_values_however_they_are_written() {
        for src in [
            "acess_id = \"AID-7731-0042\"\n",
            "access_id = [\"AID-7731-0042\"]\n",
            "contract_id = { v = \"AID-7731-0042\" }\n",
            "access_id.value = \"AID-7731-0042\"\n",
            "access_id = '''\nAID-7731-0042'''\n",
            "access_id = \"\"\"AID-7731-\\\n  0042\"\"\"\nx = 1 # AID-7731-\n",
            "\"contract\\u005fid\" = \"AID-7731-0042\"\n",
            "access_id: \"AID-7731-0042\"\n",
            "access_id\n= \"AID-7731-0042\"\n",
            "access_id =\r\n\"AID-7731-0042\"\n",
            "access_id # the id is below\n= \"AID-7731-0042\"\n",
            "a = { access_id.a.b.c.d.e.f.g.h.i = \"AID-7731-0042\" \n",
            "access_id = \"AID\\u002D7731-0042\"\n# AID-7731-0042\nx = = 1\n",
            "[access_id]\nvalue = \"AID-7731-0042\"\n",
            // After a stray separator, or commented out after one.
            "access_id == \"AID-7731-0042\"\n",
            "access_id =, \"AID-7731-0042\"\n",
            "access_id = ; \"AID-7731-0042\"\n",
            "access_id = ] \"AID-7731-0042\"\n",
            "access_id = # AID-7731-0042\n",
            "access_id = # [\"AID-7731-0042\"]\n",
            "access_id = # '''\nAID-7731-0042'''\n",
            "access_id = # see below\n\"AID-7731-0042\"\n",
            "access_id = # see below\nAID-7731-0042\ncontract_id = 1\n",
            "access_id = # see below\n\n  AID-7731-0042 # the id\n",
            "access_id = # see below\n# as support sent it\nAID-7731-0042\n",
            "access_id = # see below\n= \"AID-7731-0042\"\n",
            "access_id = # see below\n:AID-7731-0042\n",
            "access_id = # see below\nQUlELTc3MzEtAID-7731-0042==\n",
        ] {
            let out = masked(src);
            assert!(!out.contains("AID-7731"), "{src:?} → {out:?}");
        }
    }

    #[test]
    fn a_value_that_overlaps_one_found_after_a_key_is_masked_whole() {
        // The second line's bare value stops at the comma: masked as found,
        // it must not hide the first line's value from the search.
        let src = "contract_id = \"3141-5926,CID-SECRET-7777\"\naccess_id = AID-3141-5926,CID-SECRET-7777\n";
        let out = masked(src);
        assert!(!out.contains("SECRET"), "{out:?}");
        assert!(out.ends_with("7777\n"), "{out:?}");
    }

    #[test]
    fn a_value_longer_than_its_searched_head_is_masked_whole_wherever_it_appears() {
        // Letters in no repeating order: a head found inside the value itself
        // would mask on past its end.
        let mut x = 7u32;
        let long: String = (0..3 * HEAD)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                char::from(b'A' + (x % 26) as u8)
            })
            .collect();
        let src = format!("access_id = \"{long}\"\nx = 1\n# quoted: {long} and {}\n", long.to_ascii_lowercase());
        let out = masked(&src);
        let masked_each = long.len() - SHOWN;
        assert_eq!(out.matches('*').count(), 3 * masked_each, "{out}");
        assert!(!out.to_ascii_lowercase().contains(&long.to_ascii_lowercase()[..8]), "{out}");
    }

    #[test]
    fn values_are_masked_wherever_they_appear() {
        let src = "[[activations]]\naccess_id = \"AID-7731-0042\"\n[[waivers]]\nreason = \"see AID-7731-0042\"\n";
        let doc = crate::document::Document::parse(src).ok();
        let redactor = Redactor::for_file(src, doc.as_ref().map(|d| d.tree()));
        assert_eq!(
            redactor.mask_text("owner quoted AID-7731-0042 twice: AID-7731-0042"),
            "owner quoted *********0042 twice: *********0042"
        );
        assert!(!redactor.mask_source(src).contains("AID-7731"));
        // The same secret in another case is the same secret.
        assert_eq!(redactor.mask_text("aid-7731-0042, Aid-7731-0042"), "*********0042, *********0042");
        let src = "[[activations]]\naccess_id = \"AID-7731-0042\"\n# aid-7731-0042 as support wrote it\n";
        let doc = crate::document::Document::parse(src).ok();
        let redactor = Redactor::for_file(src, doc.as_ref().map(|d| d.tree()));
        assert!(!redactor.mask_source(src).to_ascii_lowercase().contains("aid-7731"));
    }

    /// Each shape found by a hunt for leaks, in the file as the outputs
    /// show it: no more than the last four characters of either ID.
    #[test]
    fn a_secret_shows_in_no_shape_a_hostile_file_gives_it() {
        let cases = [
            // Written again elsewhere with an escape (the file parses).
            "contract_id = \"CID-5519-8810\"\nuser = \"CID\\u002D5519-8810\"\n",
            "contract_id = \"CID-5519-8810\"\nuser = \"CID\\U0000002D5519-\\x38810\"\n",
            // A closing quote left out, the next key swallowed.
            "access_id = \"AID-7731-0042, contract_id = \"CID-5519-8810\"\n",
            "access_id = # \"AID-7731-0042, contract_id = \"CID-5519-8810\"\n",
            // An unclosed value written again, closed.
            "access_id = \"AID-7731-0042 }\nuser = \"AID-7731-0042\"\ncontract_id = \"CID-5519-8810\"\n",
            // A key of two words inside an inline table, `=` on a later line.
            "a = [ { b = \"c\", access _id = \"AID-7731-0042\" } ]\nc = { d = 1, contract _id\n= \"CID-5519-8810\" }\n",
            // A NUL before the separator, inside an inline table.
            "a = { b = 1, contract_id \0= \"CID-5519-8810\", access_id\x01: \"AID-7731-0042\" }\n",
            // A string left open, then another quote on its line.
            "access_id = \"AID-7731-0042, b = \"x\"\nk = \"AID-7731-0042\"\ncontract_id = \"CID-5519-8810\"\n",
            // Escaped, or split by a line-ending `\`, in an array of a file
            // that does not parse, and after a comment on the key's line.
            "contract_id = [\"CID\\u002D5519-8810\"]\ny = \"CID-5519-8810\"\nz = ]\naccess_id = # note\n\"AID\\u002D7731-0042\"\nk = AID-7731-0042\n",
            "access_id = [\"\"\"AID-7731\\\n   -0042\"\"\"]\nk = \"AID-7731-0042\"\nz = ]\ncontract_id = # n\n\"\"\"CID-5519\\\n -8810\"\"\"\nk = \"CID-5519-8810\"\n",
            // A stray separator, an escape the repeat lacks.
            "access_id =, \"AID-7731-0042\\t\"\nAID-7731-0042 = 1\ncontract_id = # CID-5519-8810\n[CID-5519-8810]\n",
        ];
        for src in cases {
            let out = masked(src);
            let (read, _) = decode_escapes(&out);
            for shown in [out.as_str(), read.as_str()] {
                assert!(!shown.contains("7731-0042") && !shown.contains("5519-8810"), "{src:?}\n{shown}");
            }
        }
    }

    #[test]
    fn escapes_are_read_as_a_string_reads_them_and_mapped_back() {
        let text = "a\\u002Db\\tc\\q\\\n   d";
        let (read, from) = decode_escapes(text);
        assert_eq!(read, "a-b\tc\\qd");
        assert_eq!(from.len(), read.len() + 1);
        assert_eq!((from[1], from[2], from[3], from[4], from[5]), (1, 7, 8, 10, 11));
        assert_eq!(&text[from[read.len() - 1]..], "d");
    }

    /// A file of more values than the crate's automaton is built for: the
    /// linear one finds every occurrence the crate's finds, masks each
    /// repeat in any case, and a whole manifest of them shows none.
    #[test]
    fn very_many_values_are_searched_as_the_crate_searches_them() {
        let count = MANY + 500;
        let mut src = String::from("manifest_version = 1\n");
        for i in 0..count {
            src.push_str(&format!("access_id = \"AID-{i:05}-{}\"\n", i % 7));
        }
        // Repeats in comments and a broken line, some in lower case, some
        // overlapping (a value's tail runs into the next value).
        for i in (0..count).step_by(97) {
            src.push_str(&format!("# aid-{i:05}-{}AID-{:05}-{} x = = 1\n", i % 7, i + 1, (i + 1) % 7));
        }
        let redactor = Redactor::for_file(&src, None);
        let search = redactor.search.as_ref().expect("sealed");
        assert!(search.heads.len() > MANY, "{} heads", search.heads.len());
        let linear = redactor.occurrences(&src);
        assert!(matches!(search.automaton.get(), Some(Automaton::Many(_))));
        // The same heads through the crate's automaton.
        let mut by_crate = redactor.clone();
        let crate_search = by_crate.search.as_mut().expect("sealed");
        crate_search.automaton = std::sync::OnceLock::new();
        let mut builder = AhoCorasick::builder();
        builder.match_kind(MatchKind::Standard).ascii_case_insensitive(true);
        let automaton = builder.build(crate_search.heads.iter().map(|(h, _)| h)).expect("an automaton");
        crate_search.automaton.set(Automaton::Crate(automaton)).expect("unset");
        assert_eq!(linear, by_crate.occurrences(&src));
        let out = redactor.mask_source(&src).to_ascii_lowercase();
        for i in 0..count {
            assert!(!out.contains(&format!("aid-{i:05}")), "AID-{i:05} shows");
        }
    }
}
