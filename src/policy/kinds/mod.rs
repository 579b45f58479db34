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

use std::collections::BTreeSet;
use std::fmt;
use std::sync::{Arc, OnceLock};

use schemars::JsonSchema;
use serde::de::DeserializeOwned;

pub use super::compile::KindCompiler;
use super::ruleset::{Filter, Rule, RuleSet};
use crate::date::Date;
use crate::diagnostic::{Draft, Finding};
use crate::document::Document;
use crate::manifest::Manifest;
pub use context::Context;

/// Every rule kind, in the order their rules run.
pub static KINDS: [Kind; 20] = [
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

/// The interface of a rule kind: its name and what its templates may use.
/// What it checks, in words, is the message catalogues' `kind-<name>`.
#[derive(Debug)]
pub struct KindSpec {
    /// The name policies write in `kind = "…"`.
    pub name: &'static str,
    /// Fields its message, help and labels may interpolate: every finding
    /// of the kind sets each of them.
    pub fields: &'static [&'static str],
    /// Fields set only when a rule is about incidents
    /// ([`RuleKind::about_incidents`]).
    pub when_fields: &'static [&'static str],
    /// Fields its secondary labels may interpolate besides `fields`: each
    /// label is about one entry (a membership), which the finding is not.
    pub label_fields: &'static [&'static str],
    /// Secondary labels it draws.
    pub labels: &'static [Label],
}

/// A secondary label a kind draws, and its words when a rule gives none.
#[derive(Debug)]
pub struct Label {
    /// The name rules give its words by (`labels.<name>`).
    pub name: &'static str,
    /// The catalogue message of its default words.
    pub message: &'static str,
    /// The fields the default words show, as `{placeholders}`.
    pub shows: &'static [&'static str],
}

/// Fields every rule about an incident sets: its own and its subject's.
pub const INCIDENT_FIELDS: &[&str] = incident_fields!();

/// The parameters of a kind that takes none.
#[derive(Debug, serde::Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NoParams {}

/// The parameters of a kind that takes only `when`.
#[derive(Debug, serde::Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WhenOnly {
    /// Which incidents the rule applies to.
    pub when: Option<super::model::FilterDef>,
}

