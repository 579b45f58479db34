//! "What would make this pass": for each error of a check, the smallest
//! change that fixes it, where the policy lets us know it; otherwise the
//! finding's own help line.

use crate::codes::Code;
use crate::diagnostic::{Finding, Severity};
use crate::manifest::Manifest;
use crate::messages;
use crate::policy::ruleset::{Allowance, Check, RoleSubject, RuleSet};

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
    let fact = |name: &str| finding.facts.get(name).filter(|v| !v.is_empty());
    let rule = rules.rules.iter().find(|r| r.code == finding.code)?;
    match &rule.check {
        Check::Quota => {
            let benefit = rules.benefits.get(fact("benefit")?)?;
            let needed = manifest.incidents.iter().filter(|i| i.benefit == benefit.id).count();
            let needed = u32::try_from(needed).unwrap_or(u32::MAX);
            // The smallest grant that covers every incident listed.
            let grant = benefit
                .grants
                .iter()
                .filter(|g| g.incidents >= Allowance::Limited(needed))
                .min_by_key(|g| g.incidents)?;
            Some(messages::fix_grant(&grant.tier, grant.class.as_deref(), &grant.incidents.to_string(), &benefit.id))
        }
        Check::Eligibility => {
            // Removing the activation is the simplest fix; a membership that
            // grants the benefit, the other.
            let benefit = rules.benefits.get(fact("benefit")?)?;
            let grant = benefit.grants.iter().find(|g| g.incidents > Allowance::Limited(0))?;
            let grant =
                messages::fix_grant(&grant.tier, grant.class.as_deref(), &grant.incidents.to_string(), &benefit.id);
            Some(messages::fix_remove_activation(&benefit.id, &grant))
        }
        Check::RequiredRole { on, roles, .. } => {
            let holder =
                manifest.accounts.iter().find_map(|a| a.roles.iter().find(|r| roles.contains(r)).map(|r| (a, r)));
            let activate = *on == RoleSubject::Activations;
            Some(match holder {
                Some((account, role)) => messages::fix_ask(&account.user, role, activate),
                None => {
                    let roles: Vec<&str> = roles.iter().map(String::as_str).collect();
                    messages::fix_give_role(&messages::one_of(&roles))
                }
            })
        }
        Check::ContractLink { .. } => {
            Some(messages::fix_link(fact("access_id")?, fact("opened_by")?, fact("opened_on")?))
        }
        Check::RequiredProgram { .. } => Some(messages::fix_program(fact("program")?)),
        _ => None,
    }
}

/// The benefits whose activation `check` rejects: an error, not waived, of a
/// rule about activations (one that grants them, or the role that may make
/// them), naming the benefit.
pub fn rejected_activations(findings: &[Finding], rules: &RuleSet) -> Vec<(String, Code)> {
    let mut out: Vec<(String, Code)> = Vec::new();
    for finding in findings.iter().filter(|f| f.severity == Severity::Error && f.waiver.is_none()) {
        let about_activations =
            rules.rules.iter().filter(|r| r.code == finding.code).any(|r| {
                matches!(r.check, Check::Eligibility | Check::RequiredRole { on: RoleSubject::Activations, .. })
            });
        if let (true, Some(benefit)) = (about_activations, finding.facts.get("benefit")) {
            if !out.iter().any(|(b, _)| b == benefit) {
                out.push((benefit.to_string(), finding.code));
            }
        }
    }
    out
}
