//! "What would make this pass": for each error of a check, the smallest
//! change that fixes it, where the policy lets us know it; otherwise the
//! finding's own help line.

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

/// The fixes for the errors (not waived) among `findings`.
pub fn fixes(findings: &[Finding], manifest: &Manifest, rules: &RuleSet) -> Vec<Fix> {
    findings
        .iter()
        .filter(|f| f.severity == Severity::Error && f.waiver.is_none())
        .map(|f| Fix {
            code: f.code,
            problem: f.message.clone(),
            fix: specific(f, manifest, rules).or_else(|| f.help.clone()).unwrap_or_default(),
        })
        .collect()
}

/// The fix a finding's rule kind knows how to compute. The rule is the
/// first of the policy that reports the finding's code: fixes follow what a
/// rule checks, not what its code is called.
fn specific(finding: &Finding, manifest: &Manifest, rules: &RuleSet) -> Option<String> {
    let rule = rules.rules.iter().find(|r| r.code == finding.code)?;
    rule.check.fix(finding, manifest, rules)
}

/// The benefits whose activation `check` rejects: an error, not waived, of a
/// rule about activations (one that grants them, or the role that may make
/// them), naming the benefit.
pub fn rejected_activations(findings: &[Finding], rules: &RuleSet) -> Vec<(String, Code)> {
    let mut out: Vec<(String, Code)> = Vec::new();
    for finding in findings.iter().filter(|f| f.severity == Severity::Error && f.waiver.is_none()) {
        let about_activations =
            rules.rules.iter().filter(|r| r.code == finding.code).any(|r| r.check.refuses_activations());
        if let (true, Some(benefit)) = (about_activations, finding.facts.get("benefit")) {
            if !out.iter().any(|(b, _)| b == benefit) {
                out.push((benefit.to_string(), finding.code));
            }
        }
    }
    out
}
