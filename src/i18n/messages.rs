//! The message catalogue: every sentence `entitle` writes that does not come
//! from a policy file. Rule messages live in the policies; these are the
//! pipeline's own (syntax, structure, policy compilation, the command line),
//! kept in one place so that they read alike. Their words are in the Fluent
//! catalogues (`locales/<lang>/entitle.ftl`), in the language of the run;
//! this module gives each message its arguments and keeps the layout
//! (indentation, line ends, column padding) that no language changes.

use crate::escape::inline;
use crate::i18n::t;

/// `did you mean …?` for an unknown id or key.
pub fn did_you_mean(suggestion: &str) -> String {
    t!("did-you-mean", suggestion = suggestion)
}

fn quoted(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|i| format!("`{i}`")).collect()
}

/// A list of ids as users read it: `a`, `b` or `c`.
pub fn one_of(ids: &[&str]) -> String {
    match quoted(ids).as_slice() {
        [] => t!("list-none"),
        [one] => one.clone(),
        [rest @ .., last] => t!("list-or", rest = rest.join(", "), last = last.as_str()),
    }
}

/// A list of ids joined with `and`.
pub fn all_of(ids: &[&str]) -> String {
    match quoted(ids).as_slice() {
        [] => t!("list-none"),
        [one] => one.clone(),
        [rest @ .., last] => t!("list-and", rest = rest.join(", "), last = last.as_str()),
    }
}

/// The name of a kind of thing that code passes into a sentence (`unknown
/// {what} …`), the catalogue's `noun-<id>`, given by its id (`access-id`)
/// or its English words (`Access ID`); a name this table lacks is shown as
/// it is.
pub fn noun(what: &str) -> String {
    // By its id (`access-id`), or by its English words (`Access ID`).
    match what.to_ascii_lowercase().replace(' ', "-").as_str() {
        "offer" => t!("noun-offer"),
        "competency" => t!("noun-competency"),
        "program" => t!("noun-program"),
        "role" => t!("noun-role"),
        "portal" => t!("noun-portal"),
        "product" => t!("noun-product"),
        "benefit-or-plan" => t!("noun-benefit-or-plan"),
        "benefit" => t!("noun-benefit"),
        "account" => t!("noun-account"),
        "access-id" => t!("noun-access-id"),
        "version" => t!("noun-version"),
        "versions" => t!("noun-versions"),
        "policies" => t!("noun-policies"),
        "id" => t!("noun-id"),
        "rule-kind" => t!("noun-rule-kind"),
        "field" => t!("noun-field"),
        "label" => t!("noun-label"),
        "collection" => t!("noun-collection"),
        "subject" => t!("noun-subject"),
        "competency-class" => t!("noun-competency-class"),
        "product-kind" => t!("noun-product-kind"),
        "tier" => t!("noun-tier"),
        "code" => t!("noun-code"),
        "rule" => t!("noun-rule"),
        "document" => t!("noun-document"),
        "policy" => t!("noun-policy"),
        "manifest" => t!("noun-manifest"),
        _ => what.to_string(),
    }
}

/// The name of a type of value, given by its English name (`a string`), as
/// the structure checks name what they expect and what they find.
pub fn type_phrase(phrase: &str) -> String {
    match phrase {
        "a string" => t!("type-string"),
        "an integer" => t!("type-integer"),
        "a number" => t!("type-number"),
        "a float" => t!("type-float"),
        "a boolean" => t!("type-boolean"),
        "a date" => t!("type-date"),
        "a date-time" => t!("type-date-time"),
        "an array" => t!("type-array"),
        "a table" => t!("type-table"),
        "one of the listed words" => t!("type-listed-word"),
        "nothing" => t!("type-nothing"),
        "another type" => t!("type-other"),
        other => other.to_string(),
    }
}

// --- reading files -------------------------------------------------------

/// The file's bytes are not UTF-8.
pub fn not_utf8() -> String {
    t!("syntax-not-utf8")
}
/// Help for [`not_utf8`].
pub fn not_utf8_help() -> String {
    t!("syntax-not-utf8-help")
}
/// Label at the first byte that is not UTF-8.
pub fn not_utf8_label() -> String {
    t!("syntax-not-utf8-label")
}

/// A TOML syntax error, as the parser words it.
pub fn syntax(parser_message: &str) -> String {
    let first = parser_message.lines().next().unwrap_or(parser_message).trim();
    let mut text = first.to_string();
    if let Some(c) = text.get(..1) {
        text.replace_range(..1, &c.to_lowercase());
    }
    text.trim_end_matches('.').to_string()
}

/// Help for a syntax error.
pub fn syntax_help(parser_message: &str) -> String {
    if parser_message.contains("recurs") {
        t!("syntax-help-recursion")
    } else if parser_message.contains("date") || parser_message.contains("month") || parser_message.contains("day") {
        t!("syntax-help-date")
    } else if parser_message.contains("duplicate key") {
        t!("syntax-help-duplicate-key")
    } else {
        t!("syntax-help")
    }
}

/// Nesting deeper than the limit.
pub fn too_deep(limit: usize) -> String {
    t!("limit-too-deep", limit = limit.to_string())
}

/// Help for [`too_deep`].
pub fn too_deep_help() -> String {
    t!("limit-too-deep-help")
}

/// A file over the size limit.
pub fn too_large(size: u64, limit: u64) -> String {
    t!("limit-too-large", size = size.to_string(), limit = limit.to_string())
}

