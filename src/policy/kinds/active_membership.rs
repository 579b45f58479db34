//! `active-membership`: some membership is active at `as_of` when benefits
//! are activated or used.

use super::context::{Context, Wording};
use super::kind::{KindCompiler, KindSpec, Label, NoParams, RuleKind};
use crate::diagnostic::Draft;
use crate::document::{Path, Target};

/// An `active-membership` rule.
#[derive(Debug)]
pub struct ActiveMembership;

impl RuleKind for ActiveMembership {
    type Params = NoParams;
    const SPEC: &'static KindSpec = &KindSpec {
        name: "active-membership",
        key: &[],
        fields: &["benefit", "benefit_name", "as_of", "policy"],
        when_fields: &[],
        label_fields: &["offer", "start", "end"],
        labels: &[Label { name: "membership", message: "label-membership-runs", shows: &["offer", "start", "end"] }],
    };

    fn compile(_: NoParams, _: &mut dyn KindCompiler<'_>) -> Option<Self> {
        Some(ActiveMembership)
    }

    fn check(&self, cx: &Context<'_>, rule: &Wording<'_>, out: &mut Vec<Draft>) {
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
                    .find(|(_, i)| cx.policy.benefits.get(&i.benefit).is_some_and(|b| !b.plan))
                else {
                    return;
                };
                (incident.benefit.as_str(), Path::item("incidents", i).key("benefit"))
            }
        };
        let name = cx.policy.benefits.get(benefit).map_or(benefit, |b| b.name.as_str());
        let fields = cx.base_fields().with("benefit", benefit).with("benefit_name", name);
        let mut draft = cx.draft(rule, &fields, Target::Value(at));
        for (i, membership) in m.memberships.iter().enumerate() {
            let fields = fields
                .clone()
                .with("offer", &membership.offer)
                .with("start", membership.start)
                .with("end", membership.end);
            cx.label(&mut draft, rule, "membership", Target::Value(Path::item("memberships", i).key("end")), &fields);
        }
        out.push(draft);
    }
}
