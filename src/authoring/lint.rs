//! `entitle policy lint`: everything the compiler checks, plus what compiles
//! but is probably a mistake: definitions nothing uses, rules that can never
//! fire, quotas out of tier order, ids that are not kebab-case, effective
//! dates out of order, versions that change nothing.

use std::collections::{HashMap, HashSet};

use crate::codes::Code;
use crate::diagnostic::{Draft, Finding, Span};
use crate::document::{Path, Target};
use crate::policy::library::Library;
use crate::policy::model::PolicyFile;
use crate::policy::ruleset::RuleSet;
use crate::report::FileReport;
use crate::{input, messages};

/// A lint finding before it is resolved in its file.
type Found = (String, Draft);

/// Lints policy files given as (origin, text): one report per file.
pub fn lint(sources: &[(String, String)]) -> Vec<FileReport> {
    lint_with_tests(sources, None)
}

/// Lints policy files and, given their test manifests, reports the rules no
/// test triggers (`policy.untested`).
pub fn lint_with_tests(sources: &[(String, String)], tests: Option<&[super::expect::Source]>) -> Vec<FileReport> {
    let (library, failures) = Library::compile_sources(sources);
    let mut found: Vec<Found> = Vec::new();
    for set in library.all() {
        unused(set, &mut found);
        unreachable(set, &mut found);
        quota_order(set, &mut found);
        id_case(set, &mut found);
    }
    versions(&library, &mut found);
    file_names(&library, &mut found);
    if let Some(tests) = tests {
        untested(&library, tests, &mut found);
    }
    translations(&library, &mut found);

    // Findings grouped by file once, and deduplicated with a set: scans per
    // file and per finding were quadratic in a directory of many versions or
    // a file of many faults.
    let mut failed: HashMap<&str, Vec<&Finding>> = HashMap::new();
    for report in &failures {
        failed.entry(report.path.as_str()).or_default().extend(&report.findings);
    }
    let mut linted: HashMap<&str, Vec<&Draft>> = HashMap::new();
    for (file, draft) in &found {
        linted.entry(file.as_str()).or_default().push(draft);
    }
    let mut reports = Vec::new();
    for (origin, text) in sources {
        let mut findings: Vec<Finding> =
            failed.get(origin.as_str()).map(|f| f.iter().map(|f| (*f).clone()).collect()).unwrap_or_default();
        let drafts = linted.get(origin.as_str()).map_or(&[][..], Vec::as_slice);
        if crate::policy::library::translated_file(origin).is_some() {
            // A message file is Fluent, not TOML: its findings carry their spans.
            findings.extend(drafts.iter().map(|draft| (*draft).clone().resolve(None)));
        } else if !drafts.is_empty()
            && let Ok(document) = input::parse(text)
        {
            let mut seen: HashSet<(Span, Code, String)> =
                findings.iter().map(|f| (f.span, f.code, f.message.clone())).collect();
            for draft in drafts {
                let finding = (*draft).clone().resolve(Some(&document));
                if seen.insert((finding.span, finding.code, finding.message.clone())) {
                    findings.push(finding);
                }
            }
        }
        reports.push(FileReport::new(origin.clone(), text.clone(), findings));
    }
    reports
}

/// A file named like a version (`2021-09-01.toml`) whose header says another.
/// Files named otherwise (`v2.toml`, `current.toml`) are the author's choice.
fn file_names(library: &Library, found: &mut Vec<Found>) {
    for set in library.all() {
        let stem = std::path::Path::new(&set.origin).file_stem().and_then(|s| s.to_str()).unwrap_or_default();
        if crate::date::Date::parse(stem).is_some() && stem != set.version {
            found.push((
                set.origin.clone(),
                Draft::new(
                    Code::POLICY_FILE_NAME,
                    messages::file_name_version(stem, &set.version),
                    Target::Value(Path::of(&["policy", "version"])),
                )
                .help(messages::file_name_version_help(&set.version)),
            ));
        }
    }
}

fn at(set: &RuleSet, collection: &str, index: usize, key: &str) -> Option<(String, Target)> {
    let (file, path) = set.location(collection, index)?;
    Some((file.to_string(), Target::Value(if key.is_empty() { path } else { path.key(key) })))
}

fn push(found: &mut Vec<Found>, place: Option<(String, Target)>, draft: impl FnOnce(Target) -> Draft) {
    if let Some((file, target)) = place {
        found.push((file, draft(target)));
    }
}