/// A stream (stdin, a file still growing) that went on past the limit: only
/// the first `limit + 1` bytes were read, so its size is not known.
pub fn too_large_unknown(limit: u64) -> String {
    t!("limit-too-large-unknown", limit = limit.to_string())
}

/// Help for [`too_large`].
pub fn too_large_help() -> String {
    t!("limit-too-large-help")
}

/// A path that is not a regular file (a FIFO, a socket, a device).
pub fn not_a_file(path: &str) -> String {
    t!("input-not-a-file", path = path)
}

// --- structure (schema) --------------------------------------------------

/// A key the format does not have.
pub fn unknown_key(key: &str, table: &str) -> String {
    t!("schema-unknown-key", key = key, table = table)
}

/// Help listing the keys a table may have.
pub fn known_keys(keys: &[&str]) -> String {
    t!("schema-known-keys", keys = all_of(keys))
}

/// A key the format requires.
pub fn missing_key(key: &str, table: &str) -> String {
    t!("schema-missing-key", key = key, table = table)
}

/// Help for [`missing_key`], with the key's description from the schema.
pub fn missing_key_help(key: &str, description: Option<&str>) -> String {
    match description {
        Some(d) => {
            t!("schema-missing-key-help-described", key = key, description = lower_first(d.trim_end_matches('.')))
        }
        None => t!("schema-missing-key-help", key = key),
    }
}

/// A value of the wrong type; `expected` and `found` are English type
/// phrases ([`type_phrase`]).
pub fn wrong_type(key: &str, expected: &str, found: &str, literal: Option<&str>) -> String {
    let (expected, found) = (type_phrase(expected), type_phrase(found));
    match literal {
        Some(l) => t!("schema-wrong-type-literal", key = key, expected = expected, found = found, literal = l),
        None => t!("schema-wrong-type", key = key, expected = expected, found = found),
    }
}

/// Help for a value of the wrong type.
pub fn wrong_type_help(expected: &str, description: Option<&str>) -> String {
    match (expected, description) {
        ("a date", _) => t!("schema-wrong-type-help-date"),
        ("a string", _) => t!("schema-wrong-type-help-string"),
        ("an array", _) => t!("schema-wrong-type-help-array"),
        (_, Some(d)) => lower_first(d.trim_end_matches('.')),
        _ => t!("schema-wrong-type-help", expected = type_phrase(expected)),
    }
}

/// A string that should be a date.
pub fn bad_date(key: &str, literal: &str) -> String {
    t!("schema-bad-date", key = key, literal = literal)
}

/// Help for [`bad_date`].
pub fn bad_date_help() -> String {
    t!("schema-bad-date-help")
}

/// A membership whose `end` comes before its `start`.
pub fn ends_before_start(end: &str, start: &str) -> String {
    t!("schema-ends-before-start", end = end, start = start)
}

/// The label under the `end` of [`ends_before_start`].
pub fn ends_here() -> String {
    t!("schema-ends-here")
}

/// The label under the `start` of [`ends_before_start`].
pub fn starts_here() -> String {
    t!("schema-starts-here")
}

/// Help for [`ends_before_start`].
pub fn ends_before_start_help() -> String {
    t!("schema-ends-before-start-help")
}

/// A string of the wrong form.
pub fn bad_form(key: &str, literal: &str) -> String {
    t!("schema-bad-form", key = key, literal = literal)
}

/// A value outside a closed set.
pub fn not_one_of(key: &str, literal: &str) -> String {
    t!("schema-not-one-of", key = key, literal = literal)
}

/// Help for [`not_one_of`].
pub fn not_one_of_help(options: &[&str], suggestion: Option<&str>) -> String {
    match suggestion {
        Some(s) => t!("schema-not-one-of-help-suggestion", suggestion = s, options = one_of(options)),
        None => t!("schema-not-one-of-help", options = one_of(options)),
    }
}

/// A number outside its range.
pub fn out_of_range(key: &str, literal: &str) -> String {
    t!("schema-out-of-range", key = key, literal = literal)
}

/// Help for a manifest version this build does not read.
pub fn supported_versions(versions: &[u32]) -> String {
    let list: Vec<String> = versions.iter().map(u32::to_string).collect();
    t!("schema-supported-versions", versions = list.join(", "))
}

/// An empty string or list where one value is needed at least.
pub fn empty(key: &str) -> String {
    t!("schema-empty", key = key)
}

/// An integer beyond what any field can hold.
pub fn integer_too_large(key: &str, literal: &str) -> String {
    t!("schema-integer-too-large", key = key, literal = literal)
}

/// Help for [`integer_too_large`].
pub fn integer_too_large_help() -> String {
    t!("schema-integer-too-large-help")
}

/// Any other structural fault, in the validator's words.
pub fn schema_other(key: &str, detail: &str) -> String {
    format!("`{key}`: {}", lower_first(detail))
}

/// A file that is structurally valid but still could not be read as a
/// `kind` (`document`, `manifest`, `policy`).
pub fn cannot_read_as(kind: &str, detail: &str) -> String {
    t!("schema-cannot-read-as", kind = noun(kind), detail = lower_first(detail))
}

// --- policy selection ----------------------------------------------------

/// A policy id that no available policy has.
pub fn unknown_policy(id: &str) -> String {
    t!("policy-unknown", id = id)
}

/// A policy version that the policy does not have.
pub fn unknown_policy_version(id: &str, version: &str) -> String {
    t!("policy-unknown-version", id = id, version = version)
}

