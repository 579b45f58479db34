//! The policy compiler. Each file is parsed and structurally checked first;
//! a version that `extends` another is merged onto it (entries replace those
//! with the same id, `[remove]` drops some); the result is validated, every
//! fault collected with its span in the file it came from, before an
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
use crate::input;
use crate::messages;
use crate::suggest::did_you_mean;
use crate::template::Template;

/// A policy file that parsed and has the right structure.
#[derive(Debug)]
pub struct Parsed<'s> {
    /// Where it was read from.
    pub origin: String,
    /// Its spanned document.
    pub document: Document<'s>,
    /// Its contents.
    pub file: PolicyFile,
}

/// Parses one policy file and checks its structure; on failure, every fault.
pub fn parse<'s>(origin: &str, text: &'s str) -> Result<Parsed<'s>, Vec<Finding>> {
    let document =
        input::parse(text).map_err(|drafts| drafts.into_iter().map(|d| d.resolve(None)).collect::<Vec<_>>())?;
    // A policy that deserializes is structurally valid: the policy schema has
    // no constraint beyond its types. Only a faulty one pays for the validator.
    if let Ok(file) = document.deserialize::<PolicyFile>() {
        return Ok(Parsed { origin: origin.to_string(), document, file });
    }
    let (json, drafts) = super::model::structure().check(&document);
    if !drafts.is_empty() {
        return Err(drafts.into_iter().map(|d| d.resolve(Some(&document))).collect());
    }
    match PolicyFile::deserialize(&json) {
        Ok(file) => Ok(Parsed { origin: origin.to_string(), document, file }),
        Err(e) => {
            let draft = Draft::new(
                Code::SCHEMA,
                messages::cannot_read_as("policy", &e.to_string()),
                Target::Value(Path::root()),
            );
            Err(vec![draft.resolve(Some(&document))])
        }
    }
}

/// Findings of a failed compilation, by the index of the file they point into.
pub type Faults = Vec<(usize, Finding)>;

/// How many versions deep a chain of `extends` may be. Every check of a
/// manifest merges the whole chain of its version, and every version of a
/// policy directory is compiled at start: a chain 1,000 deep cost seconds.
pub const MAX_EXTENDS_DEPTH: usize = 16;

/// How many versions a cycle's finding names before "… and N more".
const CYCLE_SHOWN: usize = 8;

/// The parsed files by policy id and version (the first file of each), so
/// that a base is found by lookup rather than by a scan of every file.
#[derive(Debug)]
pub struct Versions<'a> {
    by_key: HashMap<(&'a str, &'a str), usize>,
}

impl<'a> Versions<'a> {
    /// Indexes the parsed files.
    pub fn of(parsed: &'a [Parsed<'_>]) -> Versions<'a> {
        let mut by_key = HashMap::new();
        for (i, p) in parsed.iter().enumerate() {
            by_key.entry((p.file.policy.id.as_str(), p.file.policy.version.as_str())).or_insert(i);
        }
        Versions { by_key }
    }

    fn get(&self, id: &str, version: &str) -> Option<usize> {
        self.by_key.get(&(id, version)).copied()
    }

    /// The file that `parsed[i]` extends, if it extends one that exists.
    fn base_of(&self, parsed: &[Parsed<'_>], i: usize) -> Option<usize> {
        let policy = &parsed[i].file.policy;
        self.get(&policy.id, policy.extends.as_deref()?)
    }
}

