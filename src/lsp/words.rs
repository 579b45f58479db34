//! The words of the language server's own (hover headings, code action
//! titles, placeholders), from the catalogues (`lsp-…` messages) in the
//! current language. Diagnostics are `check`'s own words, in the client's
//! language.

use crate::i18n::tr;

/// The words for an id, with `{ $name }`s filled in; a whole number is
/// passed as a number, so that it chooses a plural form.
pub fn t(id: &str, pairs: &[(&str, &str)]) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    for (name, value) in pairs {
        match value.parse::<i64>() {
            Ok(n) if n.to_string() == *value && n.unsigned_abs() < 1 << 53 => args.set(*name, n),
            _ => args.set(*name, *value),
        }
    }
    match id {
        "help" => tr("lsp-help", Some(&args)),
        "more" => tr("lsp-more", Some(&args)),
        "waived" => tr("lsp-waived", Some(&args)),
        "replace" => tr("lsp-replace", Some(&args)),
        "waive" => tr("lsp-waive", Some(&args)),
        "remove-link" => tr("lsp-remove-link", Some(&args)),
        "waiver-reason" => tr("lsp-waiver-reason", Some(&args)),
        "waiver-owner" => tr("lsp-waiver-owner", Some(&args)),
        "name" => tr("lsp-name", Some(&args)),
        "tier" => tr("lsp-tier", Some(&args)),
        "competency" => tr("lsp-competency", Some(&args)),
        "class" => tr("lsp-class", Some(&args)),
        "benefit" => tr("lsp-benefit", Some(&args)),
        "plan" => tr("lsp-plan", Some(&args)),
        "product" => tr("lsp-product", Some(&args)),
        "kind" => tr("lsp-kind", Some(&args)),
        "recent" => tr("lsp-recent", Some(&args)),
        "not-recent" => tr("lsp-not-recent", Some(&args)),
        "mainstream-end" => tr("lsp-mainstream-end", Some(&args)),
        "scope" => tr("lsp-scope", Some(&args)),
        "recent-only" => tr("lsp-recent-only", Some(&args)),
        "needs-activation" => tr("lsp-needs-activation", Some(&args)),
        "needs-contract" => tr("lsp-needs-contract", Some(&args)),
        "grants" => tr("lsp-grants", Some(&args)),
        "any-class" => tr("lsp-any-class", Some(&args)),
        "incidents" => tr("lsp-incidents", Some(&args)),
        "account" => tr("lsp-account", Some(&args)),
        "roles" => tr("lsp-roles", Some(&args)),
        "activation" => tr("lsp-activation", Some(&args)),
        "expires" => tr("lsp-expires", Some(&args)),
        "active-on" => tr("lsp-active-on", Some(&args)),
        "memberships" => tr("lsp-memberships", Some(&args)),
        "contracts" => tr("lsp-contracts", Some(&args)),
        "none" => tr("lsp-none", Some(&args)),
        "policy" => tr("lsp-policy", Some(&args)),
        "severity" => tr("lsp-severity", Some(&args)),
        _ => id.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use crate::Lang;
    use crate::i18n::with_lang;

    #[test]
    fn fills_in_arguments_and_plurals_in_the_language() {
        assert_eq!(super::t("recent", &[("date", "2021-01-01")]), "recent on 2021-01-01");
        assert_eq!(super::t("incidents", &[("n", "1")]), "1 incident");
        assert_eq!(super::t("incidents", &[("n", "20")]), "20 incidents");
        assert_eq!(with_lang(Lang::It, || super::t("incidents", &[("n", "1")])), "1 richiesta di supporto");
        assert_eq!(with_lang(Lang::Es, || super::t("incidents", &[("n", "5")])), "5 incidentes");
        assert_eq!(super::t("incidents", &[("n", "unlimited")]), "unlimited incidents");
    }
}
