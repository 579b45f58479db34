//! The Fluent catalogues against the source and against each other: every
//! message the code asks for exists in English and every English message is
//! asked for; Spanish and Italian have exactly English's messages, with the
//! same variables; and no English is left over in them.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// One message: its variables, and each attribute's.
#[derive(Debug, Default, PartialEq)]
struct Shape {
    value: Option<BTreeSet<String>>,
    attributes: BTreeMap<String, BTreeSet<String>>,
}

fn catalogue(lang: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(lang).join("entitle.ftl");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                variables(&variant.value, out);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// The words of a pattern a reader sees, variants included; placeables are
/// spaces.
fn words(pattern: &Pattern<&str>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression: Expression::Select { variants, .. } } => {
                for variant in variants {
                    out.push(' ');
                    words(&variant.value, out);
                }
            }
            PatternElement::Placeable { .. } => out.push(' '),
        }
    }
}

fn parse(lang: &str) -> (BTreeMap<String, Shape>, BTreeMap<String, String>) {
    let source = catalogue(lang);
    let resource = fluent_syntax::parser::parse(source.as_str())
        .unwrap_or_else(|(_, errors)| panic!("locales/{lang}/entitle.ftl does not parse: {errors:?}"));
    let mut shapes = BTreeMap::new();
    let mut texts = BTreeMap::new();
    for entry in &resource.body {
        match entry {
            Entry::Message(message) => {
                let mut shape = Shape::default();
                let mut text = String::new();
                if let Some(value) = &message.value {
                    let mut vars = BTreeSet::new();
                    variables(value, &mut vars);
                    shape.value = Some(vars);
                    words(value, &mut text);
                }
                for attribute in &message.attributes {
                    let mut vars = BTreeSet::new();
                    variables(&attribute.value, &mut vars);
                    shape.attributes.insert(attribute.id.name.to_string(), vars);
                    text.push('\n');
                    words(&attribute.value, &mut text);
                }
                let id = message.id.name.to_string();
                assert!(shapes.insert(id.clone(), shape).is_none(), "{lang}: `{id}` twice");
                texts.insert(id, text);
            }
            Entry::Term(term) => panic!("{lang}: term `{}`: the catalogues use messages only", term.id.name),
            Entry::Junk { content } => panic!("{lang}: cannot parse {content:?}"),
            _ => {}
        }
    }
    (shapes, texts)
}

/// The ids the source asks for: `t!("id"…)`, `tr("id"…)`, `tr_in(lang, "id"…)`,
/// outside comments; `id.attribute` keeps its attribute.
fn ids_in_source() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for path in entitle::files::files_below(&src, &["rs"]).expect("src is readable") {
        let text = std::fs::read_to_string(&path).expect("a source file");
        let code: Vec<&str> = text.lines().filter(|l| !l.trim_start().starts_with("//")).collect();
        let code = code.join("\n");
        for opener in ["t!(", "tr(", "tr_in(lang,"] {
            let mut rest = code.as_str();
            while let Some(at) = rest.find(opener) {
                let whole_word = !rest[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_');
                rest = rest[at + opener.len()..].trim_start();
                if !whole_word {
                    continue;
                }
                if let Some(literal) = rest.strip_prefix('"') {
                    let end = literal.find('"').expect("a closed literal");
                    ids.insert(literal[..end].to_string());
                }
            }
        }
    }
    // Each key of the manifest schema that has a description asks for it in
    // the reader's language.
    ids.extend(manifest_descriptions().into_keys());
    // Each rule kind asks for its summary, `kind-<name>`, and the default
    // words of its labels.
    for kind in entitle::policy::kinds::KINDS {
        ids.insert(format!("kind-{}", kind.spec.name));
        ids.extend(kind.spec.labels.iter().map(|l| l.message.to_string()));
    }
    ids
}

