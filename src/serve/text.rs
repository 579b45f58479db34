//! Every word the server and its page say of their own, in one place, keyed
//! by an English id: the page's labels and headings, and the reasons of the
//! API's refusals. English only for now; diagnostics themselves come from
//! the checker, in the language a request chose.

use crate::escape;

/// The page's words, by id. The page receives the table whole and looks
/// every label up by id.
pub const UI: &[(&str, &str)] = &[
    ("title", "Check a membership manifest"),
    (
        "intro",
        "Paste a manifest or drop a .toml file: entitle says what is wrong, under the line it is on, and what the partner is entitled to. Nothing is stored.",
    ),
    ("manifest", "Manifest (TOML)"),
    ("paste-here", "Paste the manifest here, or drop a file on this box"),
    ("choose-file", "Or choose a file"),
    ("check", "Check"),
    ("language", "Language"),
    ("auto", "Browser's language"),
    ("checking", "Checking…"),
    ("result", "Result"),
    ("eligible", "Passes: no errors"),
    ("not-eligible", "Does not pass"),
    ("errors", "Errors"),
    ("warnings", "Warnings"),
    ("waived", "waived"),
    ("waived-count", "Waived"),
    ("error", "error"),
    ("warning", "warning"),
    ("help", "help"),
    ("line", "line"),
    ("column", "column"),
    ("no-findings", "No findings."),
    ("lines-hidden", "lines not shown"),
    ("source", "The manifest, with each finding under its line"),
    ("policy", "Policy"),
    ("entitlements", "Entitlements"),
    ("benefit", "Benefit"),
    ("granted-by", "Granted by"),
    ("entitlement", "Entitlement"),
    ("used", "Used"),
    ("remaining", "Remaining"),
    ("activated", "Activated"),
    ("expires", "Expires"),
    ("linked-to", "Linked to"),
    ("yes", "yes"),
    ("no", "no"),
    ("none", "none"),
    ("unlimited", "unlimited"),
    ("what-would-pass", "What would make this pass"),
    ("problem", "Problem"),
    ("fix", "Fix"),
    ("cannot-judge", "The manifest cannot be read far enough to show entitlements."),
    ("request-failed", "The server refused the request"),
    ("waived-by", "waived"),
];

/// The word of `id` in the table; the id itself for an id it lacks.
pub fn ui(id: &str) -> &str {
    UI.iter().find(|(key, _)| *key == id).map_or(id, |(_, word)| word)
}

/// The table as a JSON object, for the page.
pub fn ui_json() -> String {
    let table: serde_json::Map<String, serde_json::Value> =
        UI.iter().map(|(id, word)| ((*id).to_string(), serde_json::Value::from(*word))).collect();
    serde_json::Value::Object(table).to_string()
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
