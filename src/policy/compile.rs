//! The policy compiler: a policy file is deserialized first and validated
//! second, every fault collected with its span in the policy file, before an
//! immutable [`RuleSet`] is built.

use std::collections::{HashMap, HashSet};

use serde::Deserialize;

use super::kinds::{self, KindSpec};
use super::model::{FilterDef, PolicyFile, RuleDef};
use super::ruleset::*;
use crate::codes::Code;
use crate::date::Date;
use crate::diagnostic::{Draft, Finding, Span};
use crate::document::{Document, Path, Target};
use crate::messages;
use crate::suggest::did_you_mean;
use crate::template::Template;
use crate::{input, structure};

/// Compiles one policy file; on failure, every fault found.
pub fn compile(origin: &str, text: &str) -> Result<RuleSet, Vec<Finding>> {
    let document = input::parse(text).map_err(|drafts| resolve(drafts, None))?;
    let (json, drafts) = structure::for_policies().check(&document);
    if !drafts.is_empty() {
        return Err(resolve(drafts, Some(&document)));
    }
    let file = PolicyFile::deserialize(&json).map_err(|e| {
        let draft =
            Draft::new(Code::Schema, messages::cannot_read_as("policy", &e.to_string()), Target::Value(Path::root()));
        resolve(vec![draft], Some(&document))
    })?;
    let mut compiler = Compiler { document: &document, drafts: Vec::new() };
    let rule_set = compiler.compile(origin, file);
    if compiler.drafts.is_empty() { Ok(rule_set) } else { Err(resolve(compiler.drafts, Some(&document))) }
}

fn resolve(drafts: Vec<Draft>, document: Option<&Document<'_>>) -> Vec<Finding> {
    let mut findings: Vec<Finding> = drafts.into_iter().map(|d| d.resolve(document)).collect();
    findings.sort_by_key(|f| (f.span.offset, f.code));
    findings
}

struct Compiler<'d, 's> {
    document: &'d Document<'s>,
    drafts: Vec<Draft>,
}

