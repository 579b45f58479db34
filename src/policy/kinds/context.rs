//! What the rule kinds share about a manifest under judgement: its accounts,
//! activations and entitlements looked up once, the incidents rules look at,
//! and how a finding is drafted from a rule's templates.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::codes::Code;
use crate::date::Date;
use crate::diagnostic::Draft;
use crate::diagnostic::Severity;
use crate::document::{Document, Path, Target};
use crate::manifest::{Account, Activation, ContractLink, Incident, Manifest};
use crate::policy::catalog::{Benefit, Filter, Policy, Product};
use crate::policy::entitlement::{self, Entitlement};
use crate::redact;
use crate::template::{Fields, Template};

/// The wording of one rule's findings: its code and severity, and the
/// templates its kind fills in with each finding's fields.
#[derive(Debug, Clone, Copy)]
pub struct Wording<'r> {
    /// The code it reports.
    pub code: Code,
    /// The severity it reports with.
    pub severity: Severity,
    /// The message.
    pub message: &'r Template,
    /// The help line.
    pub help: Option<&'r Template>,
    /// The text under the primary span.
    pub label: Option<&'r Template>,
    /// Secondary labels by name.
    pub labels: &'r std::collections::HashMap<String, Template>,
}

/// A manifest under judgement, with the facts several checks share.
pub struct Context<'a> {
    /// The typed manifest.
    pub manifest: &'a Manifest,
    /// The spanned tree it was read from.
    pub document: &'a Document<'a>,
    /// The policy version that judges it: its catalogues.
    pub policy: &'a Policy,
    /// The kinds of the policy's rules.
    kinds: &'a [&'a str],
    /// The judgement date.
    pub as_of: Date,
    /// First `[[accounts]]` entry of each user.
    pub(super) accounts: HashMap<&'a str, usize>,
    /// Accounts with a role the policy does not define.
    pub(super) accounts_with_unknown_roles: HashSet<usize>,
    /// First activation of each known, activatable benefit.
    pub(super) activations: HashMap<&'a str, usize>,
    /// Some activation names an unknown benefit: what it meant is unclear.
    pub(super) activation_of_unknown_benefit: bool,
    /// Whether each incident is the first with its id.
    pub(super) first_incident: Vec<bool>,
    /// Entitlements at `as_of`, by benefit id.
    pub(super) entitlements: HashMap<&'a str, Entitlement<'a>>,
    /// No membership is active at `as_of`.
    pub(super) none_active: bool,
    /// The incidents rules look at, resolved once: the first of each id,
    /// with a known benefit or plan.
    pub(super) subjects: Vec<Subject<'a>>,
}