/// Entries no other entry names. What is named is gathered once, so that a
/// policy of 100,000 products is read in linear time.
fn unused(set: &RuleSet, found: &mut Vec<Found>) {
    let f = &set.source_file;
    let grants = || f.benefits.iter().flat_map(|b| b.grants.iter());
    let classes: HashSet<&str> =
        f.competencies.iter().map(|c| c.class.as_str()).chain(grants().filter_map(|g| g.class.as_deref())).collect();
    let kinds: HashSet<&str> = f.products.iter().map(|p| p.kind.as_str()).collect();
    let codes: HashSet<&str> = f.rules.iter().map(|r| r.code.as_str()).collect();
    let tiers: HashSet<&str> = grants().map(|g| g.tier.as_str()).collect();
    let scoped_kinds: HashSet<&str> = set.benefits.iter().flat_map(|b| &b.scope.kinds).map(String::as_str).collect();
    let scoped_products: HashSet<&str> =
        set.benefits.iter().flat_map(|b| &b.scope.products).map(String::as_str).collect();
    for (i, class) in f.competency_classes.iter().enumerate() {
        if !classes.contains(class.id.as_str()) {
            push(found, at(set, "competency_classes", i, "id"), |t| {
                Draft::new(
                    Code::POLICY_UNUSED,
                    messages::unused("competency class", &class.id, &messages::no_competency_has_it()),
                    t,
                )
                .help(messages::unused_help())
            });
        }
    }
    for (i, kind) in f.product_kinds.iter().enumerate() {
        if !kinds.contains(kind.id.as_str()) {
            push(found, at(set, "product_kinds", i, "id"), |t| {
                Draft::new(
                    Code::POLICY_UNUSED,
                    messages::unused("product kind", &kind.id, &messages::no_product_has_it()),
                    t,
                )
                .help(messages::unused_help())
            });
        }
    }
    for (i, code) in f.codes.iter().enumerate() {
        if !codes.contains(code.id.as_str()) {
            push(found, at(set, "codes", i, "id"), |t| {
                Draft::new(Code::POLICY_UNUSED, messages::unused("code", &code.id, &messages::no_rule_reports_it()), t)
                    .help(messages::unused_help())
            });
        }
    }
    for (i, tier) in f.tiers.iter().enumerate() {
        if !tiers.contains(tier.id.as_str()) {
            push(found, at(set, "tiers", i, "id"), |t| {
                Draft::new(
                    Code::POLICY_UNUSED,
                    messages::unused("tier", &tier.id, &messages::no_benefit_grants_it()),
                    t,
                )
                .help(messages::unused_help())
            });
        }
    }
    for (i, product) in f.products.iter().enumerate() {
        if !scoped_kinds.contains(product.kind.as_str()) && !scoped_products.contains(product.id.as_str()) {
            push(found, at(set, "products", i, "id"), |t| {
                Draft::new(
                    Code::POLICY_UNUSED,
                    messages::unused("product", &product.id, &messages::no_benefit_covers_it()),
                    t,
                )
                .help(messages::unused_help())
            });
        }
    }
}

fn unreachable(set: &RuleSet, found: &mut Vec<Found>) {
    let f = &set.source_file;
    let compiled: HashMap<&str, &crate::policy::ruleset::Rule> =
        set.rules.iter().map(|r| (r.key.as_str(), r)).collect();
    let kinds: HashSet<&str> = f.products.iter().map(|p| p.kind.as_str()).collect();
    for (i, rule) in f.rules.iter().enumerate() {
        // A compiled policy has each of its file's rules, in order.
        let Some(compiled) = compiled.get(crate::policy::kinds::rule_key(rule).as_str()) else { continue };
        let check = compiled.check.as_ref();
        let no_product = check
            .when()
            .and_then(|w| w.product_kinds.as_ref())
            .is_some_and(|k| !k.iter().any(|kind| kinds.contains(kind.as_str())));
        let why = if no_product { Some(messages::no_product_of_those_kinds()) } else { check.unreachable(set) };
        if let Some(why) = why {
            push(found, at(set, "rules", i, "kind"), |t| {
                Draft::new(
                    Code::POLICY_UNREACHABLE,
                    messages::unreachable(&crate::policy::kinds::rule_key(rule), &why),
                    t,
                )
                .help(messages::unreachable_help())
            });
        }
    }
}

