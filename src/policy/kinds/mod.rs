//! The rule kinds: the generic checks a policy's rules instantiate. A kind is
//! one module that owns all of it:
//!
//! - its typed parameters, read from the rule's keys besides the common ones
//!   (`code`, `kind`, `severity`, `message`, `help`, `label`, `labels`); the
//!   policy schema documents them from these types;
//! - its [`KindSpec`]: the fields its templates may name and the secondary
//!   labels it draws;
//! - its compile step: the parameters checked against the policy's
//!   catalogues, each fault with its span;
//! - its check, over one manifest, and what it knows besides: the fix for one
//!   of its findings, why a rule of it can never fire.
//!
//! [`KINDS`] lists them, in the order they run: explanations before what
//! they explain, so that a later check can stay silent about what an earlier
//! finding already explains ("one fault, one finding"). A new kind is a new
//! module and one line there; the README's "Adding a rule kind" walks
//! through one.

/// The fields every rule about an incident sets ([`INCIDENT_FIELDS`]),
/// followed by a kind's own.
macro_rules! incident_fields {
    ($($extra:literal),*) => {
        &["incident", "benefit", "benefit_name", "product", "product_name", "product_kind", "opened_by", "opened_on", "customer", "as_of", "policy" $(, $extra)*]
    };
}

mod context;
mod kind;

mod activation_complete;
mod activation_order;
mod activation_required;
mod active_membership;
mod competency_forbidden;
mod competency_required;
mod contract_link;
mod eligibility;
mod link_after_exhaustion;
mod link_after_expiry;
mod processing_delay;
mod quota;
mod recent_product;
mod reference;
mod required_field;
mod required_program;
mod required_role;
mod scope;
mod uniqueness;
mod validity_window;

use std::fmt;
use std::sync::Arc;

use schemars::JsonSchema;

pub use context::{Context, Wording};
pub use kind::{
    Check, INCIDENT_FIELDS, KindCompiler, KindSpec, Label, NoParams, RuleKind, TemplateFields, WhenOnly,
    template_fields,
};

/// Every rule kind, in the order their rules run.
pub static KINDS: &[Kind] = &[
    Kind::of::<reference::Reference>(),
    Kind::of::<uniqueness::Uniqueness>(),
    Kind::of::<required_field::RequiredField>(),
    Kind::of::<required_program::RequiredProgram>(),
    Kind::of::<active_membership::ActiveMembership>(),
    Kind::of::<competency_required::CompetencyRequired>(),
    Kind::of::<competency_forbidden::CompetencyForbidden>(),
    Kind::of::<eligibility::Eligibility>(),
    Kind::of::<required_role::RequiredRole>(),
    Kind::of::<activation_required::ActivationRequired>(),
    Kind::of::<activation_order::ActivationOrder>(),
    Kind::of::<activation_complete::ActivationComplete>(),
    Kind::of::<processing_delay::ProcessingDelay>(),
    Kind::of::<scope::Scope>(),
    Kind::of::<recent_product::RecentProduct>(),
    Kind::of::<contract_link::ContractLink>(),
    Kind::of::<validity_window::ValidityWindow>(),
    Kind::of::<quota::Quota>(),
    Kind::of::<link_after_expiry::LinkAfterExpiry>(),
    Kind::of::<link_after_exhaustion::LinkAfterExhaustion>(),
];

/// One entry of [`KINDS`]: a kind's interface, and its compile step and
/// parameters with their types forgotten.
pub struct Kind {
    /// Its interface.
    pub spec: &'static KindSpec,
    schema: fn(&mut schemars::SchemaGenerator) -> schemars::Schema,
    fits: fn(&std::collections::BTreeMap<String, serde_json::Value>) -> bool,
    compile: fn(serde_json::Map<String, serde_json::Value>, &mut dyn KindCompiler<'_>) -> Compiled,
    names: fn() -> &'static [&'static str],
}

/// What compiling a rule's parameters gave.
pub(crate) enum Compiled {
    /// The check, or `None` when the compile step reported a fault.
    Check(Option<Arc<dyn Check>>),
    /// The parameters are not of their types (the policy schema says how).
    Unreadable(String),
}

impl fmt::Debug for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Kind").field("name", &self.spec.name).finish_non_exhaustive()
    }
}

impl Kind {
    /// The entry of kind `K`.
    pub const fn of<K: RuleKind>() -> Kind {
        Kind {
            spec: K::SPEC,
            schema: <K::Params as JsonSchema>::json_schema,
            fits: fits::<K>,
            compile: compile::<K>,
            names: crate::structure::field_names::<K::Params>,
        }
    }

