//! `uniqueness`: no two entries of a manifest collection share the values of
//! `key`. Generic over the manifest's structure: the rule names the
//! collection and its fields.

use std::borrow::Cow;

use rustc_hash::FxHashMap as HashMap;
use toml::de::DeValue;

use super::context::{Context, Wording, secret};
use super::kind::{KindCompiler, KindSpec, Label, RuleKind};
use crate::diagnostic::Draft;
use crate::document::{Path, Target, short_literal};
use crate::manifest::SECRET_KEYS;
use crate::messages;
use crate::template::Fields;

/// The parameters of a `uniqueness` rule.
#[derive(Debug, serde::Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Params {
    /// A top-level array of the manifest.
    collection: String,
    /// The fields that together must be unique.
    key: Vec<String>,
}

/// A `uniqueness` rule.
#[derive(Debug)]
pub struct Uniqueness {
    collection: String,
    key: Vec<String>,
    /// The fields of the collection's entries.
    item_fields: Vec<String>,
}

impl RuleKind for Uniqueness {
    type Params = Params;
    const SPEC: &'static KindSpec = &KindSpec {
        name: "uniqueness",
        key: &["collection"],
        fields: &["collection", "key", "policy"],
        when_fields: &[],
        label_fields: &[],
        labels: &[Label { name: "first", message: "label-first-listed", shows: &[] }],
    };

    fn compile(params: Params, cx: &mut dyn KindCompiler<'_>) -> Option<Self> {
        let Params { collection, key } = params;
        let item_fields = cx.collection("collection", &collection).unwrap_or_default();
        if key.is_empty() {
            // No field to compare: every entry after the first would be "the same".
            let fields: Vec<&str> = item_fields.iter().map(String::as_str).collect();
            cx.error("key", None, messages::empty("key"), messages::reference_help("field", &fields, None));
            return None;
        }
        if !item_fields.is_empty() {
            for (i, field) in key.iter().enumerate() {
                cx.field("key", Some(i), &collection, &item_fields, field);
            }
        }
        Some(Uniqueness { collection, key, item_fields })
    }

    fn check(&self, cx: &Context<'_>, rule: &Wording<'_>, out: &mut Vec<Draft>) {
        let (collection, key) = (self.collection.as_str(), self.key.as_slice());
        let Some(DeValue::Array(items)) = cx.document.value(&Path::of(&[collection])) else { return };
        // A key of one field, as most are, is its value itself: no vector per item.
        #[derive(PartialEq, Eq, Hash)]
        enum Key<'a> {
            One(Cow<'a, str>),
            Many(Vec<Cow<'a, str>>),
        }
        let mut first: HashMap<Key<'_>, usize> = HashMap::with_capacity_and_hasher(items.len(), Default::default());
        for (i, item) in items.iter().enumerate() {
            let Some(table) = item.get_ref().as_table() else { continue };
            let value = |field: &str| -> Option<Cow<'_, str>> {
                let v = table.get(field)?;
                match v.get_ref() {
                    DeValue::String(s) => Some(Cow::Borrowed(s.as_ref())),
                    other => short_literal(other).map(Cow::Owned),
                }
            };
            let values = match key {
                [one] => value(one).map(Key::One),
                _ => key.iter().map(|k| value(k)).collect::<Option<Vec<_>>>().map(Key::Many),
            };
            let Some(values) = values else { continue };
            let Some(&j) = first.get(&values) else {
                first.insert(values, i);
                continue;
            };
            let values = match values {
                Key::One(v) => vec![v],
                Key::Many(vs) => vs,
            };
            let shown: Vec<String> =
                key.iter().zip(&values).map(|(k, v)| if is_secret(k) { secret(v) } else { v.to_string() }).collect();
            let mut fields = cx.base_fields().with("collection", collection).with("key", shown.join(" / "));
            if let Some(earlier) = items.get(j).and_then(|e| e.get_ref().as_table()) {
                add_item_fields(&mut fields, "first", earlier);
            }
            add_item_fields(&mut fields, "this", table);
            let field = key.first().map_or("", String::as_str);
            let mut draft = cx.draft(rule, &fields, Target::Value(Path::item(collection, i).key(field)));
            cx.label(&mut draft, rule, "first", Target::Value(Path::item(collection, j).key(field)), &fields);
            out.push(draft);
        }
    }

    /// Each field of the collection's entries, as `first.…` and `this.…`.
    fn extra_fields(&self) -> Vec<String> {
        self.item_fields.iter().flat_map(|f| [format!("first.{f}"), format!("this.{f}")]).collect()
    }

    fn duplicates_in(&self) -> Option<&str> {
        Some(&self.collection)
    }
}

fn is_secret(field: &str) -> bool {
    SECRET_KEYS.contains(&field)
}

fn add_item_fields(fields: &mut Fields, prefix: &str, table: &toml::de::DeTable<'_>) {
    for (key, value) in table.iter() {
        let name = key.get_ref();
        let text = match (is_secret(name), value.get_ref()) {
            // Masked whole: shortened first, a long secret would show four
            // characters from its middle.
            (true, DeValue::String(s)) => secret(s),
            (secret_key, other) => match short_literal(other) {
                Some(text) if secret_key => secret(&text),
                Some(text) => text,
                None => continue,
            },
        };
        fields.set(format!("{prefix}.{name}"), text);
    }
}