/// Help listing what exists (`policies`, `versions`).
pub fn available(what: &str, ids: &[&str], suggestion: Option<&str>) -> String {
    match suggestion {
        Some(s) => t!("policy-available-suggestion", what = noun(what), ids = all_of(ids), suggestion = s),
        None => t!("policy-available", what = noun(what), ids = all_of(ids)),
    }
}

/// No version of the policy is in effect at the date.
pub fn no_version_in_effect(id: &str, as_of: &str) -> String {
    t!("policy-no-version-in-effect", id = id, as_of = as_of)
}

/// Help for [`no_version_in_effect`].
pub fn earliest_version_help(earliest: &str) -> String {
    t!("policy-earliest-version-help", earliest = earliest)
}

/// A built-in version that does not compile.
pub fn policy_uncompiled(id: &str, version: &str) -> String {
    t!("policy-uncompiled", id = id, version = version)
}
/// Help for [`policy_uncompiled`].
pub fn policy_uncompiled_help() -> String {
    t!("policy-uncompiled-help")
}

/// Several policies and none chosen.
pub fn policy_ambiguous() -> String {
    t!("policy-ambiguous")
}
/// Help for [`policy_ambiguous`].
pub fn policy_ambiguous_help(ids: &[&str]) -> String {
    t!("policy-ambiguous-help", ids = all_of(ids))
}

// --- policy compilation --------------------------------------------------

/// Two definitions with one id.
pub fn duplicate_id(what: &str, id: &str) -> String {
    t!("compile-duplicate-id", what = noun(what), id = id)
}
/// Label of the first definition.
pub fn first_defined_here() -> String {
    t!("compile-first-defined-here")
}
/// Help for [`duplicate_id`].
pub fn duplicate_id_help() -> String {
    t!("compile-duplicate-id-help")
}

/// A reference inside a policy to an id it does not define.
pub fn unknown_policy_reference(what: &str, id: &str) -> String {
    t!("compile-unknown-reference", what = noun(what), id = id)
}

/// Help for an unknown reference: a suggestion, or what exists.
pub fn reference_help(what: &str, known: &[&str], suggestion: Option<&str>) -> String {
    match suggestion {
        Some(s) => did_you_mean(s),
        None if known.is_empty() => t!("compile-reference-help-none", what = noun(what)),
        None => t!("compile-reference-help", what = noun(what), ids = all_of(known)),
    }
}

/// A rule with a code that is not in the registry.
pub fn unknown_code(code: &str) -> String {
    t!("compile-unknown-code", code = code)
}

/// A rule's code that the policy does not declare: maybe a misspelling of
/// one it does, maybe a new code to declare.
pub fn declare_code_help(code: &str, suggestion: Option<&str>) -> String {
    match suggestion {
        Some(s) => t!("compile-declare-code-help-suggestion", code = code, suggestion = s),
        None => t!("compile-declare-code-help", code = code),
    }
}

/// A `[[codes]]` id that is not code-shaped, or that names a built-in code.
pub fn bad_code_id(code: &str, built_in: bool) -> String {
    if built_in { t!("compile-built-in-code", code = code) } else { t!("compile-bad-code-id", code = code) }
}

/// How to name a declared code.
pub fn bad_code_id_help(built_in: bool) -> String {
    if built_in { t!("compile-built-in-code-help") } else { t!("compile-bad-code-id-help") }
}

/// A rule with a kind the engine does not have.
pub fn unknown_kind(kind: &str) -> String {
    t!("compile-unknown-kind", kind = kind)
}

/// A rule that lacks a parameter of its kind.
pub fn missing_param(kind: &str, param: &str) -> String {
    t!("compile-missing-param", kind = kind, param = param)
}

/// A rule with a parameter its kind does not take.
pub fn foreign_param(kind: &str, param: &str) -> String {
    t!("compile-foreign-param", kind = kind, param = param)
}

/// Help listing a kind's parameters.
pub fn kind_params_help(kind: &str, params: &[&str]) -> String {
    if params.is_empty() {
        t!("compile-kind-no-params", kind = kind)
    } else {
        t!("compile-kind-params", kind = kind, params = all_of(params))
    }
}

/// A placeholder that the rule's kind does not provide.
pub fn unknown_placeholder(name: &str, kind: &str) -> String {
    t!("compile-unknown-placeholder", placeholder = format!("{{{name}}}"), kind = kind)
}

/// A label name the rule's kind does not draw.
pub fn unknown_label(name: &str, kind: &str) -> String {
    t!("compile-unknown-label", name = name, kind = kind)
}

/// A placeholder left open.
pub fn unclosed_placeholder() -> String {
    t!("compile-unclosed-placeholder")
}
/// Help for [`unclosed_placeholder`].
pub fn unclosed_placeholder_help() -> String {
    t!("compile-unclosed-placeholder-help")
}

/// The policy lacks the rule that reports unknown ids.
pub fn missing_reference_rule() -> String {
    t!("compile-missing-reference-rule")
}
/// Help for [`missing_reference_rule`].
pub fn missing_reference_rule_help() -> String {
    t!("compile-missing-reference-rule-help")
}

/// A base version that does not exist.
pub fn unknown_base(id: &str, version: &str) -> String {
    t!("compile-unknown-base", id = id, version = version)
}

/// Versions that extend each other in a circle.
pub fn extends_cycle(chain: &str) -> String {
    t!("compile-extends-cycle", chain = chain)
}

