//! Properties every report must have, shared by the fuzz targets: no secret
//! of the input in any output, no raw control or invisible character.
#![allow(dead_code)]

#[path = "../../tests/it/common/formats.rs"]
mod formats;
pub use formats::every_format;

/// Words `entitle` and its policies print themselves: a "secret" that is one
/// of them (a fuzzed `access_id = "mpn-technical-support"`) is no leak.
fn vocabulary() -> &'static str {
    static WORDS: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words = String::new();
        words.push_str(include_str!("../../policies/mpn-technical-support/2021-03-04.toml"));
        words.push_str(include_str!("../../policies/mpn-technical-support/2021-06-17.toml"));
        words.push_str(include_str!("../../src/i18n/messages.rs"));
        words
    })
}

/// The secrets an input holds, found independently of the redactor: every
/// scalar under a secret-looking key of the parsed tree, and, line by line,
/// a quoted value after a secret-looking key and `=` or `:`.
pub fn secrets(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    if let Ok(document) = entitle::document::Document::parse(text) {
        collect_table(document.tree(), false, &mut found);
    }
    for line in text.lines() {
        let Some(at) = line.find(['=', ':']) else { continue };
        let key = line[..at].trim().trim_matches(['"', '\'']);
        if !entitle::redact::is_secret_key(key) {
            continue;
        }
        let rest = line[at + 1..].trim_start();
        let Some(quote) = rest.chars().next().filter(|c| *c == '"' || *c == '\'') else { continue };
        if let Some(value) = rest[1..].split(quote).next() {
            if !value.contains('\\') {
                found.push(value.to_string());
            }
        }
    }
    found.retain(|s| s.trim() == s && s.chars().count() >= 5 && !vocabulary().contains(s.as_str()));
    found
}

fn collect_table(table: &toml::de::DeTable<'_>, secret: bool, found: &mut Vec<String>) {
    for (key, value) in table.iter() {
        collect(value.get_ref(), secret || entitle::redact::is_secret_key(key.get_ref()), found);
    }
}

fn collect(value: &toml::de::DeValue<'_>, secret: bool, found: &mut Vec<String>) {
    match value {
        toml::de::DeValue::String(s) if secret => found.push(s.to_string()),
        toml::de::DeValue::Table(t) => collect_table(t, secret, found),
        toml::de::DeValue::Array(items) => items.iter().for_each(|i| collect(i.get_ref(), secret, found)),
        _ => {}
    }
}

/// No output holds a secret, a control character (but line ends and tabs;
/// a CRLF line end of the file's own in the human report) or an invisible one.
pub fn assert_safe(outputs: &[(&'static str, String)], secrets: &[String]) {
    for (format, output) in outputs {
        for secret in secrets {
            assert!(!output.contains(secret.as_str()), "the {format} report shows a secret");
        }
        let bytes = output.as_bytes();
        for (i, c) in output.char_indices() {
            let allowed = c == '\n'
                || c == '\t'
                || (c == '\r' && *format == "human" && bytes.get(i + 1) == Some(&b'\n'));
            assert!(
                allowed || !(c.is_control() || entitle::escape::is_invisible(c)),
                "the {format} report shows U+{:04X} raw",
                u32::from(c)
            );
        }
    }
}
