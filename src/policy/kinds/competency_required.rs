//! `competency-required`: memberships of tiers whose `competency =
//! "required"` name a competency.

use super::context::{Context, Wording};
use super::kind::{KindCompiler, KindSpec, NoParams, RuleKind};
use crate::diagnostic::Draft;
use crate::document::{Path, Target};
use crate::messages;
use crate::policy::catalog::{CompetencyNeed, Policy};

/// A `competency-required` rule.
#[derive(Debug)]
pub struct CompetencyRequired;

impl RuleKind for CompetencyRequired {
    type Params = NoParams;
    const SPEC: &'static KindSpec = &KindSpec {
        name: "competency-required",
        key: &[],
        fields: &["tier", "tier_name", "policy"],
        when_fields: &[],
        label_fields: &[],
        labels: &[],
    };

    fn compile(_: NoParams, _: &mut dyn KindCompiler<'_>) -> Option<Self> {
        Some(CompetencyRequired)
    }

    fn check(&self, cx: &Context<'_>, rule: &Wording<'_>, out: &mut Vec<Draft>) {
        for (i, membership) in cx.manifest.memberships.iter().enumerate() {
            let Some(tier) = cx.policy.tiers.get(&membership.offer) else { continue };
            if tier.competency == CompetencyNeed::Required && membership.competency.is_none() {
                let fields = cx.base_fields().with("tier", &tier.id).with("tier_name", &tier.name);
                out.push(cx.draft(rule, &fields, Target::Value(Path::item("memberships", i).key("offer"))));
            }
        }
    }

    fn unreachable(&self, policy: &Policy) -> Option<String> {
        (!policy.tiers.iter().any(|t| t.competency == CompetencyNeed::Required)).then(messages::no_tier_requires)
    }
}