/// The note on the last shown of identical findings folded into a count.
pub fn repeated_note(more: usize) -> String {
    t!("report-repeated", more = more)
}

/// A chain of `extends` deeper than the limit.
pub fn extends_too_deep(version: &str, limit: usize) -> String {
    t!("compile-extends-too-deep", version = version, limit = limit)
}

/// Help for [`extends_too_deep`].
pub fn extends_too_deep_help(limit: usize) -> String {
    t!("compile-extends-too-deep-help", limit = limit)
}

/// A cycle of versions shown in full, or its first `shown` versions and how
/// many more there are.
pub fn cycle_chain(versions: &[&str], shown: usize) -> String {
    let Some(first) = versions.first() else { return String::new() };
    if versions.len() <= shown {
        return format!("{} → {first}", versions.join(" → "));
    }
    let more = t!("compile-cycle-more", count = versions.len() - shown);
    format!("{} → {more} → {first}", versions[..shown].join(" → "))
}

/// A file named after another version than its header's.
pub fn file_name_version(file_version: &str, version: &str) -> String {
    t!("lint-file-name-version", file_version = file_version, version = version)
}

/// Help for [`file_name_version`].
pub fn file_name_version_help(version: &str) -> String {
    t!("lint-file-name-version-help", version = version)
}

/// Help for [`extends_cycle`].
pub fn extends_cycle_help() -> String {
    t!("compile-extends-cycle-help")
}

/// A removal of something the base does not have.
pub fn unknown_removal(collection: &str, key: &str) -> String {
    t!("compile-unknown-removal", collection = collection, key = key)
}

/// Help for two rules with one key.
pub fn duplicate_rule_help() -> String {
    t!("compile-duplicate-rule-help")
}

/// A grant repeated for one tier and class.
pub fn duplicate_grant(benefit: &str, tier: &str) -> String {
    t!("compile-duplicate-grant", benefit = benefit, tier = tier)
}

/// A uniqueness rule over a collection the manifest lacks.
pub fn unknown_collection(name: &str) -> String {
    t!("compile-unknown-collection", name = name)
}

/// A uniqueness key over a field the collection lacks.
pub fn unknown_field(collection: &str, field: &str) -> String {
    t!("compile-unknown-field", collection = collection, field = field)
}

/// A version id that is not a date.
pub fn policy_version_form(version: &str) -> String {
    t!("compile-version-form", version = version)
}

/// Help for [`policy_version_form`].
pub fn policy_version_form_help() -> String {
    t!("compile-version-form-help")
}

/// A policy id with a character no report could show as written.
pub fn policy_id_form(id: &str) -> String {
    t!("compile-id-form", id = crate::escape::inline(id))
}

/// How to name a policy.
pub fn policy_id_form_help() -> String {
    t!("compile-id-form-help")
}

/// Two files with one policy id and version.
pub fn duplicate_version(id: &str, version: &str, other: &str) -> String {
    t!("compile-duplicate-version", id = id, version = version, other = other)
}

// --- policy lint ---------------------------------------------------------

/// A definition nothing uses.
pub fn unused(what: &str, id: &str, why: &str) -> String {
    t!("lint-unused", what = noun(what), id = id, why = why)
}

/// Why a code is unused.
pub fn no_rule_reports_it() -> String {
    t!("lint-no-rule-reports-it")
}
/// Why a competency class is unused.
pub fn no_competency_has_it() -> String {
    t!("lint-no-competency-has-it")
}
/// Why a product kind is unused.
pub fn no_product_has_it() -> String {
    t!("lint-no-product-has-it")
}
/// Why a tier is unused.
pub fn no_benefit_grants_it() -> String {
    t!("lint-no-benefit-grants-it")
}
/// Why a product is unused.
pub fn no_benefit_covers_it() -> String {
    t!("lint-no-benefit-covers-it")
}
/// Help for unused definitions.
pub fn unused_help() -> String {
    t!("lint-unused-help")
}

/// A rule that can never fire.
pub fn unreachable(key: &str, why: &str) -> String {
    t!("lint-unreachable", key = key, why = why)
}

/// Why: a filter names product kinds no product has.
pub fn no_product_of_those_kinds() -> String {
    t!("lint-no-product-of-those-kinds")
}
/// Why: a filter names only plans, which the kind never looks at.
pub fn only_plans() -> String {
    t!("lint-only-plans")
}
/// Why: no benefit is limited to recent products.
pub fn no_recent_only_scope() -> String {
    t!("lint-no-recent-only-scope")
}
/// Why: every grant is unlimited.
pub fn no_limited_grant() -> String {
    t!("lint-no-limited-grant")
}
/// Why: zero processing days.
pub fn zero_days() -> String {
    t!("lint-zero-days")
}
/// Why: no tier requires a competency.
pub fn no_tier_requires() -> String {
    t!("lint-no-tier-requires")
}
/// Why: no tier forbids a competency.
pub fn no_tier_forbids() -> String {
    t!("lint-no-tier-forbids")
}
/// Why: no benefit needs a contract link.
pub fn no_contract_benefit() -> String {
    t!("lint-no-contract-benefit")
}
/// Why: no benefit needs activation.
pub fn no_activated_benefit() -> String {
    t!("lint-no-activated-benefit")
}
/// Help for unreachable rules.
pub fn unreachable_help() -> String {
    t!("lint-unreachable-help")
}

