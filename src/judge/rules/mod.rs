//! The rule engine: each policy rule instantiates one of the generic checks
//! below, one module per concern. Checks run in a fixed order so that a later
//! check can stay silent about what an earlier finding already explains
//! ("one fault, one finding").

mod activation;
mod contract;
mod incident;
mod membership;
mod program;
mod quota;
mod reference;
mod role;
mod uniqueness;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::date::Date;
use crate::diagnostic::Draft;
use crate::document::{Document, Path, Target};
use crate::entitlement::{self, Entitlement};
use crate::manifest::{Account, Activation, Incident, Manifest};
use crate::policy::ruleset::{Benefit, Check, Filter, Product, Rule, RuleSet};
use crate::redact;
use crate::template::Fields;

/// The order checks run in: explanations before what they explain.
const ORDER: &[&str] = &[
    "reference",
    "uniqueness",
    "required-program",
    "active-membership",
    "competency-required",
    "competency-forbidden",
    "eligibility",
    "required-role",
    "activation-required",
    "activation-order",
    "activation-complete",
    "processing-delay",
    "scope",
    "recent-product",
    "contract-link",
    "validity-window",
    "quota",
    "link-after-expiry",
    "link-after-exhaustion",
];

/// Runs every rule of `rules` over a structurally valid manifest.
pub fn evaluate(manifest: &Manifest, document: &Document<'_>, rules: &RuleSet, as_of: Date) -> Vec<Draft> {
    let cx = Context::new(manifest, document, rules, as_of);
    let mut out = Vec::new();
    for kind in ORDER {
        for rule in rules.rules_of(kind) {
            match &rule.check {
                Check::Reference => reference::check(&cx, rule, &mut out),
                Check::Uniqueness { collection, key } => uniqueness::check(&cx, rule, collection, key, &mut out),
                Check::RequiredProgram { program, when } => program::check(&cx, rule, program, when, &mut out),
                Check::ActiveMembership => membership::active(&cx, rule, &mut out),
                Check::CompetencyRequired => membership::competency_required(&cx, rule, &mut out),
                Check::CompetencyForbidden => membership::competency_forbidden(&cx, rule, &mut out),
                Check::Eligibility => activation::eligibility(&cx, rule, &mut out),
                Check::RequiredRole { on, roles, when } => role::check(&cx, rule, *on, roles, when, &mut out),
                Check::ActivationRequired { when } => activation::required(&cx, rule, when, &mut out),
                Check::ActivationOrder { when } => activation::order(&cx, rule, when, &mut out),
                Check::ActivationComplete { when } => activation::complete(&cx, rule, when, &mut out),
                Check::ProcessingDelay { days, when } => activation::processing(&cx, rule, *days, when, &mut out),
                Check::Scope { when } => incident::scope(&cx, rule, when, &mut out),
                Check::RecentProduct { when } => incident::recent(&cx, rule, when, &mut out),
                Check::ContractLink { when } => contract::link_required(&cx, rule, when, &mut out),
                Check::ValidityWindow { when } => contract::validity(&cx, rule, when, &mut out),
                Check::Quota => quota::check(&cx, rule, &mut out),
                Check::LinkAfterExpiry => contract::link_after_expiry(&cx, rule, &mut out),
                Check::LinkAfterExhaustion => contract::link_after_exhaustion(&cx, rule, &mut out),
            }
        }
    }
    out
}

/// A manifest under judgement, with the facts several checks share.
pub(crate) struct Context<'a> {
    pub manifest: &'a Manifest,
    pub document: &'a Document<'a>,
    pub rules: &'a RuleSet,
    pub as_of: Date,
    /// First `[[accounts]]` entry of each user.
    accounts: HashMap<&'a str, usize>,
    /// Accounts with a role the policy does not define.
    accounts_with_unknown_roles: HashSet<usize>,
    /// First activation of each known, activatable benefit.
    activations: HashMap<&'a str, usize>,
    /// Some activation names an unknown benefit: what it meant is unclear.
    activation_of_unknown_benefit: bool,
    /// Whether each incident is the first with its id.
    first_incident: Vec<bool>,
    /// Entitlements at `as_of`, by benefit id.
    entitlements: HashMap<&'a str, Entitlement<'a>>,
    /// No membership is active at `as_of`.
    none_active: bool,
    /// The incidents rules look at, resolved once: the first of each id,
    /// with a known benefit or plan.
    subjects: Vec<Subject<'a>>,
}

