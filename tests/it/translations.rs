//! Policies in the partner's language: a version's message files
//! (`<version>.<lang>.ftl`) translate its names, code docs and rule messages;
//! an extending version inherits its base's; `policy lint` holds each file to
//! the policy it translates.

use crate::common;

use common::{library, root};
use entitle::policy::translate;
use entitle::{Checker, FileReport, Lang, Options};
use entitle::{lint, policy::Library};

fn check_in(library: &Library, lang: Lang, path: &str) -> FileReport {
    let bytes = std::fs::read(root(path)).unwrap_or_else(|e| panic!("{path}: {e}"));
    Checker::new(library, Options { lang: Some(lang), ..Options::default() }).check(path, &bytes)
}

fn fixtures() -> Vec<String> {
    let mut paths: Vec<String> = std::fs::read_dir(root("tests/fixtures/codes"))
        .expect("fixtures")
        .map(|e| format!("tests/fixtures/codes/{}", e.expect("entry").file_name().to_string_lossy()))
        .collect();
    paths.sort();
    assert!(paths.len() > 20, "{paths:?}");
    paths
}

/// A finding's code, message, help, label and other labels.
type Words = (String, String, Option<String>, Option<String>, Vec<String>);

/// The words of the findings a policy's own templates write: those of the
/// codes it declares (`reference.unknown` interpolates the pipeline's nouns).
fn policy_words(report: &FileReport, library: &Library) -> Vec<Words> {
    let declared: Vec<&str> = library.all().iter().flat_map(|s| s.codes.iter().map(|c| c.code.as_str())).collect();
    report
        .findings
        .iter()
        .filter(|f| declared.contains(&f.code.as_str()))
        .map(|f| {
            (
                f.code.to_string(),
                f.message.clone(),
                f.help.clone(),
                f.label.clone(),
                f.labels.iter().map(|l| l.message.clone()).collect(),
            )
        })
        .collect()
}

/// The built-in policy files without their message files, and with the
/// English skeleton of each version as its `it` message file.
fn with_english_as(lang: Lang) -> Library {
    let toml: Vec<(String, String)> =
        Library::builtin_sources().into_iter().filter(|(path, _)| path.ends_with(".toml")).collect();
    let plain = Library::from_sources(toml.clone()).expect("policies");
    let mut sources = toml;
    for set in plain.all() {
        let origin = set.origin.strip_suffix(".toml").expect("a policy file");
        sources.push((format!("{origin}.{}.ftl", lang.tag()), translate::skeleton(set)));
    }
    Library::from_sources(sources).expect("policies with a skeleton")
}

#[test]
fn a_policys_english_skeleton_translates_every_finding_to_the_same_words() {
    // The ids the skeleton derives, the variables it writes and the arguments
    // a finding passes agree: translated by its own English text, every
    // finding of every fixture reads as it does with no message file (the
    // pipeline's own words, such as `missing`, are Italian in both).
    let toml: Vec<(String, String)> =
        Library::builtin_sources().into_iter().filter(|(path, _)| path.ends_with(".toml")).collect();
    let untranslated = Library::from_sources(toml).expect("policies");
    let skeleton = with_english_as(Lang::It);
    let mut compared = 0;
    for path in fixtures() {
        let plain = policy_words(&check_in(&untranslated, Lang::It, &path), &untranslated);
        let through_fluent = policy_words(&check_in(&skeleton, Lang::It, &path), &skeleton);
        assert_eq!(plain, through_fluent, "{path}");
        compared += plain.len();
    }
    assert!(compared >= 18, "only {compared} findings compared");
}

#[test]
fn the_skeleton_is_what_lint_expects_of_a_translation() {
    for set in library().all() {
        let faults = translate::review(set, &translate::skeleton(set));
        assert!(faults.is_empty(), "{}@{}: {faults:?}", set.id, set.version);
    }
}

#[test]
fn the_shipped_translations_change_every_policy_message_they_cover() {
    for lang in [Lang::Es, Lang::It] {
        for path in fixtures() {
            let english = policy_words(&check_in(library(), Lang::En, &path), library());
            let translated = policy_words(&check_in(library(), lang, &path), library());
            assert_eq!(english.len(), translated.len(), "{path}");
            for (en, tr) in english.iter().zip(&translated) {
                assert_eq!(en.0, tr.0, "{path}: codes stay");
                assert_ne!(en.1, tr.1, "{path}: `{}` has an untranslated message in {lang}", en.0);
                if en.2.is_some() {
                    assert_ne!(en.2, tr.2, "{path}: `{}` has an untranslated help in {lang}", en.0);
                }
            }
        }
    }
}