/// A number of incidents as a Fluent argument: a number when it is one
/// (so that it chooses a plural form), the text otherwise.
fn amount(text: &str) -> fluent_bundle::FluentValue<'_> {
    match text.parse::<u32>() {
        Ok(n) => n.into(),
        Err(_) => text.into(),
    }
}

/// A higher tier granted less than a lower one.
pub fn quota_order(benefit: &str, higher: &str, high: &str, lower: &str, low: &str) -> String {
    t!("lint-quota-order", higher = higher, high = amount(high), benefit = benefit, lower = lower, low = low)
}

/// Help for [`quota_order`].
pub fn quota_order_help() -> String {
    t!("lint-quota-order-help")
}

/// An id that is not kebab-case.
pub fn id_case(id: &str, suggestion: &str) -> String {
    t!("lint-id-case", id = id, suggestion = suggestion)
}

/// Help for [`id_case`].
pub fn id_case_help() -> String {
    t!("lint-id-case-help")
}

/// Effective dates out of order.
pub fn effective_order(version: &str, effective: &str, earlier: &str, earlier_effective: &str) -> String {
    t!(
        "lint-effective-order",
        version = version,
        effective = effective,
        earlier = earlier,
        earlier_effective = earlier_effective
    )
}

/// A version that extends a later one.
pub fn extends_later(version: &str, base: &str) -> String {
    t!("lint-extends-later", version = version, base = base)
}

/// Help for effective-date order.
pub fn effective_order_help() -> String {
    t!("lint-effective-order-help")
}

/// A version identical to its predecessor.
pub fn identical(version: &str, previous: &str) -> String {
    t!("lint-identical", version = version, previous = previous)
}

/// Help for [`identical`].
pub fn identical_help() -> String {
    t!("lint-identical-help")
}

// --- policy list and diff ------------------------------------------------

/// Column heads of `policy list`.
pub fn list_columns() -> [String; 6] {
    [
        t!("list-column-id"),
        t!("list-column-version"),
        t!("list-column-effective"),
        t!("list-column-extends"),
        t!("list-column-digest"),
        t!("list-column-file"),
    ]
}

/// `text` padded with spaces to `width` characters (not bytes: accented
/// words are as wide as plain ones).
pub fn pad(text: &str, width: usize) -> String {
    // By hand: `format!`'s width stops at 65,535 and panics past it, and a
    // cell holds whatever a manifest wrote.
    let mut padded = String::with_capacity(text.len() + width);
    padded.push_str(text);
    padded.extend(std::iter::repeat_n(' ', width.saturating_sub(text.chars().count())));
    padded
}

/// The first line of `policy diff`.
pub fn diff_heading(id: &str, from: &str, to: &str, from_digest: &str, to_digest: &str) -> String {
    let digest = t!("diff-digest", from = from_digest, to = to_digest);
    format!("{} {} → {} ({digest})", inline(id), inline(from), inline(to))
}

/// One changed field in `policy diff`.
pub fn field_change(field: &str, from: Option<&str>, to: Option<&str>) -> String {
    let none = t!("diff-none");
    let shown = |value: Option<&str>| inline(value.unwrap_or(&none)).into_owned();
    format!("      {}: {} → {}\n", inline(field), shown(from), shown(to))
}

/// The totals of `policy diff`.
pub fn diff_summary(added: usize, removed: usize, changed: usize) -> String {
    if added + removed + changed == 0 {
        return format!("{}\n", t!("diff-no-changes"));
    }
    format!("\n{}\n", t!("diff-summary", added = added, removed = removed, changed = changed))
}

/// A manifest whose verdict flips.
pub fn flip_line(path: &str, was_eligible: bool, codes: &[String]) -> String {
    let codes: Vec<&str> = codes.iter().map(String::as_str).collect();
    let flip = if was_eligible {
        t!("diff-flip-to-ineligible", codes = all_of(&codes))
    } else {
        t!("diff-flip-to-eligible", codes = all_of(&codes))
    };
    format!("  {}: {flip}\n", inline(path))
}

/// The totals of a replay.
pub fn replay_summary(manifests: usize, to_ineligible: usize, to_eligible: usize, unchanged: usize) -> String {
    let line = t!(
        "diff-replay-summary",
        manifests = manifests,
        to_ineligible = to_ineligible,
        to_eligible = to_eligible,
        unchanged = unchanged
    );
    format!("{line}\n")
}

// --- command line --------------------------------------------------------

/// A path given on the command line that does not exist or cannot be read.
pub fn cannot_read(path: &str, reason: &str) -> String {
    t!("cli-cannot-read", path = path, reason = lower_first(reason))
}

/// A `--shard` that is not K/N.
pub fn shard_form(text: &str) -> String {
    t!("cli-shard-form", text = text)
}

/// `-` given more than once: stdin can be read only once.
pub fn stdin_twice() -> String {
    t!("cli-stdin-twice")
}

/// A directory argument with no manifest below it: a gate pointed at the
/// wrong folder must not pass by checking nothing.
pub fn no_manifests(dir: &str) -> String {
    t!("cli-no-manifests", dir = dir)
}

/// A manifest that is also the `--output` file.
pub fn output_is_input(path: &str) -> String {
    t!("cli-output-is-input", path = path)
}

/// The worker threads could not be started.
pub fn cannot_start_threads(reason: &str) -> String {
    t!("cli-cannot-start-threads", reason = lower_first(reason))
}

/// A worker thread ended without finishing its batch.
pub fn worker_failed() -> String {
    t!("cli-worker-failed")
}

