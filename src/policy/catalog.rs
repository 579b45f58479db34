//! A compiled policy's header and catalogues, with their ids resolved: what
//! the rule kinds check a manifest against. The rules that instantiate the
//! kinds are the [`super::ruleset::RuleSet`]'s.

use crate::codes::{Code, CodeDoc};
use crate::date::Date;
use crate::diagnostic::Severity;

pub use super::model::{Allowance, Combine, CompetencyNeed};

/// Something with an id, kept in a [`Catalog`].
pub trait Identified {
    /// The id.
    fn id(&self) -> &str;
}

/// The entries of one catalogue, in policy order, found by id.
#[derive(Debug, Clone)]
pub struct Catalog<T> {
    items: Vec<T>,
    index: rustc_hash::FxHashMap<String, usize>,
}

impl<T: Identified> Catalog<T> {
    /// A catalogue of entries whose ids are unique (the compiler saw to it).
    pub fn new(items: Vec<T>) -> Catalog<T> {
        let mut index = rustc_hash::FxHashMap::default();
        for (i, item) in items.iter().enumerate() {
            index.entry(item.id().to_string()).or_insert(i);
        }
        Catalog { items, index }
    }

    /// The entry with this id.
    pub fn get(&self, id: &str) -> Option<&T> {
        self.index.get(id).map(|&i| &self.items[i])
    }

    /// Whether an entry has this id.
    pub fn contains(&self, id: &str) -> bool {
        self.index.contains_key(id)
    }

    /// The entries in policy order.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.items.iter()
    }

    /// Changes every entry in place; their ids must stay as they are.
    pub fn for_each_mut(&mut self, f: impl FnMut(&mut T)) {
        self.items.iter_mut().for_each(f);
    }

    /// The ids in policy order.
    pub fn ids(&self) -> Vec<&str> {
        self.items.iter().map(Identified::id).collect()
    }
}

/// The ids a reference may name: asked whether it holds one (in constant
/// time for a catalogue: a policy may name an id of a catalogue of 100,000
/// once per entry of another), and listed only for the help of an id it
/// does not hold.
pub trait Ids {
    /// Whether it holds `id`.
    fn holds(&self, id: &str) -> bool;
    /// Every id, in order.
    fn list(&self) -> Vec<&str>;
}

impl<T: Identified> Ids for Catalog<T> {
    fn holds(&self, id: &str) -> bool {
        self.contains(id)
    }

    fn list(&self) -> Vec<&str> {
        self.ids()
    }
}

/// A short fixed list (`activations`, `incidents`).
impl<const N: usize> Ids for [&str; N] {
    fn holds(&self, id: &str) -> bool {
        self.contains(&id)
    }

    fn list(&self) -> Vec<&str> {
        self.to_vec()
    }
}

/// Ids gathered once, with a set to look them up.
#[derive(Debug, Default)]
pub struct IdSet<'a> {
    list: Vec<&'a str>,
    set: rustc_hash::FxHashSet<&'a str>,
}

impl<'a> IdSet<'a> {
    /// The ids, in order.
    pub fn new(ids: impl IntoIterator<Item = &'a str>) -> IdSet<'a> {
        let list: Vec<&str> = ids.into_iter().collect();
        let set = list.iter().copied().collect();
        IdSet { list, set }
    }
}

impl Ids for IdSet<'_> {
    fn holds(&self, id: &str) -> bool {
        self.set.contains(id)
    }

    fn list(&self) -> Vec<&str> {
        self.list.clone()
    }
}

/// A plainly named entry: a program, role, portal, product kind or competency class.
#[derive(Debug, Clone)]
pub struct Named {
    /// The id.
    pub id: String,
    /// The name.
    pub name: String,
}

/// A membership tier.
#[derive(Debug, Clone)]
pub struct Tier {
    /// The id.
    pub id: String,
    /// The name.
    pub name: String,
    /// Whether its memberships name a competency.
    pub competency: CompetencyNeed,
}

/// A competency and its class.
#[derive(Debug, Clone)]
pub struct Competency {
    /// The id.
    pub id: String,
    /// The name.
    pub name: String,
    /// The competency class id.
    pub class: String,
}

