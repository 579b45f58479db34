//! `entitle policy diff A B`: what changed between two policy versions, entry
//! by entry and field by field (quotas by tier and class), not line by line;
//! and, against a directory of manifests, whose verdict the change flips.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use super::model::PolicyFile;
use super::ruleset::RuleSet;

/// How an entry changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ChangeKind {
    /// New in B.
    Added,
    /// Gone in B.
    Removed,
    /// In both, with different fields.
    Changed,
}

/// One field of a changed entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    /// The field, e.g. `mainstream_end` or `grants[gold/cloud]`.
    pub field: String,
    /// Its value in A.
    pub from: Option<String>,
    /// Its value in B.
    pub to: Option<String>,
}

/// One entry added, removed or changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// The catalogue: `products`, `rules`, `settings`…
    pub section: &'static str,
    /// Added, removed or changed.
    pub change: ChangeKind,
    /// The entry's id (a rule's key).
    pub id: String,
    /// For changed entries, the fields that differ.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldChange>,
}

/// The semantic difference of two versions.
pub fn diff(a: &RuleSet, b: &RuleSet) -> Vec<Change> {
    let (fa, fb) = (&a.source_file, &b.source_file);
    let mut changes = Vec::new();
    macro_rules! sections {
        ($($field:ident: $noun:literal,)*) => {
            $(section(&mut changes, stringify!($field), &fa.$field, &fb.$field, |d| d.id.clone());)*
        };
    }
    super::model::with_catalogues!(sections);
    section(&mut changes, "rules", &fa.rules, &fb.rules, super::kinds::rule_key);
    settings(&mut changes, fa, fb);
    changes
}

/// Entries of one catalogue compared by key. Ids and values come from policy
/// files: they are escaped once here, for the human and the JSON diff alike.
fn section<T: Serialize>(out: &mut Vec<Change>, name: &'static str, a: &[T], b: &[T], key: impl Fn(&T) -> String) {
    let key = |entry: &T| crate::escape::inline(&key(entry)).into_owned();
    let index = |list: &[T]| -> BTreeMap<String, BTreeMap<String, String>> {
        list.iter().map(|entry| (key(entry), fields(entry))).collect()
    };
    let (ia, ib) = (index(a), index(b));
    for entry in a {
        let id = key(entry);
        match ib.get(&id) {
            None => out.push(Change { section: name, change: ChangeKind::Removed, id, fields: Vec::new() }),
            Some(fb) => {
                let fa = &ia[&id];
                let mut names: Vec<&String> = fa.keys().chain(fb.keys()).collect();
                names.sort();
                names.dedup();
                let fields: Vec<FieldChange> = names
                    .into_iter()
                    .filter(|n| fa.get(*n) != fb.get(*n))
                    .map(|n| FieldChange { field: n.clone(), from: fa.get(n).cloned(), to: fb.get(n).cloned() })
                    .collect();
                if !fields.is_empty() {
                    out.push(Change { section: name, change: ChangeKind::Changed, id, fields });
                }
            }
        }
    }
    for entry in b {
        let id = key(entry);
        if !ia.contains_key(&id) {
            out.push(Change { section: name, change: ChangeKind::Added, id, fields: Vec::new() });
        }
    }
}

/// The fields of an entry, flat; a benefit's grants by `tier` or `tier/class`.
fn fields<T: Serialize>(entry: &T) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let Ok(Value::Object(map)) = serde_json::to_value(entry) else { return out };
    for (name, value) in map {
        match (name.as_str(), &value) {
            ("grants", Value::Array(grants)) => {
                for grant in grants {
                    let tier = grant.get("tier").and_then(Value::as_str).unwrap_or_default();
                    let slot = match grant.get("class").and_then(Value::as_str) {
                        Some(class) => format!("grants[{tier}/{class}]"),
                        None => format!("grants[{tier}]"),
                    };
                    let mut text = grant.get("incidents").map(show).unwrap_or_default();
                    if let Some(grant_name) = grant.get("name").and_then(Value::as_str) {
                        text = format!("{text} ({})", crate::escape::inline(grant_name));
                    }
                    out.insert(crate::escape::inline(&slot).into_owned(), text);
                }
            }
            (_, Value::Null) => {}
            (_, Value::Object(inner)) => {
                for (key, value) in inner {
                    if !value.is_null() {
                        out.insert(format!("{name}.{key}"), show(value));
                    }
                }
            }
            _ => {
                out.insert(name, show(&value));
            }
        }
    }
    out
}

fn show(value: &Value) -> String {
    match value {
        Value::String(s) => crate::escape::inline(s).into_owned(),
        other => crate::escape::inline(&other.to_string()).into_owned(),
    }
}

fn settings(out: &mut Vec<Change>, a: &PolicyFile, b: &PolicyFile) {
    let pairs = [
        (
            "entitlements",
            serde_json::to_value(a.entitlements.clone().unwrap_or_default()),
            serde_json::to_value(b.entitlements.clone().unwrap_or_default()),
        ),
        (
            "waivers",
            serde_json::to_value(a.waivers.clone().unwrap_or_default()),
            serde_json::to_value(b.waivers.clone().unwrap_or_default()),
        ),
    ];
    for (name, va, vb) in pairs {
        let (Ok(va), Ok(vb)) = (va, vb) else { continue };
        let (fa, fb) = (fields(&va), fields(&vb));
        let fields: Vec<FieldChange> = fa
            .keys()
            .chain(fb.keys())
            .filter(|k| fa.get(*k) != fb.get(*k))
            .map(|k| FieldChange { field: k.clone(), from: fa.get(k).cloned(), to: fb.get(k).cloned() })
            .collect();
        if !fields.is_empty() {
            out.push(Change { section: "settings", change: ChangeKind::Changed, id: name.to_string(), fields });
        }
    }
}
