//! Activation checks: a benefit is granted before it is activated (F9), and
//! activated, completed and processed before it is used (F4, F6).

use super::{Context, Subject};
use crate::date::Date;
use crate::diagnostic::Draft;
use crate::document::{Path, Target};
use crate::entitlement::granting_tiers;
use crate::manifest::Activation;
use crate::messages;
use crate::policy::ruleset::{Filter, Rule};

pub(super) fn eligibility(cx: &Context<'_>, rule: &Rule, out: &mut Vec<Draft>) {
    if cx.none_active_reported() {
        return;
    }
    for (i, activation) in cx.manifest.activations.iter().enumerate() {
        if cx.activation(&activation.benefit).map(|(first, _)| first) != Some(i) {
            continue;
        }
        let Some(entitlement) = cx.entitlement(&activation.benefit) else { continue };
        if entitlement.grant.is_some() || entitlement.uncertain {
            continue;
        }
        let benefit = entitlement.benefit;
        let fields = cx
            .base_fields()
            .with("benefit", &benefit.id)
            .with("benefit_name", &benefit.name)
            .with("granted_by", messages::one_of(&granting_tiers(benefit)));
        out.push(cx.draft(rule, &fields, Target::Value(Path::item("activations", i).key("benefit"))));
    }
}

/// The incidents of benefits that must be activated, with their activation.
fn activated<'a, 'f>(
    cx: &'f Context<'a>,
    when: &'f Filter,
) -> impl Iterator<Item = (Subject<'a>, Option<(usize, &'a Activation)>)> + 'f {
    cx.incidents(when)
        .filter(|s| !s.benefit.plan && s.benefit.activation)
        .map(|s| (s, cx.activation(&s.incident.benefit)))
}

pub(super) fn required(cx: &Context<'_>, rule: &Rule, when: &Filter, out: &mut Vec<Draft>) {
    // An activation of an unknown benefit may be this one misspelt: `reference` says so.
    if cx.activation_of_unknown_benefit {
        return;
    }
    for (subject, activation) in activated(cx, when) {
        if activation.is_none() {
            out.push(cx.draft(rule, &cx.incident_fields(&subject), subject.at("benefit")));
        }
    }
}

pub(super) fn order(cx: &Context<'_>, rule: &Rule, when: &Filter, out: &mut Vec<Draft>) {
    for (subject, activation) in activated(cx, when) {
        let Some((a, activation)) = activation else { continue };
        if subject.incident.opened_on < activation.requested_on {
            let fields = cx.incident_fields(&subject).with("requested_on", activation.requested_on);
            let mut draft = cx.draft(rule, &fields, subject.at("opened_on"));
            cx.label(&mut draft, rule, "requested", requested_at(a), &fields);
            out.push(draft);
        }
    }
}

pub(super) fn complete(cx: &Context<'_>, rule: &Rule, when: &Filter, out: &mut Vec<Draft>) {
    for (subject, activation) in activated(cx, when) {
        let Some((a, activation)) = activation else { continue };
        if subject.incident.opened_on < activation.requested_on || is_complete(activation) {
            continue;
        }
        let missing = messages::missing_ids(activation.access_id.is_none(), activation.contract_id.is_none());
        let fields = cx.incident_fields(&subject).with("missing", missing);
        let mut draft = cx.draft(rule, &fields, subject.at("benefit"));
        cx.label(&mut draft, rule, "activation", Target::Value(Path::item("activations", a)), &fields);
        out.push(draft);
    }
}

pub(super) fn processing(cx: &Context<'_>, rule: &Rule, days: u32, when: &Filter, out: &mut Vec<Draft>) {
    for (subject, activation) in activated(cx, when) {
        let Some((a, activation)) = activation else { continue };
        // Days waited, not `opened_on < requested_on + days`: that sum would
        // stop at 9999-12-31 and hide an incident opened on that very day.
        let waited = subject.incident.opened_on.days_since(activation.requested_on);
        if waited < 0 || waited >= i64::from(days) || !is_complete(activation) {
            continue;
        }
        let ready_on = activation
            .requested_on
            .checked_plus_days(days)
            .map_or_else(|| messages::after_the_calendar(Date::LAST), |d| d.to_string());
        let fields = cx
            .incident_fields(&subject)
            .with("days", days)
            .with("requested_on", activation.requested_on)
            .with("ready_on", ready_on);
        let mut draft = cx.draft(rule, &fields, subject.at("opened_on"));
        cx.label(&mut draft, rule, "requested", requested_at(a), &fields);
        out.push(draft);
    }
}

/// Activation completed: both IDs are known.
pub(super) fn is_complete(activation: &Activation) -> bool {
    activation.access_id.is_some() && activation.contract_id.is_some()
}

fn requested_at(activation: usize) -> Target {
    Target::Value(Path::item("activations", activation).key("requested_on"))
}
