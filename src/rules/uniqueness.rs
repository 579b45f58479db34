//! `uniqueness`: no two entries of a manifest collection share a key. Generic
//! over the manifest's structure: the policy names the collection and fields.

use rustc_hash::FxHashMap as HashMap;

use serde_json::Value;

use super::{Context, secret};
use crate::diagnostic::Draft;
use crate::document::{Path, Target};
use crate::manifest::SECRET_KEYS;
use crate::policy::ruleset::Rule;
use crate::template::Fields;

pub(super) fn check(cx: &Context<'_>, rule: &Rule, collection: &str, key: &[String], out: &mut Vec<Draft>) {
    let Some(items) = cx.json.get(collection).and_then(Value::as_array) else { return };
    let mut first: HashMap<Vec<String>, usize> = HashMap::default();
    for (i, item) in items.iter().enumerate() {
        let Some(values) = key.iter().map(|k| item.get(k).map(show)).collect::<Option<Vec<String>>>() else {
            continue;
        };
        let Some(&j) = first.get(&values) else {
            first.insert(values, i);
            continue;
        };
        let shown: Vec<String> =
            key.iter().zip(&values).map(|(k, v)| if is_secret(k) { secret(v) } else { v.clone() }).collect();
        let mut fields = cx.base_fields().with("collection", collection).with("key", shown.join(" / "));
        add_item_fields(&mut fields, "first", &items[j]);
        add_item_fields(&mut fields, "this", item);
        let field = key.first().map_or("", String::as_str);
        let mut draft = cx.draft(rule, &fields, Target::Value(Path::item(collection, i).key(field)));
        cx.label(&mut draft, rule, "first", Target::Value(Path::item(collection, j).key(field)), &fields);
        out.push(draft);
    }
}

fn is_secret(field: &str) -> bool {
    SECRET_KEYS.contains(&field)
}

fn show(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn add_item_fields(fields: &mut Fields, prefix: &str, item: &Value) {
    if let Some(map) = item.as_object() {
        for (k, v) in map {
            let text = show(v);
            fields.set(format!("{prefix}.{k}"), if is_secret(k) { secret(&text) } else { text });
        }
    }
}
