//! `validity-window`: an incident opens on or before the day its benefit
//! expires.

use super::context::{Context, Wording};
use super::kind::{KindCompiler, KindSpec, Label, RuleKind, WhenOnly, only_plans};
use crate::diagnostic::Draft;
use crate::policy::catalog::{Filter, Policy};

/// A `validity-window` rule.
#[derive(Debug)]
pub struct ValidityWindow {
    when: Filter,
}

impl RuleKind for ValidityWindow {
    type Params = WhenOnly;
    const SPEC: &'static KindSpec = &KindSpec {
        name: "validity-window",
        key: &[],
        fields: incident_fields!("expires"),
        when_fields: &[],
        label_fields: &[],
        labels: &[Label { name: "expiry", message: "label-expires", shows: &["expires"] }],
    };

    fn compile(params: WhenOnly, cx: &mut dyn KindCompiler<'_>) -> Option<Self> {
        Some(ValidityWindow { when: cx.filter(params.when.as_ref()) })
    }

    fn check(&self, cx: &Context<'_>, rule: &Wording<'_>, out: &mut Vec<Draft>) {
        for subject in cx.incidents(&self.when) {
            if subject.benefit.plan {
                continue;
            }
            let Some((a, activation)) = subject.activation else { continue };
            let Some((expires, at)) = cx.expiry(a, activation) else { continue };
            if subject.incident.opened_on > expires {
                let fields = cx.incident_fields(&subject).with("expires", expires);
                let mut draft = cx.draft(rule, &fields, subject.at("opened_on"));
                cx.label(&mut draft, rule, "expiry", at.target(), &fields);
                out.push(draft);
            }
        }
    }

    fn when(&self) -> Option<&Filter> {
        Some(&self.when)
    }

    fn unreachable(&self, policy: &Policy) -> Option<String> {
        only_plans(&self.when, policy)
    }
}
