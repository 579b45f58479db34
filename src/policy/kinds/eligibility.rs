//! `eligibility`: an activated benefit is granted by a membership active at
//! `as_of`.

use super::context::{Context, Wording};
use super::kind::{KindCompiler, KindSpec, NoParams, RuleKind};
use crate::diagnostic::{Draft, Finding};
use crate::document::{Path, Target};
use crate::manifest::Manifest;
use crate::messages;
use crate::policy::catalog::{Allowance, Policy};
use crate::policy::entitlement::granting_tiers;

/// An `eligibility` rule.
#[derive(Debug)]
pub struct Eligibility;

impl RuleKind for Eligibility {
    type Params = NoParams;
    const SPEC: &'static KindSpec = &KindSpec {
        name: "eligibility",
        key: &[],
        fields: &["benefit", "benefit_name", "as_of", "granted_by", "policy"],
        when_fields: &[],
        label_fields: &[],
        labels: &[],
    };

    fn compile(_: NoParams, _: &mut dyn KindCompiler<'_>) -> Option<Self> {
        Some(Eligibility)
    }

    fn check(&self, cx: &Context<'_>, rule: &Wording<'_>, out: &mut Vec<Draft>) {
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

    /// Removing the activation is the simplest fix; a membership that grants
    /// the benefit, the other.
    fn fix(&self, finding: &Finding, _: &Manifest, policy: &Policy) -> Option<String> {
        let benefit = policy.benefits.get(finding.fact("benefit")?)?;
        let grant = benefit.grants.iter().find(|g| g.incidents > Allowance::Limited(0))?;
        let grant = messages::fix_grant(&grant.tier, grant.class.as_deref(), &grant.incidents.to_string(), &benefit.id);
        Some(messages::fix_remove_activation(&benefit.id, &grant))
    }

    fn refuses_activations(&self) -> bool {
        true
    }
}
