//! The digest of a policy version: what a report names, so that a CI log
//! says exactly what judged a file. It hashes the files the version is made
//! of, its bases first and its own file last, each as canonical JSON: keys
//! sorted, comments and layout gone, and its `[policy]` table cleared but
//! for its `id`. A version's dates and words do not count; its rules and
//! catalogues do, and so do those of every version it extends.
//!
//! `build.rs` includes this file too, and computes the digest of each
//! built-in version when the binary is built, so that checking a file does
//! not hash the policy that judges it. It uses `toml` and `sha2` alone.

use std::fmt::Write as _;

/// How many bytes of the hash a digest shows, as hex.
const SHOWN: usize = 6;

/// The digest of a version made of these policy files' texts, its bases
/// first and its own file last. A text that does not read as TOML (which
/// a file that compiled never is) is hashed as it is.
pub fn of<'a>(texts: impl IntoIterator<Item = &'a str>) -> String {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    let mut json = String::new();
    for text in texts {
        json.clear();
        match toml::from_str::<toml::Table>(text) {
            Ok(table) => canonical(&table, &mut json),
            Err(_) => json.push_str(text),
        }
        hasher.update(json.as_bytes());
        hasher.update(b"\n");
    }
    hasher.finalize().iter().take(SHOWN).fold(String::new(), |mut hex, b| {
        let _ = write!(hex, "{b:02x}");
        hex
    })
}

/// A policy file as canonical JSON, its `[policy]` table holding its `id`
/// alone.
fn canonical(file: &toml::Table, out: &mut String) {
    let mut header = toml::Table::new();
    if let Some(id) = file.get("policy").and_then(|p| p.get("id")) {
        header.insert("id".to_string(), id.clone());
    }
    let header = toml::Value::Table(header);
    write_table(file, out, Some(&header));
}

/// Writes a table with its keys sorted; `header` in place of its `policy`.
fn write_table(table: &toml::Table, out: &mut String, header: Option<&toml::Value>) {
    let mut keys: Vec<&String> = table.keys().collect();
    keys.sort();
    out.push('{');
    for (i, key) in keys.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_string(key, out);
        out.push(':');
        match (key.as_str(), header) {
            ("policy", Some(header)) => write_value(header, out),
            _ => write_value(&table[key], out),
        }
    }
    out.push('}');
}

fn write_value(value: &toml::Value, out: &mut String) {
    match value {
        toml::Value::String(s) => write_string(s, out),
        toml::Value::Integer(i) => {
            let _ = write!(out, "{i}");
        }
        // JSON has no infinity and no NaN; TOML has. Either is written as
        // TOML writes it, as a string, so that it still counts.
        toml::Value::Float(f) if f.is_finite() => {
            let _ = write!(out, "{f:?}");
        }
        toml::Value::Float(f) => write_string(&f.to_string(), out),
        toml::Value::Boolean(b) => out.push_str(if *b { "true" } else { "false" }),
        toml::Value::Datetime(d) => write_string(&d.to_string(), out),
        toml::Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_value(item, out);
            }
            out.push(']');
        }
        toml::Value::Table(table) => write_table(table, out, None),
    }
}

/// A JSON string: quotes, backslashes and control characters escaped.
fn write_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    let _ = write!(out, "\\u{unit:04x}");
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::of;

    const BASE: &str = r#"
[policy]
id = "p"
version = "2021-01-01"
effective = 2021-01-01
title = "A policy"

[[tiers]]
id = "gold"
name = "Gold"
competency = "required"
"#;

    #[test]
    fn a_digest_is_twelve_hex_digits() {
        let digest = of([BASE]);
        assert_eq!(digest.len(), 12);
        assert!(digest.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()), "{digest}");
    }

    #[test]
    fn header_words_layout_and_key_order_do_not_count() {
        let reworded = r#"
# A comment, and the header's words and dates changed.
[policy]
title = "Another title"
id = "p"
version = "2030-12-31"
effective = 2030-12-31
source = "https://example.com/"
notes = "notes"
extends = "2020-01-01"

[[tiers]]
competency = "required"
name   =   "Gold"
id = "gold"
"#;
        assert_eq!(of([BASE]), of([reworded]));
    }

    #[test]
    fn the_id_the_entries_and_every_file_of_the_chain_count() {
        let base = of([BASE]);
        assert_ne!(of([BASE.replace("id = \"p\"", "id = \"q\"").as_str()]), base, "the policy id");
        assert_ne!(of([BASE.replace("\"Gold\"", "\"Golden\"").as_str()]), base, "an entry's name");
        assert_ne!(of([BASE.replace("\"required\"", "\"none\"").as_str()]), base, "an entry's field");
        let overlay = "[policy]\nid = \"p\"\nversion = \"2022-01-01\"\nextends = \"2021-01-01\"\n";
        assert_ne!(of([BASE, overlay]), base, "a version that extends another is not its base");
        assert_ne!(of([BASE, overlay]), of([overlay, BASE]), "bases come first");
        let edited = BASE.replace("\"Gold\"", "\"Golden\"");
        assert_ne!(of([edited.as_str(), overlay]), of([BASE, overlay]), "a base's entries count");
    }

    #[test]
    fn strings_are_escaped_so_that_no_two_files_write_the_same_json() {
        // `a = "x\",\"b\":\"y"` must not hash as `a = "x"` and `b = "y"`.
        let joined = "a = \"x\\\",\\\"b\\\":\\\"y\"\n";
        let split = "a = \"x\"\nb = \"y\"\n";
        assert_ne!(of([joined]), of([split]));
        // A control character is written escaped.
        let mut out = String::new();
        super::write_string("a\u{1}\"\\", &mut out);
        assert_eq!(out, r#""a\u0001\"\\""#);
    }

    #[test]
    fn a_text_that_is_not_toml_is_hashed_as_it_is() {
        assert_eq!(of(["not = toml = at all"]), of(["not = toml = at all"]));
        assert_ne!(of(["not = toml = at all"]), of(["not = toml = at al"]));
    }
}
