//! `reference`: every id the manifest uses is one the policy (or, for
//! accounts and Access IDs, the manifest itself) defines.

use rustc_hash::FxHashSet as HashSet;

use super::context::{Context, Wording, secret};
use super::kind::{KindCompiler, KindSpec, NoParams, RuleKind};
use crate::diagnostic::Draft;
use crate::document::{Path, Target};
use crate::messages;
use crate::suggest::Budget;

/// A `reference` rule.
#[derive(Debug)]
pub struct Reference;

impl RuleKind for Reference {
    type Params = NoParams;
    const SPEC: &'static KindSpec = &KindSpec {
        name: "reference",
        key: &[],
        fields: &["what", "what_id", "value", "known", "as_of", "policy"],
        when_fields: &[],
        label_fields: &[],
        labels: &[],
    };

    fn compile(_: NoParams, _: &mut dyn KindCompiler<'_>) -> Option<Self> {
        Some(Reference)
    }

    fn check(&self, cx: &Context<'_>, rule: &Wording<'_>, out: &mut Vec<Draft>) {
        check(cx, rule, out)
    }
}

/// Where the ids of one kind are defined.
#[derive(Clone, Copy)]
enum Domain {
    Tiers,
    Competencies,
    Programs,
    Roles,
    Portals,
    Products,
    Benefits,
    Activatable,
    Accounts,
    AccessIds,
}

impl Domain {
    /// How many domains there are.
    const COUNT: usize = 10;

    /// A stable key of the kind of id, whatever the language: its noun is
    /// the catalogue's `noun-<id>`, and a translated template chooses the
    /// noun's gender by it (`{ $what_id -> [offer] oferta desconocida … }`).
    fn id(self) -> &'static str {
        match self {
            Domain::Tiers => "offer",
            Domain::Competencies => "competency",
            Domain::Programs => "program",
            Domain::Roles => "role",
            Domain::Portals => "portal",
            Domain::Products => "product",
            Domain::Benefits => "benefit-or-plan",
            Domain::Activatable => "benefit",
            Domain::Accounts => "account",
            Domain::AccessIds => "access-id",
        }
    }

    fn contains(self, cx: &Context<'_>, access_ids: &HashSet<&str>, id: &str) -> bool {
        let r = cx.policy;
        match self {
            Domain::Tiers => r.tiers.contains(id),
            Domain::Competencies => r.competencies.contains(id),
            Domain::Programs => r.programs.contains(id),
            Domain::Roles => r.roles.contains(id),
            Domain::Portals => r.portals.contains(id),
            Domain::Products => r.products.contains(id),
            Domain::Benefits => r.benefits.contains(id),
            Domain::Activatable => r.benefits.get(id).is_some_and(|b| b.activation && !b.plan),
            Domain::Accounts => cx.accounts.contains_key(id),
            Domain::AccessIds => access_ids.contains(id),
        }
    }

    /// Every id of the domain, for suggestions and help; only on a miss.
    fn known<'a>(self, cx: &Context<'a>) -> Vec<&'a str> {
        let r = cx.policy;
        match self {
            Domain::Tiers => r.tiers.ids(),
            Domain::Competencies => r.competencies.ids(),
            Domain::Programs => r.programs.ids(),
            Domain::Roles => r.roles.ids(),
            Domain::Portals => r.portals.ids(),
            Domain::Products => r.products.ids(),
            Domain::Benefits => r.benefits.ids(),
            Domain::Activatable => {
                r.benefits.iter().filter(|b| b.activation && !b.plan).map(|b| b.id.as_str()).collect()
            }
            Domain::Accounts => cx.manifest.accounts.iter().map(|a| a.user.as_str()).collect(),
            Domain::AccessIds => cx.manifest.activations.iter().filter_map(|a| a.access_id.as_deref()).collect(),
        }
    }
}

fn check(cx: &Context<'_>, rule: &Wording<'_>, out: &mut Vec<Draft>) {
    let m = cx.manifest;
    let access_ids: HashSet<&str> = m.activations.iter().filter_map(|a| a.access_id.as_deref()).collect();
    // Each domain's ids and their list for messages, made on its first miss
    // only: remade per miss, they were quadratic in the manifest's accounts.
    let mut known_ids: [Option<(Vec<&str>, String)>; Domain::COUNT] = Default::default();
    let mut budget = Budget::default();
    // The place is made only for a miss: most ids are known.
    let mut miss = |domain: Domain, value: &str, at: &dyn Fn() -> Path| {
        if domain.contains(cx, &access_ids, value) {
            return;
        }
        let secret_id = matches!(domain, Domain::AccessIds);
        let (known, listed) = known_ids[domain as usize].get_or_insert_with(|| {
            let known = domain.known(cx);
            let listed = known_list(&known, secret_id);
            (known, listed)
        });
        let shown = if secret_id { secret(value) } else { value.to_string() };
        let fields = cx
            .base_fields()
            .with("what", messages::noun(domain.id()))
            .with("what_id", domain.id())
            .with("value", &shown)
            .with("known", listed.as_str());
        let mut draft = cx.draft(rule, &fields, Target::Value(at()));
        // A suggestion would reveal another secret: none for Access IDs.
        let suggestion = if secret_id { None } else { budget.did_you_mean(value, known) };
        if let Some(s) = suggestion {
            draft.help = Some(messages::did_you_mean(s));
            draft.suggestion = Some(s.to_string());
        }
        out.push(draft);
    };
    for (j, program) in m.partner.programs.iter().enumerate() {
        miss(Domain::Programs, program, &|| Path::of(&["partner", "programs"]).index(j));
    }
    for (i, x) in m.memberships.iter().enumerate() {
        miss(Domain::Tiers, &x.offer, &|| Path::item("memberships", i).key("offer"));
        if let Some(c) = &x.competency {
            miss(Domain::Competencies, c, &|| Path::item("memberships", i).key("competency"));
        }
    }
    for (i, x) in m.accounts.iter().enumerate() {
        for (j, role) in x.roles.iter().enumerate() {
            miss(Domain::Roles, role, &|| Path::item("accounts", i).key("roles").index(j));
        }
    }
    for (i, x) in m.activations.iter().enumerate() {
        miss(Domain::Activatable, &x.benefit, &|| Path::item("activations", i).key("benefit"));
        miss(Domain::Accounts, &x.activated_by, &|| Path::item("activations", i).key("activated_by"));
    }
    for (i, x) in m.contract_links.iter().enumerate() {
        miss(Domain::AccessIds, &x.access_id, &|| Path::item("contract_links", i).key("access_id"));
        miss(Domain::Accounts, &x.account, &|| Path::item("contract_links", i).key("account"));
        miss(Domain::Portals, &x.portal, &|| Path::item("contract_links", i).key("portal"));
    }
    for (i, x) in m.incidents.iter().enumerate() {
        miss(Domain::Benefits, &x.benefit, &|| Path::item("incidents", i).key("benefit"));
        miss(Domain::Products, &x.product, &|| Path::item("incidents", i).key("product"));
        miss(Domain::Accounts, &x.opened_by, &|| Path::item("incidents", i).key("opened_by"));
    }
}

fn known_list(known: &[&str], secret_ids: bool) -> String {
    if secret_ids {
        let shown: Vec<String> = known.iter().take(12).map(|k| format!("`{}`", secret(k))).collect();
        let more = if known.len() > 12 { ", …" } else { "" };
        return format!("{}{more}", shown.join(", "));
    }
    if known.len() > 12 {
        format!("{}, …", known[..12].iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", "))
    } else {
        messages::all_of(known)
    }
}
