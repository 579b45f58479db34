//! Membership checks: some membership is active when benefits are used (F3),
//! and memberships name a competency exactly when their tier needs one.

use super::Context;
use crate::diagnostic::Draft;
use crate::document::{Path, Target};
use crate::policy::ruleset::{CompetencyNeed, Rule};

pub(super) fn active(cx: &Context<'_>, rule: &Rule, out: &mut Vec<Draft>) {
    if !cx.none_active || !cx.benefits_in_use() {
        return;
    }
    let m = cx.manifest;
    let (benefit, at) = match m.activations.first() {
        Some(a) => (a.benefit.as_str(), Path::item("activations", 0).key("benefit")),
        None => {
            let Some((i, incident)) = m
                .incidents
                .iter()
                .enumerate()
                .find(|(_, i)| cx.rules.benefits.get(&i.benefit).is_some_and(|b| !b.plan))
            else {
                return;
            };
            (incident.benefit.as_str(), Path::item("incidents", i).key("benefit"))
        }
    };
    let name = cx.rules.benefits.get(benefit).map_or(benefit, |b| b.name.as_str());
    let fields = cx.base_fields().with("benefit", benefit).with("benefit_name", name);
    let mut draft = cx.draft(rule, &fields, Target::Value(at));
    for (i, membership) in m.memberships.iter().enumerate() {
        let fields =
            fields.clone().with("offer", &membership.offer).with("start", membership.start).with("end", membership.end);
        cx.label(&mut draft, rule, "membership", Target::Value(Path::item("memberships", i).key("end")), &fields);
    }
    out.push(draft);
}

pub(super) fn competency_required(cx: &Context<'_>, rule: &Rule, out: &mut Vec<Draft>) {
    for (i, membership) in cx.manifest.memberships.iter().enumerate() {
        let Some(tier) = cx.rules.tiers.get(&membership.offer) else { continue };
        if tier.competency == CompetencyNeed::Required && membership.competency.is_none() {
            let fields = cx.base_fields().with("tier", &tier.id).with("tier_name", &tier.name);
            out.push(cx.draft(rule, &fields, Target::Value(Path::item("memberships", i).key("offer"))));
        }
    }
}

pub(super) fn competency_forbidden(cx: &Context<'_>, rule: &Rule, out: &mut Vec<Draft>) {
    for (i, membership) in cx.manifest.memberships.iter().enumerate() {
        let Some(tier) = cx.rules.tiers.get(&membership.offer) else { continue };
        if let (CompetencyNeed::Forbidden, Some(competency)) = (tier.competency, &membership.competency) {
            let fields =
                cx.base_fields().with("tier", &tier.id).with("tier_name", &tier.name).with("competency", competency);
            out.push(cx.draft(rule, &fields, Target::Value(Path::item("memberships", i).key("competency"))));
        }
    }
}