/// Each described key of the manifest schema, as the catalogue message of
/// its description (`schema-field-manifest-accounts-kind`), with the schema's
/// English description.
fn manifest_descriptions() -> BTreeMap<String, String> {
    fn walk(node: &serde_json::Value, path: &[String], root: &serde_json::Value, out: &mut BTreeMap<String, String>) {
        if let Some(name) = node["$ref"].as_str().and_then(|r| r.strip_prefix("#/$defs/")) {
            return walk(&root["$defs"][name], path, root, out);
        }
        for key in ["anyOf", "oneOf", "allOf"] {
            for alternative in node[key].as_array().into_iter().flatten() {
                walk(alternative, path, root, out);
            }
        }
        walk_items(node, path, root, out);
        for (key, sub) in node["properties"].as_object().into_iter().flatten() {
            let path: Vec<String> = path.iter().cloned().chain([key.clone()]).collect();
            if let Some(description) = sub["description"].as_str() {
                out.insert(format!("schema-field-manifest-{}", path.join("-")), description.replace('\n', " "));
            }
            walk(sub, &path, root, out);
        }
    }
    fn walk_items(
        node: &serde_json::Value,
        path: &[String],
        root: &serde_json::Value,
        out: &mut BTreeMap<String, String>,
    ) {
        if node["items"].is_object() {
            walk(&node["items"], path, root, out);
        }
    }
    let schema = entitle::manifest::schema();
    let mut out = BTreeMap::new();
    walk(&schema, &[], &schema, &mut out);
    out
}

/// The English catalogue says what each key of the manifest holds in the
/// schema's own words, so editors (which read the schema) and `entitle`
/// (which reads the catalogue, in the reader's language) agree.
#[test]
fn the_manifest_keys_are_described_in_the_catalogue_as_in_the_schema() {
    let (_, texts) = parse("en");
    let described = manifest_descriptions();
    assert!(described.len() > 40, "{} descriptions", described.len());
    for (id, description) in &described {
        assert_eq!(texts.get(id), Some(description), "`{id}` in locales/en/entitle.ftl");
    }
}

#[test]
fn every_message_the_source_asks_for_is_in_english_and_english_has_no_other() {
    let (english, _) = parse("en");
    let used = ids_in_source();
    assert!(used.len() > 200, "the scan found only {} ids", used.len());
    for id in &used {
        let (message, attribute) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id.as_str(), None),
        };
        let shape = english.get(message).unwrap_or_else(|| panic!("`{message}` is not in locales/en/entitle.ftl"));
        match attribute {
            Some(a) => assert!(shape.attributes.contains_key(a), "`{message}` has no attribute `{a}` in English"),
            None => assert!(shape.value.is_some(), "`{message}` has no value in English"),
        }
    }
    let asked: BTreeSet<&str> = used.iter().map(|id| id.split('.').next().unwrap_or(id)).collect();
    let unused: Vec<&String> = english.keys().filter(|id| !asked.contains(id.as_str())).collect();
    assert!(unused.is_empty(), "English messages nothing asks for: {unused:?}");
}

#[test]
fn every_translation_has_exactly_englishs_messages_and_variables() {
    let (english, _) = parse("en");
    for lang in ["es", "it"] {
        let (translated, _) = parse(lang);
        let missing: Vec<&String> = english.keys().filter(|id| !translated.contains_key(*id)).collect();
        let extra: Vec<&String> = translated.keys().filter(|id| !english.contains_key(*id)).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(extra.is_empty(), "{lang} has messages English does not: {extra:?}");
        for (id, shape) in &english {
            assert_eq!(&translated[id], shape, "{lang}: `{id}` has other variables or attributes than English");
        }
    }
}

/// English words that neither Spanish nor Italian use: one of them in a
/// translation is a sentence left untranslated.
const STOP_WORDS: &[&str] = &[
    "the", "and", "is", "are", "must", "with", "not", "of", "should", "which", "cannot", "found", "unknown", "missing",
    "would", "it", "this", "or", "to", "for", "be", "has", "no-one", "here", "file's", "because", "add", "remove",
    "write", "one", "more", "than", "when", "after", "before", "expires", "used",
];

#[test]
fn no_english_is_left_in_a_translation() {
    for lang in ["es", "it"] {
        let (_, texts) = parse(lang);
        for (id, text) in &texts {
            // Ids, keys and values in backticks are written as users type them.
            let prose: String = text.split('`').step_by(2).collect::<Vec<_>>().join(" ");
            // The `# expect:` example of `test.expectation` is TOML comments, typed as is.
            let prose: String =
                prose.lines().filter(|l| !l.trim_start().starts_with('#')).collect::<Vec<_>>().join("\n");
            for word in prose.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-')) {
                let word = word.to_lowercase();
                assert!(!STOP_WORDS.contains(&word.as_str()), "{lang}: `{id}` has the English word {word:?}: {text}");
            }
        }
    }
}
