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
use crate::policy::ruleset::RuleSet;
use crate::suggest::did_you_mean;
#[cfg(test)]
use crate::template::Fields;
use rustc_hash::FxHashMap as HashMap;

/// Marks the drafts that waivers accept, and returns the findings about the
/// waivers themselves.
/// A waiver may name the codes of the policy's rules (see
/// [`Policy::rule_code`](crate::policy::catalog::Policy::rule_code)), never the pipeline's own.
pub fn apply(waivers: &[Waiver], drafts: &mut [Draft], as_of: Date, rules: &RuleSet) -> Vec<Draft> {
    let warn_within_days = rules.waiver_warn_days;
    let mut out = Vec::new();
    if waivers.is_empty() {
        return out;
    }
    let mut index = Index::new(drafts);
    for (i, waiver) in waivers.iter().enumerate() {
        let at = |key: &str| Target::Value(Path::item("waivers", i).key(key));
        let Some(code) = rules.rule_code(&waiver.code) else {
            if Code::built_in(&waiver.code).is_some() {
                // It exists, but what it reports stops the check or judges
                // the waivers themselves: no waiver may accept it.
                out.push(
                    Draft::new(Code::REFERENCE_UNKNOWN, messages::unwaivable_code(&waiver.code), at("code"))
                        .help(messages::unwaivable_code_help()),
                );
                continue;
            }
            let names = rules.rule_code_names();
            let suggestion = did_you_mean(&waiver.code, names.iter().copied());
            let help = match suggestion {
                Some(s) => messages::did_you_mean(s),
                None => messages::reference_help("code", &names, None),
            };
            out.push(
                Draft::new(Code::REFERENCE_UNKNOWN, messages::unknown_waiver_code(&waiver.code), at("code"))
                    .help(help)
                    .suggest(suggestion),
            );
            continue;
        };
        if waiver.expires < as_of {
            out.push(
                Draft::new(
                    Code::WAIVER_EXPIRED,
                    messages::waiver_expired(&waiver.code, &waiver.expires.to_string()),
                    at("expires"),
                )
                .help(messages::waiver_expired_help(&waiver.owner)),
            );
            continue;
        }
        let mut matched = 0;
        for i in index.take(code, waiver.target.as_deref()) {
            let draft = &mut drafts[i];
            if draft.waiver.is_none() {
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
                    Code::WAIVER_UNUSED,
                    messages::waiver_unused(&waiver.code, waiver.target.as_deref()),
                    at("code"),
                )
                .help(messages::waiver_unused_help()),
            );
        } else if waiver.expires.days_since(as_of) < i64::from(warn_within_days) {
            out.push(
                Draft::new(
                    Code::WAIVER_EXPIRING,
                    messages::waiver_expiring(&waiver.code, &waiver.expires.to_string(), matched),
                    at("expires"),
                )
                .help(messages::waiver_expiring_help(&waiver.owner)),
            );
        }
    }
    out
}

/// The drafts a waiver may accept, found by code and by fact rather than by
/// a scan of every draft per waiver (quadratic with thousands of each).
///
/// A finding is about a waiver's `target` when one of its facts has that
/// value, or it is an Access ID whose last four characters are the target's.
/// Each list is handed out once: every draft in it is then waived, so a later
/// waiver of the same code and target would match none of them anyway.
struct Index {
    /// Drafts by code, for waivers without a target.
    by_code: HashMap<Code, Vec<usize>>,
    /// Drafts by code and the value of one of their facts.
    by_value: HashMap<(Code, String), Vec<usize>>,
    /// Drafts by code and the last four characters of an Access ID fact.
    by_tail: HashMap<(Code, String), Vec<usize>>,
}