/// A report file that cannot be written.
pub fn cannot_write(path: &str, reason: &str) -> String {
    t!("cli-cannot-write", path = path, reason = lower_first(reason))
}

/// Standard output that cannot be written (a full disk, a closed terminal).
pub fn cannot_write_stdout(reason: &str) -> String {
    t!("cli-cannot-write-stdout", reason = lower_first(reason))
}

/// A report held back until the run succeeds, that could not be kept.
pub fn cannot_spool(reason: &str) -> String {
    t!("cli-cannot-spool", reason = lower_first(reason))
}

/// Why `--output` cannot be a directory.
pub fn is_a_directory() -> String {
    t!("cli-is-a-directory")
}

/// Why `--output` cannot be followed to a file.
pub fn too_many_links() -> String {
    t!("cli-too-many-links")
}

/// Progress of a run on a terminal.
pub fn progress(done: usize, total: usize) -> String {
    t!("cli-progress", done = done, total = total)
}

/// A policy that does not compile.
pub fn policy_does_not_compile(count: usize) -> String {
    t!("cli-policy-does-not-compile", count = count)
}

/// `explain` of an unknown code.
pub fn unknown_explain_code(code: &str, suggestion: Option<&str>) -> String {
    match suggestion {
        Some(s) => t!("explain-unknown-code-suggestion", code = code, suggestion = s),
        None => t!("explain-unknown-code", code = code),
    }
}

/// A schema file that differs from the one this build generates.
pub fn stale_schema(path: &str) -> String {
    t!("cli-stale-schema", path = path)
}

/// `text` with its first letter in lowercase.
pub fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The text of a secondary label when the policy gives none: catalogue
/// message `message`, each field it `shows` left as a `{placeholder}` for
/// the rule to fill in.
pub fn default_label(message: &str, shows: &[&str]) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    for field in shows {
        args.set(*field, fluent_bundle::FluentValue::from(format!("{{{field}}}")));
    }
    super::tr(message, Some(&args))
}

/// The words for what an activation lacks.
pub fn missing_ids(access: bool, contract: bool) -> String {
    match (access, contract) {
        (true, true) => t!("missing-access-and-contract-id"),
        (true, false) => t!("missing-access-id"),
        _ => t!("missing-contract-id"),
    }
}

/// What a benefit's or plan's scope covers: `` `cloud` products ``, `` `azure` ``.
pub fn covers(kinds: &[&str], products: &[&str]) -> String {
    match (kinds.is_empty(), products.is_empty()) {
        (false, true) => t!("covers-kinds", kinds = all_of(kinds)),
        (true, false) => one_of(products),
        (false, false) => t!("covers-kinds-and-products", kinds = all_of(kinds), products = all_of(products)),
        (true, true) => t!("covers-nothing"),
    }
}

/// A role list held by an account, or `no role`.
pub fn roles_held(roles: &[&str]) -> String {
    if roles.is_empty() { t!("roles-none") } else { all_of(roles) }
}

/// A tier and competency, as `granted_by` reads: `` `gold` / `data-analytics` ``.
pub fn granted_by(tier: &str, competency: Option<&str>) -> String {
    match competency {
        Some(c) => format!("`{tier}` / `{c}`"),
        None => format!("`{tier}`"),
    }
}

/// An amount of incidents.
pub fn incidents(allowance: &str) -> String {
    match allowance {
        "unlimited" => t!("incidents-unlimited"),
        n => t!("incidents", count = amount(n)),
    }
}

/// The line for a file with no findings.
pub fn eligible_line(path: &str, policy: &str) -> String {
    if policy.is_empty() {
        format!("✓ {}", t!("report-no-problems", path = path))
    } else {
        format!("✓ {}", t!("report-eligible", path = path, policy = policy))
    }
}

/// The line before a file's findings: what judged it.
pub fn judged_line(path: &str, policy: &str) -> String {
    t!("report-judged", path = path, policy = policy)
}

/// The last line of a human report, and the summary of machine formats.
pub fn summary_line(files: usize, errors: usize, warnings: usize, waived: usize) -> String {
    if waived > 0 {
        t!("report-summary-waived", files = files, errors = errors, warnings = warnings, waived = waived)
    } else {
        t!("report-summary", files = files, errors = errors, warnings = warnings)
    }
}

/// A day the calendar does not reach (`{ready_on}` past 9999-12-31).
pub fn after_the_calendar(last: impl std::fmt::Display) -> String {
    t!("date-after-the-calendar", last = last.to_string())
}

/// A text that is not a date.
pub fn not_a_date(text: &str) -> String {
    t!("date-not-a-date", text = text)
}

/// How a path to the document itself is named.
pub fn top_level() -> String {
    t!("schema-top-level")
}

/// How `explain` shows one template of a policy rule: `what` is `message`
/// or `help`.
pub fn explain_template(what: &str, template: &str) -> String {
    let what = match what {
        "message" => t!("explain-template-message"),
        "help" => t!("explain-template-help"),
        other => other.to_string(),
    };
    format!("  {} {}\n", pad(&what, 8), inline(template))
}

/// How `explain` shows a policy rule that reports the code.
pub fn explain_rule(policy: &str, kind: &str, severity: &str, summary: &str) -> String {
    let line = t!("explain-rule", policy = inline(policy), kind = kind, severity = severity, summary = summary);
    format!("\n{line}\n")
}

/// What a rule kind checks, in one line, for `explain`: catalogue message
/// `kind-<name>`.
pub fn kind_summary(kind: &str) -> String {
    super::tr(&format!("kind-{kind}"), None)
}