impl<'a> Context<'a> {
    /// The facts of `manifest` under `policy`, whose rules are of `kinds`.
    pub fn new(
        manifest: &'a Manifest,
        document: &'a Document<'a>,
        policy: &'a Policy,
        kinds: &'a [&'a str],
        as_of: Date,
    ) -> Context<'a> {
        let mut accounts = HashMap::with_capacity_and_hasher(manifest.accounts.len(), Default::default());
        let mut accounts_with_unknown_roles = HashSet::default();
        for (i, a) in manifest.accounts.iter().enumerate() {
            accounts.entry(a.user.as_str()).or_insert(i);
            if a.roles.iter().any(|r| !policy.roles.contains(r)) {
                accounts_with_unknown_roles.insert(i);
            }
        }
        let mut activations = HashMap::with_capacity_and_hasher(manifest.activations.len(), Default::default());
        let mut activation_of_unknown_benefit = false;
        for (i, a) in manifest.activations.iter().enumerate() {
            match policy.benefits.get(&a.benefit) {
                Some(b) if b.activation && !b.plan => {
                    activations.entry(a.benefit.as_str()).or_insert(i);
                }
                _ => activation_of_unknown_benefit = true,
            }
        }
        let mut seen = HashSet::with_capacity_and_hasher(manifest.incidents.len(), Default::default());
        let first_incident: Vec<bool> = manifest.incidents.iter().map(|i| seen.insert(i.id.as_str())).collect();
        let entitlements = entitlement::entitlements(manifest, policy, as_of)
            .into_iter()
            .map(|e| (e.benefit.id.as_str(), e))
            .collect();
        let none_active = !manifest.memberships.iter().any(|m| entitlement::is_active(m, as_of));
        let subjects = manifest
            .incidents
            .iter()
            .enumerate()
            .filter(|(index, _)| first_incident[*index])
            .filter_map(|(index, incident)| {
                let benefit = policy.benefits.get(&incident.benefit)?;
                let activation =
                    activations.get(incident.benefit.as_str()).map(|&i: &usize| (i, &manifest.activations[i]));
                Some(Subject { index, incident, benefit, product: policy.products.get(&incident.product), activation })
            })
            .collect();
        Context {
            manifest,
            document,
            policy,
            kinds,
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

    /// Whether some rule of the policy is of this kind.
    pub(super) fn has(&self, kind: &str) -> bool {
        self.kinds.contains(&kind)
    }

    /// The account of a user, unless it is unknown or holds unknown roles
    /// (both reported by `reference`).
    pub(super) fn account(&self, user: &str) -> Option<(usize, &'a Account)> {
        let &i = self.accounts.get(user)?;
        (!self.accounts_with_unknown_roles.contains(&i)).then(|| (i, &self.manifest.accounts[i]))
    }

    /// The first activation of a benefit.
    pub(super) fn activation(&self, benefit: &str) -> Option<(usize, &'a Activation)> {
        self.activations.get(benefit).map(|&i| (i, &self.manifest.activations[i]))
    }

    /// The benefit's entitlement at `as_of`.
    pub(super) fn entitlement(&self, benefit: &str) -> Option<&Entitlement<'a>> {
        self.entitlements.get(benefit)
    }

    /// "No membership is active" was reported, and explains what it leaves
    /// without an entitlement.
    pub(super) fn none_active_reported(&self) -> bool {
        self.none_active && self.has("active-membership") && self.benefits_in_use()
    }

    /// Benefits are activated, or used by incidents.
    pub(super) fn benefits_in_use(&self) -> bool {
        !self.manifest.activations.is_empty()
            || self.manifest.incidents.iter().any(|i| self.policy.benefits.get(&i.benefit).is_some_and(|b| !b.plan))
    }

    /// The incidents a rule looks at: the first of each id, with a known
    /// benefit or plan, that the rule's filter selects.
    pub(super) fn incidents<'f>(&'f self, when: &'f Filter) -> impl Iterator<Item = Subject<'a>> + 'f {
        self.subjects.iter().copied().filter(move |subject| self.selects(when, subject))
    }

    pub(super) fn selects(&self, when: &Filter, subject: &Subject<'_>) -> bool {
        let incident = subject.incident;
        when.benefits.as_ref().is_none_or(|b| b.contains(&incident.benefit))
            && when.product_kinds.as_ref().is_none_or(|k| subject.product.is_some_and(|p| k.contains(&p.kind)))
            && !when.except_products.contains(&incident.product)
            && when.customer.is_none_or(|c| incident.customer.is_some() == c)
    }

    /// The fields every rule about an incident provides.
    pub(super) fn incident_fields(&self, subject: &Subject<'_>) -> Fields {
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
    pub(super) fn base_fields(&self) -> Fields {
        Fields::new().with("as_of", self.as_of).with("policy", format!("{}@{}", self.policy.id, self.policy.version))
    }

    /// A finding of `rule`, its words rendered from `fields`.
    pub(super) fn draft(&self, rule: &Wording<'_>, fields: &Fields, at: Target) -> Draft {
        let mut draft = Draft::new(rule.code, rule.message.render(fields), at);
        draft.severity = rule.severity;
        draft.help = rule.help.map(|h| h.render(fields));
        draft.label = rule.label.map(|l| l.render(fields));
        draft.facts = fields.clone();
        draft
    }

    /// Adds the secondary label `name` of `rule`, if it has words.
    pub(super) fn label(&self, draft: &mut Draft, rule: &Wording<'_>, name: &str, at: Target, fields: &Fields) {
        if let Some(text) = rule.labels.get(name).map(|t| t.render(fields)).filter(|t| !t.trim().is_empty()) {
            draft.labels.push((at, text));
        }
    }
}

