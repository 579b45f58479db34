//! `scope`: the product of an incident is of a kind (or is a product) its
//! benefit or plan covers.

use super::{Context, KindCompiler, KindSpec, Label, RuleKind};
use crate::diagnostic::Draft;
use crate::messages;
use crate::policy::model::FilterDef;
use crate::policy::ruleset::{self, Filter, Rule};

/// The parameters of a `scope` rule.
#[derive(Debug, serde::Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Params {
    /// Which incidents the rule applies to.
    when: Option<FilterDef>,
}

/// A `scope` rule.
#[derive(Debug)]
pub struct Scope {
    when: Filter,
}

impl RuleKind for Scope {
    type Params = Params;
    const SPEC: &'static KindSpec = &KindSpec {
        name: "scope",
        fields: incident_fields!("covers"),
        when_fields: &[],
        label_fields: &[],
        labels: &[Label { name: "benefit", message: "label-benefit-covers", shows: &["benefit", "covers"] }],
    };

    fn compile(params: Params, cx: &mut KindCompiler<'_, '_, '_>) -> Option<Self> {
        Some(Scope { when: cx.filter(params.when.as_ref()) })
    }

    fn check(&self, cx: &Context<'_>, rule: &Rule, out: &mut Vec<Draft>) {
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
fn covers(scope: &ruleset::Scope) -> String {
    let kinds: Vec<&str> = scope.kinds.iter().map(String::as_str).collect();
    let products: Vec<&str> = scope.products.iter().map(String::as_str).collect();
    messages::covers(&kinds, &products)
}