// --- waivers -------------------------------------------------------------

/// A waiver naming a code that does not exist or cannot be waived.
pub fn unknown_waiver_code(code: &str) -> String {
    t!("waiver-unknown-code", code = code)
}

/// A waiver naming a built-in code that no waiver may accept.
pub fn unwaivable_code(code: &str) -> String {
    t!("waiver-unwaivable-code", code = code)
}

/// Help for [`unwaivable_code`].
pub fn unwaivable_code_help() -> String {
    t!("waiver-unwaivable-code-help")
}

/// A waiver past its date.
pub fn waiver_expired(code: &str, expires: &str) -> String {
    t!("waiver-expired", code = code, expires = expires)
}

/// Help for [`waiver_expired`].
pub fn waiver_expired_help(owner: &str) -> String {
    t!("waiver-expired-help", owner = owner)
}

/// A waiver that expires soon.
pub fn waiver_expiring(code: &str, expires: &str, matched: usize) -> String {
    t!("waiver-expiring", code = code, count = matched, expires = expires)
}

/// Help for [`waiver_expiring`].
pub fn waiver_expiring_help(owner: &str) -> String {
    t!("waiver-expiring-help", owner = owner)
}

/// A waiver that matches nothing.
pub fn waiver_unused(code: &str, target: Option<&str>) -> String {
    match target {
        Some(t) => t!("waiver-unused-target", code = code, target = t),
        None => t!("waiver-unused", code = code),
    }
}

/// Help for [`waiver_unused`].
pub fn waiver_unused_help() -> String {
    t!("waiver-unused-help")
}

/// How a waived finding is described in reports.
pub fn waived_note(owner: &str, expires: &str, reason: &str, ticket: Option<&str>) -> String {
    match ticket {
        Some(t) => t!("waiver-note-ticket", owner = owner, expires = expires, ticket = t, reason = reason),
        None => t!("waiver-note", owner = owner, expires = expires, reason = reason),
    }
}

// --- machine formats -----------------------------------------------------

/// A message followed by its help, in formats with one text field.
pub fn with_help(message: &str, help: &str) -> String {
    format!("{message}\n{}", t!("format-help", help = help))
}

/// The title of a GitHub annotation.
pub fn annotation_title(code: &str) -> String {
    format!("entitle ({code})")
}

/// One finding on one line, compiler style.
pub fn finding_line(
    path: &str,
    line: usize,
    column: usize,
    severity: &str,
    code: &str,
    message: &str,
    help: Option<&str>,
) -> String {
    match help {
        Some(h) => format!("{path}:{line}:{column}: {severity}[{code}]: {message}\n  {}", t!("format-help", help = h)),
        None => format!("{path}:{line}:{column}: {severity}[{code}]: {message}"),
    }
}

/// The message of a failed JUnit test case.
pub fn junit_failure(errors: usize, codes: &[&str]) -> String {
    t!("format-junit-failure", count = errors, codes = codes.join(", "))
}

/// A finding's severity (`error`, `warning`, or `waived`) as a word for
/// people, where machines do not read it.
pub fn severity_word(severity: &str) -> String {
    match severity {
        "error" => t!("severity-error"),
        "warning" => t!("severity-warning"),
        "waived" => t!("severity-waived"),
        other => other.to_string(),
    }
}

/// One finding in the Markdown summary.
pub fn markdown_finding(severity: &str, code: &str, line: usize, column: usize, message: &str) -> String {
    let severity = severity_word(severity);
    let at = t!("format-markdown-at", line = line, column = column);
    format!("- **{severity}** `{code}` {at}: {message}\n")
}

/// A finding's help in the Markdown summary.
pub fn markdown_help(help: &str) -> String {
    format!("  <br>{}\n", t!("format-help", help = help))
}

/// The head of the Markdown table of files.
pub fn markdown_table_head() -> String {
    let heads = [
        t!("markdown-column-file"),
        t!("markdown-column-policy"),
        t!("markdown-column-eligible"),
        t!("markdown-column-errors"),
        t!("markdown-column-warnings"),
        t!("markdown-column-waived"),
    ];
    format!("| {} |\n|---|---|---|---|---|---|\n", heads.join(" | "))
}

// --- the partner's view --------------------------------------------------

/// A grant that would fix a finding.
pub fn fix_grant(tier: &str, class: Option<&str>, incidents: &str, benefit: &str) -> String {
    let membership = match class {
        Some(c) => t!("fix-membership-class", tier = tier, class = c),
        None => t!("fix-membership", tier = tier),
    };
    match incidents {
        "unlimited" => t!("fix-grant-unlimited", membership = membership, benefit = benefit),
        n => t!("fix-grant", membership = membership, count = amount(n), benefit = benefit),
    }
}

/// Removing an activation no membership grants, the simplest fix, before
/// the grant that would make it valid.
pub fn fix_remove_activation(benefit: &str, grant: &str) -> String {
    t!("fix-remove-activation", benefit = benefit, grant = grant)
}

/// Asking an account that holds a role.
pub fn fix_ask(user: &str, role: &str, activate: bool) -> String {
    if activate {
        t!("fix-ask-activate", user = user, role = role)
    } else {
        t!("fix-ask-open", user = user, role = role)
    }
}

/// No account holds a needed role.
pub fn fix_give_role(roles: &str) -> String {
    t!("fix-give-role", roles = roles)
}