/// An incident with its benefit (or plan) and product resolved.
#[derive(Clone, Copy)]
pub struct Subject<'a> {
    /// Its index in `[[incidents]]`.
    pub index: usize,
    /// The incident.
    pub incident: &'a Incident,
    /// Its benefit or plan.
    pub benefit: &'a Benefit,
    /// Its product, when the policy knows it.
    pub product: Option<&'a Product>,
    /// The first activation of its benefit, if any: looked up once, since
    /// most rules about incidents ask for it.
    pub activation: Option<(usize, &'a Activation)>,
}

impl Subject<'_> {
    pub(super) fn at(&self, field: &str) -> Target {
        Target::Value(Path::item("incidents", self.index).key(field))
    }
}

/// A secret as messages show it.
pub(super) fn secret(value: &str) -> String {
    redact::mask(value)
}

impl<'a> Context<'a> {
    /// The incidents `when` selects under benefits that must be activated,
    /// each with the benefit's first activation.
    pub(super) fn activated<'f>(
        &'f self,
        when: &'f Filter,
    ) -> impl Iterator<Item = (Subject<'a>, Option<(usize, &'a Activation)>)> + 'f {
        self.incidents(when).filter(|s| !s.benefit.plan && s.benefit.activation).map(|s| (s, s.activation))
    }

    /// When a benefit's contract expires, and where that date is written.
    pub(super) fn expiry(&self, activation_index: usize, activation: &Activation) -> Option<(Date, Written)> {
        if let Some(expires) = activation.expires {
            return Some((expires, Written::Activation(activation_index)));
        }
        let grant = self.entitlement(&activation.benefit)?.grant?;
        let membership = self.manifest.memberships.get(grant.membership)?;
        Some((membership.end, Written::Membership(grant.membership)))
    }

    /// The contract links whose Access ID belongs to an activation, each
    /// with that activation.
    pub(super) fn linked_contracts(&self) -> Vec<(usize, &'a ContractLink, usize, &'a Activation)> {
        // The first activation of each Access ID, looked up per link.
        let mut first: HashMap<&str, usize> = HashMap::default();
        for (a, activation) in self.manifest.activations.iter().enumerate() {
            if let Some(id) = activation.access_id.as_deref() {
                first.entry(id).or_insert(a);
            }
        }
        let activations = &self.manifest.activations;
        self.manifest
            .contract_links
            .iter()
            .enumerate()
            .filter_map(|(l, link)| {
                let &a = first.get(link.access_id.as_str())?;
                Some((l, link, a, &activations[a]))
            })
            .collect()
    }

    /// The fields of a finding about a contract link.
    pub(super) fn link_fields(&self, link: &ContractLink, activation: &Activation) -> Fields {
        let benefit = self.policy.benefits.get(&activation.benefit);
        let name = benefit.map_or(activation.benefit.as_str(), |b| b.name.as_str());
        self.base_fields()
            .with("access_id", secret(&link.access_id))
            .with("account", &link.account)
            .with("portal", &link.portal)
            .with("linked_on", link.linked_on)
            .with("benefit", &activation.benefit)
            .with("benefit_name", name)
    }

    /// The incidents that count against a benefit's quota, in counting
    /// order: by opened_on, then id; the first of each id only.
    pub(super) fn counted(&self, benefit: &str) -> Vec<usize> {
        let incidents = &self.manifest.incidents;
        let mut used: Vec<usize> =
            (0..incidents.len()).filter(|&i| self.first_incident[i] && incidents[i].benefit == benefit).collect();
        used.sort_by(|&a, &b| {
            (incidents[a].opened_on, &incidents[a].id).cmp(&(incidents[b].opened_on, &incidents[b].id))
        });
        used
    }
}

/// An activation is complete when both its IDs are known.
pub(super) fn is_complete(activation: &Activation) -> bool {
    activation.access_id.is_some() && activation.contract_id.is_some()
}

/// Where an activation's request date is written.
pub(super) fn requested_at(activation: usize) -> Target {
    Target::Value(Path::item("activations", activation).key("requested_on"))
}

/// Where an expiry date is written: the activation's `expires`, or the end of
/// the membership that grants the benefit.
#[derive(Clone, Copy)]
pub(super) enum Written {
    Activation(usize),
    Membership(usize),
}

impl Written {
    /// The value that holds the date.
    pub(super) fn target(self) -> Target {
        match self {
            Written::Activation(i) => Target::Value(Path::item("activations", i).key("expires")),
            Written::Membership(i) => Target::Value(Path::item("memberships", i).key("end")),
        }
    }
}