/// Follows every file's chain of `extends` once, in linear time: which files
/// can be compiled, and the faults of those that cannot. A cycle is reported
/// once, at its member that comes first, naming at most a few of its
/// versions; a chain deeper than [`MAX_EXTENDS_DEPTH`] is reported at the
/// first version beyond the limit. Files that extend either fail with no
/// finding of their own, like any file whose base does not compile.
pub fn chains(parsed: &[Parsed<'_>], versions: &Versions<'_>) -> (Vec<bool>, Faults) {
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        Unseen,
        OnPath,
        Depth(usize),
        Broken,
    }
    let mut state = vec![State::Unseen; parsed.len()];
    let mut drafts: Vec<(usize, Draft)> = Vec::new();
    for start in 0..parsed.len() {
        let mut path = Vec::new();
        let mut at = Some(start);
        // What the last file of `path` extends: `None` for nothing (a root, or
        // an unknown base, which its compilation reports).
        let mut below = None;
        while let Some(i) = at {
            match state[i] {
                State::Unseen => {
                    state[i] = State::OnPath;
                    path.push(i);
                    at = versions.base_of(parsed, i);
                }
                State::OnPath => {
                    let from = path.iter().position(|&p| p == i).unwrap_or(0);
                    let cycle = &path[from..];
                    let first = cycle.iter().enumerate().min_by_key(|(_, f)| **f).map_or(0, |(k, _)| k);
                    let order: Vec<&str> = cycle[first..]
                        .iter()
                        .chain(&cycle[..first])
                        .map(|&f| parsed[f].file.policy.version.as_str())
                        .collect();
                    let draft = Draft::new(
                        Code::POLICY_REFERENCE,
                        messages::extends_cycle(&messages::cycle_chain(&order, CYCLE_SHOWN)),
                        Target::Value(Path::of(&["policy", "extends"])),
                    )
                    .help(messages::extends_cycle_help());
                    drafts.push((cycle[first], draft));
                    below = Some(State::Broken);
                    break;
                }
                done => {
                    below = Some(done);
                    break;
                }
            }
        }
        let mut depth = match below {
            None => None,
            Some(State::Depth(d)) => Some(d),
            _ => {
                path.iter().for_each(|&i| state[i] = State::Broken);
                continue;
            }
        };
        while let Some(i) = path.pop() {
            let d = depth.map_or(0, |d| d + 1);
            if d > MAX_EXTENDS_DEPTH {
                if d == MAX_EXTENDS_DEPTH + 1 {
                    let draft = Draft::new(
                        Code::POLICY_EXTENDS_DEPTH,
                        messages::extends_too_deep(&parsed[i].file.policy.version, MAX_EXTENDS_DEPTH),
                        Target::Value(Path::of(&["policy", "extends"])),
                    )
                    .help(messages::extends_too_deep_help(MAX_EXTENDS_DEPTH));
                    drafts.push((i, draft));
                }
                state[i] = State::Broken;
                path.iter().for_each(|&j| state[j] = State::Broken);
                break;
            }
            state[i] = State::Depth(d);
            depth = Some(d);
        }
    }
    let compilable = state.iter().map(|s| matches!(s, State::Depth(_))).collect();
    let faults = drafts.into_iter().map(|(file, d)| (file, d.resolve(Some(&parsed[file].document)))).collect();
    (compilable, faults)
}