#[test]
fn names_and_code_docs_come_from_the_message_file() {
    let set = &library().versions("mpn-technical-support")[0];
    let spanish = library().localized(set, Lang::Es);
    let italian = library().localized(set, Lang::It);
    let name = |s: &entitle::policy::RuleSet, id: &str| s.roles.get(id).expect("role").name.clone();
    assert_eq!(name(set, "global-admin"), "Global admin");
    assert_eq!(name(spanish, "global-admin"), "Administrador global");
    assert_eq!(name(italian, "global-admin"), "Amministratore globale");
    assert_eq!(
        spanish.benefits.get("product-support").expect("benefit").name,
        "Soporte técnico de productos de Microsoft"
    );
    assert_eq!(italian.benefits.get("product-support").expect("benefit").name, "Supporto tecnico Microsoft");
    // Ids, codes and severities never change.
    assert_eq!(spanish.benefits.ids(), set.benefits.ids());
    let (en, es) = (
        set.code_doc(entitle::Code::named("quota.exceeded")),
        spanish.code_doc(entitle::Code::named("quota.exceeded")),
    );
    let (en, es) = (en.expect("declared"), es.expect("declared"));
    assert_eq!((en.code, en.severity), (es.code, es.severity));
    assert_ne!(en.summary, es.summary);
    // English is the policy itself.
    assert!(std::sync::Arc::ptr_eq(library().localized(set, Lang::En), set));
}

const BASE: &str = include_str!("../../policies/mpn-technical-support/2021-03-04.toml");
const PLATINUM: &str = include_str!("../policies/platinum/2021-09-01.toml");

fn platinum_sources(extra: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut sources = vec![
        ("p/2021-03-04.toml".to_string(), BASE.to_string()),
        ("p/2021-09-01.toml".to_string(), PLATINUM.to_string()),
    ];
    sources.extend(extra.iter().map(|(path, text)| (path.to_string(), text.to_string())));
    sources
}

#[test]
fn an_extending_version_inherits_its_bases_translations_and_overrides_them() {
    let base = "rule-quota-exceeded-quota = la richiesta `{ $incident }` supera { $quota ->\n    [one] l'unica prevista\n   *[other] le { $quota } previste\n}\n\
                roles-global-admin = Amministratore globale\n";
    let own = "code-incident-cloud-admin = solo per amministratori cloud\n";
    let library =
        Library::from_sources(platinum_sources(&[("p/2021-03-04.it.ftl", base), ("p/2021-09-01.it.ftl", own)]))
            .expect("compiles");
    let platinum = library.resolve("platinum@2021-09-01").or_else(|_| library.resolve("2021-09-01"));
    let platinum = platinum.map_err(|e| e.0).expect("the extending version");
    let italian = library.localized(platinum, Lang::It);
    assert_eq!(italian.roles.get("global-admin").expect("role").name, "Amministratore globale", "inherited");
    assert_eq!(italian.codes.get("incident.cloud-admin").expect("code").summary, "solo per amministratori cloud");
    let files: Vec<&str> = library.translations(platinum, Lang::It).iter().map(|t| t.origin.as_str()).collect();
    assert_eq!(files, ["p/2021-03-04.it.ftl", "p/2021-09-01.it.ftl"], "base first");

    // The plural comes from the language and the number.
    let report = Checker::new(&library, Options { lang: Some(Lang::It), ..Options::default() })
        .check("partner.toml", &std::fs::read(root("tests/fixtures/platinum/partner.toml")).expect("fixture"));
    let quota = report.findings.iter().find(|f| f.code.as_str() == "quota.exceeded").expect("over quota");
    assert!(quota.message.ends_with("supera le 30 previste"), "{}", quota.message);
}

#[test]
fn plural_forms_follow_the_number() {
    let text = "rule-quota-exceeded-quota = { $quota ->\n    [one] solo { $quota } incidente\n   *[other] { $quota } incidentes\n}\n";
    let library = Library::from_sources(vec![
        ("p/2021-03-04.toml".to_string(), BASE.to_string()),
        ("p/2021-03-04.es.ftl".to_string(), text.to_string()),
    ])
    .expect("compiles");
    let set = library.localized(&library.all()[0], Lang::Es);
    let rule = set.rules.iter().find(|r| r.code.as_str() == "quota.exceeded").expect("quota rule");
    let fields = |n: u32| entitle::template::Fields::new().with("quota", n);
    assert_eq!(rule.message.render(&fields(1)), "solo 1 incidente");
    assert_eq!(rule.message.render(&fields(7)), "7 incidentes");
    // A value that only looks like a number stays as written.
    let padded = entitle::template::Fields::new().with("quota", "007");
    assert_eq!(rule.message.render(&padded), "007 incidentes");
}

