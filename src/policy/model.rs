//! The policy file as program managers write it (one TOML file per version).
//! These types are the single source of `schemas/policy.schema.json`; the
//! compiler turns them into a [`RuleSet`](super::RuleSet).

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::diagnostic::Severity;

/// The catalogues of a policy file, in the order the file lists them, each
/// with the noun its diagnostics use: the one list that merging (`extends`,
/// `[remove]`), the compiler, the lints and the diff walk. A new catalogue is
/// a field of [`PolicyFile`] and of [`Removals`], and a line here.
///
/// `with_catalogues!(m)` calls `m!` with every `field: "noun"` pair.
macro_rules! with_catalogues {
    ($m:ident) => {
        $m! {
            programs: "program",
            roles: "role",
            portals: "portal",
            product_kinds: "product kind",
            competency_classes: "competency class",
            tiers: "tier",
            competencies: "competency",
            products: "product",
            benefits: "benefit",
            plans: "plan",
            codes: "code",
        }
    };
}
pub(crate) use with_catalogues;

/// A policy file: a header, the catalogues of the domain and the rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "entitle policy")]
pub struct PolicyFile {
    /// Which policy this is, which version, and where its facts come from.
    pub policy: Header,
    /// How entitlements combine.
    pub entitlements: Option<EntitlementSettings>,
    /// How manifests' waivers are judged.
    pub waivers: Option<WaiverSettings>,
    /// Programs a company can be associated with.
    #[serde(default)]
    pub programs: Vec<Definition>,
    /// Roles an account can hold.
    #[serde(default)]
    pub roles: Vec<Definition>,
    /// Support portals where contracts are linked.
    #[serde(default)]
    pub portals: Vec<Definition>,
    /// Kinds of product, e.g. on-premises and cloud.
    #[serde(default)]
    pub product_kinds: Vec<Definition>,
    /// Classes of competency that grants depend on, e.g. cloud and other.
    #[serde(default)]
    pub competency_classes: Vec<Definition>,
    /// Membership tiers (offers), lowest first.
    #[serde(default)]
    pub tiers: Vec<TierDef>,
    /// Competencies and their class.
    #[serde(default)]
    pub competencies: Vec<CompetencyDef>,
    /// The product catalogue.
    #[serde(default)]
    pub products: Vec<ProductDef>,
    /// Benefits that memberships grant, activated before use.
    #[serde(default)]
    pub benefits: Vec<BenefitDef>,
    /// Support plans that need no membership grant.
    #[serde(default)]
    pub plans: Vec<PlanDef>,
    /// The diagnostic codes this policy's rules report, with their
    /// documentation (`entitle explain`).
    #[serde(default)]
    pub codes: Vec<CodeDef>,
    /// The checks, each an instance of a rule kind.
    #[serde(default)]
    pub rules: Vec<RuleDef>,
    /// With `extends`: what this version drops from the one it extends.
    #[serde(default, skip_serializing)]
    pub remove: Removals,
}

/// Entries a version drops from the version it extends, by id (rules by key).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Removals {
    /// Program ids.
    #[serde(default)]
    pub programs: Vec<String>,
    /// Role ids.
    #[serde(default)]
    pub roles: Vec<String>,
    /// Portal ids.
    #[serde(default)]
    pub portals: Vec<String>,
    /// Product kind ids.
    #[serde(default)]
    pub product_kinds: Vec<String>,
    /// Competency class ids.
    #[serde(default)]
    pub competency_classes: Vec<String>,
    /// Tier ids.
    #[serde(default)]
    pub tiers: Vec<String>,
    /// Competency ids.
    #[serde(default)]
    pub competencies: Vec<String>,
    /// Product ids.
    #[serde(default)]
    pub products: Vec<String>,
    /// Benefit ids.
    #[serde(default)]
    pub benefits: Vec<String>,
    /// Plan ids.
    #[serde(default)]
    pub plans: Vec<String>,
    /// Code ids.
    #[serde(default)]
    pub codes: Vec<String>,
    /// Rule keys (`id`, or `code/kind`, or `code/kind/collection` for uniqueness).
    #[serde(default)]
    pub rules: Vec<String>,
}