impl Compiler<'_, '_> {
    fn compile(&mut self, origin: &str, file: PolicyFile) -> RuleSet {
        if Date::parse(&file.policy.version).is_none() {
            self.drafts.push(
                Draft::new(
                    Code::PolicyRule,
                    messages::policy_version_form(&file.policy.version),
                    value(&["policy", "version"]),
                )
                .help(messages::POLICY_VERSION_FORM_HELP),
            );
        }
        let named = |items: &[super::model::Definition]| -> Vec<Named> {
            items.iter().map(|d| Named { id: d.id.clone(), name: d.name.clone() }).collect()
        };
        self.unique("program", "programs", file.programs.iter().map(|d| d.id.as_str()));
        self.unique("role", "roles", file.roles.iter().map(|d| d.id.as_str()));
        self.unique("portal", "portals", file.portals.iter().map(|d| d.id.as_str()));
        self.unique("product kind", "product_kinds", file.product_kinds.iter().map(|d| d.id.as_str()));
        self.unique("competency class", "competency_classes", file.competency_classes.iter().map(|d| d.id.as_str()));
        self.unique("tier", "tiers", file.tiers.iter().map(|d| d.id.as_str()));
        self.unique("competency", "competencies", file.competencies.iter().map(|d| d.id.as_str()));
        self.unique("product", "products", file.products.iter().map(|d| d.id.as_str()));
        self.unique_offers(&file);

        let classes: Vec<&str> = file.competency_classes.iter().map(|d| d.id.as_str()).collect();
        let product_kinds: Vec<&str> = file.product_kinds.iter().map(|d| d.id.as_str()).collect();
        let product_ids: Vec<&str> = file.products.iter().map(|d| d.id.as_str()).collect();
        let tiers: Vec<&str> = file.tiers.iter().map(|d| d.id.as_str()).collect();

        for (i, c) in file.competencies.iter().enumerate() {
            self.reference("competency class", &c.class, Path::item("competencies", i).key("class"), &classes);
        }
        for (i, p) in file.products.iter().enumerate() {
            self.reference("product kind", &p.kind, Path::item("products", i).key("kind"), &product_kinds);
        }
        let mut benefits = Vec::new();
        for (i, b) in file.benefits.iter().enumerate() {
            let at = Path::item("benefits", i);
            let scope = self.scope(&b.scope, at.clone().key("scope"), &product_kinds, &product_ids);
            let mut seen = HashSet::new();
            let mut grants = Vec::new();
            for (g, grant) in b.grants.iter().enumerate() {
                let gat = at.clone().key("grants").index(g);
                self.reference("tier", &grant.tier, gat.clone().key("tier"), &tiers);
                if let Some(class) = &grant.class {
                    self.reference("competency class", class, gat.clone().key("class"), &classes);
                }
                if !seen.insert((grant.tier.clone(), grant.class.clone())) {
                    self.drafts.push(
                        Draft::new(
                            Code::PolicyDuplicate,
                            messages::duplicate_grant(&b.id, &grant.tier),
                            Target::Value(gat.clone()),
                        )
                        .help(messages::DUPLICATE_ID_HELP),
                    );
                }
                grants.push(Grant {
                    tier: grant.tier.clone(),
                    class: grant.class.clone(),
                    incidents: grant.incidents,
                    name: grant.name.clone(),
                });
            }
            benefits.push(Benefit {
                id: b.id.clone(),
                name: b.name.clone(),
                plan: false,
                activation: b.activation,
                contract: b.contract,
                scope,
                grants,
            });
        }
        for (i, p) in file.plans.iter().enumerate() {
            let scope = self.scope(&p.scope, Path::item("plans", i).key("scope"), &product_kinds, &product_ids);
            benefits.push(Benefit {
                id: p.id.clone(),
                name: p.name.clone(),
                plan: true,
                activation: false,
                contract: false,
                scope,
                grants: Vec::new(),
            });
        }

        let mut rule_set = RuleSet {
            id: file.policy.id.clone(),
            version: file.policy.version.clone(),
            effective: file.policy.effective,
            title: file.policy.title.clone(),
            source: file.policy.source.clone(),
            origin: origin.to_string(),
            combine: file.entitlements.combine,
            waiver_warn_days: file.waivers.warn_within_days,
            programs: Catalog::new(named(&file.programs)),
            roles: Catalog::new(named(&file.roles)),
            portals: Catalog::new(named(&file.portals)),
            product_kinds: Catalog::new(named(&file.product_kinds)),
            competency_classes: Catalog::new(named(&file.competency_classes)),
            tiers: Catalog::new(
                file.tiers
                    .iter()
                    .map(|t| Tier { id: t.id.clone(), name: t.name.clone(), competency: t.competency })
                    .collect(),
            ),
            competencies: Catalog::new(
                file.competencies
                    .iter()
                    .map(|c| Competency { id: c.id.clone(), name: c.name.clone(), class: c.class.clone() })
                    .collect(),
            ),
            products: Catalog::new(
                file.products
                    .iter()
                    .map(|p| Product {
                        id: p.id.clone(),
                        name: p.name.clone(),
                        kind: p.kind.clone(),
                        recent: p.recent,
                        mainstream_end: p.mainstream_end,
                    })
                    .collect(),
            ),
            benefits: Catalog::new(benefits),
            rules: Vec::new(),
        };
        let rules: Vec<Rule> = file
            .rules
            .iter()
            .enumerate()
            .filter_map(|(i, r)| self.rule(r, Path::item("rules", i), &rule_set))
            .collect();
        if !file.rules.iter().any(|r| r.kind == "reference") {
            self.drafts.push(
                Draft::new(Code::PolicyRule, messages::MISSING_REFERENCE_RULE, Target::Key(Path::of(&["rules"])))
                    .help(messages::MISSING_REFERENCE_RULE_HELP),
            );
        }
        rule_set.rules = rules;
        rule_set
    }