/// A product of the catalogue.
#[derive(Debug, Clone)]
pub struct Product {
    /// The id.
    pub id: String,
    /// The name.
    pub name: String,
    /// The product kind id.
    pub kind: String,
    /// Recent in principle (N or N-1).
    pub recent: bool,
    /// The end of mainstream support, after which it is no longer recent.
    pub mainstream_end: Option<Date>,
}

impl Product {
    /// Whether the product counts as recent on a date.
    pub fn is_recent_on(&self, date: Date) -> bool {
        self.recent && self.mainstream_end.is_none_or(|end| date <= end)
    }
}

/// Which products a benefit or plan covers.
#[derive(Debug, Clone, Default)]
pub struct Scope {
    /// Product kinds covered.
    pub kinds: Vec<String>,
    /// Single products covered.
    pub products: Vec<String>,
    /// Only recent products.
    pub recent_only: bool,
}

impl Scope {
    /// Whether the scope covers the product's kind (or the product itself).
    pub fn covers(&self, product: &Product) -> bool {
        self.kinds.contains(&product.kind) || self.products.contains(&product.id)
    }
}

/// What one tier (in one competency class) is entitled to.
#[derive(Debug, Clone)]
pub struct Grant {
    /// The tier id.
    pub tier: String,
    /// The competency class id; `None` for any.
    pub class: Option<String>,
    /// How many incidents.
    pub incidents: Allowance,
    /// What people call it.
    pub name: Option<String>,
}

/// A benefit, or a plan (no grants, no activation, no contract).
#[derive(Debug, Clone)]
pub struct Benefit {
    /// The id.
    pub id: String,
    /// The name.
    pub name: String,
    /// A paid or program plan rather than a membership benefit.
    pub plan: bool,
    /// Must be activated before use.
    pub activation: bool,
    /// Needs a contract link before use.
    pub contract: bool,
    /// The products covered.
    pub scope: Scope,
    /// Entitlements by tier and class.
    pub grants: Vec<Grant>,
}

/// A code the policy declares for its rules.
#[derive(Debug, Clone)]
pub struct DeclaredCode {
    /// The code's name, e.g. `quota.exceeded`.
    pub id: String,
    /// The code.
    pub code: Code,
    /// The severity its rules report with unless they say otherwise.
    pub severity: Severity,
    /// One line: when it is reported.
    pub summary: String,
    /// What it means, why it matters and how to fix it.
    pub explanation: String,
}

impl DeclaredCode {
    /// Its documentation, as `explain` and SARIF show it.
    pub fn doc(&self) -> CodeDoc {
        CodeDoc {
            code: self.code,
            severity: self.severity,
            summary: self.summary.clone(),
            explanation: self.explanation.clone(),
        }
    }
}

macro_rules! identified {
    ($($t:ty),*) => {$(impl Identified for $t { fn id(&self) -> &str { &self.id } })*};
}
identified!(Named, Tier, Competency, Product, Benefit, DeclaredCode);

/// Which incidents a rule applies to.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Only these benefits or plans.
    pub benefits: Option<Vec<String>>,
    /// Only products of these kinds.
    pub product_kinds: Option<Vec<String>>,
    /// Not these products.
    pub except_products: Vec<String>,
    /// Only customer requests (`true`) or only own requests (`false`).
    pub customer: Option<bool>,
}

/// A compiled policy version's header and catalogues.
#[derive(Debug, Clone)]
pub struct Policy {
    /// The policy id.
    pub id: String,
    /// The version.
    pub version: String,
    /// The first day it judges manifests.
    pub effective: Date,
    /// The title.
    pub title: String,
    /// Where its facts come from.
    pub source: Option<String>,
    /// The version this one extends.
    pub extends: Option<String>,
    /// Where the policy file was read from.
    pub origin: String,
    /// Its digest, which reports name: given by the build for a built-in
    /// version, else computed from `made_of` on first use.
    pub(crate) digest: std::sync::OnceLock<String>,
    /// The texts of the files it is made of, its bases first, for its
    /// digest; empty when the digest is given.
    pub(crate) made_of: Vec<std::sync::Arc<str>>,
    /// How memberships combine.
    pub combine: Combine,
    /// Waivers expiring within this many days are reported.
    pub waiver_warn_days: u32,
    /// Programs.
    pub programs: Catalog<Named>,
    /// Roles.
    pub roles: Catalog<Named>,
    /// Portals.
    pub portals: Catalog<Named>,
    /// Product kinds.
    pub product_kinds: Catalog<Named>,
    /// Competency classes.
    pub competency_classes: Catalog<Named>,
    /// Tiers.
    pub tiers: Catalog<Tier>,
    /// Competencies.
    pub competencies: Catalog<Competency>,
    /// Products.
    pub products: Catalog<Product>,
    /// Benefits and plans, one namespace.
    pub benefits: Catalog<Benefit>,
    /// The codes its rules report.
    pub codes: Catalog<DeclaredCode>,
    /// The merged policy as written, for `policy diff` and `policy lint`.
    pub source_file: std::sync::Arc<super::model::PolicyFile>,
    /// Where each entry of each catalogue of `source_file` was written: the
    /// file, and its index there.
    pub locations: std::collections::HashMap<&'static str, Vec<(String, usize)>>,
}

