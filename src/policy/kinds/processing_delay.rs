//! `processing-delay`: an incident opens at least `days` days after its
//! activation was requested.

use super::activation_required::no_activated_benefit;
use super::context::{Context, Wording, is_complete, requested_at};
use super::kind::{KindCompiler, KindSpec, Label, RuleKind, only_plans};
use crate::date::Date;
use crate::diagnostic::Draft;
use crate::messages;
use crate::policy::catalog::{Filter, Policy};
use crate::policy::model::FilterDef;

/// The parameters of a `processing-delay` rule.
#[derive(Debug, serde::Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Params {
    /// The days an activation takes to process.
    days: u32,
    /// Which incidents the rule applies to.
    when: Option<FilterDef>,
}

/// A `processing-delay` rule.
#[derive(Debug)]
pub struct ProcessingDelay {
    days: u32,
    when: Filter,
}

impl RuleKind for ProcessingDelay {
    type Params = Params;
    const SPEC: &'static KindSpec = &KindSpec {
        name: "processing-delay",
        key: &[],
        fields: incident_fields!("days", "requested_on", "ready_on"),
        when_fields: &[],
        label_fields: &[],
        labels: &[Label { name: "requested", message: "label-activation-requested", shows: &["requested_on"] }],
    };

    fn compile(params: Params, cx: &mut dyn KindCompiler<'_>) -> Option<Self> {
        Some(ProcessingDelay { days: params.days, when: cx.filter(params.when.as_ref()) })
    }

    fn check(&self, cx: &Context<'_>, rule: &Wording<'_>, out: &mut Vec<Draft>) {
        let days = self.days;
        for (subject, activation) in cx.activated(&self.when) {
            let Some((a, activation)) = activation else { continue };
            // Days waited, not `opened_on < requested_on + days`: that sum would
            // stop at 9999-12-31 and hide an incident opened on that very day.
            let waited = subject.incident.opened_on.days_since(activation.requested_on);
            if waited < 0 || waited >= i64::from(days) || !is_complete(activation) {
                continue;
            }
            let ready_on = activation
                .requested_on
                .checked_plus_days(days)
                .map_or_else(|| messages::after_the_calendar(Date::LAST), |d| d.to_string());
            let fields = cx
                .incident_fields(&subject)
                .with("days", days)
                .with("requested_on", activation.requested_on)
                .with("ready_on", ready_on);
            let mut draft = cx.draft(rule, &fields, subject.at("opened_on"));
            cx.label(&mut draft, rule, "requested", requested_at(a), &fields);
            out.push(draft);
        }
    }

    fn when(&self) -> Option<&Filter> {
        Some(&self.when)
    }

    fn unreachable(&self, policy: &Policy) -> Option<String> {
        only_plans(&self.when, policy)
            .or_else(|| (self.days == 0).then(messages::zero_days))
            .or_else(|| no_activated_benefit(policy))
    }
}