/// The policy header.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Header {
    /// The policy id, kebab-case; versions of one policy share it.
    pub id: String,
    /// The version: the date of the text it follows, YYYY-MM-DD.
    pub version: String,
    /// The first day this version judges manifests.
    pub effective: Date,
    /// A title for people.
    pub title: String,
    /// Where the facts come from.
    pub source: Option<String>,
    /// What the policy decides that its source leaves open.
    pub notes: Option<String>,
    /// An earlier version of the same policy that this one changes: entries
    /// here replace the entries with the same id (rules: the same key), new
    /// ones are added, and `[remove]` drops entries.
    pub extends: Option<String>,
}

/// How the entitlements of several memberships combine.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Combine {
    /// Each benefit's entitlement is the best any active membership gives.
    #[default]
    Best,
}

/// Entitlement settings.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EntitlementSettings {
    /// How several memberships combine: `best`.
    #[serde(default)]
    pub combine: Combine,
}

/// How manifests' waivers are judged. A policy without it reports a waiver
/// only once it has expired.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WaiverSettings {
    /// A waiver that expires within this many days is reported as expiring;
    /// none is, without it.
    #[serde(default)]
    pub warn_within_days: u32,
}

/// An id with a name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Definition {
    /// The id manifests use, kebab-case.
    pub id: String,
    /// The name people read.
    pub name: String,
}

/// A diagnostic code the policy's rules report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CodeDef {
    /// The code: lowercase words joined by `.`, e.g. `quota.exceeded`.
    #[schemars(regex(pattern = r"^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$"), length(max = crate::codes::MAX_CODE_LEN))]
    pub id: String,
    /// The severity its rules report with unless they say otherwise.
    pub severity: Severity,
    /// One line: when it is reported.
    pub summary: String,
    /// What it means, why it matters and how to fix it.
    pub explanation: String,
}

/// Whether a tier is held in a competency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum CompetencyNeed {
    /// A membership of this tier names the competency it was earned in.
    Required,
    /// A membership of this tier names no competency.
    Forbidden,
}

/// A membership tier (offer).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TierDef {
    /// The tier id.
    pub id: String,
    /// The tier name.
    pub name: String,
    /// Whether memberships of this tier name a competency.
    pub competency: CompetencyNeed,
}

/// A competency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CompetencyDef {
    /// The competency id.
    pub id: String,
    /// The competency name.
    pub name: String,
    /// A competency class id.
    pub class: String,
}

/// A product of the catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProductDef {
    /// The product id.
    pub id: String,
    /// The product name.
    pub name: String,
    /// A product kind id.
    pub kind: String,
    /// Whether the product is recent enough for benefits limited to recent products.
    #[serde(default = "yes")]
    pub recent: bool,
    /// The last day of mainstream support; after it the product is no longer recent.
    pub mainstream_end: Option<Date>,
}

fn yes() -> bool {
    true
}

/// Which products a benefit or plan covers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ScopeDef {
    /// Product kinds covered.
    #[serde(default)]
    pub kinds: Vec<String>,
    /// Single products covered, whatever their kind.
    #[serde(default)]
    pub products: Vec<String>,
    /// Whether only recent products are covered.
    #[serde(default)]
    pub recent_only: bool,
}

/// A number of incidents, or `unlimited`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Allowance {
    /// At most this many incidents.
    Limited(u32),
    /// No limit.
    Unlimited,
}

impl std::fmt::Display for Allowance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Allowance::Limited(n) => write!(f, "{n}"),
            Allowance::Unlimited => f.write_str("unlimited"),
        }
    }
}

impl Serialize for Allowance {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Allowance::Limited(n) => serializer.serialize_u32(*n),
            Allowance::Unlimited => serializer.serialize_str("unlimited"),
        }
    }
}

impl<'de> Deserialize<'de> for Allowance {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Allowance;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a number of incidents or \"unlimited\"")
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Allowance, E> {
                u32::try_from(v).map(Allowance::Limited).map_err(E::custom)
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Allowance, E> {
                u32::try_from(v).map(Allowance::Limited).map_err(E::custom)
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Allowance, E> {
                if v == "unlimited" { Ok(Allowance::Unlimited) } else { Err(E::custom("expected \"unlimited\"")) }
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

impl JsonSchema for Allowance {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Allowance".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A number of incidents, or \"unlimited\"",
            "anyOf": [
                {"type": "integer", "minimum": 0, "maximum": 4294967295u32},
                {"type": "string", "enum": ["unlimited"]}
            ]
        })
    }
}

