//! `policy diff --against`: every manifest checked under two versions of a
//! policy, and the ones whose verdict flips. It sits above both the policy
//! and the checker, which it drives.

use serde::Serialize;

use crate::policy::ruleset::RuleSet;

/// A manifest whose verdict differs between two versions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Flip {
    /// The manifest.
    pub path: String,
    /// Eligible under A.
    pub before: bool,
    /// Eligible under B.
    pub after: bool,
    /// The error codes that appear (or, for a flip to eligible, disappear).
    pub codes: Vec<String>,
}

/// Totals of a replay.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Replay {
    /// Manifests checked under both versions.
    pub manifests: usize,
    /// Eligible under A, not under B.
    pub became_ineligible: usize,
    /// Not eligible under A, eligible under B.
    pub became_eligible: usize,
    /// Same verdict under both.
    pub unchanged: usize,
}

/// Checks every manifest under both versions (whatever the manifests pin) and
/// reports the ones whose verdict flips.
pub fn replay(
    library: &crate::policy::Library,
    a: &RuleSet,
    b: &RuleSet,
    manifests: &[(String, Vec<u8>)],
    as_of: Option<crate::date::Date>,
) -> (Vec<Flip>, Replay) {
    let under = |set: &RuleSet| {
        crate::Checker::new(
            library,
            crate::Options {
                as_of,
                policy: Some(set.id.clone()),
                policy_version: Some(set.version.clone()),
                force_policy: true,
                ..crate::Options::default()
            },
        )
    };
    let (check_a, check_b) = (under(a), under(b));
    let errors = |r: &crate::FileReport| -> Vec<String> {
        let mut codes: Vec<String> = r
            .findings
            .iter()
            .filter(|f| f.severity == crate::Severity::Error && f.waiver.is_none())
            .map(|f| f.code.to_string())
            .collect();
        codes.sort();
        codes.dedup();
        codes
    };
    let mut flips = Vec::new();
    let mut totals = Replay { manifests: manifests.len(), ..Replay::default() };
    for (path, bytes) in manifests {
        let (ra, rb) = (check_a.check(path, bytes), check_b.check(path, bytes));
        let (before, after) = (ra.eligible(), rb.eligible());
        if before == after {
            totals.unchanged += 1;
            continue;
        }
        let (ea, eb) = (errors(&ra), errors(&rb));
        let codes = if before {
            eb.into_iter().filter(|c| !ea.contains(c)).collect()
        } else {
            ea.into_iter().filter(|c| !eb.contains(c)).collect()
        };
        if before {
            totals.became_ineligible += 1;
        } else {
            totals.became_eligible += 1;
        }
        flips.push(Flip { path: path.clone(), before, after, codes });
    }
    (flips, totals)
}
