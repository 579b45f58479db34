//! `link-after-expiry`: a contract is linked on or before the day it
//! expires.

use super::context::{Context, Wording};
use super::kind::{KindCompiler, KindSpec, Label, NoParams, RuleKind};
use crate::diagnostic::Draft;
use crate::document::{Path, Target};

/// A `link-after-expiry` rule.
#[derive(Debug)]
pub struct LinkAfterExpiry;

impl RuleKind for LinkAfterExpiry {
    type Params = NoParams;
    const SPEC: &'static KindSpec = &KindSpec {
        name: "link-after-expiry",
        key: &[],
        fields: &["access_id", "account", "portal", "linked_on", "benefit", "benefit_name", "expires", "policy"],
        when_fields: &[],
        label_fields: &[],
        labels: &[Label { name: "expiry", message: "label-expires", shows: &["expires"] }],
    };

    fn compile(_: NoParams, _: &mut dyn KindCompiler<'_>) -> Option<Self> {
        Some(LinkAfterExpiry)
    }

    fn check(&self, cx: &Context<'_>, rule: &Wording<'_>, out: &mut Vec<Draft>) {
        for (l, link, a, activation) in cx.linked_contracts() {
            let Some((expires, at)) = cx.expiry(a, activation) else { continue };
            if link.linked_on > expires {
                let fields = cx.link_fields(link, activation).with("expires", expires);
                let linked = Target::Value(Path::item("contract_links", l).key("linked_on"));
                let mut draft = cx.draft(rule, &fields, linked);
                cx.label(&mut draft, rule, "expiry", at.target(), &fields);
                out.push(draft);
            }
        }
    }
}