    /// The parameters it takes besides the common ones: the fields serde
    /// reads its parameters by, in their order.
    pub fn params(&self) -> &'static [&'static str] {
        (self.names)()
    }

    /// The parameters it cannot do without, read from its parameters'
    /// schema: only a rule that lacks one asks.
    pub fn required(&self) -> Vec<String> {
        let schema = (self.schema)(&mut schemars::SchemaGenerator::default());
        let names = schema.get("required").and_then(|r| r.as_array());
        names.map(|r| r.iter().filter_map(|n| n.as_str().map(str::to_string)).collect()).unwrap_or_default()
    }

    /// Its parameters' schema, for the policy schema.
    pub fn schema(&self, generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        (self.schema)(generator)
    }

    /// Whether `params` are its parameters, each of its type.
    pub fn fits(&self, params: &std::collections::BTreeMap<String, serde_json::Value>) -> bool {
        (self.fits)(params)
    }

    pub(crate) fn compile(
        &self,
        params: serde_json::Map<String, serde_json::Value>,
        cx: &mut dyn KindCompiler<'_>,
    ) -> Compiled {
        (self.compile)(params, cx)
    }
}

fn fits<K: RuleKind>(params: &std::collections::BTreeMap<String, serde_json::Value>) -> bool {
    let params = params.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    serde_json::from_value::<K::Params>(serde_json::Value::Object(params)).is_ok()
}

fn compile<K: RuleKind>(params: serde_json::Map<String, serde_json::Value>, cx: &mut dyn KindCompiler<'_>) -> Compiled {
    match serde_json::from_value::<K::Params>(serde_json::Value::Object(params)) {
        Ok(params) => Compiled::Check(K::compile(params, cx).map(|k| Arc::new(k) as Arc<dyn Check>)),
        Err(e) => Compiled::Unreadable(e.to_string()),
    }
}

/// The kind of this name.
pub fn kind(name: &str) -> Option<&'static Kind> {
    KINDS.iter().find(|k| k.spec.name == name)
}

/// The key by which versions override or remove a rule: its `id`, or
/// `code/kind` followed by the value of each of its kind's
/// [`KindSpec::key`] parameters.
pub fn rule_key(def: &super::model::RuleDef) -> String {
    if let Some(id) = &def.id {
        return id.clone();
    }
    let mut key = format!("{}/{}", def.code, def.kind);
    for param in kind(&def.kind).map_or(&[][..], |k| k.spec.key) {
        if let Some(value) = def.params.text(param) {
            key.push('/');
            key.push_str(value);
        }
    }
    key
}

/// The spec of the kind of this name.
pub fn spec(name: &str) -> Option<&'static KindSpec> {
    kind(name).map(|k| k.spec)
}

impl JsonSchema for super::model::RuleParams {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "RuleParams".into()
    }

    /// Every kind's parameters, each as the first kind that takes it
    /// describes it (kinds that share a name share its type); one that a
    /// single kind takes is said to be that kind's.
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mut properties = serde_json::Map::new();
        let mut takers: std::collections::BTreeMap<String, Vec<&str>> = std::collections::BTreeMap::new();
        for kind in KINDS {
            let schema = kind.schema(generator);
            let Some(params) = schema.get("properties").and_then(serde_json::Value::as_object) else { continue };
            for (name, param) in params {
                takers.entry(name.clone()).or_default().push(kind.spec.name);
                properties.entry(name.clone()).or_insert_with(|| param.clone());
            }
        }
        for (name, param) in properties.iter_mut() {
            let Some([kind]) = takers.get(name).map(Vec::as_slice) else { continue };
            let Some(object) = param.as_object_mut() else { continue };
            let said = object.get("description").and_then(serde_json::Value::as_str).unwrap_or_default();
            let said = crate::messages::lower_first(said);
            object.insert("description".into(), format!("`{kind}`: {said}").into());
        }
        schemars::json_schema!({ "type": "object", "properties": properties })
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    #[test]
    fn names_are_unique_and_parameters_shared_by_name_have_one_type() {
        let mut names = BTreeSet::new();
        let mut params: std::collections::BTreeMap<String, serde_json::Value> = Default::default();
        let mut generator = schemars::SchemaGenerator::default();
        for kind in KINDS {
            assert!(names.insert(kind.spec.name), "{} twice", kind.spec.name);
            let schema = kind.schema(&mut generator);
            for (name, mut sub) in schema.get("properties").and_then(|p| p.as_object()).cloned().unwrap_or_default() {
                if let Some(o) = sub.as_object_mut() {
                    o.remove("description");
                }
                let first = params.entry(name.clone()).or_insert_with(|| sub.clone());
                assert_eq!(*first, sub, "`{name}` of `{}` has another type", kind.spec.name);
            }
        }
        assert_eq!(names.len(), KINDS.len());
    }

    #[test]
    fn default_labels_show_declared_fields() {
        for kind in KINDS {
            let spec = kind.spec;
            for label in spec.labels {
                for shown in label.shows {
                    assert!(
                        spec.fields.contains(shown) || spec.label_fields.contains(shown),
                        "{}: label `{}` shows `{shown}`, which it does not declare",
                        spec.name,
                        label.name
                    );
                }
            }
        }
    }
}
