//! "Did you mean" for unknown ids and keys.

/// The known id closest to `unknown`, if one is close enough to be a likely typo.
pub fn did_you_mean<'a, I>(unknown: &str, known: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    // The similarity costs the product of the two lengths: ids are short,
    // and a long value (an 80 KB user name) is no typo of one.
    if unknown.len() > MAX_COMPARED {
        return None;
    }
    let needle = unknown.to_lowercase();
    let mut best: Option<(f64, &'a str)> = None;
    for candidate in known.into_iter().filter(|c| c.len() <= MAX_COMPARED) {
        let lower = candidate.to_lowercase();
        let mut score = strsim::jaro_winkler(&needle, &lower);
        // `platform` for `cloud-platform`, `gold-` for `gold`: a clear fragment counts.
        if needle.len() >= 4 && (lower.contains(&needle) || needle.contains(&lower)) {
            score = score.max(0.9);
        }
        if score >= 0.8 && best.is_none_or(|(s, _)| score > s) {
            best = Some((score, candidate));
        }
    }
    best.map(|(_, c)| c)
}

/// Longer ids and values (in bytes) are never compared for a did-you-mean.
pub const MAX_COMPARED: usize = 128;

/// How many candidates a file's did-you-means may compare in all. Each
/// unknown id is compared with every known one, so a file with thousands of
/// each would be quadratic; past this budget the rest of the file's unknown
/// ids get the list of known ids but no suggestion. 200,000 comparisons take
/// a few milliseconds, and cover, say, 400 unknown ids among 400 accounts.
pub const COMPARISONS_PER_FILE: usize = 200_000;

/// A file's budget of did-you-mean comparisons (see [`COMPARISONS_PER_FILE`]).
#[derive(Debug, Clone)]
pub struct Budget {
    left: usize,
}

impl Default for Budget {
    fn default() -> Budget {
        Budget::new(COMPARISONS_PER_FILE)
    }
}

impl Budget {
    /// A budget of `comparisons` candidate comparisons.
    pub fn new(comparisons: usize) -> Budget {
        Budget { left: comparisons }
    }

    /// [`did_you_mean`], while the budget lasts: `None` once comparing with
    /// every known id would exceed it.
    pub fn did_you_mean<'a>(&mut self, unknown: &str, known: &[&'a str]) -> Option<&'a str> {
        if known.len() > self.left {
            self.left = 0;
            return None;
        }
        self.left -= known.len();
        did_you_mean(unknown, known.iter().copied())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_typos_and_fragments() {
        let ids = ["cloud-platform", "data-platform", "security"];
        assert_eq!(did_you_mean("cloud-platfrom", ids), Some("cloud-platform"));
        assert_eq!(did_you_mean("secruity", ids), Some("security"));
        assert_eq!(did_you_mean("zzz", ids), None);
    }

    #[test]
    fn long_values_are_not_compared() {
        let long = "a".repeat(MAX_COMPARED + 1);
        assert_eq!(did_you_mean(&long, [long.as_str()]), None);
        assert_eq!(did_you_mean("secruity", [long.as_str(), "security"]), Some("security"));
    }

    #[test]
    fn a_budget_stops_suggesting_when_spent() {
        let ids = ["cloud-platform", "data-platform", "security"];
        let mut budget = Budget::new(7);
        assert_eq!(budget.did_you_mean("secruity", &ids), Some("security"));
        assert_eq!(budget.did_you_mean("secruity", &ids), Some("security"));
        // 6 of 7 spent: the next three comparisons would exceed the budget.
        assert_eq!(budget.did_you_mean("secruity", &ids), None);
        assert_eq!(budget.did_you_mean("secruity", &ids[..1]), None);
    }
}