/// Compiles `parsed[top]`, merged onto the versions it extends.
pub fn compile(parsed: &[Parsed<'_>], top: usize) -> Result<RuleSet, Faults> {
    compile_in(parsed, top, &Versions::of(parsed))
}

/// [`compile`], with the files' versions indexed once for many compilations.
pub fn compile_in(parsed: &[Parsed<'_>], top: usize, versions: &Versions<'_>) -> Result<RuleSet, Faults> {
    let resolve = |drafts: Vec<(usize, Draft)>| -> Faults {
        drafts.into_iter().map(|(file, d)| (file, d.resolve(Some(&parsed[file].document)))).collect()
    };
    let merged = merge(parsed, top, versions, &mut Vec::new()).map_err(resolve)?;
    let documents: Vec<&Document<'_>> = parsed.iter().map(|p| &p.document).collect();
    let mut compiler = Compiler { documents, top, origins: &merged.origins, drafts: Vec::new() };
    let mut rule_set = compiler.compile(&parsed[top].origin, &merged.file);
    rule_set.locations = merged
        .origins
        .iter()
        .map(|(name, origins)| (*name, origins.iter().map(|o| (parsed[o.file].origin.clone(), o.index)).collect()))
        .collect();
    if compiler.drafts.is_empty() { Ok(rule_set) } else { Err(resolve(compiler.drafts)) }
}

/// Where a merged entry came from: a file, and its index there.
#[derive(Debug, Clone, Copy)]
struct Origin {
    file: usize,
    index: usize,
}

/// A version with its bases merged in.
struct Merged {
    file: PolicyFile,
    origins: HashMap<&'static str, Vec<Origin>>,
}

/// Entries merged by id (rules by key).
trait Keyed {
    fn key(&self) -> String;
}

macro_rules! keyed_by_id {
    ($($t:ty),*) => {$(impl Keyed for $t { fn key(&self) -> String { self.id.clone() } })*};
}
keyed_by_id!(
    super::model::Definition,
    super::model::TierDef,
    super::model::CompetencyDef,
    super::model::ProductDef,
    super::model::BenefitDef,
    super::model::PlanDef,
    super::model::CodeDef
);

impl Keyed for RuleDef {
    fn key(&self) -> String {
        RuleDef::key(self)
    }
}

/// The catalogues, by the name their key has in a policy file.
const COLLECTIONS: [&str; 12] = [
    "programs",
    "roles",
    "portals",
    "product_kinds",
    "competency_classes",
    "tiers",
    "competencies",
    "products",
    "benefits",
    "plans",
    "codes",
    "rules",
];

fn merge(
    parsed: &[Parsed<'_>],
    top: usize,
    index: &Versions<'_>,
    visiting: &mut Vec<usize>,
) -> Result<Merged, Vec<(usize, Draft)>> {
    let this = &parsed[top].file;
    let Some(base_version) = &this.policy.extends else {
        let mut origins = HashMap::new();
        for name in COLLECTIONS {
            let count = collection_len(this, name);
            origins.insert(name, (0..count).map(|index| Origin { file: top, index }).collect());
        }
        return Ok(Merged { file: this.clone(), origins });
    };
    let at_extends = Target::Value(Path::of(&["policy", "extends"]));
    let Some(base) = index.get(&this.policy.id, base_version) else {
        let versions: Vec<&str> = parsed
            .iter()
            .filter(|p| p.file.policy.id == this.policy.id)
            .map(|p| p.file.policy.version.as_str())
            .collect();
        let draft =
            Draft::new(Code::POLICY_REFERENCE, messages::unknown_base(&this.policy.id, base_version), at_extends).help(
                messages::reference_help("version", &versions, did_you_mean(base_version, versions.iter().copied())),
            );
        return Err(vec![(top, draft)]);
    };
    // `chains` keeps over-deep chains and cycles from getting here; this is
    // for a caller that compiles one file directly.
    if visiting.len() >= MAX_EXTENDS_DEPTH {
        let draft = Draft::new(
            Code::POLICY_EXTENDS_DEPTH,
            messages::extends_too_deep(&this.policy.version, MAX_EXTENDS_DEPTH),
            at_extends,
        )
        .help(messages::extends_too_deep_help(MAX_EXTENDS_DEPTH));
        return Err(vec![(top, draft)]);
    }
    visiting.push(top);
    if visiting.contains(&base) {
        let from = visiting.iter().position(|&i| i == base).unwrap_or(0);
        let chain: Vec<&str> = visiting[from..].iter().map(|&i| parsed[i].file.policy.version.as_str()).collect();
        let draft = Draft::new(
            Code::POLICY_REFERENCE,
            messages::extends_cycle(&messages::cycle_chain(&chain, CYCLE_SHOWN)),
            at_extends,
        )
        .help(messages::extends_cycle_help());
        return Err(vec![(top, draft)]);
    }
    let mut merged = merge(parsed, base, index, visiting)?;
    visiting.pop();
    let mut drafts = Vec::new();
    let file = &mut merged.file;
    let o = &mut merged.origins;
    let r = &this.remove;
    overlay(&mut file.programs, o, "programs", &this.programs, &r.programs, top, &mut drafts);
    overlay(&mut file.roles, o, "roles", &this.roles, &r.roles, top, &mut drafts);
    overlay(&mut file.portals, o, "portals", &this.portals, &r.portals, top, &mut drafts);
    overlay(&mut file.product_kinds, o, "product_kinds", &this.product_kinds, &r.product_kinds, top, &mut drafts);
    overlay(
        &mut file.competency_classes,
        o,
        "competency_classes",
        &this.competency_classes,
        &r.competency_classes,
        top,
        &mut drafts,
    );
    overlay(&mut file.tiers, o, "tiers", &this.tiers, &r.tiers, top, &mut drafts);
    overlay(&mut file.competencies, o, "competencies", &this.competencies, &r.competencies, top, &mut drafts);
    overlay(&mut file.products, o, "products", &this.products, &r.products, top, &mut drafts);
    overlay(&mut file.benefits, o, "benefits", &this.benefits, &r.benefits, top, &mut drafts);
    overlay(&mut file.plans, o, "plans", &this.plans, &r.plans, top, &mut drafts);
    overlay(&mut file.codes, o, "codes", &this.codes, &r.codes, top, &mut drafts);
    overlay(&mut file.rules, o, "rules", &this.rules, &r.rules, top, &mut drafts);
    file.policy = this.policy.clone();
    if this.entitlements.is_some() {
        file.entitlements = this.entitlements.clone();
    }
    if this.waivers.is_some() {
        file.waivers = this.waivers.clone();
    }
    if drafts.is_empty() { Ok(merged) } else { Err(drafts) }
}

/// Drops the removed entries of a base catalogue, replaces those the overlay
/// redefines, and appends the new ones. Entries are found by key in a map:
/// a scan of the base per entry was quadratic in the catalogue's size.
///
/// An id the overlay defines twice is kept twice (the second one appended),
/// so that the compiler reports it as `policy.duplicate` exactly as it does
/// for a file that extends nothing, rather than the second silently winning.
fn overlay<T: Keyed + Clone>(
    base: &mut Vec<T>,
    origins: &mut HashMap<&'static str, Vec<Origin>>,
    name: &'static str,
    over: &[T],
    removed: &[String],
    file: usize,
    drafts: &mut Vec<(usize, Draft)>,
) {
    let slots = origins.entry(name).or_default();
    let mut position: HashMap<String, usize> = HashMap::new();
    for (i, b) in base.iter().enumerate() {
        position.entry(b.key()).or_insert(i);
    }
    let mut gone = vec![false; base.len()];
    let mut budget = crate::suggest::Budget::default();
    for (j, key) in removed.iter().enumerate() {
        match position.remove(key) {
            Some(i) => gone[i] = true,
            None => {
                let known: Vec<String> = base.iter().zip(&gone).filter(|(_, g)| !**g).map(|(b, _)| b.key()).collect();
                let known: Vec<&str> = known.iter().map(String::as_str).collect();
                let draft = Draft::new(
                    Code::POLICY_REFERENCE,
                    messages::unknown_removal(name, key),
                    Target::Value(Path::of(&["remove", name]).index(j)),
                )
                .help(messages::reference_help("id", &known, budget.did_you_mean(key, &known)));
                drafts.push((file, draft));
            }
        }
    }
    let mut defined_here: HashSet<String> = HashSet::new();
    for (index, entry) in over.iter().enumerate() {
        let origin = Origin { file, index };
        let key = entry.key();
        match position.get(&key) {
            Some(&i) if !defined_here.contains(&key) => {
                base[i] = entry.clone();
                slots[i] = origin;
            }
            _ => {
                position.entry(key.clone()).or_insert(base.len());
                base.push(entry.clone());
                slots.push(origin);
                gone.push(false);
            }
        }
        defined_here.insert(key);
    }
    if gone.iter().any(|g| *g) {
        let mut keep = gone.iter().map(|g| !*g);
        base.retain(|_| keep.next().unwrap_or(true));
        let mut keep = gone.iter().map(|g| !*g);
        slots.retain(|_| keep.next().unwrap_or(true));
    }
}

fn collection_len(file: &PolicyFile, name: &str) -> usize {
    match name {
        "programs" => file.programs.len(),
        "roles" => file.roles.len(),
        "portals" => file.portals.len(),
        "product_kinds" => file.product_kinds.len(),
        "competency_classes" => file.competency_classes.len(),
        "tiers" => file.tiers.len(),
        "competencies" => file.competencies.len(),
        "products" => file.products.len(),
        "benefits" => file.benefits.len(),
        "plans" => file.plans.len(),
        "codes" => file.codes.len(),
        "rules" => file.rules.len(),
        _ => 0,
    }
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
    documents: Vec<&'a Document<'s>>,
    top: usize,
    origins: &'a HashMap<&'static str, Vec<Origin>>,
    drafts: Vec<(usize, Draft)>,
}

impl Compiler<'_, '_> {
    /// Where entry `i` of a merged catalogue was written.
    fn item(&self, collection: &str, i: usize) -> Loc {
        let origin = self.origins.get(collection).and_then(|o| o.get(i)).copied();
        let origin = origin.unwrap_or(Origin { file: self.top, index: i });
        Loc { file: origin.file, path: Path::item(collection, origin.index) }
    }

    fn push(&mut self, at: &Loc, draft: impl FnOnce(Target) -> Draft) {
        self.drafts.push((at.file, draft(Target::Value(at.path.clone()))));
    }

    fn compile(&mut self, origin: &str, file: &PolicyFile) -> RuleSet {
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
        self.unique("program", "programs", file.programs.iter().map(|d| d.id.as_str()));
        self.unique("role", "roles", file.roles.iter().map(|d| d.id.as_str()));
        self.unique("portal", "portals", file.portals.iter().map(|d| d.id.as_str()));
        self.unique("product kind", "product_kinds", file.product_kinds.iter().map(|d| d.id.as_str()));
        self.unique("competency class", "competency_classes", file.competency_classes.iter().map(|d| d.id.as_str()));
        self.unique("tier", "tiers", file.tiers.iter().map(|d| d.id.as_str()));
        self.unique("competency", "competencies", file.competencies.iter().map(|d| d.id.as_str()));
        self.unique("product", "products", file.products.iter().map(|d| d.id.as_str()));
        self.unique_offers(file);
        self.unique("code", "codes", file.codes.iter().map(|d| d.id.as_str()));
        for (i, c) in file.codes.iter().enumerate() {
            if !Code::is_well_formed(&c.id) || Code::built_in(&c.id).is_some() {
                let builtin = Code::built_in(&c.id).is_some();
                self.push(&self.item("codes", i).key("id"), |t| {
                    Draft::new(Code::POLICY_RULE, messages::bad_code_id(&c.id, builtin), t)
                        .help(messages::bad_code_id_help(builtin))
                });
            }
        }
        let rule_keys: Vec<String> = file.rules.iter().map(RuleDef::key).collect();
        self.unique("rule", "rules", rule_keys.iter().map(String::as_str));

        let classes: Vec<&str> = file.competency_classes.iter().map(|d| d.id.as_str()).collect();
        let product_kinds: Vec<&str> = file.product_kinds.iter().map(|d| d.id.as_str()).collect();
        let product_ids: Vec<&str> = file.products.iter().map(|d| d.id.as_str()).collect();
        let tiers: Vec<&str> = file.tiers.iter().map(|d| d.id.as_str()).collect();

        for (i, c) in file.competencies.iter().enumerate() {
            let at = self.item("competencies", i).key("class");
            self.reference("competency class", &c.class, &at, &classes);
        }
        for (i, p) in file.products.iter().enumerate() {
            let at = self.item("products", i).key("kind");
            self.reference("product kind", &p.kind, &at, &product_kinds);
        }
        let mut benefits = Vec::new();
        for (i, b) in file.benefits.iter().enumerate() {
            let at = self.item("benefits", i);
            let scope = self.scope(&b.scope, &at.key("scope"), &product_kinds, &product_ids);
            let mut seen = HashSet::new();
            let mut grants = Vec::new();
            for (g, grant) in b.grants.iter().enumerate() {
                let gat = at.key("grants").index(g);
                self.reference("tier", &grant.tier, &gat.key("tier"), &tiers);
                if let Some(class) = &grant.class {
                    self.reference("competency class", class, &gat.key("class"), &classes);
                }
                if !seen.insert((grant.tier.clone(), grant.class.clone())) {
                    self.push(&gat, |t| {
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
            let at = self.item("plans", i).key("scope");
            let scope = self.scope(&p.scope, &at, &product_kinds, &product_ids);
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
            extends: file.policy.extends.clone(),
            origin: origin.to_string(),
            digest: std::sync::OnceLock::new(),
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
            rules: Vec::new(),
            source_file: file.clone(),
            locations: HashMap::new(),
        };
        let rules: Vec<Rule> =
            file.rules.iter().enumerate().filter_map(|(i, r)| self.rule(r, self.item("rules", i), &rule_set)).collect();
        if !file.rules.iter().any(|r| r.kind == "reference") {
            let at = Loc { file: self.top, path: Path::of(&["policy"]) };
            self.push(&at, |t| {
                Draft::new(Code::POLICY_RULE, messages::missing_reference_rule(), t)
                    .help(messages::missing_reference_rule_help())
            });
        }
        rule_set.rules = rules;
        rule_set
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

    fn reference(&mut self, what: &str, id: &str, at: &Loc, known: &[&str]) -> bool {
        if known.contains(&id) {
            return true;
        }
        let suggestion = did_you_mean(id, known.iter().copied());
        self.push(at, |t| {
            Draft::new(Code::POLICY_REFERENCE, messages::unknown_policy_reference(what, id), t)
                .help(messages::reference_help(what, known, suggestion))
        });
        false
    }

    fn references(&mut self, what: &str, ids: &[String], at: &Loc, known: &[&str]) {
        for (i, id) in ids.iter().enumerate() {
            self.reference(what, id, &at.index(i), known);
        }
    }

    fn scope(&mut self, scope: &super::model::ScopeDef, at: &Loc, kinds: &[&str], products: &[&str]) -> Scope {
        self.references("product kind", &scope.kinds, &at.key("kinds"), kinds);
        self.references("product", &scope.products, &at.key("products"), products);
        Scope { kinds: scope.kinds.clone(), products: scope.products.clone(), recent_only: scope.recent_only }
    }

    fn rule(&mut self, def: &RuleDef, at: Loc, rule_set: &RuleSet) -> Option<Rule> {
        let code = rule_set.rule_code(&def.code);
        if code.is_none() {
            let names = rule_set.rule_code_names();
            let help = messages::declare_code_help(&def.code, did_you_mean(&def.code, names.iter().copied()));
            self.push(&at.key("code"), |t| {
                Draft::new(Code::POLICY_RULE, messages::unknown_code(&def.code), t).help(help)
            });
        }
        let Some(spec) = kinds::spec(&def.kind) else {
            let names: Vec<&str> = kinds::KINDS.iter().map(|k| k.name).collect();
            let help = match did_you_mean(&def.kind, names.iter().copied()) {
                Some(s) => messages::did_you_mean(s),
                None => messages::reference_help("rule kind", &names, None),
            };
            self.push(&at.key("kind"), |t| {
                Draft::new(Code::POLICY_RULE, messages::unknown_kind(&def.kind), t).help(help)
            });
            return None;
        };
        let present = present_params(def);
        for param in &present {
            if !spec.params.contains(param) {
                let key = at.key(param);
                self.drafts.push((
                    key.file,
                    Draft::new(Code::POLICY_RULE, messages::foreign_param(spec.name, param), Target::Key(key.path))
                        .help(messages::kind_params_help(spec.name, spec.params)),
                ));
            }
        }
        for param in spec.required {
            if !present.contains(param) {
                self.push(&at, |t| {
                    Draft::new(Code::POLICY_RULE, messages::missing_param(spec.name, param), t)
                        .help(messages::kind_params_help(spec.name, spec.params))
                });
            }
        }
        let check = self.check(def, spec, &at, rule_set)?;
        let about_incidents = spec.about_incidents(def.when.is_some(), def.on.as_deref());
        let fields = super::kinds::template_fields(spec, about_incidents, &check, false);
        let allowed = |name: &str| fields.contains(name);
        let message = self.template(&def.message, &at.key("message"), spec, &allowed);
        let help = def.help.as_ref().and_then(|h| self.template(h, &at.key("help"), spec, &allowed));
        let label = def.label.as_ref().and_then(|l| self.template(l, &at.key("label"), spec, &allowed));
        let mut labels = HashMap::new();
        for name in spec.labels {
            if !def.labels.contains_key(*name) {
                labels.insert((*name).to_string(), Template::parse(&messages::default_label(spec.name, name)).ok()?);
            }
        }
        for (name, text) in &def.labels {
            let path = at.key("labels").key(name);
            if !spec.labels.contains(&name.as_str()) {
                self.drafts.push((
                    path.file,
                    Draft::new(Code::POLICY_RULE, messages::unknown_label(name, spec.name), Target::Key(path.path))
                        .help(messages::reference_help(
                            "label",
                            spec.labels,
                            did_you_mean(name, spec.labels.iter().copied()),
                        )),
                ));
                continue;
            }
            let label_allowed = |field: &str| allowed(field) || spec.label_fields.contains(&field);
            if let Some(t) = self.template(text, &path, spec, &label_allowed) {
                labels.insert(name.clone(), t);
            }
        }
        Some(Rule {
            key: def.key(),
            code: code?,
            severity: def
                .severity
                .or_else(|| rule_set.code_severity(code?))
                .unwrap_or(crate::diagnostic::Severity::Error),
            kind: spec.name,
            about_incidents,
            check,
            message: message?,
            help,
            label,
            labels,
        })
    }

    fn check(&mut self, def: &RuleDef, spec: &KindSpec, at: &Loc, rule_set: &RuleSet) -> Option<Check> {
        let when = def.when.as_ref().map(|w| self.filter(w, &at.key("when"), rule_set)).unwrap_or_default();
        if let Some(program) = &def.program {
            self.reference("program", program, &at.key("program"), &rule_set.programs.ids());
        }
        if let Some(roles) = &def.roles {
            self.references("role", roles, &at.key("roles"), &rule_set.roles.ids());
        }
        Some(match spec.name {
            "reference" => Check::Reference,
            "uniqueness" => {
                let collection = def.collection.clone()?;
                let key = def.key.clone()?;
                match crate::manifest::structure().item_fields(&collection) {
                    None => {
                        let collections = ["memberships", "accounts", "activations", "contract_links", "incidents"];
                        self.push(&at.key("collection"), |t| {
                            Draft::new(Code::POLICY_RULE, messages::unknown_collection(&collection), t).help(
                                messages::reference_help(
                                    "collection",
                                    &collections,
                                    did_you_mean(&collection, collections),
                                ),
                            )
                        });
                    }
                    Some(fields) => {
                        let fields: Vec<&str> = fields.iter().map(String::as_str).collect();
                        for (i, field) in key.iter().enumerate() {
                            if !fields.contains(&field.as_str()) {
                                self.push(&at.key("key").index(i), |t| {
                                    Draft::new(Code::POLICY_RULE, messages::unknown_field(&collection, field), t).help(
                                        messages::reference_help(
                                            "field",
                                            &fields,
                                            did_you_mean(field, fields.iter().copied()),
                                        ),
                                    )
                                });
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
                        self.reference("subject", other, &at.key("on"), &["activations", "incidents"]);
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

    fn filter(&mut self, def: &FilterDef, at: &Loc, rule_set: &RuleSet) -> Filter {
        if let Some(ids) = &def.benefits {
            self.references("benefit or plan", ids, &at.key("benefits"), &rule_set.benefits.ids());
        }
        if let Some(ids) = &def.product_kinds {
            self.references("product kind", ids, &at.key("product_kinds"), &rule_set.product_kinds.ids());
        }
        if let Some(ids) = &def.except_products {
            self.references("product", ids, &at.key("except_products"), &rule_set.products.ids());
        }
        Filter {
            benefits: def.benefits.clone(),
            product_kinds: def.product_kinds.clone(),
            except_products: def.except_products.clone().unwrap_or_default(),
            customer: def.customer,
        }
    }

    fn template(&mut self, text: &str, at: &Loc, spec: &KindSpec, allowed: &dyn Fn(&str) -> bool) -> Option<Template> {
        let document = self.documents[at.file];
        let whole = document.span(&Target::Value(at.path.clone()));
        let within = |offset: usize, length: usize| {
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
                let draft = Draft::new(Code::POLICY_PLACEHOLDER, messages::unclosed_placeholder(), within(e.offset, 1))
                    .help(messages::unclosed_placeholder_help());
                self.drafts.push((at.file, draft));
                None
            }
            Ok(template) => {
                let mut ok = true;
                for (name, offset) in template.fields() {
                    if !allowed(name) {
                        ok = false;
                        let suggestion = did_you_mean(name, spec.fields.iter().copied());
                        let draft = Draft::new(
                            Code::POLICY_PLACEHOLDER,
                            messages::unknown_placeholder(name, spec.name),
                            within(offset, name.len()),
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

fn present_params(def: &RuleDef) -> Vec<&'static str> {
    let flags = [
        ("program", def.program.is_some()),
        ("roles", def.roles.is_some()),
        ("on", def.on.is_some()),
        ("days", def.days.is_some()),
        ("collection", def.collection.is_some()),
        ("key", def.key.is_some()),
        ("when", def.when.is_some()),
    ];
    let present: Vec<&'static str> = flags.iter().filter(|(_, set)| *set).map(|(name, _)| *name).collect();
    debug_assert!(present.iter().all(|p| kinds::ALL_PARAMS.contains(p)));
    present
}