/// Linking a contract in time.
pub fn fix_link(access_id: &str, account: &str, on: &str) -> String {
    t!("fix-link", access_id = access_id, account = account, on = on)
}

/// Joining a program.
pub fn fix_program(program: &str) -> String {
    t!("fix-program", program = program)
}

/// The heading of the partner's view.
pub fn view_heading(name: &str, mpn_id: &str, as_of: &str, policy: &str) -> String {
    t!("view-heading", name = name, mpn_id = mpn_id, as_of = as_of, policy = policy)
}

/// Column heads of the partner's view.
pub fn view_columns() -> [String; 8] {
    [
        t!("view-column-benefit"),
        t!("view-column-granted-by"),
        t!("view-column-entitlement"),
        t!("view-column-used"),
        t!("view-column-remaining"),
        t!("view-column-activated"),
        t!("view-column-expires"),
        t!("view-column-linked-to"),
    ]
}

/// Yes and no in the partner's view.
pub fn yes_no(yes: bool) -> String {
    if yes { t!("view-yes") } else { t!("view-no") }
}

/// An unlimited entitlement in a cell of the partner's view.
pub fn unlimited() -> String {
    t!("view-unlimited")
}

/// Nothing, in a cell of the partner's view.
pub const NONE: &str = "—";

/// The heading of the fixes.
pub fn fixes_heading() -> String {
    t!("view-fixes-heading")
}

/// The line when nothing needs fixing.
pub fn nothing_to_fix() -> String {
    t!("view-nothing-to-fix")
}

/// An activation that `check` rejects, in the partner's view.
pub fn rejected() -> String {
    t!("view-rejected")
}

/// The heading of the waivers that keep a manifest passing.
pub fn waived_heading(count: usize) -> String {
    t!("view-waived-heading", count = count)
}

/// One waived finding: until when, by whom, why.
pub fn waived_item(problem: &str, code: &str, expires: &str, owner: &str, reason: &str) -> String {
    t!("view-waived-item", problem = problem, code = code, expires = expires, owner = owner, reason = reason)
}

/// The heading of the warnings.
pub fn warnings_heading(count: usize) -> String {
    t!("view-warnings-heading", count = count)
}

// --- policy message files ---------------------------------------------------

/// Fluent syntax a policy's message file cannot be read in.
pub fn translation_syntax(parser_message: &str) -> String {
    t!("translation-syntax", error = inline(parser_message).into_owned())
}

/// Help for [`translation_syntax`].
pub fn translation_syntax_help() -> String {
    t!("translation-syntax-help")
}

/// A message of the policy a message file does not translate.
pub fn translation_missing(key: &str, lang: crate::Lang) -> String {
    t!("translation-missing", key = inline(key).into_owned(), lang = lang.tag())
}

/// Help for [`translation_missing`].
pub fn translation_missing_help(id: &str, version: &str) -> String {
    t!("translation-missing-help", policy = inline(id).into_owned(), version = inline(version).into_owned())
}

/// A message a message file gives that the policy does not have.
pub fn translation_extra(key: &str, version: &str) -> String {
    t!("translation-extra", key = inline(key).into_owned(), version = inline(version).into_owned())
}

/// Help for [`translation_extra`].
pub fn translation_extra_help(id: &str, version: &str) -> String {
    t!("translation-extra-help", policy = inline(id).into_owned(), version = inline(version).into_owned())
}

/// A variable of a translation that the English text does not have.
pub fn translation_unknown_variable(key: &str, variable: &str) -> String {
    t!("translation-unknown-variable", key = inline(key).into_owned(), variable = inline(variable).into_owned())
}

/// Help for [`translation_unknown_variable`]: the English text's variables.
pub fn translation_variables_help(fields: &[String]) -> String {
    let fields: Vec<String> = fields.iter().map(|f| format!("`{{ ${} }}`", inline(f))).collect();
    let count = fields.len();
    t!("translation-variables-help", count = count, variables = fields.join(", "))
}

/// A field of the English text a translation leaves out.
pub fn translation_missing_variable(key: &str, variable: &str) -> String {
    t!("translation-missing-variable", key = inline(key).into_owned(), variable = inline(variable).into_owned())
}

/// Help for [`translation_missing_variable`].
pub fn translation_missing_variable_help(variable: &str) -> String {
    t!("translation-missing-variable-help", variable = inline(variable).into_owned())
}

/// A version whose base has a message file of a language and that has none.
pub fn translation_file_missing(version: &str, lang: crate::Lang, count: usize) -> String {
    t!("translation-file-missing", version = inline(version).into_owned(), lang = lang.tag(), count = count)
}

/// Help for [`translation_file_missing`].
pub fn translation_file_missing_help(id: &str, version: &str, lang: crate::Lang) -> String {
    t!(
        "translation-file-missing-help",
        policy = inline(id).into_owned(),
        version = inline(version).into_owned(),
        lang = lang.tag()
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn padding_counts_characters_and_takes_any_width() {
        assert_eq!(super::pad("né", 4), "né  ");
        assert_eq!(super::pad("long", 2), "long");
        assert_eq!(super::pad("x", 70_000).len(), 70_000);
    }

    use super::*;

    #[test]
    fn lists_read_naturally() {
        assert_eq!(one_of(&["a", "b", "c"]), "`a`, `b` or `c`");
        assert_eq!(all_of(&["a"]), "`a`");
        assert_eq!(syntax("Invalid date, expected day\nmore"), "invalid date, expected day");
    }
}
