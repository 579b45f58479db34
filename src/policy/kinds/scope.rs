//! `scope`: the product of an incident is of a kind (or is a product) its
//! benefit or plan covers.

use super::context::{Context, Wording};
use super::kind::{KindCompiler, KindSpec, Label, RuleKind, WhenOnly};
use crate::diagnostic::Draft;
use crate::messages;
use crate::policy::catalog::{self, Filter};

/// A `scope` rule.
#[derive(Debug)]
pub struct Scope {
    when: Filter,
}

impl RuleKind for Scope {
    type Params = WhenOnly;
    const SPEC: &'static KindSpec = &KindSpec {
        name: "scope",
        key: &[],
        fields: incident_fields!("covers"),
        when_fields: &[],
        label_fields: &[],
        labels: &[Label { name: "benefit", message: "label-benefit-covers", shows: &["benefit", "covers"] }],
    };

    fn compile(params: WhenOnly, cx: &mut dyn KindCompiler<'_>) -> Option<Self> {
        Some(Scope { when: cx.filter(params.when.as_ref()) })
    }

    fn check(&self, cx: &Context<'_>, rule: &Wording<'_>, out: &mut Vec<Draft>) {
        for subject in cx.incidents(&self.when) {
            let Some(product) = subject.product else { continue };
            let scope = &subject.benefit.scope;
            if scope.covers(product) {
                continue;
            }
            let fields = cx.incident_fields(&subject).with("covers", covers(scope));
            let mut draft = cx.draft(rule, &fields, subject.at("product"));
            cx.label(&mut draft, rule, "benefit", subject.at("benefit"), &fields);
            out.push(draft);
        }
    }

    fn when(&self) -> Option<&Filter> {
        Some(&self.when)
    }
}

/// What a scope covers, in words.
fn covers(scope: &catalog::Scope) -> String {
    let kinds: Vec<&str> = scope.kinds.iter().map(String::as_str).collect();
    let products: Vec<&str> = scope.products.iter().map(String::as_str).collect();
    messages::covers(&kinds, &products)
}
