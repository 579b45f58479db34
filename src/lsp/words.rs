//! The words of the language server's own (hover headings, code action
//! titles, placeholders), in one table keyed by their English text, so that
//! they can move into the translation files with the rest. Diagnostics are
//! `check`'s own words, in the client's language.

/// The server's words: (id, English).
const WORDS: &[(&str, &str)] = &[
    ("help", "help"),
    ("more", "and {n} more like it"),
    ("waived", "waived until {date}: {reason} ({owner})"),
    ("replace", "replace with `{value}`"),
    ("waive", "waive `{code}` here (add a [[waivers]] entry)"),
    ("remove-link", "remove this duplicate contract link"),
    ("waiver-reason", "why this finding is accepted"),
    ("waiver-owner", "who answers for it"),
    ("name", "name"),
    ("tier", "offer"),
    ("competency", "competency"),
    ("class", "class"),
    ("benefit", "benefit"),
    ("plan", "plan"),
    ("product", "product"),
    ("kind", "kind"),
    ("recent", "recent on {date}"),
    ("not-recent", "not recent on {date}"),
    ("mainstream-end", "mainstream support ends {date}"),
    ("scope", "covers"),
    ("recent-only", "recent products only"),
    ("needs-activation", "must be activated"),
    ("needs-contract", "needs a contract link"),
    ("grants", "grants"),
    ("any-class", "any competency"),
    ("incidents", "{n} incidents"),
    ("account", "account"),
    ("roles", "roles"),
    ("activation", "activation of `{benefit}`, requested {date}"),
    ("expires", "expires {date}"),
    ("active-on", "active on {date}"),
    ("memberships", "memberships"),
    ("contracts", "contracts"),
    ("none", "none"),
    ("policy", "policy"),
    ("severity", "severity"),
];

/// The words for an id, with `{name}`s filled in.
pub fn t(id: &str, args: &[(&str, &str)]) -> String {
    let template = WORDS.iter().find(|(k, _)| *k == id).map_or(id, |(_, v)| v);
    let mut out = template.to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn fills_in_arguments() {
        assert_eq!(super::t("recent", &[("date", "2021-01-01")]), "recent on 2021-01-01");
    }
}