/// What one tier (in one competency class) is entitled to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GrantDef {
    /// The tier id.
    pub tier: String,
    /// A competency class id; absent: whatever the competency.
    pub class: Option<String>,
    /// How many incidents, or `unlimited`.
    pub incidents: Allowance,
    /// What people call this grant, e.g. `Signature 10pack`.
    pub name: Option<String>,
}

/// A benefit that memberships grant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BenefitDef {
    /// The benefit id.
    pub id: String,
    /// The benefit name.
    pub name: String,
    /// The products it covers.
    pub scope: ScopeDef,
    /// Whether it must be activated before use.
    #[serde(default = "yes")]
    pub activation: bool,
    /// Whether an account needs the contract linked before it opens an incident.
    #[serde(default = "yes")]
    pub contract: bool,
    /// What each tier is entitled to; a tier with no grant gets none.
    pub grants: Vec<GrantDef>,
}

/// A support plan: no grant, no quota, no activation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanDef {
    /// The plan id.
    pub id: String,
    /// The plan name.
    pub name: String,
    /// The products it covers.
    pub scope: ScopeDef,
}

/// Which incidents a rule applies to.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FilterDef {
    /// Only incidents under these benefits or plans.
    pub benefits: Option<Vec<String>>,
    /// Only incidents about products of these kinds.
    pub product_kinds: Option<Vec<String>>,
    /// Not incidents about these products.
    pub except_products: Option<Vec<String>>,
    /// Only incidents made for a customer (`true`) or not (`false`).
    pub customer: Option<bool>,
}

/// A rule: a code, a kind of check with its parameters, and its words.
// Keys no kind takes are refused by the policy schema.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(extend("additionalProperties" = false))]
pub struct RuleDef {
    /// Names the rule for `extends` and `[remove]`; default: `code/kind`
    /// (`code/kind/collection` for uniqueness rules, and so on for the
    /// parameters that tell rules of a kind apart).
    pub id: Option<String>,
    /// The diagnostic code it reports (`entitle explain --list`).
    pub code: String,
    /// The rule kind: which generic check it instantiates.
    pub kind: String,
    /// The severity; default: the code's.
    pub severity: Option<Severity>,
    /// The message, lowercase, with `{field}` placeholders.
    pub message: String,
    /// How to fix it.
    pub help: Option<String>,
    /// The text under the primary span.
    pub label: Option<String>,
    /// Texts of the secondary labels the kind draws, by name.
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    /// The parameters of its kind: the rule's other keys.
    #[serde(flatten)]
    pub params: RuleParams,
}

/// The parameters of a rule's kind, as the policy wrote them: its keys
/// besides the common ones. The kind reads them into its own typed
/// parameters when the rule compiles; the policy schema describes every
/// kind's (its schema is written beside the kinds, in `kinds/mod.rs`). Sorted by name, so that the order they are written in changes
/// neither a digest nor a diff.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RuleParams(pub BTreeMap<String, serde_json::Value>);

impl Eq for RuleParams {}

impl RuleParams {
    /// The parameter of this name, if the rule gives it as text.
    pub fn text(&self, name: &str) -> Option<&str> {
        self.0.get(name).and_then(serde_json::Value::as_str)
    }
}

/// The policy's JSON Schema, as checked in under `schemas/`.
pub fn schema() -> serde_json::Value {
    let mut schema = serde_json::to_value(schemars::schema_for!(PolicyFile)).unwrap_or_default();
    crate::structure::without_null(&mut schema);
    crate::structure::with_id(schema, "urn:entitle:schema:policy:1")
}

/// The policy file's structure.
pub fn structure() -> &'static crate::structure::Structure {
    static STRUCTURE: std::sync::OnceLock<crate::structure::Structure> = std::sync::OnceLock::new();
    STRUCTURE.get_or_init(|| crate::structure::checked_in(include_str!("../../schemas/policy.schema.json"), schema))
}

#[cfg(test)]
mod structure_tests {
    #[test]
    fn the_checked_in_schema_is_the_generated_one_and_compiles() {
        assert_eq!(super::structure().schema(), &super::schema(), "regenerate schemas/policy.schema.json");
        assert!(super::structure().validator().is_ok());
    }
}
