//! `activation-required`: an incident uses a benefit that was activated.

use super::context::{Context, Wording};
use super::kind::{INCIDENT_FIELDS, KindCompiler, KindSpec, RuleKind, WhenOnly, only_plans};
use crate::diagnostic::Draft;
use crate::messages;
use crate::policy::catalog::{Filter, Policy};

/// An `activation-required` rule.
#[derive(Debug)]
pub struct ActivationRequired {
    when: Filter,
}

impl RuleKind for ActivationRequired {
    type Params = WhenOnly;
    const SPEC: &'static KindSpec = &KindSpec {
        name: "activation-required",
        key: &[],
        fields: INCIDENT_FIELDS,
        when_fields: &[],
        label_fields: &[],
        labels: &[],
    };

    fn compile(params: WhenOnly, cx: &mut dyn KindCompiler<'_>) -> Option<Self> {
        Some(ActivationRequired { when: cx.filter(params.when.as_ref()) })
    }

    fn check(&self, cx: &Context<'_>, rule: &Wording<'_>, out: &mut Vec<Draft>) {
        // An activation of an unknown benefit may be this one misspelt: `reference` says so.
        if cx.activation_of_unknown_benefit {
            return;
        }
        for (subject, activation) in cx.activated(&self.when) {
            if activation.is_none() {
                out.push(cx.draft(rule, &cx.incident_fields(&subject), subject.at("benefit")));
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

/// Why a rule about the activations of the benefits its filter selects
/// never fires: its filter selects plans only, or no benefit is activated.
pub(super) fn activated_unreachable(when: &Filter, policy: &Policy) -> Option<String> {
    only_plans(when, policy).or_else(|| no_activated_benefit(policy))
}

/// Why a rule about activated benefits never fires: no benefit is activated.
pub(super) fn no_activated_benefit(policy: &Policy) -> Option<String> {
    (!policy.benefits.iter().any(|b| b.activation && !b.plan)).then(messages::no_activated_benefit)
}