    /// Reports the second definition of an id within one catalogue.
    fn unique<'a>(&mut self, what: &str, collection: &str, ids: impl Iterator<Item = &'a str>) {
        let mut first: HashMap<&str, usize> = HashMap::new();
        for (i, id) in ids.enumerate() {
            if let Some(&j) = first.get(id) {
                self.duplicate(what, id, Path::item(collection, i).key("id"), Path::item(collection, j).key("id"));
            } else {
                first.insert(id, i);
            }
        }
    }

    /// Benefits and plans share one namespace: incidents name either.
    fn unique_offers(&mut self, file: &PolicyFile) {
        let entries = file
            .benefits
            .iter()
            .enumerate()
            .map(|(i, b)| (b.id.as_str(), Path::item("benefits", i).key("id")))
            .chain(file.plans.iter().enumerate().map(|(i, p)| (p.id.as_str(), Path::item("plans", i).key("id"))));
        let mut first: HashMap<&str, Path> = HashMap::new();
        for (id, path) in entries {
            match first.get(id) {
                Some(earlier) => {
                    let earlier = earlier.clone();
                    self.duplicate("benefit or plan", id, path, earlier);
                }
                None => {
                    first.insert(id, path);
                }
            }
        }
    }

    fn duplicate(&mut self, what: &str, id: &str, at: Path, first: Path) {
        let mut draft = Draft::new(Code::PolicyDuplicate, messages::duplicate_id(what, id), Target::Value(at))
            .help(messages::DUPLICATE_ID_HELP);
        draft.labels.push((Target::Value(first), messages::FIRST_DEFINED_HERE.to_string()));
        self.drafts.push(draft);
    }

    fn reference(&mut self, what: &str, id: &str, at: Path, known: &[&str]) -> bool {
        if known.contains(&id) {
            return true;
        }
        let suggestion = did_you_mean(id, known.iter().copied());
        self.drafts.push(
            Draft::new(Code::PolicyReference, messages::unknown_policy_reference(what, id), Target::Value(at))
                .help(messages::reference_help(what, known, suggestion)),
        );
        false
    }

    fn references(&mut self, what: &str, ids: &[String], at: &Path, known: &[&str]) {
        for (i, id) in ids.iter().enumerate() {
            self.reference(what, id, at.clone().index(i), known);
        }
    }

    fn scope(&mut self, scope: &super::model::ScopeDef, at: Path, kinds: &[&str], products: &[&str]) -> Scope {
        self.references("product kind", &scope.kinds, &at.clone().key("kinds"), kinds);
        self.references("product", &scope.products, &at.clone().key("products"), products);
        Scope { kinds: scope.kinds.clone(), products: scope.products.clone(), recent_only: scope.recent_only }
    }

    fn rule(&mut self, def: &RuleDef, at: Path, rule_set: &RuleSet) -> Option<Rule> {
        let code = Code::from_name(&def.code).filter(|c| !c.is_policy() && *c != Code::Syntax && *c != Code::Schema);
        if code.is_none() {
            let names: Vec<&str> =
                crate::codes::Code::ALL.iter().filter(|c| !c.is_policy()).map(|c| c.as_str()).collect();
            let help = match did_you_mean(&def.code, names.iter().copied()) {
                Some(s) => messages::did_you_mean(s),
                None => messages::reference_help("code", &names, None),
            };
            self.drafts.push(
                Draft::new(Code::PolicyRule, messages::unknown_code(&def.code), Target::Value(at.clone().key("code")))
                    .help(help),
            );
        }
        let Some(spec) = kinds::spec(&def.kind) else {
            let names: Vec<&str> = kinds::KINDS.iter().map(|k| k.name).collect();
            let help = match did_you_mean(&def.kind, names.iter().copied()) {
                Some(s) => messages::did_you_mean(s),
                None => messages::reference_help("rule kind", &names, None),
            };
            self.drafts.push(
                Draft::new(Code::PolicyRule, messages::unknown_kind(&def.kind), Target::Value(at.key("kind")))
                    .help(help),
            );
            return None;
        };
        let present = present_params(def);
        for param in &present {
            if !spec.params.contains(param) {
                self.drafts.push(
                    Draft::new(
                        Code::PolicyRule,
                        messages::foreign_param(spec.name, param),
                        Target::Key(at.clone().key(param)),
                    )
                    .help(messages::kind_params_help(spec.name, spec.params)),
                );
            }
        }
        for param in spec.required {
            if !present.contains(param) {
                self.drafts.push(
                    Draft::new(Code::PolicyRule, messages::missing_param(spec.name, param), Target::Value(at.clone()))
                        .help(messages::kind_params_help(spec.name, spec.params)),
                );
            }
        }
        let check = self.check(def, spec, &at, rule_set)?;
        let item_fields = match &check {
            Check::Uniqueness { collection, .. } => {
                structure::for_manifests().item_fields(collection).unwrap_or_default()
            }
            _ => Vec::new(),
        };
        let allowed = |name: &str| {
            spec.fields.contains(&name)
                || name
                    .strip_prefix("first.")
                    .or_else(|| name.strip_prefix("this."))
                    .is_some_and(|f| item_fields.iter().any(|i| i == f))
        };
        let message = self.template(&def.message, at.clone().key("message"), spec, &allowed);
        let help = def.help.as_ref().and_then(|h| self.template(h, at.clone().key("help"), spec, &allowed));
        let label = def.label.as_ref().and_then(|l| self.template(l, at.clone().key("label"), spec, &allowed));
        let mut labels = HashMap::new();
        for name in spec.labels {
            if !def.labels.contains_key(*name) {
                labels.insert((*name).to_string(), Template::parse(messages::default_label(spec.name, name)).ok()?);
            }
        }
        for (name, text) in &def.labels {
            let path = at.clone().key("labels").key(name);
            if !spec.labels.contains(&name.as_str()) {
                self.drafts.push(
                    Draft::new(Code::PolicyRule, messages::unknown_label(name, spec.name), Target::Key(path)).help(
                        messages::reference_help("label", spec.labels, did_you_mean(name, spec.labels.iter().copied())),
                    ),
                );
                continue;
            }
            if let Some(t) = self.template(text, path, spec, &allowed) {
                labels.insert(name.clone(), t);
            }
        }
        Some(Rule {
            code: code?,
            severity: def.severity.unwrap_or(code?.default_severity()),
            kind: spec.name,
            check,
            message: message?,
            help,
            label,
            labels,
        })
    }

    fn check(&mut self, def: &RuleDef, spec: &KindSpec, at: &Path, rule_set: &RuleSet) -> Option<Check> {
        let when = def.when.as_ref().map(|w| self.filter(w, at.clone().key("when"), rule_set)).unwrap_or_default();
        if let Some(program) = &def.program {
            self.reference("program", program, at.clone().key("program"), &rule_set.programs.ids());
        }
        if let Some(roles) = &def.roles {
            self.references("role", roles, &at.clone().key("roles"), &rule_set.roles.ids());
        }
        Some(match spec.name {
            "reference" => Check::Reference,
            "uniqueness" => {
                let collection = def.collection.clone()?;
                let key = def.key.clone()?;
                match structure::for_manifests().item_fields(&collection) {
                    None => {
                        let collections = ["memberships", "accounts", "activations", "contract_links", "incidents"];
                        self.drafts.push(
                            Draft::new(
                                Code::PolicyRule,
                                messages::unknown_collection(&collection),
                                Target::Value(at.clone().key("collection")),
                            )
                            .help(messages::reference_help(
                                "collection",
                                &collections,
                                did_you_mean(&collection, collections),
                            )),
                        );
                    }
                    Some(fields) => {
                        let fields: Vec<&str> = fields.iter().map(String::as_str).collect();
                        for (i, field) in key.iter().enumerate() {
                            if !fields.contains(&field.as_str()) {
                                self.drafts.push(
                                    Draft::new(
                                        Code::PolicyRule,
                                        messages::unknown_field(&collection, field),
                                        Target::Value(at.clone().key("key").index(i)),
                                    )
                                    .help(messages::reference_help(
                                        "field",
                                        &fields,
                                        did_you_mean(field, fields.iter().copied()),
                                    )),
                                );
                            }
                        }
                    }
                }
                Check::Uniqueness { collection, key }
            }
            "required-program" => Check::RequiredProgram { program: def.program.clone()?, when },
            "active-membership" => Check::ActiveMembership,
            "competency-required" => Check::CompetencyRequired,
            "competency-forbidden" => Check::CompetencyForbidden,
            "required-role" => {
                let on = match def.on.as_deref()? {
                    "activations" => RoleSubject::Activations,
                    "incidents" => RoleSubject::Incidents,
                    other => {
                        self.reference("subject", other, at.clone().key("on"), &["activations", "incidents"]);
                        return None;
                    }
                };
                Check::RequiredRole { on, roles: def.roles.clone()?, when }
            }
            "eligibility" => Check::Eligibility,
            "processing-delay" => Check::ProcessingDelay { days: def.days?, when },
            "activation-complete" => Check::ActivationComplete { when },
            "activation-required" => Check::ActivationRequired { when },
            "activation-order" => Check::ActivationOrder { when },
            "contract-link" => Check::ContractLink { when },
            "scope" => Check::Scope { when },
            "recent-product" => Check::RecentProduct { when },
            "quota" => Check::Quota,
            "validity-window" => Check::ValidityWindow { when },
            "link-after-expiry" => Check::LinkAfterExpiry,
            "link-after-exhaustion" => Check::LinkAfterExhaustion,
            _ => return None,
        })
    }

    fn filter(&mut self, def: &FilterDef, at: Path, rule_set: &RuleSet) -> Filter {
        if let Some(ids) = &def.benefits {
            self.references("benefit or plan", ids, &at.clone().key("benefits"), &rule_set.benefits.ids());
        }
        if let Some(ids) = &def.product_kinds {
            self.references("product kind", ids, &at.clone().key("product_kinds"), &rule_set.product_kinds.ids());
        }
        if let Some(ids) = &def.except_products {
            self.references("product", ids, &at.clone().key("except_products"), &rule_set.products.ids());
        }
        Filter {
            benefits: def.benefits.clone(),
            product_kinds: def.product_kinds.clone(),
            except_products: def.except_products.clone().unwrap_or_default(),
            customer: def.customer,
        }
    }

    fn template(&mut self, text: &str, at: Path, spec: &KindSpec, allowed: &dyn Fn(&str) -> bool) -> Option<Template> {
        let whole = self.document.span(&Target::Value(at.clone()));
        let within = |offset: usize, length: usize| {
            // A basic string without escapes before the placeholder maps one to one.
            let span = Span { offset: whole.offset + 1 + offset, length };
            let fits = self
                .document
                .source()
                .get(span.offset..span.end())
                .is_some_and(|s| text.get(offset..offset + length) == Some(s));
            Target::Span(if fits { span } else { whole })
        };
        match Template::parse(text) {
            Err(e) => {
                self.drafts.push(
                    Draft::new(Code::PolicyPlaceholder, messages::UNCLOSED_PLACEHOLDER, within(e.offset, 1))
                        .help(messages::UNCLOSED_PLACEHOLDER_HELP),
                );
                None
            }
            Ok(template) => {
                let mut ok = true;
                for (name, offset) in template.fields() {
                    if !allowed(name) {
                        ok = false;
                        let suggestion = did_you_mean(name, spec.fields.iter().copied());
                        self.drafts.push(
                            Draft::new(
                                Code::PolicyPlaceholder,
                                messages::unknown_placeholder(name, spec.name),
                                within(offset, name.len()),
                            )
                            .help(messages::reference_help(
                                "field",
                                spec.fields,
                                suggestion,
                            )),
                        );
                    }
                }
                ok.then_some(template)
            }
        }
    }
}

fn value(keys: &[&str]) -> Target {
    Target::Value(Path::of(keys))
}

fn present_params(def: &RuleDef) -> Vec<&'static str> {
    let mut present = Vec::new();
    let flags = [
        ("program", def.program.is_some()),
        ("roles", def.roles.is_some()),
        ("on", def.on.is_some()),
        ("days", def.days.is_some()),
        ("collection", def.collection.is_some()),
        ("key", def.key.is_some()),
        ("when", def.when.is_some()),
    ];
    for (name, set) in flags {
        if set {
            present.push(name);
        }
    }
    debug_assert!(present.iter().all(|p| kinds::ALL_PARAMS.contains(p)));
    present
}
