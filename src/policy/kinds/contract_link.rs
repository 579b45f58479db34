//! `contract-link`: the account that opens an incident has the benefit's
//! contract linked on or before that day.

use rustc_hash::FxHashMap as HashMap;

use super::context::{Context, Wording, is_complete, secret};
use super::kind::{KindCompiler, KindSpec, Label, RuleKind, WhenOnly, only_plans};
use crate::date::Date;
use crate::diagnostic::{Draft, Finding};
use crate::document::{Path, Target};
use crate::manifest::Manifest;
use crate::messages;
use crate::policy::catalog::{Filter, Policy};

/// A `contract-link` rule.
#[derive(Debug)]
pub struct ContractLink {
    when: Filter,
}

impl RuleKind for ContractLink {
    type Params = WhenOnly;
    const SPEC: &'static KindSpec = &KindSpec {
        name: "contract-link",
        key: &[],
        fields: incident_fields!("access_id"),
        when_fields: &[],
        label_fields: &["linked_on"],
        labels: &[Label { name: "link", message: "label-linked-on", shows: &["linked_on"] }],
    };

    fn compile(params: WhenOnly, cx: &mut dyn KindCompiler<'_>) -> Option<Self> {
        Some(ContractLink { when: cx.filter(params.when.as_ref()) })
    }

    fn check(&self, cx: &Context<'_>, rule: &Wording<'_>, out: &mut Vec<Draft>) {
        // For each Access ID and account: the first day it was linked, and
        // its first link in file order. An incident is in time when opened on
        // or after that day; otherwise every link came later, and the first
        // is the one to show. One pass over the links, one lookup per
        // incident, however many links or incidents repeat.
        let mut links_of: HashMap<(&str, &str), (Date, usize)> = HashMap::default();
        for (l, link) in cx.manifest.contract_links.iter().enumerate() {
            let pair = (link.access_id.as_str(), link.account.as_str());
            let earliest = links_of.entry(pair).or_insert((link.linked_on, l));
            earliest.0 = earliest.0.min(link.linked_on);
        }
        for subject in cx.incidents(&self.when) {
            if subject.benefit.plan || !subject.benefit.contract {
                continue;
            }
            let Some((_, activation)) = subject.activation else { continue };
            let Some(access_id) = activation.access_id.as_deref().filter(|_| is_complete(activation)) else {
                continue;
            };
            let incident = subject.incident;
            if incident.opened_on < activation.requested_on || cx.account(&incident.opened_by).is_none() {
                continue;
            }
            let linked = links_of.get(&(access_id, incident.opened_by.as_str()));
            if linked.is_some_and(|&(first_day, _)| first_day <= incident.opened_on) {
                continue;
            }
            let late = linked.map(|&(_, l)| (l, cx.manifest.contract_links[l].linked_on));
            let mut fields = cx.incident_fields(&subject).with("access_id", secret(access_id));
            if let Some((_, on)) = late {
                fields.set("linked_on", on);
            }
            let mut draft = cx.draft(rule, &fields, subject.at("opened_by"));
            if let Some((l, _)) = late {
                let at = Target::Value(Path::item("contract_links", l).key("linked_on"));
                cx.label(&mut draft, rule, "link", at, &fields);
            }
            out.push(draft);
        }
    }

    fn when(&self) -> Option<&Filter> {
        Some(&self.when)
    }

    fn fix(&self, finding: &Finding, _: &Manifest, _: &Policy) -> Option<String> {
        Some(messages::fix_link(finding.fact("access_id")?, finding.fact("opened_by")?, finding.fact("opened_on")?))
    }

    fn unreachable(&self, policy: &Policy) -> Option<String> {
        only_plans(&self.when, policy)
            .or_else(|| (!policy.benefits.iter().any(|b| b.contract && !b.plan)).then(messages::no_contract_benefit))
    }
}
