//! The reports in every language: each fixture rendered in Spanish and
//! Italian (human and JSON snapshots), the same verdicts in every language,
//! and the graphical renderer's columns with accented text.

use crate::common;

use std::path::PathBuf;

use common::{entitle, library, root};
use entitle::render::human::{self, Style};
use entitle::{Checker, FileReport, Lang, Options, i18n};
use serde_json::Value;

/// Every manifest under `tests/fixtures`, by its path from the crate root.
fn fixtures() -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![root("tests/fixtures")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("fixtures are readable") {
            let path: PathBuf = entry.expect("an entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "toml") {
                let relative = path.strip_prefix(root("")).expect("under the root");
                found.push(relative.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    found.sort();
    assert!(found.len() > 30, "only {} fixtures", found.len());
    found
}

fn check_in(lang: Lang, path: &str) -> FileReport {
    let bytes = std::fs::read(root(path)).unwrap_or_else(|e| panic!("{path}: {e}"));
    Checker::new(library(), Options { lang: Some(lang), ..Options::default() }).check(path, &bytes)
}

/// The human report (80 columns, no colour) and the JSON report of one file.
fn rendered(lang: Lang, path: &str) -> String {
    let report = check_in(lang, path);
    i18n::with_lang(lang, || {
        let reports = [report];
        let human = human::render(&reports, Style { color: false, width: 80 });
        let json = entitle::render::json::render(&reports);
        format!("{human}\n----- json -----\n{json}")
    })
}

fn snapshots(lang: Lang) {
    for path in fixtures() {
        let name = format!("{lang}__{}", path.trim_start_matches("tests/fixtures/").trim_end_matches(".toml"));
        insta::assert_snapshot!(name.replace('/', "__"), rendered(lang, &path), &path);
    }
}

#[test]
fn every_fixture_in_spanish() {
    snapshots(Lang::Es);
}

#[test]
fn every_fixture_in_italian() {
    snapshots(Lang::It);
}

/// A JSON report with its words taken out: what is left (codes, severities,
/// spans, verdicts, counts) is the same in every language.
fn without_words(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for key in ["message", "help", "note"] {
                map.remove(key);
            }
            map.values_mut().for_each(without_words);
        }
        Value::Array(items) => items.iter_mut().for_each(without_words),
        _ => {}
    }
}

fn run(lang: &str, path: &str) -> (Option<i32>, Value) {
    let output = entitle().args(["--lang", lang, "check", "--format", "json", path]).output().expect("entitle runs");
    let mut json: Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{lang} {path}: not JSON ({e}): {}", String::from_utf8_lossy(&output.stdout)));
    assert_eq!(json["lang"], lang, "{path}: the report names its language");
    json.as_object_mut().map(|o| o.remove("lang"));
    without_words(&mut json);
    (output.status.code(), json)
}

#[test]
fn codes_spans_and_exit_codes_are_the_same_in_every_language() {
    let mut differs = 0;
    for path in fixtures() {
        let english = run("en", &path);
        for lang in ["es", "it"] {
            let translated = run(lang, &path);
            assert_eq!(translated, english, "{path}: --lang {lang} judges otherwise than English");
        }
        // The words did change, so the comparison above is not of two English runs.
        let words = |lang: &str| {
            let out = entitle().args(["--lang", lang, "check", &path]).output().expect("entitle runs");
            assert_eq!(out.status.code(), english.0, "{path}: --lang {lang} exits otherwise than English");
            out.stdout
        };
        if words("es") != words("en") && words("it") != words("en") {
            differs += 1;
        }
    }
    assert_eq!(differs, fixtures().len(), "every report reads differently in Spanish and Italian");
}

/// Labels under an accented value stay under it: the renderer counts
/// characters, not bytes, and wraps Spanish text within the width.
#[test]
fn accented_values_keep_labels_aligned_in_spanish() {
    let text = std::fs::read_to_string(root("tests/fixtures/codes/activation-role.toml")).expect("fixture");
    let accented = "josé.núñez@contoso.es";
    let text = text.replace("bob@contoso.com", accented);
    let report = Checker::new(library(), Options { lang: Some(Lang::Es), ..Options::default() })
        .check("acentos.toml", text.as_bytes());
    let out = i18n::with_lang(Lang::Es, || human::render(&[report], Style { color: false, width: 60 }));
    let quoted = format!("\"{accented}\"");
    assert_eq!(underlined(&out, &quoted), 2, "both labelled lines hold the value:\n{out}");
    assert!(out.contains("1 archivo comprobado: 1 error, 0 advertencias"), "{out}");
    // The message and help are wrapped to the width (the path line and the
    // labels are not, in any language).
    let wrapped = |l: &&str| l.starts_with("  ") && !l.trim_start().starts_with(['·', '╭', '╰']);
    for line in out.lines().filter(wrapped) {
        assert!(line.chars().count() <= 60, "wider than 60 columns: {line:?}");
    }
}

/// The underline under `value` on every source line that holds it starts
/// at its first character and is as wide as it, in characters; returns how
/// many lines were checked.
fn underlined(out: &str, value: &str) -> usize {
    let lines: Vec<&str> = out.lines().collect();
    let mut checked = 0;
    for (i, line) in lines.iter().enumerate() {
        let Some(at) = line.find(value) else { continue };
        if !line.contains(" │ ") {
            continue;
        }
        let column = line[..at].chars().count();
        let under = lines[i + 1];
        let start = under.chars().position(|c| c == '─').expect("an underline");
        let width = under.chars().filter(|c| matches!(c, '─' | '┬')).count();
        assert_eq!(start, column, "the underline starts under the value:\n{line}\n{under}");
        assert_eq!(width, value.chars().count(), "the underline is as wide as the value:\n{line}\n{under}");
        checked += 1;
    }
    checked
}

/// A Spanish message of the pipeline about an accented value: wrapped within
/// the width, its label under the value.
#[test]
fn a_spanish_structure_message_about_an_accented_value_wraps_and_aligns() {
    let text = std::fs::read_to_string(root("tests/fixtures/codes/eligible.toml")).expect("fixture");
    let value = "\"año-2021-diciembre-treinta-y-uno-señor-núñez\"";
    let text = text.replacen("name = ", &format!("\"fundación\" = {value}\nname = "), 1);
    let report = Checker::new(library(), Options { lang: Some(Lang::Es), ..Options::default() })
        .check("acentos.toml", text.as_bytes());
    let out = i18n::with_lang(Lang::Es, || human::render(&[report], Style { color: false, width: 50 }));
    assert!(out.contains("clave desconocida `fundación` en `[partner]`"), "{out}");
    assert_eq!(underlined(&out, "\"fundación\""), 1, "{out}");
    assert!(out.contains("las claves permitidas aquí son"), "{out}");
    let wrapped = |l: &&str| l.starts_with("  ") && !l.trim_start().starts_with(['·', '╭', '╰']);
    for line in out.lines().filter(wrapped) {
        assert!(line.chars().count() <= 50, "wider than 50 columns: {line:?}");
    }
    assert!(out.lines().filter(wrapped).count() > 3, "the help wraps over several lines:\n{out}");
}

#[test]
fn the_summary_line_chooses_plurals_per_language() {
    let summary = |lang| i18n::with_lang(lang, || entitle::messages::summary_line(1, 2, 1, 0));
    assert_eq!(summary(Lang::En), "1 file checked: 2 errors, 1 warning");
    assert_eq!(summary(Lang::Es), "1 archivo comprobado: 2 errores, 1 advertencia");
    assert_eq!(summary(Lang::It), "1 file controllato: 2 errori, 1 avviso");
}

/// A missing or mistyped key's help says what the key holds in the
/// reader's language, not in the schema's English.
#[test]
fn a_missing_keys_help_says_what_it_holds_in_the_readers_language() {
    let text = std::fs::read_to_string(common::root("examples/eligible.toml")).expect("example").replacen(
        "kind = \"aad\"\n",
        "",
        1,
    );
    for (lang, words) in [
        (Lang::En, "how the account signs in: `aad` or `msa`"),
        (Lang::Es, "cómo inicia sesión la cuenta: `aad` o `msa`"),
        (Lang::It, "come accede l'account: `aad` o `msa`"),
    ] {
        let report = Checker::new(library(), Options { lang: Some(lang), ..Options::default() })
            .check("m.toml", text.as_bytes());
        let finding = report.findings.iter().find(|f| f.code.as_str() == "schema").expect("a schema finding");
        let help = finding.help.as_deref().unwrap_or_default();
        assert!(help.ends_with(words), "{lang}: {help}");
    }
}
