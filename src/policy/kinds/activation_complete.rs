//! `activation-complete`: an incident uses an activation whose Access ID and
//! Contract ID are both known.

use super::activation_required::activated_unreachable;
use super::context::{Context, Wording, is_complete};
use super::kind::{KindCompiler, KindSpec, Label, RuleKind, WhenOnly};
use crate::diagnostic::Draft;
use crate::document::{Path, Target};
use crate::messages;
use crate::policy::catalog::{Filter, Policy};

/// An `activation-complete` rule.
#[derive(Debug)]
pub struct ActivationComplete {
    when: Filter,
}

impl RuleKind for ActivationComplete {
    type Params = WhenOnly;
    const SPEC: &'static KindSpec = &KindSpec {
        name: "activation-complete",
        key: &[],
        fields: incident_fields!("missing"),
        when_fields: &[],
        label_fields: &[],
        labels: &[Label { name: "activation", message: "label-activated-without", shows: &["missing"] }],
    };

    fn compile(params: WhenOnly, cx: &mut dyn KindCompiler<'_>) -> Option<Self> {
        Some(ActivationComplete { when: cx.filter(params.when.as_ref()) })
    }

    fn check(&self, cx: &Context<'_>, rule: &Wording<'_>, out: &mut Vec<Draft>) {
        for (subject, activation) in cx.activated(&self.when) {
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

    fn when(&self) -> Option<&Filter> {
        Some(&self.when)
    }

    fn unreachable(&self, policy: &Policy) -> Option<String> {
        activated_unreachable(&self.when, policy)
    }
}
