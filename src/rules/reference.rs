//! `reference`: every id the manifest uses is one the policy (or, for
//! accounts and Access IDs, the manifest itself) defines.

use super::{Context, secret};
use crate::diagnostic::Draft;
use crate::document::{Path, Target};
use crate::messages;
use crate::policy::ruleset::Rule;
use crate::suggest::did_you_mean;

/// One id to resolve.
struct Use<'a> {
    what: &'static str,
    value: &'a str,
    at: Path,
    secret: bool,
}

pub(super) fn check(cx: &Context<'_>, rule: &Rule, out: &mut Vec<Draft>) {
    let m = cx.manifest;
    let r = cx.rules;
    let tiers = r.tiers.ids();
    let competencies = r.competencies.ids();
    let programs = r.programs.ids();
    let roles = r.roles.ids();
    let portals = r.portals.ids();
    let products = r.products.ids();
    let all_benefits = r.benefits.ids();
    let activatable: Vec<&str> = r.benefits.iter().filter(|b| b.activation && !b.plan).map(|b| b.id.as_str()).collect();
    let users: Vec<&str> = m.accounts.iter().map(|a| a.user.as_str()).collect();
    let access_ids: Vec<&str> = m.activations.iter().filter_map(|a| a.access_id.as_deref()).collect();

    let mut uses: Vec<(Use<'_>, &[&str])> = Vec::new();
    let mut add = |what, value, at, secret, known| uses.push((Use { what, value, at, secret }, known));
    for (j, program) in m.partner.programs.iter().enumerate() {
        add("program", program.as_str(), Path::of(&["partner", "programs"]).index(j), false, &programs);
    }
    for (i, x) in m.memberships.iter().enumerate() {
        add("offer", &x.offer, Path::item("memberships", i).key("offer"), false, &tiers);
        if let Some(c) = &x.competency {
            add("competency", c, Path::item("memberships", i).key("competency"), false, &competencies);
        }
    }
    for (i, x) in m.accounts.iter().enumerate() {
        for (j, role) in x.roles.iter().enumerate() {
            add("role", role, Path::item("accounts", i).key("roles").index(j), false, &roles);
        }
    }
    for (i, x) in m.activations.iter().enumerate() {
        add("benefit", &x.benefit, Path::item("activations", i).key("benefit"), false, &activatable);
        add("account", &x.activated_by, Path::item("activations", i).key("activated_by"), false, &users);
    }
    for (i, x) in m.contract_links.iter().enumerate() {
        add("Access ID", &x.access_id, Path::item("contract_links", i).key("access_id"), true, &access_ids);
        add("account", &x.account, Path::item("contract_links", i).key("account"), false, &users);
        add("portal", &x.portal, Path::item("contract_links", i).key("portal"), false, &portals);
    }
    for (i, x) in m.incidents.iter().enumerate() {
        add("benefit or plan", &x.benefit, Path::item("incidents", i).key("benefit"), false, &all_benefits);
        add("product", &x.product, Path::item("incidents", i).key("product"), false, &products);
        add("account", &x.opened_by, Path::item("incidents", i).key("opened_by"), false, &users);
    }

    for (u, known) in uses {
        if known.contains(&u.value) {
            continue;
        }
        let shown = if u.secret { secret(u.value) } else { u.value.to_string() };
        let fields =
            cx.base_fields().with("what", u.what).with("value", &shown).with("known", known_list(known, u.secret));
        let mut draft = cx.draft(rule, &fields, Target::Value(u.at));
        // A suggestion would reveal another secret: none for Access IDs.
        let suggestion = if u.secret { None } else { did_you_mean(u.value, known.iter().copied()) };
        if let Some(s) = suggestion {
            draft.help = Some(messages::did_you_mean(s));
        }
        out.push(draft);
    }
}

fn known_list(known: &[&str], secret: bool) -> String {
    if secret {
        return known.iter().map(|k| format!("`{}`", super::secret(k))).collect::<Vec<_>>().join(", ");
    }
    if known.len() > 12 {
        format!("{}, …", known[..12].iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", "))
    } else {
        messages::all_of(known)
    }
}