fn lint_findings(sources: &[(String, String)], file: &str) -> Vec<(String, usize, String, Option<String>)> {
    lint::lint(sources)
        .into_iter()
        .filter(|r| r.path == file)
        .flat_map(|r| {
            r.findings
                .iter()
                .map(|f| (f.code.to_string(), r.position(f.span.offset).0, f.message.clone(), f.help.clone()))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn lint_holds_a_message_file_to_its_policy() {
    let set = &library().versions("mpn-technical-support")[0];
    let mut skeleton = translate::skeleton(set);
    // An extra message, a variable the English text lacks, one it leaves out,
    // a message left out, and a line Fluent cannot read.
    skeleton.push_str("\nrule-no-such-rule = nada\n");
    skeleton = skeleton.replacen("which allows { $quota }", "which allows { $cuota }", 1);
    skeleton = skeleton.replacen("roles-admin-agent = Admin agent\n", "", 1);
    skeleton.push_str("\n= a line with no id\n");
    let sources = vec![
        ("p/2021-03-04.toml".to_string(), BASE.to_string()),
        ("p/2021-03-04.es.ftl".to_string(), skeleton.clone()),
    ];
    let found = lint_findings(&sources, "p/2021-03-04.es.ftl");
    let line_of = |needle: &str| skeleton[..skeleton.find(needle).expect(needle)].lines().count() + 1;
    let expect = |message: &str| {
        found.iter().find(|f| f.2 == message).unwrap_or_else(|| panic!("no `{message}` in {found:#?}")).clone()
    };
    assert!(found.iter().all(|f| f.0 == "policy.translation"), "{found:#?}");
    let extra = expect("`rule-no-such-rule` is not a message of version `2021-03-04`");
    assert_eq!(extra.1, line_of("rule-no-such-rule"));
    let unknown = expect("`rule-quota-exceeded-quota` uses `cuota`, which its rule does not give it");
    assert_eq!(unknown.1, line_of("rule-quota-exceeded-quota ="));
    assert!(unknown.3.as_deref().is_some_and(|h| h.contains("`{ $quota }`")), "{unknown:?}");
    expect("`rule-quota-exceeded-quota` leaves out `quota`, which its English text shows");
    let missing = expect("the policy's message `roles-admin-agent` has no `es` translation: it is shown in English");
    assert!(
        missing.3.as_deref().is_some_and(|h| h.contains("entitle policy messages mpn-technical-support@2021-03-04"))
    );
    let syntax: Vec<_> = found.iter().filter(|f| f.2.starts_with("this message file cannot be read")).collect();
    assert_eq!(syntax.len(), 1, "{found:#?}");
    assert_eq!(syntax[0].1, line_of("= a line with no id"));
    assert_eq!(found.len(), 5, "{found:#?}");
}

#[test]
fn lint_names_a_version_that_lacks_a_message_file_its_base_has() {
    let base = translate::skeleton(library().versions("mpn-technical-support")[0]);
    let sources = platinum_sources(&[("p/2021-03-04.es.ftl", &base)]);
    let found = lint_findings(&sources, "p/2021-09-01.toml");
    let about: Vec<_> = found.iter().filter(|f| f.0 == "policy.translation").collect();
    assert_eq!(about.len(), 1, "{found:#?}");
    assert!(about[0].2.starts_with("version `2021-09-01` has no `es` message file: its "), "{}", about[0].2);
    assert!(about[0].3.as_deref().is_some_and(|h| h.contains("add `2021-09-01.es.ftl`")));
    assert!(lint_findings(&sources, "p/2021-03-04.es.ftl").is_empty());
}

#[test]
fn message_files_in_a_language_entitle_does_not_speak_are_not_read() {
    let sources = vec![
        ("p/2021-03-04.toml".to_string(), BASE.to_string()),
        ("p/2021-03-04.fr.ftl".to_string(), "roles-global-admin = Administrateur général\n".to_string()),
    ];
    let library = Library::from_sources(sources).expect("compiles");
    for lang in Lang::ALL {
        assert_eq!(
            library.localized(&library.all()[0], lang).roles.get("global-admin").expect("role").name,
            "Global admin"
        );
    }
}

#[test]
fn hostile_message_files_neither_panic_nor_leak_markup() {
    // Every message a file could give, each with the worst a text can hold.
    let set = &library().versions("mpn-technical-support")[0];
    let hostile = "\u{1b}[31m<script>alert(1)</script>\u{202e}{ $quota }{ $nope }";
    let text: String = translate::entries(set)
        .iter()
        .map(|e| match &e.attribute {
            None => format!("{} = {hostile}\n", e.id),
            Some(a) => format!("{} =\n    .{a} = {hostile}\n", e.id),
        })
        .collect();
    let library = Library::from_sources(vec![
        ("p/2021-03-04.toml".to_string(), BASE.to_string()),
        ("p/2021-03-04.es.ftl".to_string(), text),
    ])
    .expect("compiles");
    for path in fixtures() {
        let report = check_in(&library, Lang::Es, &path);
        for (format, out) in common::formats::every_format(std::slice::from_ref(&report)) {
            assert!(!out.contains('\u{1b}') && !out.contains('\u{202e}'), "{path} in {format}");
        }
    }
}