/// A rule kind, written once in its module.
pub trait RuleKind: fmt::Debug + Send + Sync + Sized + 'static {
    /// Its parameters: the rule's keys besides the common ones. Their doc
    /// comments are the policy schema's descriptions.
    type Params: DeserializeOwned + JsonSchema;
    /// Its interface.
    const SPEC: &'static KindSpec;
    /// Checks the parameters against the policy's catalogues, reporting each
    /// fault through `cx`; `None` when the rule cannot run.
    fn compile(params: Self::Params, cx: &mut KindCompiler<'_, '_, '_>) -> Option<Self>;
    /// Reports each finding of `rule` about one manifest.
    fn check(&self, cx: &Context<'_>, rule: &Rule, out: &mut Vec<Draft>);
    /// Whether the rule is about incidents, and so sets
    /// [`KindSpec::when_fields`].
    fn about_incidents(&self) -> bool {
        false
    }
    /// Which incidents it looks at, if it takes `when`.
    fn when(&self) -> Option<&Filter> {
        None
    }
    /// Fields its templates may use besides the spec's.
    fn extra_fields(&self) -> Vec<String> {
        Vec::new()
    }
    /// The smallest change to the manifest that fixes `finding`, where the
    /// kind can tell.
    fn fix(&self, _finding: &Finding, _manifest: &Manifest, _rules: &RuleSet) -> Option<String> {
        None
    }
    /// Its findings refuse an activation of the benefit they name.
    fn refuses_activations(&self) -> bool {
        false
    }
    /// The manifest collection its findings are duplicate entries of.
    fn duplicates_in(&self) -> Option<&str> {
        None
    }
    /// Why a rule of it can never fire under `rules`, in words.
    fn unreachable(&self, _rules: &RuleSet) -> Option<String> {
        None
    }
}

/// A compiled rule's check: a [`RuleKind`] with its parameters, behind a
/// pointer that every rule shares the shape of.
pub trait Check: fmt::Debug + Send + Sync {
    /// Its kind's interface.
    fn spec(&self) -> &'static KindSpec;
    /// [`RuleKind::check`].
    fn check(&self, cx: &Context<'_>, rule: &Rule, out: &mut Vec<Draft>);
    /// [`RuleKind::about_incidents`].
    fn about_incidents(&self) -> bool;
    /// [`RuleKind::when`].
    fn when(&self) -> Option<&Filter>;
    /// [`RuleKind::extra_fields`].
    fn extra_fields(&self) -> Vec<String>;
    /// [`RuleKind::fix`].
    fn fix(&self, finding: &Finding, manifest: &Manifest, rules: &RuleSet) -> Option<String>;
    /// [`RuleKind::refuses_activations`].
    fn refuses_activations(&self) -> bool;
    /// [`RuleKind::duplicates_in`].
    fn duplicates_in(&self) -> Option<&str>;
    /// [`RuleKind::unreachable`].
    fn unreachable(&self, rules: &RuleSet) -> Option<String>;
}

impl<K: RuleKind> Check for K {
    fn spec(&self) -> &'static KindSpec {
        K::SPEC
    }
    fn check(&self, cx: &Context<'_>, rule: &Rule, out: &mut Vec<Draft>) {
        RuleKind::check(self, cx, rule, out)
    }
    fn about_incidents(&self) -> bool {
        RuleKind::about_incidents(self)
    }
    fn when(&self) -> Option<&Filter> {
        RuleKind::when(self)
    }
    fn extra_fields(&self) -> Vec<String> {
        RuleKind::extra_fields(self)
    }
    fn fix(&self, finding: &Finding, manifest: &Manifest, rules: &RuleSet) -> Option<String> {
        RuleKind::fix(self, finding, manifest, rules)
    }
    fn refuses_activations(&self) -> bool {
        RuleKind::refuses_activations(self)
    }
    fn duplicates_in(&self) -> Option<&str> {
        RuleKind::duplicates_in(self)
    }
    fn unreachable(&self, rules: &RuleSet) -> Option<String> {
        RuleKind::unreachable(self, rules)
    }
}

/// One entry of [`KINDS`]: a kind's interface, and its compile step and
/// parameters with their types forgotten.
pub struct Kind {
    /// Its interface.
    pub spec: &'static KindSpec,
    schema: fn(&mut schemars::SchemaGenerator) -> schemars::Schema,
    fits: fn(&std::collections::BTreeMap<String, serde_json::Value>) -> bool,
    compile: fn(serde_json::Map<String, serde_json::Value>, &mut KindCompiler<'_, '_, '_>) -> Compiled,
    names: fn() -> &'static [&'static str],
    required: OnceLock<Vec<String>>,
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
            names: field_names::<K::Params>,
            required: OnceLock::new(),
        }
    }

    /// The parameters it takes besides the common ones: the fields serde
    /// reads its parameters by, in their order.
    pub fn params(&self) -> &'static [&'static str] {
        (self.names)()
    }

    /// The parameters it cannot do without, read from its parameters'
    /// schema when first asked: only a rule that lacks one needs them.
    pub fn required(&self) -> Vec<&str> {
        let required = self.required.get_or_init(|| {
            let schema = (self.schema)(&mut schemars::SchemaGenerator::default());
            let names = schema.get("required").and_then(|r| r.as_array());
            names.map(|r| r.iter().filter_map(|n| n.as_str().map(str::to_string)).collect()).unwrap_or_default()
        });
        required.iter().map(String::as_str).collect()
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
        cx: &mut KindCompiler<'_, '_, '_>,
    ) -> Compiled {
        (self.compile)(params, cx)
    }
}

fn fits<K: RuleKind>(params: &std::collections::BTreeMap<String, serde_json::Value>) -> bool {
    let params = params.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    serde_json::from_value::<K::Params>(serde_json::Value::Object(params)).is_ok()
}

fn compile<K: RuleKind>(
    params: serde_json::Map<String, serde_json::Value>,
    cx: &mut KindCompiler<'_, '_, '_>,
) -> Compiled {
    match serde_json::from_value::<K::Params>(serde_json::Value::Object(params)) {
        Ok(params) => Compiled::Check(K::compile(params, cx).map(|k| Arc::new(k) as Arc<dyn Check>)),
        Err(e) => Compiled::Unreadable(e.to_string()),
    }
}