impl Policy {
    /// Its digest, which reports name (see [`super::digest`]).
    pub fn digest(&self) -> &str {
        self.digest.get_or_init(|| super::digest::of(self.made_of.iter().map(|t| &**t)))
    }

    /// Where entry `index` of a catalogue was written: its file and path.
    pub fn location(&self, collection: &str, index: usize) -> Option<(&str, crate::document::Path)> {
        let (file, at) = self.locations.get(collection)?.get(index)?;
        Some((file.as_str(), crate::document::Path::item(collection, *at)))
    }

    /// The documentation of a code its rules may report: one it declares,
    /// or a built-in one.
    pub fn code_doc(&self, code: Code) -> Option<CodeDoc> {
        self.codes.get(code.as_str()).map(DeclaredCode::doc).or_else(|| code.doc())
    }

    /// The default severity of a code its rules may report, without the
    /// words of its documentation (which compiling a rule does not need).
    pub fn code_severity(&self, code: Code) -> Option<Severity> {
        self.codes.get(code.as_str()).map(|c| c.severity).or_else(|| code.built_in_severity())
    }

    /// The code of this name that its rules report, and that waivers may
    /// name: one it declares, or a built-in one rules may report.
    pub fn rule_code(&self, name: &str) -> Option<Code> {
        self.codes.get(name).map(|c| c.code).or_else(|| Code::built_in(name).filter(|c| c.rules_may_report()))
    }

    /// The ids and names of the entries of catalogue `catalogue` (`tiers`,
    /// `roles`, `benefits`… as a manifest's ids refer to them), in policy
    /// order; `None` for a name that is no such catalogue.
    pub fn named_entries(&self, catalogue: &str) -> Option<Vec<(&str, &str)>> {
        fn pairs<T: Identified>(c: &Catalog<T>, name: fn(&T) -> &str) -> Vec<(&str, &str)> {
            c.iter().map(|e| (e.id(), name(e))).collect()
        }
        Some(match catalogue {
            "tiers" => pairs(&self.tiers, |t| &t.name),
            "competencies" => pairs(&self.competencies, |c| &c.name),
            "benefits" => pairs(&self.benefits, |b| &b.name),
            "products" => pairs(&self.products, |p| &p.name),
            "portals" => pairs(&self.portals, |n| &n.name),
            "roles" => pairs(&self.roles, |n| &n.name),
            "programs" => pairs(&self.programs, |n| &n.name),
            "competency_classes" => pairs(&self.competency_classes, |n| &n.name),
            "product_kinds" => pairs(&self.product_kinds, |n| &n.name),
            _ => return None,
        })
    }

    /// Where entry `id` of catalogue `catalogue` was written. Plans share the
    /// benefits' catalogue, after them, and are written under `[[plans]]`.
    pub fn location_of(&self, catalogue: &str, id: &str) -> Option<(&str, crate::document::Path)> {
        let index = self.named_entries(catalogue)?.iter().position(|(i, _)| *i == id)?;
        let benefits = self.source_file.benefits.len();
        match catalogue {
            "benefits" if index >= benefits => self.location("plans", index - benefits),
            _ => self.location(catalogue, index),
        }
    }

    /// The names [`Policy::rule_code`] accepts, for did-you-mean.
    pub fn rule_code_names(&self) -> Vec<&str> {
        let mut names = self.codes.ids();
        names.extend(Code::BUILT_IN.iter().filter(|c| c.rules_may_report()).map(|c| c.as_str()));
        names
    }
}
