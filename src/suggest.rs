//! "Did you mean" for unknown ids and keys.

/// The known id closest to `unknown`, if one is close enough to be a likely typo.
pub fn did_you_mean<'a, I>(unknown: &str, known: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let needle = unknown.to_lowercase();
    let mut best: Option<(f64, &'a str)> = None;
    for candidate in known {
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
}
