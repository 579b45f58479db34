//! The rule kinds the engine offers to policies: for each, the parameters it
//! takes, the fields its messages may interpolate and the labels it draws.
//! The checks themselves live in `crate::rules`, one module per concern.

/// The interface of one rule kind.
#[derive(Debug, Clone, Copy)]
pub struct KindSpec {
    /// The name policies write in `kind = "…"`.
    pub name: &'static str,
    /// What it checks, for `entitle explain`.
    pub summary: &'static str,
    /// Parameters it takes besides the common ones.
    pub params: &'static [&'static str],
    /// Parameters it cannot do without.
    pub required: &'static [&'static str],
    /// Fields its message, help and labels may interpolate: every finding
    /// of the kind sets each of them.
    pub fields: &'static [&'static str],
    /// Fields set, and so usable, only when the rule is about incidents
    /// (see [`KindSpec::about_incidents`]).
    pub when_fields: &'static [&'static str],
    /// When a rule of the kind is about incidents, and so sets `when_fields`.
    pub about_incidents: AboutIncidents,
    /// Fields its secondary labels may interpolate besides `fields`: each
    /// label is about one entry (a membership), which the finding is not.
    pub label_fields: &'static [&'static str],
    /// Secondary labels it draws, by name.
    pub labels: &'static [&'static str],
}

/// When a rule is about incidents, rather than about the partner or an
/// activation: then it sets the fields of the incident it reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AboutIncidents {
    /// Never: the kind is about something else, or always about incidents
    /// (its `fields` then list the incident's).
    Never,
    /// With a `when` filter, which selects incidents.
    WithWhen,
    /// With `on = "incidents"`.
    OnIncidents,
}

impl KindSpec {
    /// Whether a rule with these parameters is about incidents.
    pub fn about_incidents(&self, has_when: bool, on: Option<&str>) -> bool {
        match self.about_incidents {
            AboutIncidents::Never => false,
            AboutIncidents::WithWhen => has_when,
            AboutIncidents::OnIncidents => on == Some("incidents"),
        }
    }
}

/// Fields every rule about an incident provides.
macro_rules! incident_fields {
    ($($extra:literal),*) => {
        &["incident", "benefit", "benefit_name", "product", "product_name", "product_kind", "opened_by", "opened_on", "customer", "as_of", "policy" $(, $extra)*]
    };
}

