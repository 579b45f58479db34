//! The policy compiler. Each file is parsed and structurally checked first
//! ([`super::parse`]); a version that `extends` another is merged onto it
//! ([`super::merge`]); the result is validated here, catalogues then rules,
//! every fault collected with its span in the file it came from, before an
//! immutable [`RuleSet`] is built.

use std::collections::{HashMap, HashSet};

use super::catalog::*;
use super::kinds::{self, KindCompiler, KindSpec};
use super::model::{FilterDef, PolicyFile, RuleDef};
use super::ruleset::{Rule, RuleSet};
use crate::codes::Code;
use crate::date::Date;
use crate::diagnostic::{Draft, Span};
use crate::document::{Path, Target};
use crate::messages;
use crate::suggest::did_you_mean;
use crate::template::Template;

pub use super::merge::{MAX_EXTENDS_DEPTH, Versions, chains};
use super::merge::{Origin, merge};
pub use super::parse::{Faults, Parsed, from_json, header_from_json, parse};

/// Compiles `parsed[top]`, merged onto the versions it extends.
pub fn compile(parsed: &[Parsed<'_>], top: usize) -> Result<RuleSet, Faults> {
    compile_in(parsed, top, &Versions::of(parsed))
}

/// [`compile`], with the files' versions indexed once for many compilations.
pub fn compile_in(parsed: &[Parsed<'_>], top: usize, versions: &Versions<'_>) -> Result<RuleSet, Faults> {
    compile_digested(parsed, top, versions, None)
}

/// [`compile_in`], with the version's digest when it is known (a built-in
/// version's, which the build computed); otherwise the version keeps its
/// files' texts, to compute its digest from when a report first names it.
pub fn compile_digested(
    parsed: &[Parsed<'_>],
    top: usize,
    versions: &Versions<'_>,
    digest: Option<&str>,
) -> Result<RuleSet, Faults> {
    let resolve = |drafts: Vec<(usize, Draft)>| -> Faults {
        drafts.into_iter().map(|(file, d)| (file, d.resolve(Some(parsed[file].document())))).collect()
    };
    let merged = merge(parsed, top, versions, &mut Vec::new()).map_err(resolve)?;
    let mut compiler = Compiler { parsed, top, origins: &merged.origins, drafts: Vec::new() };
    let mut rule_set = compiler.compile(&parsed[top].origin, merged.file);
    rule_set.locations = merged
        .origins
        .iter()
        .map(|(name, origins)| (*name, origins.iter().map(|o| (parsed[o.file].origin.clone(), o.index)).collect()))
        .collect();
    if !compiler.drafts.is_empty() {
        return Err(resolve(compiler.drafts));
    }
    match digest {
        Some(digest) => rule_set.digest = std::sync::OnceLock::from(digest.to_string()),
        None => {
            let chain = versions.chain(parsed, top);
            rule_set.made_of = chain.iter().rev().map(|&i| std::sync::Arc::from(parsed[i].text())).collect();
        }
    }
    Ok(rule_set)
}

/// A place in one of the files of a merged policy.
#[derive(Debug, Clone)]
struct Loc {
    file: usize,
    path: Path,
}

impl Loc {
    fn key(&self, key: &str) -> Loc {
        Loc { file: self.file, path: self.path.clone().key(key) }
    }

    fn index(&self, index: usize) -> Loc {
        Loc { file: self.file, path: self.path.clone().index(index) }
    }
}

struct Compiler<'a, 's> {
    /// The files, whose documents only a fault in a template reads.
    parsed: &'a [Parsed<'s>],
    top: usize,
    origins: &'a HashMap<&'static str, Vec<Origin>>,
    drafts: Vec<(usize, Draft)>,
}

/// Where the entries of a merged policy's catalogues were written. A place
/// is an allocated path, so a check that passes never asks for one: it
/// takes a closure over this.
#[derive(Clone, Copy)]
struct Items<'a> {
    top: usize,
    origins: &'a HashMap<&'static str, Vec<Origin>>,
}

impl Items<'_> {
    /// Where entry `i` of a merged catalogue was written.
    fn at(self, collection: &str, i: usize) -> Loc {
        let origin = self.origins.get(collection).and_then(|o| o.get(i)).copied();
        let origin = origin.unwrap_or(Origin { file: self.top, index: i });
        Loc { file: origin.file, path: Path::item(collection, origin.index) }
    }
}

impl<'a> Compiler<'a, '_> {
    fn items(&self) -> Items<'a> {
        Items { top: self.top, origins: self.origins }
    }
}