impl<'a> Context<'a> {
    fn new(manifest: &'a Manifest, document: &'a Document<'a>, rules: &'a RuleSet, as_of: Date) -> Context<'a> {
        let mut accounts = HashMap::default();
        let mut accounts_with_unknown_roles = HashSet::default();
        for (i, a) in manifest.accounts.iter().enumerate() {
            accounts.entry(a.user.as_str()).or_insert(i);
            if a.roles.iter().any(|r| !rules.roles.contains(r)) {
                accounts_with_unknown_roles.insert(i);
            }
        }
        let mut activations = HashMap::default();
        let mut activation_of_unknown_benefit = false;
        for (i, a) in manifest.activations.iter().enumerate() {
            match rules.benefits.get(&a.benefit) {
                Some(b) if b.activation && !b.plan => {
                    activations.entry(a.benefit.as_str()).or_insert(i);
                }
                _ => activation_of_unknown_benefit = true,
            }
        }
        let mut seen = HashSet::default();
        let first_incident: Vec<bool> = manifest.incidents.iter().map(|i| seen.insert(i.id.as_str())).collect();
        let entitlements =
            entitlement::entitlements(manifest, rules, as_of).into_iter().map(|e| (e.benefit.id.as_str(), e)).collect();
        let none_active = !manifest.memberships.iter().any(|m| entitlement::is_active(m, as_of));
        let subjects = manifest
            .incidents
            .iter()
            .enumerate()
            .filter(|(index, _)| first_incident[*index])
            .filter_map(|(index, incident)| {
                let benefit = rules.benefits.get(&incident.benefit)?;
                Some(Subject { index, incident, benefit, product: rules.products.get(&incident.product) })
            })
            .collect();
        Context {
            manifest,
            document,
            rules,
            as_of,
            accounts,
            accounts_with_unknown_roles,
            activations,
            activation_of_unknown_benefit,
            first_incident,
            entitlements,
            none_active,
            subjects,
        }
    }

    /// The account of a user, unless it is unknown or holds unknown roles
    /// (both reported by `reference`).
    fn account(&self, user: &str) -> Option<(usize, &'a Account)> {
        let &i = self.accounts.get(user)?;
        (!self.accounts_with_unknown_roles.contains(&i)).then(|| (i, &self.manifest.accounts[i]))
    }

    /// The first activation of a benefit.
    fn activation(&self, benefit: &str) -> Option<(usize, &'a Activation)> {
        self.activations.get(benefit).map(|&i| (i, &self.manifest.activations[i]))
    }

    /// The benefit's entitlement at `as_of`.
    fn entitlement(&self, benefit: &str) -> Option<&Entitlement<'a>> {
        self.entitlements.get(benefit)
    }

    /// "No membership is active" was reported, and explains what it leaves
    /// without an entitlement.
    fn none_active_reported(&self) -> bool {
        self.none_active && self.rules.has("active-membership") && self.benefits_in_use()
    }

    /// Benefits are activated, or used by incidents.
    fn benefits_in_use(&self) -> bool {
        !self.manifest.activations.is_empty()
            || self.manifest.incidents.iter().any(|i| self.rules.benefits.get(&i.benefit).is_some_and(|b| !b.plan))
    }

    /// The incidents a rule looks at: the first of each id, with a known
    /// benefit or plan, that the rule's filter selects.
    fn incidents<'f>(&'f self, when: &'f Filter) -> impl Iterator<Item = Subject<'a>> + 'f {
        self.subjects.iter().copied().filter(move |subject| self.selects(when, subject))
    }

    fn selects(&self, when: &Filter, subject: &Subject<'_>) -> bool {
        let incident = subject.incident;
        when.benefits.as_ref().is_none_or(|b| b.contains(&incident.benefit))
            && when.product_kinds.as_ref().is_none_or(|k| subject.product.is_some_and(|p| k.contains(&p.kind)))
            && !when.except_products.contains(&incident.product)
            && when.customer.is_none_or(|c| incident.customer.is_some() == c)
    }

    /// The fields every rule about an incident provides.
    fn incident_fields(&self, subject: &Subject<'_>) -> Fields {
        let incident = subject.incident;
        self.base_fields()
            .with("incident", &incident.id)
            .with("benefit", &incident.benefit)
            .with("benefit_name", &subject.benefit.name)
            .with("product", &incident.product)
            .with("product_name", subject.product.map_or(incident.product.as_str(), |p| p.name.as_str()))
            .with("product_kind", subject.product.map_or("", |p| p.kind.as_str()))
            .with("opened_by", &incident.opened_by)
            .with("opened_on", incident.opened_on)
            .with("customer", incident.customer.as_deref().unwrap_or(""))
    }

    /// Fields every rule provides.
    fn base_fields(&self) -> Fields {
        Fields::new().with("as_of", self.as_of).with("policy", format!("{}@{}", self.rules.id, self.rules.version))
    }

    /// A finding of `rule`, its words rendered from `fields`.
    fn draft(&self, rule: &Rule, fields: &Fields, at: Target) -> Draft {
        let mut draft = Draft::new(rule.code, rule.message.render(fields), at);
        draft.severity = rule.severity;
        draft.help = rule.help.as_ref().map(|h| h.render(fields));
        draft.label = rule.label.as_ref().map(|l| l.render(fields));
        draft.facts = fields.clone();
        draft
    }

    /// Adds the secondary label `name` of `rule`, if it has words.
    fn label(&self, draft: &mut Draft, rule: &Rule, name: &str, at: Target, fields: &Fields) {
        if let Some(text) = rule.labels.get(name).map(|t| t.render(fields)).filter(|t| !t.trim().is_empty()) {
            draft.labels.push((at, text));
        }
    }
}

/// An incident with its benefit (or plan) and product resolved.
#[derive(Clone, Copy)]
pub(crate) struct Subject<'a> {
    pub index: usize,
    pub incident: &'a Incident,
    pub benefit: &'a Benefit,
    pub product: Option<&'a Product>,
}

impl Subject<'_> {
    fn at(&self, field: &str) -> Target {
        Target::Value(Path::item("incidents", self.index).key(field))
    }
}

/// A secret as messages show it.
fn secret(value: &str) -> String {
    redact::mask(value)
}