/// Every rule kind.
pub const KINDS: &[KindSpec] = &[
    KindSpec {
        name: "reference",
        summary: "every id in the manifest is one the policy or the manifest defines",
        params: &[],
        required: &[],
        fields: &["what", "what_id", "value", "known", "as_of", "policy"],
        when_fields: &[],
        about_incidents: AboutIncidents::Never,
        label_fields: &[],
        labels: &[],
    },
    KindSpec {
        name: "uniqueness",
        summary: "no two entries of a collection share the values of `key`",
        params: &["collection", "key"],
        required: &["collection", "key"],
        fields: &["collection", "key", "policy"],
        when_fields: &[],
        about_incidents: AboutIncidents::Never,
        label_fields: &[],
        labels: &["first"],
    },
    KindSpec {
        name: "required-program",
        summary: "the partner is associated with `program`; with `when`, only for the incidents it selects",
        params: &["program", "when"],
        required: &["program"],
        fields: &["program", "program_name", "programs", "as_of", "policy"],
        when_fields: incident_fields!(),
        about_incidents: AboutIncidents::WithWhen,
        label_fields: &[],
        labels: &["programs"],
    },
    KindSpec {
        name: "active-membership",
        summary: "some membership is active at as_of when benefits are activated or used",
        params: &[],
        required: &[],
        fields: &["benefit", "benefit_name", "as_of", "policy"],
        when_fields: &[],
        about_incidents: AboutIncidents::Never,
        label_fields: &["offer", "start", "end"],
        labels: &["membership"],
    },
    KindSpec {
        name: "competency-required",
        summary: "memberships of tiers whose `competency = \"required\"` name a competency",
        params: &[],
        required: &[],
        fields: &["tier", "tier_name", "policy"],
        when_fields: &[],
        about_incidents: AboutIncidents::Never,
        label_fields: &[],
        labels: &[],
    },
    KindSpec {
        name: "competency-forbidden",
        summary: "memberships of tiers whose `competency = \"forbidden\"` name no competency",
        params: &[],
        required: &[],
        fields: &["tier", "tier_name", "competency", "policy"],
        when_fields: &[],
        about_incidents: AboutIncidents::Never,
        label_fields: &[],
        labels: &[],
    },
    KindSpec {
        name: "required-role",
        summary: "the account that activates (`on = \"activations\"`) or opens (`on = \"incidents\"`) holds one of `roles`",
        params: &["on", "roles", "when"],
        required: &["on", "roles"],
        fields: &["account", "roles", "required", "benefit", "benefit_name", "as_of", "policy"],
        when_fields: incident_fields!(),
        about_incidents: AboutIncidents::OnIncidents,
        label_fields: &[],
        labels: &["account"],
    },
    KindSpec {
        name: "eligibility",
        summary: "an activated benefit is granted by a membership active at as_of",
        params: &[],
        required: &[],
        fields: &["benefit", "benefit_name", "as_of", "granted_by", "policy"],
        when_fields: &[],
        about_incidents: AboutIncidents::Never,
        label_fields: &[],
        labels: &[],
    },
    KindSpec {
        name: "processing-delay",
        summary: "an incident opens at least `days` days after its activation was requested",
        params: &["days", "when"],
        required: &["days"],
        fields: incident_fields!("days", "requested_on", "ready_on"),
        when_fields: &[],
        about_incidents: AboutIncidents::Never,
        label_fields: &[],
        labels: &["requested"],
    },
    KindSpec {
        name: "activation-complete",
        summary: "an incident uses an activation whose `access_id` and `contract_id` are both set",
        params: &["when"],
        required: &[],
        fields: incident_fields!("missing"),
        when_fields: &[],
        about_incidents: AboutIncidents::Never,
        label_fields: &[],
        labels: &["activation"],
    },
    KindSpec {
        name: "activation-required",
        summary: "an incident uses a benefit that was activated",
        params: &["when"],
        required: &[],
        fields: incident_fields!(),
        when_fields: &[],
        about_incidents: AboutIncidents::Never,
        label_fields: &[],
        labels: &[],
    },
    KindSpec {
        name: "activation-order",
        summary: "an incident opens on or after the day its activation was requested",
        params: &["when"],
        required: &[],
        fields: incident_fields!("requested_on"),
        when_fields: &[],
        about_incidents: AboutIncidents::Never,
        label_fields: &[],
        labels: &["requested"],
    },
    KindSpec {
        name: "contract-link",
        summary: "the opening account has the benefit's contract linked on or before the incident",
        params: &["when"],
        required: &[],
        fields: incident_fields!("access_id"),
        when_fields: &[],
        about_incidents: AboutIncidents::Never,
        label_fields: &["linked_on"],
        labels: &["link"],
    },
    KindSpec {
        name: "scope",
        summary: "the product is of a kind (or is a product) the benefit or plan covers",
        params: &["when"],
        required: &[],
        fields: incident_fields!("covers"),
        when_fields: &[],
        about_incidents: AboutIncidents::Never,
        label_fields: &[],
        labels: &["benefit"],
    },
    KindSpec {
        name: "recent-product",
        summary: "under a benefit limited to recent products, the product is recent on the day the incident opens",
        params: &["when"],
        required: &[],
        fields: incident_fields!("mainstream_end"),
        when_fields: &[],
        about_incidents: AboutIncidents::Never,
        label_fields: &[],
        labels: &[],
    },
    KindSpec {
        name: "quota",
        summary: "incidents under a benefit stay within the best entitlement of the active memberships",
        params: &[],
        required: &[],
        fields: incident_fields!("quota", "position", "tier", "competency", "grant_name", "granted_by"),
        when_fields: &[],
        about_incidents: AboutIncidents::Never,
        label_fields: &[],
        labels: &["membership"],
    },
    KindSpec {
        name: "validity-window",
        summary: "an incident opens on or before the day its benefit expires",
        params: &["when"],
        required: &[],
        fields: incident_fields!("expires"),
        when_fields: &[],
        about_incidents: AboutIncidents::Never,
        label_fields: &[],
        labels: &["expiry"],
    },
    KindSpec {
        name: "link-after-expiry",
        summary: "a contract is linked on or before the day it expires",
        params: &[],
        required: &[],
        fields: &["access_id", "account", "portal", "linked_on", "benefit", "benefit_name", "expires", "policy"],
        when_fields: &[],
        about_incidents: AboutIncidents::Never,
        label_fields: &[],
        labels: &["expiry"],
    },
    KindSpec {
        name: "link-after-exhaustion",
        summary: "a contract is linked while incidents remain under it",
        params: &[],
        required: &[],
        fields: &[
            "access_id",
            "account",
            "portal",
            "linked_on",
            "benefit",
            "benefit_name",
            "quota",
            "last_incident",
            "policy",
        ],
        when_fields: &[],
        about_incidents: AboutIncidents::Never,
        label_fields: &[],
        labels: &["last"],
    },
];

/// Parameters every rule takes.
pub const COMMON_PARAMS: &[&str] = &["code", "kind", "severity", "message", "help", "label", "labels"];

/// Every parameter any kind takes.
pub const ALL_PARAMS: &[&str] = &["program", "roles", "on", "days", "collection", "key", "when"];

/// The fields a rule's templates may interpolate: its kind's fields, those
/// about incidents when the rule is about them, each item field of the
/// collection a uniqueness rule compares (as `first.…` and `this.…`), and
/// for labels the kind's label fields.
pub fn template_fields(
    spec: &KindSpec,
    about_incidents: bool,
    check: &super::ruleset::Check,
    label: bool,
) -> std::collections::BTreeSet<String> {
    let mut fields: std::collections::BTreeSet<String> = spec.fields.iter().map(|f| f.to_string()).collect();
    if about_incidents {
        fields.extend(spec.when_fields.iter().map(|f| f.to_string()));
    }
    if label {
        fields.extend(spec.label_fields.iter().map(|f| f.to_string()));
    }
    if let super::ruleset::Check::Uniqueness { collection, .. } = check {
        for item in crate::manifest::structure().item_fields(collection).unwrap_or_default() {
            fields.insert(format!("first.{item}"));
            fields.insert(format!("this.{item}"));
        }
    }
    fields
}

/// The spec of a kind by name.
pub fn spec(name: &str) -> Option<&'static KindSpec> {
    KINDS.iter().find(|k| k.name == name)
}
