//! Waivers: a manifest may accept a finding for a while, with a reason, an
//! owner and an expiry. A waived finding is still reported, marked as waived,
//! and does not fail the check; an expired waiver waives nothing and is itself
//! an error.

use crate::codes::Code;
use crate::date::Date;
use crate::diagnostic::{Draft, Waived};
use crate::document::{Path, Target};
use crate::manifest::Waiver;
use crate::messages;
use crate::suggest::did_you_mean;
use crate::template::Fields;

/// Codes a waiver may not name: findings that stop the check before waivers
/// are read, and the waivers' own.
fn waivable(code: Code) -> bool {
    !code.is_built_in() && !code.is_policy()
}

/// Marks the drafts that waivers accept, and returns the findings about the
/// waivers themselves.
pub fn apply(waivers: &[Waiver], drafts: &mut [Draft], as_of: Date, warn_within_days: u32) -> Vec<Draft> {
    let mut out = Vec::new();
    for (i, waiver) in waivers.iter().enumerate() {
        let at = |key: &str| Target::Value(Path::item("waivers", i).key(key));
        let Some(code) = Code::from_name(&waiver.code).filter(|c| waivable(*c)) else {
            let names: Vec<&str> = Code::ALL.iter().filter(|c| waivable(**c)).map(|c| c.as_str()).collect();
            let help = match did_you_mean(&waiver.code, names.iter().copied()) {
                Some(s) => messages::did_you_mean(s),
                None => messages::reference_help("code", &names, None),
            };
            out.push(
                Draft::new(Code::ReferenceUnknown, messages::unknown_waiver_code(&waiver.code), at("code")).help(help),
            );
            continue;
        };
        if waiver.expires < as_of {
            out.push(
                Draft::new(
                    Code::WaiverExpired,
                    messages::waiver_expired(&waiver.code, &waiver.expires.to_string()),
                    at("expires"),
                )
                .help(messages::waiver_expired_help(&waiver.owner)),
            );
            continue;
        }
        let mut matched = 0;
        for draft in drafts.iter_mut().filter(|d| d.code == code && d.waiver.is_none()) {
            if waiver.target.as_deref().is_none_or(|t| targets(&draft.facts, t)) {
                draft.waiver = Some(Waived {
                    reason: waiver.reason.clone(),
                    owner: waiver.owner.clone(),
                    ticket: waiver.ticket.clone(),
                    expires: waiver.expires,
                });
                matched += 1;
            }
        }
        if matched == 0 {
            out.push(
                Draft::new(
                    Code::WaiverUnused,
                    messages::waiver_unused(&waiver.code, waiver.target.as_deref()),
                    at("code"),
                )
                .help(messages::WAIVER_UNUSED_HELP),
            );
        } else if waiver.expires < as_of.plus_days(warn_within_days) {
            out.push(
                Draft::new(
                    Code::WaiverExpiring,
                    messages::waiver_expiring(&waiver.code, &waiver.expires.to_string(), matched),
                    at("expires"),
                )
                .help(messages::waiver_expiring_help(&waiver.owner)),
            );
        }
    }
    out
}

/// Whether a finding is about `target`: one of its facts has that value, or
/// it is an Access ID whose last four characters are the target's.
fn targets(facts: &Fields, target: &str) -> bool {
    let tail = |s: &str| -> String {
        let chars: Vec<char> = s.trim_start_matches('…').chars().collect();
        chars[chars.len().saturating_sub(4)..].iter().collect()
    };
    facts.iter().any(|(name, value)| {
        value == target || (name.ends_with("access_id") && !target.is_empty() && tail(value) == tail(target))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_match_facts_and_access_id_tails() {
        let facts = Fields::new().with("incident", "INC-0011").with("access_id", "…0042");
        assert!(targets(&facts, "INC-0011"));
        assert!(targets(&facts, "0042"));
        assert!(targets(&facts, "AID-7731-0042"));
        assert!(!targets(&facts, "INC-0012"));
        assert!(!targets(&facts, "0043"));
    }
}
