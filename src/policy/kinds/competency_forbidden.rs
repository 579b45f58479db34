//! `competency-forbidden`: memberships of tiers whose `competency =
//! "forbidden"` name no competency.

use super::context::{Context, Wording};
use super::kind::{KindCompiler, KindSpec, NoParams, RuleKind};
use crate::diagnostic::Draft;
use crate::document::{Path, Target};
use crate::messages;
use crate::policy::catalog::{CompetencyNeed, Policy};

/// A `competency-forbidden` rule.
#[derive(Debug)]
pub struct CompetencyForbidden;

impl RuleKind for CompetencyForbidden {
    type Params = NoParams;
    const SPEC: &'static KindSpec = &KindSpec {
        name: "competency-forbidden",
        key: &[],
        fields: &["tier", "tier_name", "competency", "policy"],
        when_fields: &[],
        label_fields: &[],
        labels: &[],
    };

    fn compile(_: NoParams, _: &mut dyn KindCompiler<'_>) -> Option<Self> {
        Some(CompetencyForbidden)
    }

    fn check(&self, cx: &Context<'_>, rule: &Wording<'_>, out: &mut Vec<Draft>) {
        for (i, membership) in cx.manifest.memberships.iter().enumerate() {
            let Some(tier) = cx.policy.tiers.get(&membership.offer) else { continue };
            if let (CompetencyNeed::Forbidden, Some(competency)) = (tier.competency, &membership.competency) {
                let fields = cx
                    .base_fields()
                    .with("tier", &tier.id)
                    .with("tier_name", &tier.name)
                    .with("competency", competency);
                out.push(cx.draft(rule, &fields, Target::Value(Path::item("memberships", i).key("competency"))));
            }
        }
    }

    fn unreachable(&self, policy: &Policy) -> Option<String> {
        (!policy.tiers.iter().any(|t| t.competency == CompetencyNeed::Forbidden)).then(messages::no_tier_forbids)
    }
}
