//! `required-program`: the partner is associated with a program — to use
//! benefits at all (F2), or for the incidents a filter selects (F14).

use super::Context;
use crate::diagnostic::Draft;
use crate::document::{Path, Target};
use crate::messages;
use crate::policy::ruleset::{Filter, Rule};

pub(super) fn check(cx: &Context<'_>, rule: &Rule, program: &str, when: &Filter, out: &mut Vec<Draft>) {
    let programs = &cx.manifest.partner.programs;
    if programs.iter().any(|p| p == program) {
        return;
    }
    let held: Vec<&str> = programs.iter().map(String::as_str).collect();
    let base = cx
        .base_fields()
        .with("program", program)
        .with("program_name", cx.rules.programs.get(program).map_or(program, |p| p.name.as_str()))
        .with("programs", messages::all_of(&held));
    let at_programs = Target::Value(Path::of(&["partner", "programs"]));
    let filtered = when.benefits.is_some()
        || when.product_kinds.is_some()
        || when.customer.is_some()
        || !when.except_products.is_empty();
    if !filtered {
        out.push(cx.draft(rule, &base, at_programs));
        return;
    }
    for subject in cx.incidents(when) {
        let mut fields = cx.incident_fields(&subject);
        for name in ["program", "program_name", "programs"] {
            fields.set(name, base.get(name).unwrap_or_default());
        }
        let mut draft = cx.draft(rule, &fields, subject.at("benefit"));
        cx.label(&mut draft, rule, "programs", at_programs.clone(), &fields);
        out.push(draft);
    }
}