/// The fields serde reads `T` by: what its derived `Deserialize` hands to
/// `deserialize_struct`, caught without reading anything.
fn field_names<T: DeserializeOwned>() -> &'static [&'static str] {
    use serde::de::{Error, Visitor};
    struct Names<'a>(&'a mut &'static [&'static str]);
    impl<'de> serde::Deserializer<'de> for Names<'_> {
        type Error = serde::de::value::Error;
        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
            Err(Error::custom("not a struct"))
        }
        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Self::Error> {
            *self.0 = fields;
            Err(Error::custom("names only"))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit
            unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
        }
    }
    let mut fields: &'static [&'static str] = &[];
    let _ = T::deserialize(Names(&mut fields));
    fields
}

/// The kind of this name.
pub fn kind(name: &str) -> Option<&'static Kind> {
    KINDS.iter().find(|k| k.spec.name == name)
}

/// The spec of the kind of this name.
pub fn spec(name: &str) -> Option<&'static KindSpec> {
    kind(name).map(|k| k.spec)
}

/// The fields a rule's templates may interpolate: its kind's fields, those
/// about incidents when the rule is about them, those its parameters add
/// (a uniqueness rule's `first.…` and `this.…`), and for labels the kind's
/// label fields.
pub fn template_fields(check: &dyn Check, label: bool) -> BTreeSet<String> {
    let spec = check.spec();
    let mut fields: BTreeSet<String> = spec.fields.iter().map(|f| f.to_string()).collect();
    if check.about_incidents() {
        fields.extend(spec.when_fields.iter().map(|f| f.to_string()));
    }
    if label {
        fields.extend(spec.label_fields.iter().map(|f| f.to_string()));
    }
    fields.extend(check.extra_fields());
    fields
}

/// Runs every rule of `rules` over a structurally valid manifest, kind by
/// kind in the order of [`KINDS`] ([`RuleSet::run_order`]).
pub fn evaluate(manifest: &Manifest, document: &Document<'_>, rules: &RuleSet, as_of: Date) -> Vec<Draft> {
    let cx = Context::new(manifest, document, rules, as_of);
    let mut out = Vec::new();
    for rule in rules.run_order.iter().filter_map(|&i| rules.rules.get(i)) {
        rule.check.check(&cx, rule, &mut out);
    }
    // Findings point at values by their path, which resolves to its nearest
    // existing ancestor: a field renamed in the manifest's types but not in
    // a kind would point at the wrong place without a word. Every test run
    // holds each kind to paths that exist.
    if cfg!(debug_assertions) {
        for draft in &out {
            let targets = std::iter::once(&draft.at).chain(draft.labels.iter().map(|(at, _)| at));
            for target in targets {
                if let crate::document::Target::Value(path) | crate::document::Target::Key(path) = target {
                    assert!(
                        document.value(path).is_some(),
                        "`{}` points at `{path}`, which is not in the file",
                        draft.code
                    );
                }
            }
        }
    }
    out
}

/// The indices of `rules` in the order they run: kind by kind, in the
/// order of [`KINDS`], then in policy order.
pub fn run_order(rules: &[Rule]) -> Vec<usize> {
    let rank = |rule: &Rule| KINDS.iter().position(|k| k.spec.name == rule.kind).unwrap_or(KINDS.len());
    let mut order: Vec<usize> = (0..rules.len()).collect();
    order.sort_by_key(|&i| (rank(&rules[i]), i));
    order
}

/// Why a rule that looks at incidents under `when` can never fire, when
/// it skips incidents under plans (`subject.benefit.plan`): its filter
/// selects plans only.
pub(crate) fn only_plans(when: &Filter, rules: &RuleSet) -> Option<String> {
    let ids = when.benefits.as_ref()?;
    ids.iter().all(|id| rules.benefits.get(id).is_some_and(|b| b.plan)).then(crate::messages::only_plans)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_parameters_shared_by_name_have_one_type() {
        let mut names = BTreeSet::new();
        let mut params: std::collections::BTreeMap<String, serde_json::Value> = Default::default();
        let mut generator = schemars::SchemaGenerator::default();
        for kind in &KINDS {
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
        for kind in &KINDS {
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