fn quota_order(set: &RuleSet, found: &mut Vec<Found>) {
    let f = &set.source_file;
    let rank: HashMap<&str, usize> = f.tiers.iter().enumerate().map(|(i, t)| (t.id.as_str(), i)).collect();
    for (b, benefit) in f.benefits.iter().enumerate() {
        for (g, grant) in benefit.grants.iter().enumerate() {
            let lower = benefit.grants.iter().find(|other| {
                other.class == grant.class
                    && rank.get(other.tier.as_str()) < rank.get(grant.tier.as_str())
                    && other.incidents > grant.incidents
            });
            if let Some(lower) = lower {
                let place = set.location("benefits", b).map(|(file, path)| {
                    (file.to_string(), Target::Value(path.key("grants").index(g).key("incidents")))
                });
                push(found, place, |t| {
                    Draft::new(
                        Code::POLICY_QUOTA_ORDER,
                        messages::quota_order(
                            &benefit.id,
                            &grant.tier,
                            &grant.incidents.to_string(),
                            &lower.tier,
                            &lower.incidents.to_string(),
                        ),
                        t,
                    )
                    .help(messages::quota_order_help())
                });
            }
        }
    }
}

/// Whether an id is lowercase words joined by single hyphens.
pub fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn kebab(id: &str) -> String {
    let mut out = String::new();
    for (i, c) in id.chars().enumerate() {
        if c.is_uppercase() && i > 0 && !out.ends_with('-') {
            out.push('-');
        }
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_string()
}

fn id_case(set: &RuleSet, found: &mut Vec<Found>) {
    let f = &set.source_file;
    let mut check = |collection: &str, ids: Vec<&str>| {
        for (i, id) in ids.into_iter().enumerate() {
            if !is_kebab(id) {
                push(found, at(set, collection, i, "id"), |t| {
                    Draft::new(Code::POLICY_ID_CASE, messages::id_case(id, &kebab(id)), t)
                        .help(messages::id_case_help())
                });
            }
        }
    };
    // Codes have their own form (`quota.exceeded`), which the compiler checks.
    macro_rules! check_each {
        ($($field:ident: $noun:literal,)*) => {
            $(if stringify!($field) != "codes" {
                check(stringify!($field), f.$field.iter().map(|d| d.id.as_str()).collect());
            })*
        };
    }
    crate::policy::model::with_catalogues!(check_each);
    check("rules", f.rules.iter().filter_map(|r| r.id.as_deref()).collect());
}

fn versions(library: &Library, found: &mut Vec<Found>) {
    let header = |key: &str| Target::Value(Path::of(&["policy", key]));
    for id in library.ids() {
        let mut versions = library.versions(id);
        versions.sort_by(|a, b| a.version.cmp(&b.version));
        for pair in versions.windows(2) {
            let (earlier, later) = (&pair[0], &pair[1]);
            if later.effective < earlier.effective {
                found.push((
                    later.origin.clone(),
                    Draft::new(
                        Code::POLICY_EFFECTIVE_ORDER,
                        messages::effective_order(
                            &later.version,
                            &later.effective.to_string(),
                            &earlier.version,
                            &earlier.effective.to_string(),
                        ),
                        header("effective"),
                    )
                    .help(messages::effective_order_help()),
                ));
            }
            if same_rules(&earlier.source_file, &later.source_file) {
                found.push((
                    later.origin.clone(),
                    Draft::new(
                        Code::POLICY_IDENTICAL,
                        messages::identical(&later.version, &earlier.version),
                        header("version"),
                    )
                    .help(messages::identical_help()),
                ));
            }
        }
        for set in &versions {
            if let Some(base) = set.extends.as_deref().filter(|base| *base > set.version.as_str()) {
                found.push((
                    set.origin.clone(),
                    Draft::new(
                        Code::POLICY_EFFECTIVE_ORDER,
                        messages::extends_later(&set.version, base),
                        header("extends"),
                    )
                    .help(messages::effective_order_help()),
                ));
            }
        }
    }
}

/// Whether two merged versions say the same but for their headers.
fn same_rules(a: &PolicyFile, b: &PolicyFile) -> bool {
    let mut b = b.clone();
    b.policy = a.policy.clone();
    *a == b
}

/// Rules that no test manifest triggers, version by version; a version no
/// test applies to is reported once, at its `version`. Findings are traced to
/// the rule that reported them, so rules sharing a code count apart.
fn untested(library: &Library, tests: &[super::expect::Source], found: &mut Vec<Found>) {
    use super::expect::words;
    let covered = super::expect::coverage(library, tests);
    for set in library.all() {
        // Test manifests live in a `tests/` folder beside the policy's files.
        let tests_dir = std::path::Path::new(&set.origin)
            .parent()
            .map_or_else(|| "tests/".to_string(), |dir| format!("{}/tests/", dir.display()));
        let Some(hit) = covered.get(&(set.id.clone(), set.version.clone())) else {
            found.push((
                set.origin.clone(),
                Draft::new(
                    Code::POLICY_UNTESTED,
                    words::no_test(&set.id, &set.version),
                    Target::Value(Path::of(&["policy", "version"])),
                )
                .help(words::no_test_help(&tests_dir)),
            ));
            continue;
        };
        let written: HashMap<String, usize> = set
            .source_file
            .rules
            .iter()
            .enumerate()
            .map(|(i, r)| (crate::policy::kinds::rule_key(r), i))
            .rev()
            .collect();
        for (_, rule) in set.rules.iter().enumerate().filter(|(i, _)| !hit.contains(i)) {
            let Some(&index) = written.get(&rule.key) else {
                continue;
            };
            push(found, at(set, "rules", index, "code"), |t| {
                Draft::new(Code::POLICY_UNTESTED, words::untested(&rule.key, &set.version), t)
                    .help(words::untested_help(rule.code.as_str(), &tests_dir))
            });
        }
    }
}

/// Message files against the versions they translate (`policy.translation`):
/// each file's syntax, extra messages and variables; and, per version and
/// language its chain has a file of, the messages no file of the chain gives.
fn translations(library: &Library, found: &mut Vec<Found>) {
    use crate::policy::translate::{self, Fault};
    for set in library.all() {
        for lang in crate::lang::Lang::ALL.into_iter().skip(1) {
            let files = library.translations(set, lang);
            let Some(last) = files.last() else { continue };
            let own = (crate::policy::library::translated_file(&last.origin).map(|(policy, _)| policy).as_deref()
                == Some(set.origin.as_str()))
            .then_some(*last);
            let mut given: HashSet<String> = HashSet::new();
            for file in &files {
                for fault in translate::review(set, &file.text) {
                    match fault {
                        Fault::Missing { .. } => {}
                        Fault::Extra { key, .. } if !own.is_some_and(|o| std::ptr::eq(o, *file)) => {
                            given.insert(key);
                        }
                        fault if own.is_some_and(|o| std::ptr::eq(o, *file)) => {
                            found.push((file.origin.clone(), translation_draft(fault, set, lang)));
                        }
                        _ => {}
                    }
                }
                given.extend(translate::given(&file.text));
            }
            let missing: Vec<String> =
                translate::entries(set).iter().map(|e| e.key()).filter(|k| !given.contains(k)).collect();
            if missing.is_empty() {
                continue;
            }
            match own {
                Some(file) => {
                    for key in missing {
                        found.push((file.origin.clone(), translation_draft(Fault::Missing { key }, set, lang)));
                    }
                }
                None => found.push((
                    set.origin.clone(),
                    Draft::new(
                        Code::POLICY_TRANSLATION,
                        messages::translation_file_missing(&set.version, lang, missing.len()),
                        Target::Value(Path::of(&["policy", "version"])),
                    )
                    .help(messages::translation_file_missing_help(&set.id, &set.version, lang)),
                )),
            }
        }
    }
}

fn translation_draft(fault: crate::policy::translate::Fault, set: &RuleSet, lang: crate::lang::Lang) -> Draft {
    use crate::policy::translate::Fault;
    let span = |at: std::ops::Range<usize>| Target::Span(Span::new(at));
    match fault {
        Fault::Syntax { at, message } => {
            Draft::new(Code::POLICY_TRANSLATION, messages::translation_syntax(&message), span(at))
                .help(messages::translation_syntax_help())
        }
        Fault::Missing { key } => {
            Draft::new(Code::POLICY_TRANSLATION, messages::translation_missing(&key, lang), span(0..0))
                .help(messages::translation_missing_help(&set.id, &set.version))
        }
        Fault::Extra { key, at } => {
            Draft::new(Code::POLICY_TRANSLATION, messages::translation_extra(&key, &set.version), span(at))
                .help(messages::translation_extra_help(&set.id, &set.version))
        }
        Fault::UnknownVariable { key, variable, fields, at } => {
            Draft::new(Code::POLICY_TRANSLATION, messages::translation_unknown_variable(&key, &variable), span(at))
                .help(messages::translation_variables_help(&fields))
        }
        Fault::MissingVariable { key, variable, at } => {
            Draft::new(Code::POLICY_TRANSLATION, messages::translation_missing_variable(&key, &variable), span(at))
                .help(messages::translation_missing_variable_help(&variable))
        }
    }
}
