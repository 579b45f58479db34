//! `quota`: incidents under a benefit stay within the best entitlement of the
//! memberships active at `as_of`. Incidents count in order of
//! `opened_on`, then id; the first beyond the entitlement is reported, and
//! each one after it.

use super::context::{Context, Subject, Wording};
use super::kind::{KindCompiler, KindSpec, Label, NoParams, RuleKind};
use crate::diagnostic::{Draft, Finding};
use crate::document::{Path, Target};
use crate::manifest::Manifest;
use crate::messages;
use crate::policy::catalog::{Allowance, Policy};

/// A `quota` rule.
#[derive(Debug)]
pub struct Quota;

impl RuleKind for Quota {
    type Params = NoParams;
    const SPEC: &'static KindSpec = &KindSpec {
        name: "quota",
        key: &[],
        fields: incident_fields!("quota", "position", "tier", "competency", "grant_name", "granted_by"),
        when_fields: &[],
        label_fields: &[],
        labels: &[Label { name: "membership", message: "label-grants", shows: &["granted_by", "quota"] }],
    };

    fn compile(_: NoParams, _: &mut dyn KindCompiler<'_>) -> Option<Self> {
        Some(Quota)
    }

    fn check(&self, cx: &Context<'_>, rule: &Wording<'_>, out: &mut Vec<Draft>) {
        for benefit in cx.policy.benefits.iter().filter(|b| !b.plan) {
            let Some(entitlement) = cx.entitlement(&benefit.id) else { continue };
            // A membership we could not read might grant more: no overrun to claim.
            if entitlement.uncertain {
                continue;
            }
            let Some(grant) = entitlement.grant else { continue };
            let Allowance::Limited(quota) = grant.allowance else { continue };
            for (position, &i) in cx.counted(&benefit.id).iter().enumerate().skip(quota as usize) {
                let incident = &cx.manifest.incidents[i];
                let subject = Subject {
                    index: i,
                    incident,
                    benefit,
                    product: cx.policy.products.get(&incident.product),
                    activation: cx.activation(&benefit.id),
                };
                let fields = cx
                    .incident_fields(&subject)
                    .with("quota", quota)
                    .with("position", position + 1)
                    .with("tier", &grant.tier.id)
                    .with("competency", grant.competency.unwrap_or(""))
                    .with("grant_name", grant.name.unwrap_or(""))
                    .with("granted_by", messages::granted_by(&grant.tier.id, grant.competency));
                let mut draft = cx.draft(rule, &fields, subject.at("benefit"));
                let at = Target::Value(Path::item("memberships", grant.membership).key("offer"));
                cx.label(&mut draft, rule, "membership", at, &fields);
                out.push(draft);
            }
        }
    }

    /// The smallest grant that covers every incident listed.
    fn fix(&self, finding: &Finding, manifest: &Manifest, policy: &Policy) -> Option<String> {
        let benefit = policy.benefits.get(finding.fact("benefit")?)?;
        let needed = manifest.incidents.iter().filter(|i| i.benefit == benefit.id).count();
        let needed = u32::try_from(needed).unwrap_or(u32::MAX);
        let grant =
            benefit.grants.iter().filter(|g| g.incidents >= Allowance::Limited(needed)).min_by_key(|g| g.incidents)?;
        Some(messages::fix_grant(&grant.tier, grant.class.as_deref(), &grant.incidents.to_string(), &benefit.id))
    }

    fn fix_reads(&self) -> Option<&'static [&'static str]> {
        Some(&["benefit"])
    }

    fn unreachable(&self, policy: &Policy) -> Option<String> {
        let limited =
            policy.benefits.iter().flat_map(|b| &b.grants).any(|g| matches!(g.incidents, Allowance::Limited(_)));
        (!limited).then(messages::no_limited_grant)
    }
}
