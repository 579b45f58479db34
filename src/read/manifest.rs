//! The partner membership manifest, format version 1 (contract §1). These
//! types are the single source of the manifest's JSON Schema; every id they
//! hold is checked against the policy, not here.

use schemars::JsonSchema;
use serde::Deserialize;
use toml::de::DeValue;

use crate::codes::Code;
use crate::date::Date;
use crate::diagnostic::Draft;
use crate::document::{Document, Path, Target};
use crate::messages;

/// Keys whose values are secrets: shown at most by their last four
/// characters. The masking that guards them is below the manifest, so the
/// list lives with it.
pub use crate::redact::SECRET_KEYS;

/// The manifest format versions this build reads.
pub const SUPPORTED_VERSIONS: &[u32] = &[1];

/// A partner membership manifest: who the partner is, what it holds and how it
/// uses its support benefits.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "entitle partner membership manifest")]
pub struct Manifest {
    /// The manifest format version; 1 is the only version so far.
    #[schemars(range(min = 1, max = 1))]
    pub manifest_version: u32,
    /// Which policy judges the manifest, and at what date.
    #[serde(default)]
    pub evaluation: Evaluation,
    /// The partner company.
    pub partner: Partner,
    /// Membership offers the partner holds or held.
    #[serde(default)]
    pub memberships: Vec<Membership>,
    /// User accounts of the partner.
    #[serde(default)]
    pub accounts: Vec<Account>,
    /// Benefits activated in Partner Center.
    #[serde(default)]
    pub activations: Vec<Activation>,
    /// Contracts added to user accounts in a support portal.
    #[serde(default)]
    pub contract_links: Vec<ContractLink>,
    /// Support incidents opened, or planned.
    #[serde(default)]
    pub incidents: Vec<Incident>,
    /// Findings accepted for a while, each with an owner and an expiry.
    #[serde(default)]
    pub waivers: Vec<Waiver>,
}

/// Which policy judges the manifest, and at what date.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Evaluation {
    /// The policy id; default: the only policy available.
    pub policy: Option<String>,
    /// Pins a policy version; default: the newest version in effect at `as_of`.
    pub policy_version: Option<String>,
    /// The date the manifest is judged at; default: today. `--as-of` overrides it.
    pub as_of: Option<Date>,
}

/// The partner company.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Partner {
    /// The partner's MPN id: digits only.
    #[schemars(regex(pattern = r"^[0-9]+$"))]
    pub mpn_id: String,
    /// The company name.
    #[schemars(length(min = 1))]
    pub name: String,
    /// Programs the company is associated with (program ids of the policy).
    pub programs: Vec<String>,
}

/// A membership offer held over a period.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Membership {
    /// A tier id of the policy, e.g. `gold`.
    pub offer: String,
    /// The competency the membership was earned in, for tiers that need one.
    pub competency: Option<String>,
    /// The first day of the membership.
    pub start: Date,
    /// The last day of the membership.
    pub end: Date,
}

/// How an account signs in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum AccountKind {
    /// An Azure Active Directory (work) account.
    Aad,
    /// A Microsoft (personal) account.
    Msa,
}

/// A user account of the partner.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Account {
    /// The user name, unique in the manifest: email-like.
    #[schemars(regex(pattern = r"^[^@\s]+@[^@\s]+$"))]
    pub user: String,
    /// How the account signs in: `aad` or `msa`.
    pub kind: AccountKind,
    /// Role ids of the policy the account holds (may be empty).
    #[serde(default)]
    pub roles: Vec<String>,
}

/// A benefit activated in Partner Center.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Activation {
    /// The benefit id of the policy.
    pub benefit: String,
    /// The account that activated it: one of `[[accounts]]`.
    pub activated_by: String,
    /// The day the activation was requested.
    pub requested_on: Date,
    /// Shown once activation completed. A secret.
    pub access_id: Option<String>,
    /// Shown once activation completed. A secret.
    pub contract_id: Option<String>,
    /// When the benefit expires; default: the end of the membership that grants it.
    pub expires: Option<Date>,
}

/// A contract added to a user account in a support portal.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ContractLink {
    /// The Access ID of an activation. A secret.
    pub access_id: String,
    /// The account the contract is added to: one of `[[accounts]]`.
    pub account: String,
    /// The portal id of the policy where it was added.
    pub portal: String,
    /// The day it was added.
    pub linked_on: Date,
}

