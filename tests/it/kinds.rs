//! Every rule kind sets every field it declares: a template may only name
//! declared fields (the compiler sees to it), so a declared field left unset
//! would print as a blank.

use crate::common;

use std::collections::BTreeSet;

use entitle::policy::kinds;

#[test]
fn every_finding_sets_every_field_its_kind_declares() {
    let library = common::library();
    let mut files = Vec::new();
    for dir in ["tests/fixtures", "policies/mpn-technical-support/tests", "examples"] {
        files.extend(entitle::files::toml_files_below(&common::root(dir)).expect("files"));
    }
    let mut kinds_seen = BTreeSet::new();
    let mut checked = 0;
    for file in &files {
        let name = file.display().to_string();
        let report = common::check(&name);
        let Some(policy) = &report.policy else { continue };
        let set = library
            .versions(&policy.id)
            .into_iter()
            .find(|s| s.version == policy.version)
            .expect("the version that judged it");
        for finding in &report.findings {
            // The rules that report this code (two kinds may share one): the
            // finding comes from one whose every declared field it sets.
            let rules: Vec<_> = set.rules.iter().filter(|r| r.code == finding.code).collect();
            if rules.is_empty() {
                continue;
            }
            let unset = |rule: &entitle::policy::ruleset::Rule| -> Vec<&str> {
                let spec = kinds::spec(rule.kind).expect("a kind");
                let extra: &[&str] = if rule.about_incidents { spec.when_fields } else { &[] };
                spec.fields.iter().chain(extra).copied().filter(|f| finding.facts.get(f).is_none()).collect()
            };
            // Of those, the one that declares the most: the narrower kinds
            // of a shared code declare more.
            let declared = |rule: &entitle::policy::ruleset::Rule| kinds::spec(rule.kind).map_or(0, |s| s.fields.len());
            match rules.iter().filter(|r| unset(r).is_empty()).max_by_key(|r| declared(r)) {
                Some(rule) => {
                    kinds_seen.insert(rule.kind);
                    checked += 1;
                }
                None => panic!(
                    "{name}: `{}` leaves unset {:?}",
                    finding.code,
                    rules.iter().map(|r| (r.kind, unset(r))).collect::<Vec<_>>()
                ),
            }
        }
    }
    // Every kind the shipped policy uses fired somewhere, so each was checked.
    let used: BTreeSet<&str> = library.all().iter().flat_map(|s| s.rules.iter().map(|r| r.kind)).collect();
    assert_eq!(kinds_seen, used, "kinds never seen firing");
    assert!(checked > 50, "{checked} findings checked");
}

#[test]
fn a_field_a_kind_sets_only_on_labels_or_only_with_when_is_refused_elsewhere() {
    let base = std::fs::read_to_string(common::root("policies/mpn-technical-support/2021-03-04.toml")).expect("policy");
    for (from, to, field) in [
        // `offer` is a membership's, for the `membership` label only.
        (
            "message = \"looks like you don't have any benefits yet: no membership is active on {as_of}\"",
            "message = \"no membership is active on {as_of}: {offer}\"",
            "offer",
        ),
        // Without `when`, a `required-program` rule is about the partner, not an incident.
        ("label = \"no `{program}` among these programs\"", "label = \"no `{program}` for {incident}\"", "incident"),
    ] {
        assert!(base.contains(from), "{from}");
        let edited = base.replacen(from, to, 1);
        let errors = match entitle::policy::Library::from_sources(vec![("p.toml".into(), edited)]) {
            Ok(_) => panic!("{to}: compiled"),
            Err(reports) => reports,
        };
        let messages: Vec<&str> = errors.iter().flat_map(|r| &r.findings).map(|f| f.message.as_str()).collect();
        assert!(messages.iter().any(|m| m.contains(&format!("`{{{field}}}` is not a field"))), "{to}: {messages:?}");
    }
    // The label may use it, and a filtered rule may use the incident's fields.
    assert!(entitle::policy::Library::builtin().is_ok());
}
