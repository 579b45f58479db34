//! `required-field`: every entry of a manifest collection sets a field. The
//! rule names the collection and the field: a policy that wants every
//! activation to state when it expires says `collection = "activations"`,
//! `field = "expires"`.

use toml::de::DeValue;

use super::context::{Context, Wording};
use super::kind::{KindCompiler, KindSpec, RuleKind};
use crate::diagnostic::Draft;
use crate::document::{Path, Target};

/// The parameters of a `required-field` rule, read from its keys.
#[derive(Debug, serde::Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Params {
    /// A top-level array of the manifest.
    collection: String,
    /// The field each of its entries sets.
    field: String,
}

/// A compiled `required-field` rule.
#[derive(Debug)]
pub struct RequiredField {
    collection: String,
    field: String,
}

impl RuleKind for RequiredField {
    type Params = Params;
    const SPEC: &'static KindSpec = &KindSpec {
        name: "required-field",
        key: &["collection", "field"],
        // What its findings set, for the rule's message, help and label.
        fields: &["collection", "field", "position", "policy"],
        when_fields: &[],
        label_fields: &[],
        labels: &[],
    };

    /// The collection and the field must exist in the manifest's schema.
    fn compile(params: Params, cx: &mut dyn KindCompiler<'_>) -> Option<Self> {
        let fields = cx.collection("collection", &params.collection)?;
        cx.field("field", None, &params.collection, &fields, &params.field);
        Some(RequiredField { collection: params.collection, field: params.field })
    }

    fn check(&self, cx: &Context<'_>, rule: &Wording<'_>, out: &mut Vec<Draft>) {
        let Some(DeValue::Array(entries)) = cx.document.value(&Path::of(&[&self.collection])) else { return };
        for (i, entry) in entries.iter().enumerate() {
            let Some(table) = entry.get_ref().as_table() else { continue };
            if table.get(self.field.as_str()).is_some() {
                continue;
            }
            // The finding points at the entry's first key, on its first line.
            let Some((first, _)) = table.iter().min_by_key(|(key, _)| key.span().start) else { continue };
            let fields = cx
                .base_fields()
                .with("collection", &self.collection)
                .with("field", &self.field)
                .with("position", i + 1);
            let at = Target::Key(Path::item(&self.collection, i).key(first.get_ref()));
            out.push(cx.draft(rule, &fields, at));
        }
    }
}