impl Index {
    fn new(drafts: &[Draft]) -> Index {
        let mut index =
            Index { by_code: HashMap::default(), by_value: HashMap::default(), by_tail: HashMap::default() };
        for (i, draft) in drafts.iter().enumerate() {
            if draft.waiver.is_some() {
                continue;
            }
            index.by_code.entry(draft.code).or_default().push(i);
            let mut values: Vec<&str> = draft.facts.iter().map(|(_, v)| v).collect();
            values.sort_unstable();
            values.dedup();
            for value in values {
                index.by_value.entry((draft.code, value.to_string())).or_default().push(i);
            }
            let mut tails: Vec<String> =
                draft.facts.iter().filter(|(name, _)| name.ends_with("access_id")).map(|(_, v)| tail(v)).collect();
            tails.sort_unstable();
            tails.dedup();
            for t in tails {
                index.by_tail.entry((draft.code, t)).or_default().push(i);
            }
        }
        index
    }

    /// The drafts of `code` about `target` (all of them without one), in
    /// source order, each at most once.
    fn take(&mut self, code: Code, target: Option<&str>) -> Vec<usize> {
        let Some(target) = target else {
            return self.by_code.remove(&code).unwrap_or_default();
        };
        let mut found = self.by_value.remove(&(code, target.to_string())).unwrap_or_default();
        if !target.is_empty() {
            found.extend(self.by_tail.remove(&(code, tail(target))).unwrap_or_default());
            found.sort_unstable();
            found.dedup();
        }
        found
    }
}

/// The characters of an Access ID a report shows, as shown or as written.
fn tail(s: &str) -> String {
    let chars: Vec<char> = s.trim_start_matches('…').chars().collect();
    chars[chars.len().saturating_sub(crate::redact::SHOWN)..].iter().collect()
}

/// Whether a finding is about `target` (what [`Index`] finds, draft by draft).
#[cfg(test)]
fn targets(facts: &Fields, target: &str) -> bool {
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

    #[test]
    fn the_warning_window_is_the_policys_and_none_without_waiver_settings() {
        let shipped = include_str!("../../policies/mpn-technical-support/2021-03-04.toml");
        let settings = "[waivers]\nwarn_within_days = 14";
        assert!(shipped.contains(settings));
        for (text, days) in
            [(shipped.replace(settings, "[waivers]\nwarn_within_days = 3"), 3), (shipped.replace(settings, ""), 0)]
        {
            let library = crate::policy::Library::from_sources(vec![("p.toml".into(), text)]).expect("compiles");
            assert_eq!(library.all()[0].waiver_warn_days, days);
        }
    }

    #[test]
    fn a_waiver_expiring_near_the_end_of_the_calendar_is_reported_as_expiring() {
        let date = |s: &str| Date::parse(s).expect("a date");
        let library = crate::policy::Library::builtin().expect("the built-in policies");
        let rules = &library.all()[0];
        assert_eq!(rules.waiver_warn_days, 14);
        let code = rules.rule_code("quota.exceeded").expect("a code");
        // (as_of, expires, expiring) with 14 days' warning.
        for (as_of, expires, expiring) in [
            ("9999-12-20", "9999-12-31", true),
            ("9999-12-01", "9999-12-14", true),
            ("9999-12-01", "9999-12-15", false),
            ("9999-12-31", "9999-12-31", true),
            ("2021-06-15", "2021-06-20", true),
            ("2021-06-15", "2021-07-20", false),
        ] {
            let waiver = Waiver {
                code: code.as_str().to_string(),
                target: None,
                reason: "accepted".into(),
                owner: "alice@contoso.com".into(),
                ticket: None,
                expires: date(expires),
            };
            let mut drafts = [Draft::new(code, "over the quota", Target::Value(Path::root()))];
            let out = apply(&[waiver], &mut drafts, date(as_of), rules);
            assert!(drafts[0].waiver.is_some(), "{as_of} {expires}");
            let codes: Vec<Code> = out.iter().map(|d| d.code).collect();
            let expected: &[Code] = if expiring { &[Code::WAIVER_EXPIRING] } else { &[] };
            assert_eq!(codes, expected, "as of {as_of}, expires {expires}");
        }
    }
}
