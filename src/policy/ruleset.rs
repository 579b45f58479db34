//! A compiled policy version: its header and catalogues ([`Policy`]) and the
//! rules that instantiate the engine's rule kinds. Immutable once built,
//! shared by every manifest of a run.

use std::collections::HashMap;
use std::sync::Arc;

use super::kinds::{Check, Context, KINDS, Wording};
use crate::codes::Code;
use crate::date::Date;
use crate::diagnostic::{Draft, Severity};
use crate::document::Document;
use crate::manifest::Manifest;
use crate::template::Template;

pub use super::catalog::{
    Benefit, Catalog, Competency, DeclaredCode, Filter, Grant, Identified, Named, Policy, Product, Scope, Tier,
};
pub use super::model::{Allowance, Combine, CompetencyNeed};

/// One rule of a policy.
#[derive(Debug, Clone)]
pub struct Rule {
    /// The key versions override it by.
    pub key: String,
    /// The code it reports.
    pub code: Code,
    /// The severity it reports with.
    pub severity: Severity,
    /// The rule kind's name, as the policy wrote it.
    pub kind: &'static str,
    /// Its kind, with the parameters the policy gave it.
    pub check: Arc<dyn Check>,
    /// The message template.
    pub message: Template,
    /// The help template.
    pub help: Option<Template>,
    /// The primary label template.
    pub label: Option<Template>,
    /// Secondary label templates by name.
    pub labels: HashMap<String, Template>,
}

impl Rule {
    /// What its findings say, for its kind's check to fill in.
    pub fn words(&self) -> Wording<'_> {
        Wording {
            code: self.code,
            severity: self.severity,
            message: &self.message,
            help: self.help.as_ref(),
            label: self.label.as_ref(),
            labels: &self.labels,
        }
    }
}

/// A compiled policy version: its [`Policy`] (which it dereferences to) and
/// its rules.
#[derive(Debug, Clone)]
pub struct RuleSet {
    /// The header and catalogues.
    pub policy: Policy,
    /// Rules in policy order.
    pub rules: Vec<Rule>,
    /// The indices of `rules` in the order they run: kind by kind, in the
    /// order of [`KINDS`], then in policy order.
    pub run_order: Vec<usize>,
}

impl std::ops::Deref for RuleSet {
    type Target = Policy;
    fn deref(&self) -> &Policy {
        &self.policy
    }
}

impl std::ops::DerefMut for RuleSet {
    fn deref_mut(&mut self) -> &mut Policy {
        &mut self.policy
    }
}

impl RuleSet {
    /// A rule set of these rules, which run kind by kind in the order of
    /// [`KINDS`], then in policy order.
    pub fn new(policy: Policy, rules: Vec<Rule>) -> RuleSet {
        let rank = |rule: &Rule| KINDS.iter().position(|k| k.spec.name == rule.kind).unwrap_or(KINDS.len());
        let mut run_order: Vec<usize> = (0..rules.len()).collect();
        run_order.sort_by_key(|&i| (rank(&rules[i]), i));
        RuleSet { policy, rules, run_order }
    }

    /// Whether some rule instantiates a check of this kind.
    pub fn has(&self, kind: &str) -> bool {
        self.rules.iter().any(|r| r.kind == kind)
    }

    /// Runs every rule over a structurally valid manifest, in
    /// [`RuleSet::run_order`].
    pub fn evaluate(&self, manifest: &Manifest, document: &Document<'_>, as_of: Date) -> Vec<Draft> {
        let kinds: Vec<&str> = self.rules.iter().map(|r| r.kind).collect();
        let cx = Context::new(manifest, document, &self.policy, &kinds, as_of);
        let mut out = Vec::new();
        for rule in self.run_order.iter().filter_map(|&i| self.rules.get(i)) {
            rule.check.run(&cx, &rule.words(), &mut out);
        }
        // Findings point at values by their path, which resolves to its
        // nearest existing ancestor: a field renamed in the manifest's types
        // but not in a kind would point at the wrong place without a word.
        // Every test run holds each kind to paths that exist.
        if cfg!(debug_assertions) {
            for draft in &out {
                let targets = std::iter::once(&draft.at).chain(draft.labels.iter().map(|(at, _)| at));
                for target in targets {
                    if let crate::document::Target::Value(path) | crate::document::Target::Key(path) = target {
                        let code = draft.code;
                        assert!(
                            document.value(path).is_some(),
                            "`{code}` points at `{path}`, which is not in the file"
                        );
                    }
                }
            }
        }
        out
    }
}