/// A support incident opened, or planned.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Incident {
    /// The incident id, unique in the manifest.
    #[schemars(length(min = 1))]
    pub id: String,
    /// A benefit id or a plan id of the policy.
    pub benefit: String,
    /// A product id of the policy's catalogue.
    pub product: String,
    /// The account that opens it: one of `[[accounts]]`.
    pub opened_by: String,
    /// The day it is opened.
    pub opened_on: Date,
    /// A CSP customer the request is made for.
    pub customer: Option<String>,
}

/// A finding accepted for a while: reported as waived, not failing.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Waiver {
    /// The code of the findings it accepts, e.g. `quota.exceeded`.
    pub code: String,
    /// Narrows it to findings about this value: an incident id, an account, a
    /// benefit, a product, the last four characters of an Access ID.
    pub target: Option<String>,
    /// Why the finding is accepted.
    #[schemars(length(min = 1))]
    pub reason: String,
    /// Who answers for it.
    #[schemars(length(min = 1))]
    pub owner: String,
    /// The ticket that tracks it.
    pub ticket: Option<String>,
    /// The last day it accepts the finding.
    pub expires: Date,
}

impl Manifest {
    /// Whether the constraints the JSON Schema states beyond the types hold
    /// (forms of ids, non-empty texts, the format version). Checked on the
    /// fast path, where a manifest that deserializes skips the schema
    /// validator; when this is false the validator runs and says what is wrong.
    pub fn meets_schema_constraints(&self) -> bool {
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        let email = |s: &str| {
            s.split_once('@').is_some_and(|(a, b)| {
                !a.is_empty() && !b.is_empty() && !b.contains('@') && !s.chars().any(char::is_whitespace)
            })
        };
        SUPPORTED_VERSIONS.contains(&self.manifest_version)
            && digits(&self.partner.mpn_id)
            && !self.partner.name.is_empty()
            && self.accounts.iter().all(|a| email(&a.user))
            && self.incidents.iter().all(|i| !i.id.is_empty())
            && self.waivers.iter().all(|w| !w.reason.is_empty() && !w.owner.is_empty())
    }
}

impl Manifest {
    /// Every membership ends on or after its start. Checked on the fast path
    /// beside [`Manifest::meets_schema_constraints`]: the JSON Schema cannot
    /// compare two values, so [`inverted_periods`] says what is wrong.
    pub fn periods_in_order(&self) -> bool {
        self.memberships.iter().all(|m| m.start <= m.end)
    }
}

/// A `schema` draft at the `end` of each membership that ends before it
/// starts: such a membership is never active, and a rule would only notice
/// when no other one is. Read from the document rather than the typed
/// manifest, so that it joins the other structural faults of a file that
/// does not deserialize ("every such fault in one run").
pub fn inverted_periods(document: &Document<'_>) -> Vec<Draft> {
    let count = match document.value(&Path::of(&["memberships"])) {
        Some(DeValue::Array(items)) => items.len(),
        _ => 0,
    };
    let date = |path: &Path| match document.value(path)? {
        DeValue::Datetime(d) => Date::parse(&d.to_string()),
        DeValue::String(s) => Date::parse(s),
        _ => None,
    };
    let mut out = Vec::new();
    for i in 0..count {
        let at = |key: &str| Path::item("memberships", i).key(key);
        // A date that cannot be read is a fault of its own, reported by the schema check.
        let (Some(start), Some(end)) = (date(&at("start")), date(&at("end"))) else { continue };
        if end < start {
            let mut draft = Draft::new(
                Code::SCHEMA,
                messages::ends_before_start(&end.to_string(), &start.to_string()),
                Target::Value(at("end")),
            )
            .help(messages::ends_before_start_help())
            .label(messages::ends_here());
            draft.labels.push((Target::Value(at("start")), messages::starts_here().to_string()));
            out.push(draft);
        }
    }
    out
}

