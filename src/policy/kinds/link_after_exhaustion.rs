//! `link-after-exhaustion`: a contract is linked while incidents remain
//! under it.

use rustc_hash::FxHashMap as HashMap;

use super::context::{Context, Wording};
use super::kind::{KindCompiler, KindSpec, Label, NoParams, RuleKind};
use crate::diagnostic::Draft;
use crate::document::{Path, Target};
use crate::policy::catalog::Allowance;

/// A `link-after-exhaustion` rule.
#[derive(Debug)]
pub struct LinkAfterExhaustion;

impl RuleKind for LinkAfterExhaustion {
    type Params = NoParams;
    const SPEC: &'static KindSpec = &KindSpec {
        name: "link-after-exhaustion",
        key: &[],
        fields: &[
            "access_id",
            "account",
            "portal",
            "linked_on",
            "benefit",
            "benefit_name",
            "quota",
            "last_incident",
            "policy",
        ],
        when_fields: &[],
        label_fields: &[],
        labels: &[Label { name: "last", message: "label-last-incident", shows: &["last_incident", "quota"] }],
    };

    fn compile(_: NoParams, _: &mut dyn KindCompiler<'_>) -> Option<Self> {
        Some(LinkAfterExhaustion)
    }

    fn check(&self, cx: &Context<'_>, rule: &Wording<'_>, out: &mut Vec<Draft>) {
        // The counted incidents of each benefit, once, not once per link.
        let mut counted: HashMap<&str, Vec<usize>> = HashMap::default();
        for (l, link, a, activation) in cx.linked_contracts() {
            // A link after expiry is that rule's to report, when the policy has it.
            let expired = cx.expiry(a, activation).is_some_and(|(e, _)| link.linked_on > e);
            if expired && cx.has("link-after-expiry") {
                continue;
            }
            let Some(grant) = cx.entitlement(&activation.benefit).and_then(|e| e.grant) else { continue };
            let Allowance::Limited(quota) = grant.allowance else { continue };
            let used = counted.entry(activation.benefit.as_str()).or_insert_with(|| cx.counted(&activation.benefit));
            // Counted incidents are in order of opened_on: those before the
            // link are a prefix.
            let before = used.partition_point(|&i| cx.manifest.incidents[i].opened_on < link.linked_on);
            let quota_count = quota as usize;
            if quota_count == 0 || before < quota_count {
                continue;
            }
            let last = used[quota_count - 1];
            let fields = cx
                .link_fields(link, activation)
                .with("quota", quota)
                .with("last_incident", &cx.manifest.incidents[last].id);
            let linked = Target::Value(Path::item("contract_links", l).key("linked_on"));
            let mut draft = cx.draft(rule, &fields, linked);
            let at = Target::Value(Path::item("incidents", last).key("opened_on"));
            cx.label(&mut draft, rule, "last", at, &fields);
            out.push(draft);
        }
    }
}
