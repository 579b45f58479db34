//! Contract checks: the opening account has the contract linked (F12, F13),
//! incidents open before the benefit expires (F11), and contracts are not
//! linked once expired or used up (F17).

use rustc_hash::FxHashMap as HashMap;

use super::activation::is_complete;
use super::{Context, secret};
use crate::date::Date;
use crate::diagnostic::Draft;
use crate::document::{Path, Target};
use crate::manifest::Activation;
use crate::policy::ruleset::{Allowance, Filter, Rule};

pub(super) fn link_required(cx: &Context<'_>, rule: &Rule, when: &Filter, out: &mut Vec<Draft>) {
    // The links of each Access ID and account, in file order: found by a
    // scan of every link per incident, they were quadratic.
    let mut links_of: HashMap<(&str, &str), Vec<usize>> = HashMap::default();
    for (l, link) in cx.manifest.contract_links.iter().enumerate() {
        links_of.entry((link.access_id.as_str(), link.account.as_str())).or_default().push(l);
    }
    for subject in cx.incidents(when) {
        if subject.benefit.plan || !subject.benefit.contract {
            continue;
        }
        let Some((_, activation)) = cx.activation(&subject.incident.benefit) else { continue };
        let Some(access_id) = activation.access_id.as_deref().filter(|_| is_complete(activation)) else { continue };
        let incident = subject.incident;
        if incident.opened_on < activation.requested_on || cx.account(&incident.opened_by).is_none() {
            continue;
        }
        let links = links_of
            .get(&(access_id, incident.opened_by.as_str()))
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .map(|&l| (l, &cx.manifest.contract_links[l]));
        let mut late = None;
        let mut in_time = false;
        for (l, link) in links {
            if link.linked_on <= incident.opened_on {
                in_time = true;
            } else if late.is_none() {
                late = Some((l, link.linked_on));
            }
        }
        if in_time {
            continue;
        }
        let mut fields = cx.incident_fields(&subject).with("access_id", secret(access_id));
        if let Some((_, on)) = late {
            fields.set("linked_on", on);
        }
        let mut draft = cx.draft(rule, &fields, subject.at("opened_by"));
        if let Some((l, _)) = late {
            cx.label(
                &mut draft,
                rule,
                "link",
                Target::Value(Path::item("contract_links", l).key("linked_on")),
                &fields,
            );
        }
        out.push(draft);
    }
}

/// Where an expiry date is written: the activation's `expires`, or the end of
/// the membership that grants the benefit.
#[derive(Clone, Copy)]
enum Written {
    Activation(usize),
    Membership(usize),
}

impl Written {
    fn target(self) -> Target {
        match self {
            Written::Activation(i) => Target::Value(Path::item("activations", i).key("expires")),
            Written::Membership(i) => Target::Value(Path::item("memberships", i).key("end")),
        }
    }
}

/// When a benefit's contract expires, and where that date is written.
fn expiry(cx: &Context<'_>, activation_index: usize, activation: &Activation) -> Option<(Date, Written)> {
    if let Some(expires) = activation.expires {
        return Some((expires, Written::Activation(activation_index)));
    }
    let grant = cx.entitlement(&activation.benefit)?.grant?;
    let membership = cx.manifest.memberships.get(grant.membership)?;
    Some((membership.end, Written::Membership(grant.membership)))
}

pub(super) fn validity(cx: &Context<'_>, rule: &Rule, when: &Filter, out: &mut Vec<Draft>) {
    for subject in cx.incidents(when) {
        if subject.benefit.plan {
            continue;
        }
        let Some((a, activation)) = cx.activation(&subject.incident.benefit) else { continue };
        let Some((expires, at)) = expiry(cx, a, activation) else { continue };
        if subject.incident.opened_on > expires {
            let fields = cx.incident_fields(&subject).with("expires", expires);
            let mut draft = cx.draft(rule, &fields, subject.at("opened_on"));
            cx.label(&mut draft, rule, "expiry", at.target(), &fields);
            out.push(draft);
        }
    }
}

/// The contract links whose Access ID belongs to an activation.
fn linked_contracts<'a>(cx: &Context<'a>) -> Vec<(usize, &'a crate::manifest::ContractLink, usize, &'a Activation)> {
    // The first activation of each Access ID, looked up per link.
    let mut first: HashMap<&str, usize> = HashMap::default();
    for (a, activation) in cx.manifest.activations.iter().enumerate() {
        if let Some(id) = activation.access_id.as_deref() {
            first.entry(id).or_insert(a);
        }
    }
    cx.manifest
        .contract_links
        .iter()
        .enumerate()
        .filter_map(|(l, link)| {
            let &a = first.get(link.access_id.as_str())?;
            Some((l, link, a, &cx.manifest.activations[a]))
        })
        .collect()
}

fn link_fields(
    cx: &Context<'_>,
    link: &crate::manifest::ContractLink,
    activation: &Activation,
) -> crate::template::Fields {
    let name = cx.rules.benefits.get(&activation.benefit).map_or(activation.benefit.as_str(), |b| b.name.as_str());
    cx.base_fields()
        .with("access_id", secret(&link.access_id))
        .with("account", &link.account)
        .with("portal", &link.portal)
        .with("linked_on", link.linked_on)
        .with("benefit", &activation.benefit)
        .with("benefit_name", name)
}

pub(super) fn link_after_expiry(cx: &Context<'_>, rule: &Rule, out: &mut Vec<Draft>) {
    for (l, link, a, activation) in linked_contracts(cx) {
        let Some((expires, at)) = expiry(cx, a, activation) else { continue };
        if link.linked_on > expires {
            let fields = link_fields(cx, link, activation).with("expires", expires);
            let mut draft = cx.draft(rule, &fields, Target::Value(Path::item("contract_links", l).key("linked_on")));
            cx.label(&mut draft, rule, "expiry", at.target(), &fields);
            out.push(draft);
        }
    }
}

pub(super) fn link_after_exhaustion(cx: &Context<'_>, rule: &Rule, out: &mut Vec<Draft>) {
    // The counted incidents of each benefit, once, not once per link.
    let mut counted: HashMap<&str, Vec<usize>> = HashMap::default();
    for (l, link, a, activation) in linked_contracts(cx) {
        let expired = expiry(cx, a, activation).is_some_and(|(e, _)| link.linked_on > e);
        if expired && cx.rules.has("link-after-expiry") {
            continue;
        }
        let Some(grant) = cx.entitlement(&activation.benefit).and_then(|e| e.grant) else { continue };
        let Allowance::Limited(quota) = grant.allowance else { continue };
        let used = counted
            .entry(activation.benefit.as_str())
            .or_insert_with(|| super::quota::counted(cx, &activation.benefit));
        // Counted incidents are in order of opened_on: those before the link
        // are a prefix.
        let before = used.partition_point(|&i| cx.manifest.incidents[i].opened_on < link.linked_on);
        let quota_count = quota as usize;
        if quota_count == 0 || before < quota_count {
            continue;
        }
        let last = used[quota_count - 1];
        let fields = link_fields(cx, link, activation)
            .with("quota", quota)
            .with("last_incident", &cx.manifest.incidents[last].id);
        let mut draft = cx.draft(rule, &fields, Target::Value(Path::item("contract_links", l).key("linked_on")));
        cx.label(&mut draft, rule, "last", Target::Value(Path::item("incidents", last).key("opened_on")), &fields);
        out.push(draft);
    }
}