/// The manifest's collections (its top-level arrays of tables) and the
/// fields of their entries, in the schema's order: what a rule may name.
/// Each collection is named here with its entry type, whose fields are
/// read from the type as the schema's are; a test holds the list to the
/// schema. Compiling a policy needs no more of the schema than this.
pub fn collections() -> &'static [(&'static str, &'static [&'static str])] {
    use crate::structure::field_names;
    static COLLECTIONS: std::sync::OnceLock<Vec<(&'static str, &'static [&'static str])>> = std::sync::OnceLock::new();
    COLLECTIONS.get_or_init(|| {
        vec![
            ("memberships", field_names::<Membership>()),
            ("accounts", field_names::<Account>()),
            ("activations", field_names::<Activation>()),
            ("contract_links", field_names::<ContractLink>()),
            ("incidents", field_names::<Incident>()),
            ("waivers", field_names::<Waiver>()),
        ]
    })
}

/// The fields of the entries of a collection ([`collections`]).
pub fn collection_fields(collection: &str) -> Option<&'static [&'static str]> {
    collections().iter().find(|(name, _)| *name == collection).map(|(_, fields)| *fields)
}

/// The manifest's JSON Schema, as checked in under `schemas/`.
pub fn schema() -> serde_json::Value {
    let mut schema = serde_json::to_value(schemars::schema_for!(Manifest)).unwrap_or_default();
    crate::structure::without_null(&mut schema);
    crate::structure::with_id(schema, "urn:entitle:schema:manifest:1")
}

/// The manifest's structure, shared by every check of a run.
pub fn structure() -> &'static crate::structure::Structure {
    static STRUCTURE: std::sync::OnceLock<crate::structure::Structure> = std::sync::OnceLock::new();
    STRUCTURE.get_or_init(|| crate::structure::checked_in(include_str!("../../schemas/manifest.schema.json"), schema))
}

#[cfg(test)]
mod structure_tests {
    use serde_json::Value;

    /// How deep a value of `schema` nests keys and arrays (a scalar is 0),
    /// as [`crate::document::Document::depth`] counts; any part that admits
    /// a free-form value fails the test, since its depth would be unbounded.
    fn depth(schema: &Value, defs: &Value) -> usize {
        if let Some(name) = schema.get("$ref").and_then(Value::as_str) {
            let name = name.strip_prefix("#/$defs/").unwrap_or_else(|| panic!("a local reference: {name}"));
            return depth(&defs[name], defs);
        }
        if let Some(options) = ["anyOf", "oneOf", "allOf"].iter().find_map(|k| schema.get(*k).and_then(Value::as_array))
        {
            return options.iter().map(|o| depth(o, defs)).max().unwrap_or(0);
        }
        match schema.get("type").and_then(Value::as_str) {
            Some("object") => {
                assert_eq!(
                    schema.get("additionalProperties"),
                    Some(&Value::Bool(false)),
                    "a free-form table: {schema}"
                );
                let fields = schema["properties"].as_object().into_iter().flat_map(|p| p.values());
                fields.map(|v| 1 + depth(v, defs)).max().unwrap_or(0)
            }
            Some("array") => 1 + depth(&schema["items"], defs),
            Some(_) => 0,
            None if schema.get("const").is_some() => 0,
            None => panic!("a part of the manifest of any type: {schema}"),
        }
    }

    /// A check measures a tree's depth only when the typed manifest does not
    /// read it: one it reads nests no deeper than its types, which must stay
    /// within the limit, with no part of any type.
    #[test]
    fn the_manifest_types_nest_within_the_depth_limit() {
        let schema = super::schema();
        let deepest = depth(&schema, &schema["$defs"]);
        // `accounts`, its array, `roles`, its array.
        assert_eq!(deepest, 4, "an account's `roles` are the deepest");
        assert!(deepest < crate::input::MAX_DEPTH);
    }
    #[test]
    fn the_checked_in_schema_is_the_generated_one_and_compiles() {
        assert_eq!(super::structure().schema(), &super::schema(), "regenerate schemas/manifest.schema.json");
        assert!(super::structure().validator().is_ok());
    }

    #[test]
    fn the_collections_are_the_schemas() {
        let structure = super::structure();
        let names: Vec<&str> = super::collections().iter().map(|(name, _)| *name).collect();
        assert_eq!(names, structure.collections(), "a collection of the schema is missing from `collections()`");
        for (name, fields) in super::collections() {
            assert_eq!(Some(fields.iter().map(|f| f.to_string()).collect()), structure.item_fields(name), "{name}");
        }
        assert_eq!(super::collection_fields("nothing"), None);
    }
}
