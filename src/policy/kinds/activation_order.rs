//! `activation-order`: an incident opens on or after the day its activation
//! was requested.

use super::activation_required::activated_unreachable;
use super::context::{Context, Wording, requested_at};
use super::kind::{KindCompiler, KindSpec, Label, RuleKind, WhenOnly};
use crate::diagnostic::Draft;
use crate::policy::catalog::{Filter, Policy};

/// An `activation-order` rule.
#[derive(Debug)]
pub struct ActivationOrder {
    when: Filter,
}

impl RuleKind for ActivationOrder {
    type Params = WhenOnly;
    const SPEC: &'static KindSpec = &KindSpec {
        name: "activation-order",
        key: &[],
        fields: incident_fields!("requested_on"),
        when_fields: &[],
        label_fields: &[],
        labels: &[Label { name: "requested", message: "label-activation-requested", shows: &["requested_on"] }],
    };

    fn compile(params: WhenOnly, cx: &mut dyn KindCompiler<'_>) -> Option<Self> {
        Some(ActivationOrder { when: cx.filter(params.when.as_ref()) })
    }

    fn check(&self, cx: &Context<'_>, rule: &Wording<'_>, out: &mut Vec<Draft>) {
        for (subject, activation) in cx.activated(&self.when) {
            let Some((a, activation)) = activation else { continue };
            if subject.incident.opened_on < activation.requested_on {
                let fields = cx.incident_fields(&subject).with("requested_on", activation.requested_on);
                let mut draft = cx.draft(rule, &fields, subject.at("opened_on"));
                cx.label(&mut draft, rule, "requested", requested_at(a), &fields);
                out.push(draft);
            }
        }
    }

    fn when(&self) -> Option<&Filter> {
        Some(&self.when)
    }

    fn unreachable(&self, policy: &Policy) -> Option<String> {
        activated_unreachable(&self.when, policy)
    }
}
