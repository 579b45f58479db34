//! `recent-product`: under a benefit limited to recent products, the product
//! of an incident is recent on the day it opens.

use super::context::{Context, Wording};
use super::kind::{KindCompiler, KindSpec, RuleKind, WhenOnly};
use crate::diagnostic::Draft;
use crate::messages;
use crate::policy::catalog::{Filter, Policy};

/// A `recent-product` rule.
#[derive(Debug)]
pub struct RecentProduct {
    when: Filter,
}

impl RuleKind for RecentProduct {
    type Params = WhenOnly;
    const SPEC: &'static KindSpec = &KindSpec {
        name: "recent-product",
        key: &[],
        fields: incident_fields!("mainstream_end"),
        when_fields: &[],
        label_fields: &[],
        labels: &[],
    };

    fn compile(params: WhenOnly, cx: &mut dyn KindCompiler<'_>) -> Option<Self> {
        Some(RecentProduct { when: cx.filter(params.when.as_ref()) })
    }

    fn check(&self, cx: &Context<'_>, rule: &Wording<'_>, out: &mut Vec<Draft>) {
        for subject in cx.incidents(&self.when) {
            let Some(product) = subject.product else { continue };
            let scope = &subject.benefit.scope;
            if !scope.recent_only || !scope.covers(product) || product.is_recent_on(subject.incident.opened_on) {
                continue;
            }
            let end = product.mainstream_end.map(|d| d.to_string()).unwrap_or_default();
            let fields = cx.incident_fields(&subject).with("mainstream_end", end);
            out.push(cx.draft(rule, &fields, subject.at("product")));
        }
    }

    fn when(&self) -> Option<&Filter> {
        Some(&self.when)
    }

    fn unreachable(&self, policy: &Policy) -> Option<String> {
        (!policy.benefits.iter().any(|b| b.scope.recent_only)).then(messages::no_recent_only_scope)
    }
}
