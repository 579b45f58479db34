//! Every word the server and its page say of their own, in one place, keyed
//! by an English id: the page's labels and headings, and the reasons of the
//! API's refusals, from the catalogues. Diagnostics themselves come from the
//! checker, in the language a request chose.

use crate::escape;
use crate::i18n::t;

/// The ids of the page's words. The page receives them in every language
/// and looks every label up by id.
pub const UI: &[&str] = &[
    "title",
    "intro",
    "manifest",
    "paste-here",
    "choose-file",
    "check",
    "language",
    "auto",
    "checking",
    "result",
    "eligible",
    "not-eligible",
    "errors",
    "warnings",
    "waived",
    "waived-count",
    "error",
    "warning",
    "help",
    "line",
    "column",
    "no-findings",
    "lines-hidden",
    "source",
    "policy",
    "entitlements",
    "benefit",
    "granted-by",
    "entitlement",
    "used",
    "remaining",
    "activated",
    "expires",
    "linked-to",
    "yes",
    "no",
    "none",
    "unlimited",
    "what-would-pass",
    "problem",
    "fix",
    "cannot-judge",
    "request-failed",
    "waived-by",
    "rejected",
    "passing-thanks-to",
    "waived-until",
];

/// The page's word of `id` in the current language (`page-<id>` in the
/// catalogues); the id itself for an id it lacks.
pub fn ui(id: &str) -> String {
    match id {
        "title" => t!("page-title"),
        "intro" => t!("page-intro"),
        "manifest" => t!("page-manifest"),
        "paste-here" => t!("page-paste-here"),
        "choose-file" => t!("page-choose-file"),
        "check" => t!("page-check"),
        "language" => t!("page-language"),
        "auto" => t!("page-auto"),
        "checking" => t!("page-checking"),
        "result" => t!("page-result"),
        "eligible" => t!("page-eligible"),
        "not-eligible" => t!("page-not-eligible"),
        "errors" => t!("page-errors"),
        "warnings" => t!("page-warnings"),
        "waived" => t!("page-waived"),
        "waived-count" => t!("page-waived-count"),
        "error" => t!("page-error"),
        "warning" => t!("page-warning"),
        "help" => t!("page-help"),
        "line" => t!("page-line"),
        "column" => t!("page-column"),
        "no-findings" => t!("page-no-findings"),
        "lines-hidden" => t!("page-lines-hidden"),
        "source" => t!("page-source"),
        "policy" => t!("page-policy"),
        "entitlements" => t!("page-entitlements"),
        "benefit" => t!("page-benefit"),
        "granted-by" => t!("page-granted-by"),
        "entitlement" => t!("page-entitlement"),
        "used" => t!("page-used"),
        "remaining" => t!("page-remaining"),
        "activated" => t!("page-activated"),
        "expires" => t!("page-expires"),
        "linked-to" => t!("page-linked-to"),
        "yes" => t!("page-yes"),
        "no" => t!("page-no"),
        "none" => t!("page-none"),
        "unlimited" => t!("page-unlimited"),
        "what-would-pass" => t!("page-what-would-pass"),
        "problem" => t!("page-problem"),
        "fix" => t!("page-fix"),
        "cannot-judge" => t!("page-cannot-judge"),
        "request-failed" => t!("page-request-failed"),
        "waived-by" => t!("page-waived-by"),
        "rejected" => t!("page-rejected"),
        "passing-thanks-to" => t!("page-passing-thanks-to"),
        "waived-until" => t!("page-waived-until"),
        _ => id.to_string(),
    }
}

/// The page's words in every language, as a JSON object of tables
/// (`{"en": {"title": …}, "es": …}`), for the page.
pub fn ui_json() -> String {
    let tables: serde_json::Map<String, serde_json::Value> = crate::Lang::ALL
        .iter()
        .map(|lang| {
            let table: serde_json::Map<String, serde_json::Value> = crate::i18n::with_lang(*lang, || {
                UI.iter().map(|id| ((*id).to_string(), serde_json::Value::from(ui(id)))).collect()
            });
            (lang.tag().to_string(), serde_json::Value::Object(table))
        })
        .collect();
    serde_json::Value::Object(tables).to_string()
}

fn quoted(value: &str) -> String {
    format!("`{}`", escape::inline(value))
}

/// A query parameter the API does not take.
pub fn unknown_parameter(name: &str) -> String {
    format!("unknown query parameter {}: expected name, lang, as_of or policy", quoted(name))
}

/// A query parameter given twice.
pub fn repeated_parameter(name: &str) -> String {
    format!("query parameter {} is given more than once", quoted(name))
}

/// A query string that is not `key=value&…`.
pub fn bad_query() -> String {
    "the query string is not of the form key=value&key=value".to_string()
}

/// A `name` that is empty or too long.
pub fn bad_name(limit: usize) -> String {
    format!("the file name (`name`) must have 1 to {limit} characters")
}

/// A body over the size limit.
pub fn too_large(limit: u64) -> String {
    format!("the manifest is larger than the limit of {limit} bytes")
}

/// A body that could not be read (the client went away, or sent a broken body).
pub fn bad_body() -> String {
    "the request body could not be read".to_string()
}

/// Every place taken.
pub fn busy() -> String {
    "the server is handling as many requests as it may; try again in a moment".to_string()
}

/// A code `explain` does not know.
pub fn unknown_code(code: &str, suggestion: Option<&str>) -> String {
    match suggestion {
        Some(s) => format!("unknown code {}; did you mean {}?", quoted(code), quoted(s)),
        None => format!("unknown code {}", quoted(code)),
    }
}

/// A path no route answers.
pub fn no_such_route() -> String {
    "no such page or API route; the API is described at /api/openapi.json".to_string()
}

/// A route asked with a method it does not take.
pub fn method_not_allowed() -> String {
    "this route does not take that method; the API is described at /api/openapi.json".to_string()
}

/// Where the server listens.
pub fn listening(url: &str) -> String {
    format!("entitle: serving on {url} (stop with Ctrl-C)")
}

/// The check ran into an internal failure (a worker thread ended).
pub fn internal() -> String {
    "the check could not be completed".to_string()
}

/// The server could not start (or its runtime failed).
pub fn cannot_serve(reason: &str) -> String {
    format!("cannot serve: {}", escape::inline(reason))
}

/// The address could not be bound.
pub fn cannot_listen(addr: &str, reason: &str) -> String {
    format!("cannot listen on {}: {}", quoted(addr), escape::inline(reason))
}
