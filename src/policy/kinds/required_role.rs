//! `required-role`: the account that activates a benefit, or opens the
//! incidents a filter selects, holds one of the roles the rule names.

use super::context::{Context, Wording};
use super::kind::{INCIDENT_FIELDS, KindCompiler, KindSpec, Label, RuleKind};
use crate::diagnostic::{Draft, Finding};
use crate::document::{Path, Target};
use crate::manifest::{Account, Manifest};
use crate::messages;
use crate::policy::catalog::{Filter, Policy};
use crate::policy::model::FilterDef;
use crate::template::Fields;

/// The parameters of a `required-role` rule.
#[derive(Debug, serde::Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Params {
    /// `activations` (the account that activates) or
    /// `incidents` (the account that opens).
    on: String,
    /// Role ids, any of which will do.
    roles: Vec<String>,
    /// Which incidents the rule applies to.
    when: Option<FilterDef>,
}

/// What a `required-role` rule looks at: its `on`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum On {
    /// The account that activated a benefit.
    Activations,
    /// The account that opened an incident.
    Incidents,
}

/// A `required-role` rule.
#[derive(Debug)]
pub struct RequiredRole {
    on: On,
    roles: Vec<String>,
    when: Filter,
}

impl RuleKind for RequiredRole {
    type Params = Params;
    const SPEC: &'static KindSpec = &KindSpec {
        name: "required-role",
        key: &[],
        fields: &["account", "roles", "required", "benefit", "benefit_name", "as_of", "policy"],
        when_fields: INCIDENT_FIELDS,
        label_fields: &[],
        labels: &[Label { name: "account", message: "label-account-holds", shows: &["account", "roles"] }],
    };

    fn compile(params: Params, cx: &mut dyn KindCompiler<'_>) -> Option<Self> {
        let when = cx.filter(params.when.as_ref());
        let roles = &cx.policy().roles;
        cx.references("role", &params.roles, "roles", roles);
        let on = match params.on.as_str() {
            "activations" => On::Activations,
            "incidents" => On::Incidents,
            other => {
                cx.reference("subject", other, "on", &["activations", "incidents"]);
                return None;
            }
        };
        Some(RequiredRole { on, roles: params.roles, when })
    }

    fn check(&self, cx: &Context<'_>, rule: &Wording<'_>, out: &mut Vec<Draft>) {
        let roles = &self.roles;
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
        match self.on {
            On::Activations => {
                for (i, activation) in cx.manifest.activations.iter().enumerate() {
                    let Some((a, account)) = cx.account(&activation.activated_by) else { continue };
                    if holds(account) {
                        continue;
                    }
                    let benefit = cx.policy.benefits.get(&activation.benefit);
                    let name = benefit.map_or(activation.benefit.as_str(), |b| b.name.as_str());
                    let fields = cx.base_fields().with("benefit", &activation.benefit).with("benefit_name", name);
                    let fields = describe(fields, account);
                    let at = Target::Value(Path::item("activations", i).key("activated_by"));
                    let mut draft = cx.draft(rule, &fields, at);
                    cx.label(&mut draft, rule, "account", account_at(a, account), &fields);
                    out.push(draft);
                }
            }
            On::Incidents => {
                for subject in cx.incidents(&self.when) {
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

    fn about_incidents(&self) -> bool {
        self.on == On::Incidents
    }

    fn when(&self) -> Option<&Filter> {
        Some(&self.when)
    }

    /// Ask an account that holds one of the roles, or give one.
    fn fix(&self, _: &Finding, manifest: &Manifest, _: &Policy) -> Option<String> {
        let roles = &self.roles;
        let holder = manifest.accounts.iter().find_map(|a| a.roles.iter().find(|r| roles.contains(r)).map(|r| (a, r)));
        let activate = self.on == On::Activations;
        Some(match holder {
            Some((account, role)) => messages::fix_ask(&account.user, role, activate),
            None => {
                let roles: Vec<&str> = roles.iter().map(String::as_str).collect();
                messages::fix_give_role(&messages::one_of(&roles))
            }
        })
    }

    fn refuses_activations(&self) -> bool {
        self.on == On::Activations
    }
}
