//! `quota`: incidents under a benefit stay within the entitlement. Incidents
//! count in order of opened_on, then id; the first beyond the entitlement is
//! reported, and each one after it.

use super::Context;
use crate::diagnostic::Draft;
use crate::document::{Path, Target};
use crate::messages;
use crate::policy::ruleset::{Allowance, Rule};

/// The incidents that count against a benefit, in counting order.
pub(super) fn counted(cx: &Context<'_>, benefit: &str) -> Vec<usize> {
    let incidents = &cx.manifest.incidents;
    let mut used: Vec<usize> =
        (0..incidents.len()).filter(|&i| cx.first_incident[i] && incidents[i].benefit == benefit).collect();
    used.sort_by(|&a, &b| (incidents[a].opened_on, &incidents[a].id).cmp(&(incidents[b].opened_on, &incidents[b].id)));
    used
}

pub(super) fn check(cx: &Context<'_>, rule: &Rule, out: &mut Vec<Draft>) {
    for benefit in cx.rules.benefits.iter().filter(|b| !b.plan) {
        let Some(entitlement) = cx.entitlement(&benefit.id) else { continue };
        // A membership we could not read might grant more: no overrun to claim.
        if entitlement.uncertain {
            continue;
        }
        let Some(grant) = entitlement.grant else { continue };
        let Allowance::Limited(quota) = grant.allowance else { continue };
        for (position, &i) in counted(cx, &benefit.id).iter().enumerate().skip(quota as usize) {
            let incident = &cx.manifest.incidents[i];
            let subject =
                super::Subject { index: i, incident, benefit, product: cx.rules.products.get(&incident.product) };
            let fields = cx
                .incident_fields(&subject)
                .with("quota", quota)
                .with("position", position + 1)
                .with("tier", &grant.tier.id)
                .with("competency", grant.competency.unwrap_or(""))
                .with("grant_name", grant.name.unwrap_or(""))
                .with("granted_by", messages::granted_by(&grant.tier.id, grant.competency));
            let mut draft = cx.draft(rule, &fields, subject.at("benefit"));
            cx.label(
                &mut draft,
                rule,
                "membership",
                Target::Value(Path::item("memberships", grant.membership).key("offer")),
                &fields,
            );
            out.push(draft);
        }
    }
}
