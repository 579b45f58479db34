//! The message catalogue: every sentence `entitle` writes that does not come
//! from a policy file. Rule messages live in the policies; these are the
//! pipeline's own (syntax, structure, policy compilation, the command line),
//! kept in one place so that they read alike and can be translated together.

use crate::escape::inline;
use crate::i18n::t;

/// `did you mean …?` for an unknown id or key.
pub fn did_you_mean(suggestion: &str) -> String {
    t!("did-you-mean", suggestion = suggestion)
}

/// A list of ids as users read it: `a`, `b` or `c`.
pub fn one_of(ids: &[&str]) -> String {
    let quoted: Vec<String> = ids.iter().map(|i| format!("`{i}`")).collect();
    match quoted.as_slice() {
        [] => "none".to_string(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

/// A list of ids joined with `and`.
pub fn all_of(ids: &[&str]) -> String {
    let quoted: Vec<String> = ids.iter().map(|i| format!("`{i}`")).collect();
    match quoted.as_slice() {
        [] => "none".to_string(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

// --- reading files -------------------------------------------------------

/// The file's bytes are not UTF-8.
pub const NOT_UTF8: &str = "the file is not UTF-8 text";
/// Help for [`NOT_UTF8`].
pub const NOT_UTF8_HELP: &str = "TOML files must be UTF-8; save the file as UTF-8 and check it again";
/// Label at the first byte that is not UTF-8.
pub const NOT_UTF8_LABEL: &str = "this byte is not UTF-8";

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
pub fn syntax_help(parser_message: &str) -> &'static str {
    if parser_message.contains("recurs") {
        "values nest deeper than any manifest needs; flatten the nested arrays or tables"
    } else if parser_message.contains("date") || parser_message.contains("month") || parser_message.contains("day") {
        "write dates as YYYY-MM-DD and use a day that exists in that month"
    } else if parser_message.contains("duplicate key") {
        "each key may appear once in a table; remove or rename one of them"
    } else {
        "correct the TOML syntax at the marked place"
    }
}

/// Nesting deeper than the limit.
pub fn too_deep(limit: usize) -> String {
    format!("arrays or tables nest deeper than {limit} levels")
}

/// Help for [`too_deep`].
pub const TOO_DEEP_HELP: &str = "a manifest nests three levels deep at most; flatten the nested arrays or tables";

/// A file over the size limit.
pub fn too_large(size: u64, limit: u64) -> String {
    format!("the file is {size} bytes, more than the limit of {limit}")
}

/// A stream (stdin, a file still growing) that went on past the limit: only
/// the first `limit + 1` bytes were read, so its size is not known.
pub fn too_large_unknown(limit: u64) -> String {
    format!("the file is more than {limit} bytes, the limit")
}

/// Help for [`too_large`].
pub const TOO_LARGE_HELP: &str = "a manifest is a few kilobytes; check the right file, or raise `--max-file-size`";

/// A path that is not a regular file (a FIFO, a socket, a device).
pub fn not_a_file(path: &str) -> String {
    format!("cannot read `{path}`: not a regular file")
}

// --- structure (schema) --------------------------------------------------

/// A key the format does not have.
pub fn unknown_key(key: &str, table: &str) -> String {
    format!("unknown key `{key}` in {table}")
}

/// Help listing the keys a table may have.
pub fn known_keys(keys: &[&str]) -> String {
    format!("the keys allowed here are {}", all_of(keys))
}

/// A key the format requires.
pub fn missing_key(key: &str, table: &str) -> String {
    format!("missing key `{key}` in {table}")
}

/// Help for [`missing_key`], with the key's description from the schema.
pub fn missing_key_help(key: &str, description: Option<&str>) -> String {
    match description {
        Some(d) => format!("add `{key} = …`: {}", lower_first(d.trim_end_matches('.'))),
        None => format!("add `{key} = …` to this table"),
    }
}

/// A value of the wrong type.
pub fn wrong_type(key: &str, expected: &str, found: &str, literal: Option<&str>) -> String {
    match literal {
        Some(l) => format!("`{key}` must be {expected}, found {found} `{l}`"),
        None => format!("`{key}` must be {expected}, found {found}"),
    }
}

/// Help for a value of the wrong type.
pub fn wrong_type_help(expected: &str, description: Option<&str>) -> String {
    match (expected, description) {
        ("a date", _) => "write the date as YYYY-MM-DD, unquoted or quoted, e.g. `2021-06-15`".to_string(),
        ("a string", _) => "put the value in double quotes".to_string(),
        ("an array", _) => "write a list in brackets, e.g. `[\"a\", \"b\"]`".to_string(),
        (_, Some(d)) => lower_first(d.trim_end_matches('.')),
        _ => format!("give {expected} here"),
    }
}

/// A string that should be a date.
pub fn bad_date(key: &str, literal: &str) -> String {
    format!("`{key}` must be a date, found `{literal}`")
}

/// Help for [`bad_date`].
pub const BAD_DATE_HELP: &str = "write the date as YYYY-MM-DD with no time, e.g. `2021-06-15`";

/// A membership whose `end` comes before its `start`.
pub fn ends_before_start(end: &str, start: &str) -> String {
    format!("the membership ends on `{end}`, before it starts on `{start}`")
}

/// The label under the `end` of [`ends_before_start`].
pub const ENDS_HERE: &str = "it ends here, before it starts";

/// The label under the `start` of [`ends_before_start`].
pub const STARTS_HERE: &str = "it starts here";

/// Help for [`ends_before_start`].
pub const ENDS_BEFORE_START_HELP: &str =
    "correct `start` or `end`: a membership is active from its `start` to its `end`, both days included";

/// A string of the wrong form.
pub fn bad_form(key: &str, literal: &str) -> String {
    format!("`{key}` has the wrong form: `{literal}`")
}

/// A value outside a closed set.
pub fn not_one_of(key: &str, literal: &str) -> String {
    format!("`{key}` cannot be `{literal}`")
}

/// Help for [`not_one_of`].
pub fn not_one_of_help(options: &[&str], suggestion: Option<&str>) -> String {
    match suggestion {
        Some(s) => format!("{} (it must be {})", did_you_mean(s), one_of(options)),
        None => format!("it must be {}", one_of(options)),
    }
}

/// A number outside its range.
pub fn out_of_range(key: &str, literal: &str) -> String {
    format!("`{key}` cannot be {literal}")
}

/// Help for a manifest version this build does not read.
pub fn supported_versions(versions: &[u32]) -> String {
    let list: Vec<String> = versions.iter().map(u32::to_string).collect();
    format!("this version of entitle reads manifest_version {}", list.join(", "))
}

/// An empty string or list where one value is needed at least.
pub fn empty(key: &str) -> String {
    format!("`{key}` cannot be empty")
}

/// An integer beyond what any field can hold.
pub fn integer_too_large(key: &str, literal: &str) -> String {
    format!("`{key}` is out of range: `{literal}`")
}

/// Help for [`integer_too_large`].
pub const INTEGER_TOO_LARGE_HELP: &str = "integers must fit in 64 bits";

/// Any other structural fault, in the validator's words.
pub fn schema_other(key: &str, detail: &str) -> String {
    format!("`{key}`: {}", lower_first(detail))
}

/// A file that is structurally valid but still could not be read as a manifest.
pub fn cannot_read_as(kind: &str, detail: &str) -> String {
    format!("cannot read the file as a {kind}: {}", lower_first(detail))
}

// --- policy selection ----------------------------------------------------

/// A policy id that no available policy has.
pub fn unknown_policy(id: &str) -> String {
    format!("unknown policy `{id}`")
}

/// A policy version that the policy does not have.
pub fn unknown_policy_version(id: &str, version: &str) -> String {
    format!("policy `{id}` has no version `{version}`")
}

/// Help listing what exists.
pub fn available(what: &str, ids: &[&str], suggestion: Option<&str>) -> String {
    match suggestion {
        Some(s) => format!("the {what} available are {}; {}", all_of(ids), did_you_mean(s)),
        None => format!("the {what} available are {}", all_of(ids)),
    }
}

/// No version of the policy is in effect at the date.
pub fn no_version_in_effect(id: &str, as_of: &str) -> String {
    format!("no version of policy `{id}` is in effect on {as_of}")
}

/// Help for [`no_version_in_effect`].
pub fn earliest_version_help(earliest: &str) -> String {
    format!("the earliest version takes effect on {earliest}; pin `policy_version` or judge at a later `as_of`")
}

/// Several policies and none chosen.
pub const POLICY_AMBIGUOUS: &str = "several policies are available and the manifest names none";
/// Help for [`POLICY_AMBIGUOUS`].
pub fn policy_ambiguous_help(ids: &[&str]) -> String {
    format!("set `evaluation.policy` or pass `--policy`; the policies available are {}", all_of(ids))
}

// --- policy compilation --------------------------------------------------

/// Two definitions with one id.
pub fn duplicate_id(what: &str, id: &str) -> String {
    format!("{what} `{id}` is defined twice")
}
/// Label of the first definition.
pub const FIRST_DEFINED_HERE: &str = "first defined here";
/// Help for [`duplicate_id`].
pub const DUPLICATE_ID_HELP: &str = "ids must be unique within their catalogue; remove or rename one";

/// A reference inside a policy to an id it does not define.
pub fn unknown_policy_reference(what: &str, id: &str) -> String {
    format!("unknown {what} `{id}`")
}

/// Help for an unknown reference: a suggestion, or what exists.
pub fn reference_help(what: &str, known: &[&str], suggestion: Option<&str>) -> String {
    match suggestion {
        Some(s) => did_you_mean(s),
        None if known.is_empty() => format!("this policy defines no {what}"),
        None => format!("the {what} ids are {}", all_of(known)),
    }
}

/// A rule with a code that is not in the registry.
pub fn unknown_code(code: &str) -> String {
    format!("unknown diagnostic code `{code}`")
}

/// A rule's code that the policy does not declare: maybe a misspelling of
/// one it does, maybe a new code to declare.
pub fn declare_code_help(code: &str, suggestion: Option<&str>) -> String {
    let declare =
        format!("declare it under `[[codes]]` with `id = \"{code}\"`, a `severity`, a `summary` and an `explanation`");
    match suggestion {
        Some(s) => format!("did you mean `{s}`? if `{code}` is a new code, {declare}"),
        None => declare,
    }
}

/// A `[[codes]]` id that is not code-shaped, or that names a built-in code.
pub fn bad_code_id(code: &str, built_in: bool) -> String {
    if built_in {
        format!("`{code}` is a built-in code; a policy cannot declare it")
    } else {
        format!("`{code}` is not a code")
    }
}

/// How to name a declared code.
pub fn bad_code_id_help(built_in: bool) -> &'static str {
    if built_in {
        "rules may report the built-in `reference.unknown` without declaring it; give other codes a name of your own"
    } else {
        "write lowercase words of letters, digits and `-`, joined by `.`, at most 64 characters, e.g. `quota.exceeded`"
    }
}

/// A rule with a kind the engine does not have.
pub fn unknown_kind(kind: &str) -> String {
    format!("unknown rule kind `{kind}`")
}

/// A rule that lacks a parameter of its kind.
pub fn missing_param(kind: &str, param: &str) -> String {
    format!("a `{kind}` rule needs `{param}`")
}

/// A rule with a parameter its kind does not take.
pub fn foreign_param(kind: &str, param: &str) -> String {
    format!("a `{kind}` rule takes no `{param}`")
}

/// Help listing a kind's parameters.
pub fn kind_params_help(kind: &str, params: &[&str]) -> String {
    if params.is_empty() {
        format!("`{kind}` takes no parameters besides code, kind, severity, message, help, label and labels")
    } else {
        format!("`{kind}` takes {}", all_of(params))
    }
}

/// A placeholder that the rule's kind does not provide.
pub fn unknown_placeholder(name: &str, kind: &str) -> String {
    format!("`{{{name}}}` is not a field of `{kind}` rules")
}

/// A label name the rule's kind does not draw.
pub fn unknown_label(name: &str, kind: &str) -> String {
    format!("`{kind}` rules have no label `{name}`")
}

/// A placeholder left open.
pub const UNCLOSED_PLACEHOLDER: &str = "a placeholder is not closed";
/// Help for [`UNCLOSED_PLACEHOLDER`].
pub const UNCLOSED_PLACEHOLDER_HELP: &str = "close it with `}`, or write `{{` for a literal brace";

/// The policy lacks the rule that reports unknown ids.
pub const MISSING_REFERENCE_RULE: &str = "the policy has no `reference` rule";
/// Help for [`MISSING_REFERENCE_RULE`].
pub const MISSING_REFERENCE_RULE_HELP: &str = "add a rule with `code = \"reference.unknown\"` and `kind = \"reference\"`: without it unknown ids would pass unnoticed";

/// A base version that does not exist.
pub fn unknown_base(id: &str, version: &str) -> String {
    format!("policy `{id}` has no version `{version}` to extend")
}

/// Versions that extend each other in a circle.
pub fn extends_cycle(chain: &str) -> String {
    format!("versions extend each other in a circle: {chain}")
}

/// The note on the last shown of identical findings folded into a count.
pub fn repeated_note(more: usize) -> String {
    let findings = if more == 1 { "finding" } else { "findings" };
    format!("and {more} more {findings} like this one in this file, not shown")
}

/// A chain of `extends` deeper than the limit.
pub fn extends_too_deep(version: &str, limit: usize) -> String {
    format!("version `{version}` extends a chain of more than {limit} versions")
}

/// Help for [`extends_too_deep`].
pub fn extends_too_deep_help(limit: usize) -> String {
    format!(
        "every check merges the whole chain, so it may be at most {limit} versions deep; extend an earlier version, or write a version that extends none"
    )
}

/// A cycle of versions shown in full, or its first `shown` versions and how
/// many more there are.
pub fn cycle_chain(versions: &[&str], shown: usize) -> String {
    let Some(first) = versions.first() else { return String::new() };
    if versions.len() <= shown {
        return format!("{} → {first}", versions.join(" → "));
    }
    format!("{} → … and {} more → {first}", versions[..shown].join(" → "), versions.len() - shown)
}

/// A file named after another version than its header's.
pub fn file_name_version(file_version: &str, version: &str) -> String {
    format!("the file is named after version `{file_version}`, but its header says `{version}`")
}

/// Help for [`file_name_version`].
pub fn file_name_version_help(version: &str) -> String {
    format!("rename the file to `{version}.toml`, or correct `version` in `[policy]`")
}

/// Help for [`extends_cycle`].
pub const EXTENDS_CYCLE_HELP: &str = "a version extends an earlier one; remove `extends` from the first version";

/// A removal of something the base does not have.
pub fn unknown_removal(collection: &str, key: &str) -> String {
    format!("`[remove] {collection}` names `{key}`, which the extended version does not have")
}

/// Help for two rules with one key.
pub const DUPLICATE_RULE_HELP: &str =
    "two rules of one code and kind need an `id` each, so that later versions can tell them apart";

/// A grant repeated for one tier and class.
pub fn duplicate_grant(benefit: &str, tier: &str) -> String {
    format!("benefit `{benefit}` grants to `{tier}` twice for the same competency class")
}

/// A uniqueness rule over a collection the manifest lacks.
pub fn unknown_collection(name: &str) -> String {
    format!("the manifest has no collection `{name}`")
}

/// A uniqueness key over a field the collection lacks.
pub fn unknown_field(collection: &str, field: &str) -> String {
    format!("`[[{collection}]]` has no field `{field}`")
}

/// A version id that is not a date.
pub fn policy_version_form(version: &str) -> String {
    format!("policy version `{version}` is not a date")
}

/// Help for [`policy_version_form`].
pub const POLICY_VERSION_FORM_HELP: &str = "name versions by the date of the text they follow, YYYY-MM-DD";

/// A policy id with a character no report could show as written.
pub fn policy_id_form(id: &str) -> String {
    format!("policy id `{}` holds a control or invisible character", crate::escape::inline(id))
}

/// How to name a policy.
pub const POLICY_ID_FORM_HELP: &str = "name a policy in kebab-case, e.g. `mpn-technical-support`";

/// Two files with one policy id and version.
pub fn duplicate_version(id: &str, version: &str, other: &str) -> String {
    format!("policy `{id}` version `{version}` is also defined in `{other}`")
}

// --- policy lint ---------------------------------------------------------

/// A definition nothing uses.
pub fn unused(what: &str, id: &str, why: &str) -> String {
    format!("{what} `{id}` is unused: {why}")
}

/// Why a code is unused.
pub const NO_RULE_REPORTS_IT: &str = "no rule reports it";

/// Why a competency class is unused.
pub const NO_COMPETENCY_HAS_IT: &str = "no competency has it";
/// Why a product kind is unused.
pub const NO_PRODUCT_HAS_IT: &str = "no product has it";
/// Why a tier is unused.
pub const NO_BENEFIT_GRANTS_IT: &str = "no benefit grants anything to it";
/// Why a product is unused.
pub const NO_BENEFIT_COVERS_IT: &str = "no benefit or plan covers it";
/// Help for unused definitions.
pub const UNUSED_HELP: &str = "remove it, or use it where it was meant to be used";

/// A rule that can never fire.
pub fn unreachable(key: &str, why: &str) -> String {
    format!("rule `{key}` can never fire: {why}")
}

/// Why: a filter names product kinds no product has.
pub const NO_PRODUCT_OF_THOSE_KINDS: &str = "no product is of the kinds its `when` selects";
/// Why: a filter names only plans, which the kind never looks at.
pub const ONLY_PLANS: &str = "its `when` selects only plans, which this kind of rule does not check";
/// Why: no benefit is limited to recent products.
pub const NO_RECENT_ONLY_SCOPE: &str = "no benefit's scope is limited to recent products";
/// Why: every grant is unlimited.
pub const NO_LIMITED_GRANT: &str = "no grant is limited";
/// Why: zero processing days.
pub const ZERO_DAYS: &str = "a delay of 0 days is always waited out";
/// Why: no tier requires a competency.
pub const NO_TIER_REQUIRES: &str = "no tier requires a competency";
/// Why: no tier forbids a competency.
pub const NO_TIER_FORBIDS: &str = "no tier forbids a competency";
/// Why: no benefit needs a contract link.
pub const NO_CONTRACT_BENEFIT: &str = "no benefit needs a contract link";
/// Why: no benefit needs activation.
pub const NO_ACTIVATED_BENEFIT: &str = "no benefit needs activation";
/// Help for unreachable rules.
pub const UNREACHABLE_HELP: &str = "correct its parameters or the catalogues it depends on, or remove it";

/// A higher tier granted less than a lower one.
pub fn quota_order(benefit: &str, higher: &str, high: &str, lower: &str, low: &str) -> String {
    format!("`{higher}` gets {high} `{benefit}` incidents, fewer than the lower tier `{lower}` ({low})")
}

/// Help for [`quota_order`].
pub const QUOTA_ORDER_HELP: &str =
    "tiers rank in the order `[[tiers]]` lists them, lowest first; correct the number or the order";

/// An id that is not kebab-case.
pub fn id_case(id: &str, suggestion: &str) -> String {
    format!("`{id}` is not kebab-case; did you mean `{suggestion}`?")
}

/// Help for [`id_case`].
pub const ID_CASE_HELP: &str = "ids are lowercase words joined by hyphens, like `cloud-platform`";

/// Effective dates out of order.
pub fn effective_order(version: &str, effective: &str, earlier: &str, earlier_effective: &str) -> String {
    format!(
        "version `{version}` takes effect on {effective}, before the earlier version `{earlier}` ({earlier_effective})"
    )
}

/// A version that extends a later one.
pub fn extends_later(version: &str, base: &str) -> String {
    format!("version `{version}` extends the later version `{base}`")
}

/// Help for effective-date order.
pub const EFFECTIVE_ORDER_HELP: &str = "a later version takes effect later, and extends an earlier one";

/// A version identical to its predecessor.
pub fn identical(version: &str, previous: &str) -> String {
    format!("version `{version}` changes nothing in `{previous}`")
}

/// Help for [`identical`].
pub const IDENTICAL_HELP: &str = "remove it, or make the change it was meant to make";

// --- policy list and diff ------------------------------------------------

/// Column heads of `policy list`.
pub const LIST_COLUMNS: [&str; 6] = ["id", "version", "effective", "extends", "digest", "file"];

/// A plain text table with a header row.
pub fn table<const N: usize>(head: &[&str; N], rows: &[[String; N]]) -> String {
    let rows: Vec<[String; N]> = rows.iter().map(|row| row.clone().map(|cell| inline(&cell).into_owned())).collect();
    let rows = rows.as_slice();
    let mut widths = head.map(|h| h.chars().count());
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: Vec<&str>| {
        let padded: Vec<String> = cells.iter().zip(widths).map(|(c, w)| format!("{c:<w$}")).collect();
        format!("{}\n", padded.join("  ").trim_end())
    };
    let mut out = line(head.to_vec());
    for row in rows {
        out.push_str(&line(row.iter().map(String::as_str).collect()));
    }
    out
}

/// The first line of `policy diff`.
pub fn diff_heading(id: &str, from: &str, to: &str, from_digest: &str, to_digest: &str) -> String {
    format!("{} {} → {} (digest {from_digest} → {to_digest})", inline(id), inline(from), inline(to))
}

/// One changed field in `policy diff`.
pub fn field_change(field: &str, from: Option<&str>, to: Option<&str>) -> String {
    let shown = |value: Option<&str>| inline(value.unwrap_or("(none)")).into_owned();
    format!("      {}: {} → {}\n", inline(field), shown(from), shown(to))
}

/// The totals of `policy diff`.
pub fn diff_summary(added: usize, removed: usize, changed: usize) -> String {
    if added + removed + changed == 0 {
        return "no changes\n".to_string();
    }
    format!("\n{added} added, {removed} removed, {changed} changed\n")
}

/// A manifest whose verdict flips.
pub fn flip_line(path: &str, was_eligible: bool, codes: &[String]) -> String {
    let codes: Vec<&str> = codes.iter().map(String::as_str).collect();
    if was_eligible {
        format!("  {}: eligible → not eligible ({})\n", inline(path), all_of(&codes))
    } else {
        format!("  {}: not eligible → eligible (no more {})\n", inline(path), all_of(&codes))
    }
}

/// The totals of a replay.
pub fn replay_summary(manifests: usize, to_ineligible: usize, to_eligible: usize, unchanged: usize) -> String {
    format!(
        "{manifests} manifests: {to_ineligible} eligible → not eligible, {to_eligible} not eligible → eligible, {unchanged} unchanged\n"
    )
}

// --- command line --------------------------------------------------------

/// A path given on the command line that does not exist or cannot be read.
pub fn cannot_read(path: &str, reason: &str) -> String {
    format!("cannot read `{path}`: {}", lower_first(reason))
}

/// A `--shard` that is not K/N.
pub fn shard_form(text: &str) -> String {
    format!("`{text}` is not a shard: write K/N with 1 ≤ K ≤ N, e.g. `2/4`")
}

/// `-` given more than once: stdin can be read only once.
pub const STDIN_TWICE: &str = "`-` (stdin) given twice: standard input can be read only once";

/// A directory argument with no manifest below it: a gate pointed at the
/// wrong folder must not pass by checking nothing.
pub fn no_manifests(dir: &str) -> String {
    format!("no manifest in `{dir}`: no `*.toml` file below it")
}

/// A manifest that is also the `--output` file.
pub fn output_is_input(path: &str) -> String {
    format!("`{path}` is both a manifest to check and the `--output` file: the report would overwrite it")
}

/// The worker threads could not be started.
pub fn cannot_start_threads(reason: &str) -> String {
    format!("cannot start the worker threads: {}", lower_first(reason))
}

/// A worker thread ended without finishing its batch.
pub const WORKER_FAILED: &str = "a worker thread stopped before finishing its files";

/// A report file that cannot be written.
pub fn cannot_write(path: &str, reason: &str) -> String {
    format!("cannot write `{path}`: {}", lower_first(reason))
}

/// Standard output that cannot be written (a full disk, a closed terminal).
pub fn cannot_write_stdout(reason: &str) -> String {
    format!("cannot write to stdout: {}", lower_first(reason))
}

/// A report held back until the run succeeds, that could not be kept.
pub fn cannot_spool(reason: &str) -> String {
    format!(
        "cannot hold the report back until the run ends: {}; set `TMPDIR` to a writable directory",
        lower_first(reason)
    )
}

/// Why `--output` cannot be a directory.
pub const IS_A_DIRECTORY: &str = "it is a directory";

/// Why `--output` cannot be followed to a file.
pub const TOO_MANY_LINKS: &str = "too many levels of symbolic links";

/// Progress of a run on a terminal.
pub fn progress(done: usize, total: usize) -> String {
    format!("checked {done}/{total} files")
}

/// A policy that does not compile.
pub fn policy_does_not_compile(count: usize) -> String {
    if count == 1 {
        "the policy does not compile: 1 error".to_string()
    } else {
        format!("the policy does not compile: {count} errors")
    }
}

/// `explain` of an unknown code.
pub fn unknown_explain_code(code: &str, suggestion: Option<&str>) -> String {
    match suggestion {
        Some(s) => format!("unknown code `{code}`; {}", did_you_mean(s)),
        None => format!("unknown code `{code}`; `entitle explain --list` lists the codes"),
    }
}

/// A schema file that differs from the one this build generates.
pub fn stale_schema(path: &str) -> String {
    format!("`{path}` is stale; run `entitle schema {{manifest,policy}} > {path}` to update it")
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The text of a secondary label when the policy gives none.
pub fn default_label(kind: &str, label: &str) -> &'static str {
    match (kind, label) {
        ("uniqueness", "first") => "first listed here",
        ("required-program", "programs") => "the partner's programs",
        ("active-membership", "membership") => "`{offer}` membership runs from {start} to {end}",
        ("required-role", "account") => "`{account}` holds {roles}",
        ("processing-delay" | "activation-order", "requested") => "activation requested on {requested_on}",
        ("activation-complete", "activation") => "activated here without {missing}",
        ("contract-link", "link") => "linked to this account only on {linked_on}",
        ("scope", "benefit") => "`{benefit}` covers {covers}",
        ("quota", "membership") => "{granted_by} grants {quota}",
        ("validity-window" | "link-after-expiry", "expiry") => "expires on {expires}",
        ("link-after-exhaustion", "last") => "incident `{last_incident}` used the last of {quota}",
        _ => "",
    }
}

/// The words for what an activation lacks.
pub fn missing_ids(access: bool, contract: bool) -> &'static str {
    match (access, contract) {
        (true, true) => "an Access ID and a Contract ID",
        (true, false) => "an Access ID",
        _ => "a Contract ID",
    }
}

/// What a benefit's or plan's scope covers: `` `cloud` products ``, `` `azure` ``.
pub fn covers(kinds: &[&str], products: &[&str]) -> String {
    match (kinds.is_empty(), products.is_empty()) {
        (false, true) => format!("{} products", all_of(kinds)),
        (true, false) => one_of(products),
        (false, false) => format!("{} products and {}", all_of(kinds), all_of(products)),
        (true, true) => "no product".to_string(),
    }
}

/// A role list held by an account, or `no role`.
pub fn roles_held(roles: &[&str]) -> String {
    if roles.is_empty() { "no role".to_string() } else { all_of(roles) }
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
        "unlimited" => "unlimited incidents".to_string(),
        "1" => "1 incident".to_string(),
        n => format!("{n} incidents"),
    }
}

/// The line for a file with no findings.
pub fn eligible_line(path: &str, policy: &str) -> String {
    if policy.is_empty() {
        format!("✓ {path}: no problems found")
    } else {
        format!("✓ {path}: eligible under {policy}")
    }
}

/// The line before a file's findings: what judged it.
pub fn judged_line(path: &str, policy: &str) -> String {
    format!("{path}: judged by {policy}")
}

/// The last line of a human report, and the summary of machine formats.
pub fn summary_line(files: usize, errors: usize, warnings: usize, waived: usize) -> String {
    let plural = |n: usize, one: &str, many: &str| if n == 1 { format!("1 {one}") } else { format!("{n} {many}") };
    let mut line = format!(
        "{} checked: {}, {}",
        plural(files, "file", "files"),
        plural(errors, "error", "errors"),
        plural(warnings, "warning", "warnings")
    );
    if waived > 0 {
        line.push_str(&format!(", {waived} waived"));
    }
    line
}

/// A day the calendar does not reach (`{ready_on}` past 9999-12-31).
pub fn after_the_calendar(last: impl std::fmt::Display) -> String {
    format!("a day after {last}")
}

/// A text that is not a date.
pub fn not_a_date(text: &str) -> String {
    format!("`{text}` is not a date of the form YYYY-MM-DD")
}

/// How a path to the document itself is named.
pub const TOP_LEVEL: &str = "the top level";

/// How `explain` shows one template of a policy rule.
pub fn explain_template(what: &str, template: &str) -> String {
    format!("  {what:<8} {}\n", inline(template))
}

/// How `explain` shows a policy rule that reports the code.
pub fn explain_rule(policy: &str, kind: &str, severity: &str, summary: &str) -> String {
    format!("\nIn {}, a `{kind}` rule ({severity}): {summary}\n", inline(policy))
}

// --- waivers -------------------------------------------------------------

/// A waiver naming a code that does not exist or cannot be waived.
pub fn unknown_waiver_code(code: &str) -> String {
    format!("unknown code `{code}` in a waiver")
}

/// A waiver past its date.
pub fn waiver_expired(code: &str, expires: &str) -> String {
    format!("the waiver of `{code}` expired on {expires}")
}

/// Help for [`waiver_expired`].
pub fn waiver_expired_help(owner: &str) -> String {
    format!("it no longer waives anything; fix the finding, or ask {owner} to renew the waiver with a new `expires`")
}

/// A waiver that expires soon.
pub fn waiver_expiring(code: &str, expires: &str, matched: usize) -> String {
    let findings = if matched == 1 { "1 finding".to_string() } else { format!("{matched} findings") };
    format!("the waiver of `{code}` ({findings}) expires on {expires}")
}

/// Help for [`waiver_expiring`].
pub fn waiver_expiring_help(owner: &str) -> String {
    format!("after that day the findings fail the check; fix them, or ask {owner} to renew the waiver")
}

/// A waiver that matches nothing.
pub fn waiver_unused(code: &str, target: Option<&str>) -> String {
    match target {
        Some(t) => format!("the waiver of `{code}` for `{t}` matches no finding"),
        None => format!("the waiver of `{code}` matches no finding"),
    }
}

/// Help for [`waiver_unused`].
pub const WAIVER_UNUSED_HELP: &str = "remove it if the problem is fixed, or correct its `code` or `target`";

/// How a waived finding is described in reports.
pub fn waived_note(owner: &str, expires: &str, reason: &str, ticket: Option<&str>) -> String {
    match ticket {
        Some(t) => format!("waived by {owner} until {expires} ({t}): {reason}"),
        None => format!("waived by {owner} until {expires}: {reason}"),
    }
}

// --- machine formats -----------------------------------------------------

/// A message followed by its help, in formats with one text field.
pub fn with_help(message: &str, help: &str) -> String {
    format!("{message}\nhelp: {help}")
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
        Some(h) => format!("{path}:{line}:{column}: {severity}[{code}]: {message}\n  help: {h}"),
        None => format!("{path}:{line}:{column}: {severity}[{code}]: {message}"),
    }
}

/// The message of a failed JUnit test case.
pub fn junit_failure(errors: usize, codes: &[&str]) -> String {
    let count = if errors == 1 { "1 error".to_string() } else { format!("{errors} errors") };
    format!("{count}: {}", codes.join(", "))
}

/// One finding in the Markdown summary.
pub fn markdown_finding(severity: &str, code: &str, line: usize, column: usize, message: &str) -> String {
    format!("- **{severity}** `{code}` at line {line}, column {column}: {message}\n")
}

/// A finding's help in the Markdown summary.
pub fn markdown_help(help: &str) -> String {
    format!("  <br>help: {help}\n")
}

/// The head of the Markdown table of files.
pub const MARKDOWN_TABLE_HEAD: &str =
    "| file | policy | eligible | errors | warnings | waived |\n|---|---|---|---|---|---|\n";

// --- the partner's view --------------------------------------------------

/// A grant that would fix a finding.
pub fn fix_grant(tier: &str, class: Option<&str>, incidents: &str, benefit: &str) -> String {
    let membership = match class {
        Some(c) => format!("a `{tier}` membership in a {c} competency"),
        None => format!("a `{tier}` membership"),
    };
    match incidents {
        "unlimited" => format!("{membership} would make `{benefit}` unlimited"),
        n => format!("{membership} would grant {n} `{benefit}` incidents"),
    }
}

/// Asking an account that holds a role.
pub fn fix_ask(user: &str, role: &str, activate: bool) -> String {
    if activate {
        format!("ask `{user}` (`{role}`) to activate it")
    } else {
        format!("ask `{user}` (`{role}`) to open it")
    }
}

/// No account holds a needed role.
pub fn fix_give_role(roles: &str) -> String {
    format!("give an account the {roles} role")
}

/// Linking a contract in time.
pub fn fix_link(access_id: &str, account: &str, on: &str) -> String {
    format!("link the contract (Access ID `{access_id}`) to `{account}` on or before {on}")
}

/// Joining a program.
pub fn fix_program(program: &str) -> String {
    format!("add `{program}` to `partner.programs` once the company is enrolled")
}

/// The heading of the partner's view.
pub fn view_heading(name: &str, mpn_id: &str, as_of: &str, policy: &str) -> String {
    format!("{name} (MPN {mpn_id}), judged on {as_of} under {policy}")
}

/// Column heads of the partner's view.
pub const VIEW_COLUMNS: [&str; 8] =
    ["benefit", "granted by", "entitlement", "used", "remaining", "activated", "expires", "linked to"];

/// Yes and no in the partner's view.
pub fn yes_no(yes: bool) -> &'static str {
    if yes { "yes" } else { "no" }
}

/// Nothing, in a cell of the partner's view.
pub const NONE: &str = "—";

/// The heading of the fixes.
pub const FIXES_HEADING: &str = "To make this pass:";

/// The line when nothing needs fixing.
pub const NOTHING_TO_FIX: &str = "Nothing to fix: the manifest is eligible.";

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
    use super::*;

    #[test]
    fn lists_read_naturally() {
        assert_eq!(one_of(&["a", "b", "c"]), "`a`, `b` or `c`");
        assert_eq!(all_of(&["a"]), "`a`");
        assert_eq!(syntax("Invalid date, expected day\nmore"), "invalid date, expected day");
    }
}
