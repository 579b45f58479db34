//! `required-role`: the account that activates a benefit (F5), or opens the
//! incidents a filter selects (F15), holds one of the roles the policy names.

use super::Context;
use crate::diagnostic::Draft;
use crate::document::{Path, Target};
use crate::manifest::Account;
use crate::messages;
use crate::policy::ruleset::{Filter, RoleSubject, Rule};
use crate::template::Fields;

pub(super) fn check(
    cx: &Context<'_>,
    rule: &Rule,
    on: RoleSubject,
    roles: &[String],
    when: &Filter,
    out: &mut Vec<Draft>,
) {
    let required: Vec<&str> = roles.iter().map(String::as_str).collect();
    let holds = |account: &Account| account.roles.iter().any(|r| roles.contains(r));
    let describe = |fields: Fields, account: &Account| {
        let held: Vec<&str> = account.roles.iter().map(String::as_str).collect();
        fields
            .with("account", &account.user)
            .with("roles", messages::roles_held(&held))
            .with("required", messages::one_of(&required))
    };
    let account_at = |i: usize, account: &Account| {
        let path = Path::item("accounts", i);
        Target::Value(if account.roles.is_empty() { path.key("user") } else { path.key("roles") })
    };
    match on {
        RoleSubject::Activations => {
            for (i, activation) in cx.manifest.activations.iter().enumerate() {
                let Some((a, account)) = cx.account(&activation.activated_by) else { continue };
                if holds(account) {
                    continue;
                }
                let name =
                    cx.rules.benefits.get(&activation.benefit).map_or(activation.benefit.as_str(), |b| b.name.as_str());
                let fields =
                    describe(cx.base_fields().with("benefit", &activation.benefit).with("benefit_name", name), account);
                let mut draft =
                    cx.draft(rule, &fields, Target::Value(Path::item("activations", i).key("activated_by")));
                cx.label(&mut draft, rule, "account", account_at(a, account), &fields);
                out.push(draft);
            }
        }
        RoleSubject::Incidents => {
            for subject in cx.incidents(when) {
                let Some((a, account)) = cx.account(&subject.incident.opened_by) else { continue };
                if holds(account) {
                    continue;
                }
                let fields = describe(cx.incident_fields(&subject), account);
                let mut draft = cx.draft(rule, &fields, subject.at("opened_by"));
                cx.label(&mut draft, rule, "account", account_at(a, account), &fields);
                out.push(draft);
            }
        }
    }
}