impl Compiler<'_, '_> {
    /// Where entry `i` of a merged catalogue was written.
    fn item(&self, collection: &str, i: usize) -> Loc {
        self.items().at(collection, i)
    }

    fn push(&mut self, at: &Loc, draft: impl FnOnce(Target) -> Draft) {
        self.drafts.push((at.file, draft(Target::Value(at.path.clone()))));
    }

    /// The rule set of a merged file, which it keeps (shared) as its source.
    fn compile(&mut self, origin: &str, merged: std::sync::Arc<PolicyFile>) -> RuleSet {
        let file = &merged;
        let top = Loc { file: self.top, path: Path::of(&["policy", "version"]) };
        if Date::parse(&file.policy.version).is_none() {
            self.push(&top, |at| {
                Draft::new(Code::POLICY_RULE, messages::policy_version_form(&file.policy.version), at)
                    .help(messages::policy_version_form_help())
            });
        }
        // Every report names the policy: an id that cannot be shown as
        // written (a bidi control, an escape) is refused, not echoed.
        let id = &file.policy.id;
        if id.chars().any(|c| c.is_control() || crate::escape::is_invisible(c)) {
            let at = Loc { file: self.top, path: Path::of(&["policy", "id"]) };
            self.push(&at, |t| {
                Draft::new(Code::POLICY_RULE, messages::policy_id_form(id), t).help(messages::policy_id_form_help())
            });
        }
        let named = |items: &[super::model::Definition]| -> Vec<Named> {
            items.iter().map(|d| Named { id: d.id.clone(), name: d.name.clone() }).collect()
        };
        // Benefits and plans share one space of ids (`unique_offers`).
        macro_rules! unique_each {
            ($($field:ident: $noun:literal,)*) => {
                $(match stringify!($field) {
                    "benefits" => self.unique_offers(file),
                    "plans" => {}
                    _ => self.unique($noun, stringify!($field), file.$field.iter().map(|d| d.id.as_str())),
                })*
            };
        }
        super::model::with_catalogues!(unique_each);
        for (i, c) in file.codes.iter().enumerate() {
            if !Code::is_well_formed(&c.id) || Code::built_in(&c.id).is_some() {
                let builtin = Code::built_in(&c.id).is_some();
                self.push(&self.item("codes", i).key("id"), |t| {
                    Draft::new(Code::POLICY_RULE, messages::bad_code_id(&c.id, builtin), t)
                        .help(messages::bad_code_id_help(builtin))
                });
            }
        }
        let rule_keys: Vec<String> = file.rules.iter().map(kinds::rule_key).collect();
        self.unique("rule", "rules", rule_keys.iter().map(String::as_str));

        let classes = IdSet::new(file.competency_classes.iter().map(|d| d.id.as_str()));
        let product_kinds = IdSet::new(file.product_kinds.iter().map(|d| d.id.as_str()));
        let product_ids = IdSet::new(file.products.iter().map(|d| d.id.as_str()));
        let tiers = IdSet::new(file.tiers.iter().map(|d| d.id.as_str()));

        let items = self.items();
        for (i, c) in file.competencies.iter().enumerate() {
            let at = || items.at("competencies", i).key("class");
            self.reference("competency class", &c.class, at, &classes);
        }
        for (i, p) in file.products.iter().enumerate() {
            let at = || items.at("products", i).key("kind");
            self.reference("product kind", &p.kind, at, &product_kinds);
        }
        let mut benefits = Vec::new();
        for (i, b) in file.benefits.iter().enumerate() {
            let scope = self.scope(&b.scope, &|| items.at("benefits", i).key("scope"), &product_kinds, &product_ids);
            let mut seen = HashSet::new();
            let mut grants = Vec::new();
            for (g, grant) in b.grants.iter().enumerate() {
                let gat = || items.at("benefits", i).key("grants").index(g);
                self.reference("tier", &grant.tier, || gat().key("tier"), &tiers);
                if let Some(class) = &grant.class {
                    self.reference("competency class", class, || gat().key("class"), &classes);
                }
                if !seen.insert((&grant.tier, &grant.class)) {
                    self.push(&gat(), |t| {
                        Draft::new(Code::POLICY_DUPLICATE, messages::duplicate_grant(&b.id, &grant.tier), t)
                            .help(messages::duplicate_id_help())
                    });
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
            let scope = self.scope(&p.scope, &|| items.at("plans", i).key("scope"), &product_kinds, &product_ids);
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

        let policy = Policy {
            id: file.policy.id.clone(),
            version: file.policy.version.clone(),
            effective: file.policy.effective,
            title: file.policy.title.clone(),
            source: file.policy.source.clone(),
            extends: file.policy.extends.clone(),
            origin: origin.to_string(),
            digest: std::sync::OnceLock::new(),
            made_of: Vec::new(),
            combine: file.entitlements.clone().unwrap_or_default().combine,
            waiver_warn_days: file.waivers.clone().unwrap_or_default().warn_within_days,
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
            codes: Catalog::new(
                file.codes
                    .iter()
                    .filter(|c| Code::is_well_formed(&c.id) && Code::built_in(&c.id).is_none())
                    .map(|c| DeclaredCode {
                        id: c.id.clone(),
                        code: Code::named(&c.id),
                        severity: c.severity,
                        // Shown by `explain` and in SARIF's rules: escaped
                        // once here, like every string from an input.
                        summary: crate::escape::inline(&c.summary).into_owned(),
                        explanation: crate::escape::lines(&c.explanation).into_owned(),
                    })
                    .collect(),
            ),
            source_file: merged,
            locations: HashMap::new(),
        };
        let file = &policy.source_file;
        let rules: Vec<Rule> =
            file.rules.iter().enumerate().filter_map(|(i, r)| self.rule(r, self.item("rules", i), &policy)).collect();
        if !file.rules.iter().any(|r| r.kind == "reference") {
            let at = Loc { file: self.top, path: Path::of(&["policy"]) };
            self.push(&at, |t| {
                Draft::new(Code::POLICY_RULE, messages::missing_reference_rule(), t)
                    .help(messages::missing_reference_rule_help())
            });
        }
        RuleSet::new(policy, rules)
    }

    /// Reports the second definition of an id within one catalogue.
    fn unique<'a>(&mut self, what: &str, collection: &str, ids: impl Iterator<Item = &'a str>) {
        let mut first: HashMap<&str, usize> = HashMap::new();
        for (i, id) in ids.enumerate() {
            if let Some(&j) = first.get(id) {
                let at = self.item(collection, i);
                let earlier = self.item(collection, j);
                self.duplicate(what, id, &at, &earlier);
            } else {
                first.insert(id, i);
            }
        }
    }

    /// Benefits and plans share one namespace: incidents name either.
    fn unique_offers(&mut self, file: &PolicyFile) {
        let entries: Vec<(&str, Loc)> = file
            .benefits
            .iter()
            .enumerate()
            .map(|(i, b)| (b.id.as_str(), self.item("benefits", i)))
            .chain(file.plans.iter().enumerate().map(|(i, p)| (p.id.as_str(), self.item("plans", i))))
            .collect();
        let mut first: HashMap<&str, Loc> = HashMap::new();
        for (id, loc) in entries {
            match first.get(id) {
                Some(earlier) => {
                    let earlier = earlier.clone();
                    self.duplicate("benefit or plan", id, &loc, &earlier);
                }
                None => {
                    first.insert(id, loc);
                }
            }
        }
    }

    fn duplicate(&mut self, what: &str, id: &str, at: &Loc, first: &Loc) {
        let key = if at.path.segments().len() == 2 && what == "rule" { None } else { Some("id") };
        let at = key.map_or_else(|| at.clone(), |k| at.key(k));
        let mut draft =
            Draft::new(Code::POLICY_DUPLICATE, messages::duplicate_id(what, id), Target::Value(at.path.clone()))
                .help(if what == "rule" { messages::duplicate_rule_help() } else { messages::duplicate_id_help() });
        if first.file == at.file {
            let first = key.map_or_else(|| first.clone(), |k| first.key(k));
            draft.labels.push((Target::Value(first.path), messages::first_defined_here().to_string()));
        }
        self.drafts.push((at.file, draft));
    }

    /// Whether `id` is one of `known`; when it is not, a finding at `at()`.
    fn reference(&mut self, what: &str, id: &str, at: impl FnOnce() -> Loc, known: &dyn Ids) -> bool {
        if known.holds(id) {
            return true;
        }
        let known = known.list();
        let suggestion = did_you_mean(id, known.iter().copied());
        self.push(&at(), |t| {
            Draft::new(Code::POLICY_REFERENCE, messages::unknown_policy_reference(what, id), t)
                .help(messages::reference_help(what, &known, suggestion))
        });
        false
    }

    /// [`Compiler::reference`] for each of a list at `at()`.
    fn references(&mut self, what: &str, ids: &[String], at: &dyn Fn() -> Loc, known: &dyn Ids) {
        for (i, id) in ids.iter().enumerate() {
            self.reference(what, id, || at().index(i), known);
        }
    }

    fn scope(
        &mut self,
        scope: &super::model::ScopeDef,
        at: &dyn Fn() -> Loc,
        kinds: &dyn Ids,
        products: &dyn Ids,
    ) -> Scope {
        self.references("product kind", &scope.kinds, &|| at().key("kinds"), kinds);
        self.references("product", &scope.products, &|| at().key("products"), products);
        Scope { kinds: scope.kinds.clone(), products: scope.products.clone(), recent_only: scope.recent_only }
    }

    fn rule(&mut self, def: &RuleDef, at: Loc, rule_set: &Policy) -> Option<Rule> {
        let code = rule_set.rule_code(&def.code);
        if code.is_none() {
            let names = rule_set.rule_code_names();
            let help = messages::declare_code_help(&def.code, did_you_mean(&def.code, names.iter().copied()));
            self.push(&at.key("code"), |t| {
                Draft::new(Code::POLICY_RULE, messages::unknown_code(&def.code), t).help(help)
            });
        }
        let Some(kind) = kinds::kind(&def.kind) else {
            let names: Vec<&str> = kinds::KINDS.iter().map(|k| k.spec.name).collect();
            let help = match did_you_mean(&def.kind, names.iter().copied()) {
                Some(s) => messages::did_you_mean(s),
                None => messages::reference_help("rule kind", &names, None),
            };
            self.push(&at.key("kind"), |t| {
                Draft::new(Code::POLICY_RULE, messages::unknown_kind(&def.kind), t).help(help)
            });
            return None;
        };
        let spec = kind.spec;
        let params = kind.params();
        let mut given: serde_json::Map<String, serde_json::Value> =
            def.params.0.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        for param in def.params.0.keys() {
            if !params.contains(&param.as_str()) {
                given.remove(param);
                let key = at.key(param);
                self.drafts.push((
                    key.file,
                    Draft::new(Code::POLICY_RULE, messages::foreign_param(spec.name, param), Target::Key(key.path))
                        .help(messages::kind_params_help(spec.name, params)),
                ));
            }
        }
        let mut cx = RuleCompiler { compiler: self, at: at.clone(), policy: rule_set };
        let check = match kind.compile(given, &mut cx) {
            kinds::Compiled::Check(check) => check?,
            kinds::Compiled::Unreadable(why) => {
                // The policy schema has checked each parameter's type: what
                // is left is a parameter the kind cannot do without, or a
                // value its type cannot hold (a number past its range).
                let missing: Vec<String> =
                    kind.required().into_iter().filter(|p| !def.params.0.contains_key(p)).collect();
                for param in &missing {
                    self.push(&at, |t| {
                        Draft::new(Code::POLICY_RULE, messages::missing_param(spec.name, param), t)
                            .help(messages::kind_params_help(spec.name, params))
                    });
                }
                if missing.is_empty() {
                    self.push(&at, |t| Draft::new(Code::SCHEMA, messages::cannot_read_as("rule", &why), t));
                }
                return None;
            }
        };
        let fields = kinds::template_fields(check.as_ref(), false);
        let label_fields = kinds::template_fields(check.as_ref(), true);
        let allowed = |name: &str| fields.contains(name);
        let message = self.template(&def.message, &|| at.key("message"), spec, &allowed);
        let help = def.help.as_ref().and_then(|h| self.template(h, &|| at.key("help"), spec, &allowed));
        let label = def.label.as_ref().and_then(|l| self.template(l, &|| at.key("label"), spec, &allowed));
        let mut labels = HashMap::new();
        for default in spec.labels {
            if !def.labels.contains_key(default.name) {
                labels.insert(
                    default.name.to_string(),
                    Template::parse(&messages::default_label(default.message, default.shows)).ok()?,
                );
            }
        }
        let names: Vec<&str> = spec.labels.iter().map(|l| l.name).collect();
        for (name, text) in &def.labels {
            let path = || at.key("labels").key(name);
            if !names.contains(&name.as_str()) {
                self.drafts.push((
                    at.file,
                    Draft::new(Code::POLICY_RULE, messages::unknown_label(name, spec.name), Target::Key(path().path))
                        .help(messages::reference_help("label", &names, did_you_mean(name, names.iter().copied()))),
                ));
                continue;
            }
            let label_allowed = |field: &str| label_fields.contains(field);
            if let Some(t) = self.template(text, &path, spec, &label_allowed) {
                labels.insert(name.clone(), t);
            }
        }
        Some(Rule {
            key: kinds::rule_key(def),
            code: code?,
            severity: def
                .severity
                .or_else(|| rule_set.code_severity(code?))
                .unwrap_or(crate::diagnostic::Severity::Error),
            kind: spec.name,
            check,
            message: message?,
            help,
            label,
            labels,
        })
    }

    fn filter(&mut self, def: &FilterDef, at: &Loc, rule_set: &Policy) -> Filter {
        if let Some(ids) = &def.benefits {
            self.references("benefit or plan", ids, &|| at.key("benefits"), &rule_set.benefits);
        }
        if let Some(ids) = &def.product_kinds {
            self.references("product kind", ids, &|| at.key("product_kinds"), &rule_set.product_kinds);
        }
        if let Some(ids) = &def.except_products {
            self.references("product", ids, &|| at.key("except_products"), &rule_set.products);
        }
        Filter {
            benefits: def.benefits.clone(),
            product_kinds: def.product_kinds.clone(),
            except_products: def.except_products.clone().unwrap_or_default(),
            customer: def.customer,
        }
    }

    /// `text` parsed as a template of `spec`'s fields that `allowed` allows;
    /// on a fault, a finding at `at()`.
    fn template(
        &mut self,
        text: &str,
        at: &dyn Fn() -> Loc,
        spec: &KindSpec,
        allowed: &dyn Fn(&str) -> bool,
    ) -> Option<Template> {
        let parsed = self.parsed;
        let within = |at: &Loc, offset: usize, length: usize| {
            let document = parsed[at.file].document();
            let whole = document.span(&Target::Value(at.path.clone()));
            // A basic string without escapes before the placeholder maps one to one.
            let span = Span { offset: whole.offset + 1 + offset, length };
            let fits = document
                .source()
                .get(span.offset..span.end())
                .is_some_and(|s| text.get(offset..offset + length) == Some(s));
            Target::Span(if fits { span } else { whole })
        };
        match Template::parse(text) {
            Err(e) => {
                let at = at();
                let draft =
                    Draft::new(Code::POLICY_PLACEHOLDER, messages::unclosed_placeholder(), within(&at, e.offset, 1))
                        .help(messages::unclosed_placeholder_help());
                self.drafts.push((at.file, draft));
                None
            }
            Ok(template) => {
                let mut ok = true;
                for (name, offset) in template.fields() {
                    if !allowed(name) {
                        ok = false;
                        let at = at();
                        let suggestion = did_you_mean(name, spec.fields.iter().copied());
                        let draft = Draft::new(
                            Code::POLICY_PLACEHOLDER,
                            messages::unknown_placeholder(name, spec.name),
                            within(&at, offset, name.len()),
                        )
                        .help(messages::reference_help("field", spec.fields, suggestion));
                        self.drafts.push((at.file, draft));
                    }
                }
                ok.then_some(template)
            }
        }
    }
}

/// What a rule kind's compile step reports through: the rule's place in
/// its file, and the policy's catalogues to check its parameters against.
struct RuleCompiler<'c, 'a, 's> {
    compiler: &'c mut Compiler<'a, 's>,
    at: Loc,
    policy: &'c Policy,
}

impl<'c> KindCompiler<'c> for RuleCompiler<'c, '_, '_> {
    fn policy(&self) -> &'c Policy {
        self.policy
    }

    fn reference(&mut self, what: &str, id: &str, param: &str, known: &dyn Ids) -> bool {
        let at = &self.at;
        self.compiler.reference(what, id, || at.key(param), known)
    }

    fn references(&mut self, what: &str, ids: &[String], param: &str, known: &dyn Ids) {
        let at = &self.at;
        self.compiler.references(what, ids, &|| at.key(param), known);
    }

    fn filter(&mut self, when: Option<&FilterDef>) -> Filter {
        let at = self.at.key("when");
        when.map(|w| self.compiler.filter(w, &at, self.policy)).unwrap_or_default()
    }

    fn error(&mut self, param: &str, index: Option<usize>, message: String, help: String) {
        let at = self.at.key(param);
        let at = index.map_or_else(|| at.clone(), |i| at.index(i));
        self.compiler.push(&at, |t| Draft::new(Code::POLICY_RULE, message, t).help(help));
    }
}
