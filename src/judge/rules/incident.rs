//! Product checks of incidents: the product fits the benefit's or plan's
//! scope (F10, F14, F19), and is recent where the scope asks for it (F10).

use super::Context;
use crate::diagnostic::Draft;
use crate::messages;
use crate::policy::ruleset::{Filter, Rule, Scope};

pub(super) fn scope(cx: &Context<'_>, rule: &Rule, when: &Filter, out: &mut Vec<Draft>) {
    for subject in cx.incidents(when) {
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

pub(super) fn recent(cx: &Context<'_>, rule: &Rule, when: &Filter, out: &mut Vec<Draft>) {
    for subject in cx.incidents(when) {
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

/// What a scope covers, in words.
fn covers(scope: &Scope) -> String {
    let kinds: Vec<&str> = scope.kinds.iter().map(String::as_str).collect();
    let products: Vec<&str> = scope.products.iter().map(String::as_str).collect();
    messages::covers(&kinds, &products)
}
