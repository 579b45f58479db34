//! "What would make this pass": for each error of a check, the smallest
//! change that fixes it, where the policy lets us know it; otherwise the
//! finding's own help line.

use std::collections::HashMap;

use crate::codes::Code;
use crate::diagnostic::{Finding, Severity};
use crate::manifest::Manifest;
use crate::policy::ruleset::RuleSet;

/// One fix for one finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    /// The finding's code.
    pub code: Code,
    /// The finding's message.
    pub problem: String,
    /// The change that fixes it.
    pub fix: String,
}

/// The fixes for the errors (not waived) among `findings`. Findings of one
/// rule that agree on what its fix reads share one fix, made once.
pub fn fixes(findings: &[Finding], manifest: &Manifest, rules: &RuleSet) -> Vec<Fix> {
    let mut shared: HashMap<(usize, Vec<&str>), Option<String>> = HashMap::new();
    findings
        .iter()
        .filter(|f| f.severity == Severity::Error && f.waiver.is_none())
        .map(|f| {
            let specific = specific(f, manifest, rules, &mut shared);
            Fix {
                code: f.code,
                problem: f.message.clone(),
                fix: specific.or_else(|| f.help.clone()).unwrap_or_default(),
            }
        })
        .collect()
}

/// The fix a finding's rule kind knows how to compute. The rule is the
/// first of the policy that reports the finding's code: fixes follow what a
/// rule checks, not what its code is called.
fn specific<'f>(
    finding: &'f Finding,
    manifest: &Manifest,
    rules: &RuleSet,
    shared: &mut HashMap<(usize, Vec<&'f str>), Option<String>>,
) -> Option<String> {
    let (index, rule) = rules.rules.iter().enumerate().find(|(_, r)| r.code == finding.code)?;
    let Some(reads) = rule.check.fix_reads() else { return rule.check.fix(finding, manifest, rules) };
    let key = (index, reads.iter().map(|name| finding.fact(name).unwrap_or_default()).collect());
    shared.entry(key).or_insert_with(|| rule.check.fix(finding, manifest, rules)).clone()
}

/// The benefits whose activation `check` rejects: an error, not waived, of a
/// rule about activations (one that grants them, or the role that may make
/// them), naming the benefit.
pub fn rejected_activations(findings: &[Finding], rules: &RuleSet) -> Vec<(String, Code)> {
    let mut out: Vec<(String, Code)> = Vec::new();
    for finding in findings.iter().filter(|f| f.severity == Severity::Error && f.waiver.is_none()) {
        let about_activations =
            rules.rules.iter().filter(|r| r.code == finding.code).any(|r| r.check.refuses_activations());
        if let (true, Some(benefit)) = (about_activations, finding.facts.get("benefit"))
            && !out.iter().any(|(b, _)| b == benefit)
        {
            out.push((benefit.to_string(), finding.code));
        }
    }
    out
}
