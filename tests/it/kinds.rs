//! Every rule kind sets every field it declares: a template may only name
//! declared fields (the compiler sees to it), so a declared field left unset
//! would print as a blank.

use crate::common;

use std::collections::BTreeSet;

use entitle::policy::kinds;

#[test]
fn every_finding_sets_every_field_its_kind_declares() {
    let test_policy = |dir: &str| entitle::policy::Library::from_dir(&common::root(dir)).expect("a test policy");
    let (stated, platinum) = (test_policy("tests/policies/stated-expiry"), test_policy("tests/policies/platinum"));
    let runs: [(&entitle::policy::Library, &[&str]); 3] = [
        (common::library(), &["tests/fixtures", "policies/mpn-technical-support/tests", "examples"]),
        (&stated, &["tests/fixtures/stated-expiry"]),
        (&platinum, &["tests/fixtures/platinum"]),
    ];
    let mut kinds_seen = BTreeSet::new();
    let mut used = BTreeSet::new();
    let mut checked = 0;
    for (library, dirs) in runs {
        used.extend(library.all().iter().flat_map(|s| s.rules.iter().map(|r| r.kind)));
        let checker = entitle::Checker::new(library, entitle::Options::default());
        let mut files = Vec::new();
        for dir in dirs {
            files.extend(entitle::files::toml_files_below(&common::root(dir)).expect("files"));
        }
        for file in &files {
            let name = file.display().to_string();
            let report = checker.check(&name, &std::fs::read(file).expect("a fixture"));
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
                    let extra: &[&str] = if rule.check.about_incidents() { spec.when_fields } else { &[] };
                    spec.fields.iter().chain(extra).copied().filter(|f| finding.facts.get(f).is_none()).collect()
                };
                // Of those, the one that declares the most: the narrower kinds
                // of a shared code declare more.
                let declared =
                    |rule: &entitle::policy::ruleset::Rule| kinds::spec(rule.kind).map_or(0, |s| s.fields.len());
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
    }
    // Every kind a policy here uses fired somewhere, so each was checked.
    assert_eq!(kinds_seen, used, "kinds never seen firing");
    assert!(kinds_seen.contains("required-field"));
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
    // The label may use it, and a filtered rule may use the incident's
    // fields: the shipped policy does both, and compiles.
    assert!(base.contains("membership = \"`{offer}` runs from {start} to {end}\""));
    assert!(base.contains("when = { benefits = [\"cloud-solution-provider\"] }\nmessage = \"incident `{incident}`"));
    assert!(entitle::policy::Library::from_sources(vec![("p.toml".into(), base)]).is_ok());
}

/// The README's "Adding a rule kind" shows a whole module: it is the one
/// the registry runs, line for line.
#[test]
fn the_walkthrough_of_a_new_kind_is_the_module_the_registry_runs() {
    let readme = std::fs::read_to_string(common::root("README.md")).expect("README");
    let section = readme.split("### Adding a rule kind").nth(1).expect("the section");
    let shown = section.split("```rust\n").nth(1).and_then(|s| s.split("```\n").next()).expect("a rust block");
    let module = std::fs::read_to_string(common::root("src/policy/kinds/required_field.rs")).expect("the module");
    assert_eq!(shown, module, "README's walkthrough differs from src/policy/kinds/required_field.rs");
    let registry = std::fs::read_to_string(common::root("src/policy/kinds/mod.rs")).expect("the registry");
    let line = "Kind::of::<required_field::RequiredField>(),";
    assert!(section.contains(line) && registry.contains(line));
    assert!(kinds::kind("required-field").is_some_and(|k| k.params() == ["collection", "field"]));
    assert_eq!(
        kinds::kind("required-field").map(|k| k.required()),
        Some(vec!["collection".to_string(), "field".to_string()])
    );
}

fn stated_expiry() -> entitle::policy::Library {
    entitle::policy::Library::from_dir(&common::root("tests/policies/stated-expiry")).expect("the test policy compiles")
}

#[test]
fn required_field_reports_each_entry_without_the_field_at_its_first_key() {
    let library = stated_expiry();
    let path = "tests/fixtures/stated-expiry/unstated.toml";
    let text = std::fs::read_to_string(common::root(path)).expect("fixture");
    let checker = entitle::Checker::new(&library, entitle::Options::default());
    let report = checker.check(path, text.as_bytes());
    assert_eq!(common::codes(&report), ["activation.expiry-unstated"], "{:?}", report.findings);
    let finding = &report.findings[0];
    assert_eq!(finding.severity, entitle::Severity::Warning);
    assert_eq!(finding.message, "activation 2 does not state when it expires");
    assert_eq!(finding.label.as_deref(), Some("this activation has no `expires`"));
    assert_eq!(finding.help.as_deref(), Some("add `expires = YYYY-MM-DD`, the date the activation email gives"));
    // At the second activation's first key, `benefit`.
    let second = text.match_indices("[[activations]]").nth(1).map(|(at, _)| at).expect("two activations");
    assert_eq!(common::covered(&report, finding.span), "benefit");
    assert!(finding.span.offset > second && finding.span.offset < second + 40, "{:?}", finding.span);
    for (name, value) in [("collection", "activations"), ("field", "expires"), ("position", "2")] {
        assert_eq!(finding.facts.get(name), Some(value), "{name}");
    }
    assert!(report.eligible(), "a warning leaves the manifest eligible");
    // Stated, it is silent; left out of both, both are reported.
    let stated =
        text.replacen("contract_id = \"CID-6610-2290\"", "contract_id = \"CID-6610-2290\"\nexpires = 2022-01-31", 1);
    assert!(checker.check(path, stated.as_bytes()).findings.is_empty());
    let neither = text.replacen("expires = 2021-12-31\n", "", 1);
    let positions: Vec<_> = checker
        .check(path, neither.as_bytes())
        .findings
        .iter()
        .map(|f| f.facts.get("position").unwrap_or_default().to_string())
        .collect();
    assert_eq!(positions, ["1", "2"]);
}

#[test]
fn a_required_field_rule_names_a_collection_and_a_field_the_manifest_has() {
    let dir = common::root("tests/policies/stated-expiry");
    let base = std::fs::read_to_string(dir.join("2021-03-04.toml")).expect("base");
    let top = std::fs::read_to_string(dir.join("2021-09-01.toml")).expect("version");
    for (from, to, message, suggestion, at) in [
        (
            "collection = \"activations\"",
            "collection = \"activation\"",
            "the manifest has no collection `activation`",
            "did you mean `activations`?",
            "\"activation\"",
        ),
        (
            "field = \"expires\"",
            "field = \"expire\"",
            "`[[activations]]` has no field `expire`",
            "did you mean `expires`?",
            "\"expire\"",
        ),
        ("field = \"expires\"\n", "", "a `required-field` rule needs `field`", "`required-field` takes", "["),
    ] {
        assert!(top.contains(from), "{from}");
        let sources = vec![
            ("2021-03-04.toml".to_string(), base.clone()),
            ("2021-09-01.toml".to_string(), top.replacen(from, to, 1)),
        ];
        let errors = match entitle::policy::Library::from_sources(sources) {
            Ok(_) => panic!("{to:?}: compiled"),
            Err(errors) => errors,
        };
        let (report, finding) = errors
            .iter()
            .flat_map(|r| r.findings.iter().map(move |f| (r, f)))
            .find(|(_, f)| f.message.contains(message))
            .unwrap_or_else(|| panic!("{message}: {errors:?}"));
        assert_eq!(finding.code.as_str(), "policy.rule");
        assert_eq!(report.path, "2021-09-01.toml");
        assert!(finding.help.as_deref().is_some_and(|h| h.contains(suggestion)), "{:?}", finding.help);
        // At the value named, or at the rule that lacks one.
        assert!(
            common::covered(report, finding.span).starts_with(at),
            "{message}: {:?}",
            common::covered(report, finding.span)
        );
    }
}

/// The README's table of rule kinds lists each kind `entitle` has, with
/// the parameters it takes.
#[test]
fn the_readme_table_of_kinds_is_the_registry() {
    let readme = std::fs::read_to_string(common::root("README.md")).expect("README");
    let table = readme.split("| kind | checks | parameters |").nth(1).expect("the table");
    let mut listed = BTreeSet::new();
    for row in table.lines().skip(2).take_while(|l| l.starts_with('|')) {
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        let params: Vec<&str> = cells[3].split(", ").filter(|p| !p.is_empty()).map(|p| p.trim_matches('`')).collect();
        for name in cells[1].split(" / ").map(|k| k.trim_matches('`')) {
            let kind = kinds::kind(name).unwrap_or_else(|| panic!("`{name}` is not a kind"));
            assert_eq!(kind.params(), params.as_slice(), "{name}");
            listed.insert(name);
        }
    }
    let all: BTreeSet<&str> = kinds::KINDS.iter().map(|k| k.spec.name).collect();
    assert_eq!(listed, all);
}

/// Two rules of one code and kind that the kind's key parameters tell apart
/// are two rules, each with a key of its own; the same ones twice are a
/// duplicate.
#[test]
fn key_parameters_tell_rules_of_one_code_apart() {
    let dir = common::root("tests/policies/stated-expiry");
    let base = std::fs::read_to_string(dir.join("2021-03-04.toml")).expect("base");
    let top = std::fs::read_to_string(dir.join("2021-09-01.toml")).expect("version");
    let rule = top.split("[[rules]]").nth(1).expect("a rule");
    let compile = |extra: &str| {
        let sources = vec![
            ("2021-03-04.toml".to_string(), base.clone()),
            ("2021-09-01.toml".to_string(), format!("{top}\n[[rules]]{extra}")),
        ];
        entitle::policy::Library::from_sources(sources)
    };
    let library = compile(&rule.replace("field = \"expires\"", "field = \"contract_id\"")).expect("two rules");
    let keys: Vec<&str> = library
        .all()
        .iter()
        .find(|s| s.version == "2021-09-01")
        .expect("the version")
        .rules
        .iter()
        .filter(|r| r.kind == "required-field")
        .map(|r| r.key.as_str())
        .collect();
    assert_eq!(
        keys,
        [
            "activation.expiry-unstated/required-field/activations/expires",
            "activation.expiry-unstated/required-field/activations/contract_id"
        ]
    );
    let Err(errors) = compile(rule) else { panic!("the same rule twice compiled") };
    let (report, duplicate) = errors
        .iter()
        .flat_map(|r| r.findings.iter().map(move |f| (r, f)))
        .find(|(_, f)| f.code.as_str() == "policy.duplicate")
        .unwrap_or_else(|| panic!("{errors:?}"));
    // At the second rule, with a label at the first, pointing alike.
    let first = duplicate.labels.first().expect("a label at the first").span;
    assert!(duplicate.span.offset > first.offset, "{duplicate:?}");
    assert_eq!(common::covered(report, duplicate.span), common::covered(report, first));
    assert!(
        duplicate.message.contains("activation.expiry-unstated/required-field/activations/expires"),
        "{duplicate:?}"
    );
    assert!(duplicate.help.as_deref().is_some_and(|h| !h.is_empty()), "{duplicate:?}");
}

/// The places the kinds point findings at are written as paths
/// (`Path::item("incidents", i).key("opened_on")`), which resolve to their
/// nearest existing ancestor: a field renamed in the manifest but not in a
/// kind would point at the wrong place without a word. Every collection and
/// field a kind's source names is one the manifest's schema has.
#[test]
fn every_place_a_kind_names_is_in_the_manifest_schema() {
    let structure = entitle::manifest::structure();
    let collections = structure.collections();
    let fields_of = |c: &str| structure.item_fields(c).unwrap_or_default();
    let quoted = |text: &str| text.split('"').nth(1).map(str::to_string);
    let mut named = 0;
    let sources = entitle::files::files_below(&common::root("src/policy/kinds"), &["rs"]).expect("the kinds");
    for path in sources {
        let text = std::fs::read_to_string(&path).expect("a kind");
        for (n, line) in text.lines().enumerate() {
            let at = format!("{}:{}", path.display(), n + 1);
            // Pieces in order: a collection opens a path, a key continues it.
            let mut collection: Option<String> = None;
            for piece in line.split_inclusive(')') {
                if let Some(rest) = piece.split("Path::item(").nth(1) {
                    let Some(c) = quoted(rest) else { continue };
                    assert!(collections.contains(&c), "{at}: `{c}` is not a collection of the manifest");
                    collection = Some(c);
                    named += 1;
                }
                for (call, default) in [(".key(", None), (".at(", Some("incidents"))] {
                    let Some(rest) = piece.split(call).nth(1) else { continue };
                    let Some(field) = quoted(rest).filter(|_| rest.starts_with('"')) else { continue };
                    named += 1;
                    match collection.as_deref().or(default) {
                        Some(c) => assert!(fields_of(c).contains(&field), "{at}: `[[{c}]]` has no field `{field}`"),
                        None => assert!(
                            collections.iter().any(|c| fields_of(c).contains(&field)),
                            "{at}: no collection of the manifest has a field `{field}`"
                        ),
                    }
                }
            }
            if let Some(rest) = line.split("Path::of(&[\"").nth(1) {
                let parts: Vec<&str> =
                    rest.split(']').next().unwrap_or_default().split(", ").map(|p| p.trim_matches('"')).collect();
                let json = entitle::manifest::schema();
                let mut node = &json["properties"];
                for part in &parts {
                    let mut here = &node[*part];
                    assert!(!here.is_null(), "{at}: the manifest has no `{}`", parts.join("."));
                    if let Some(name) = here["$ref"].as_str().and_then(|r| r.strip_prefix("#/$defs/")) {
                        here = &json["$defs"][name];
                    }
                    node = &here["properties"];
                    if node.is_null() {
                        break;
                    }
                }
                named += 1;
            }
        }
    }
    assert!(named > 60, "only {named} places read");
}

/// A uniqueness rule's `first.…` and `this.…` fields mask a secret whole:
/// its last four characters, whatever its length or what it ends with.
#[test]
fn uniqueness_fields_show_no_more_of_a_secret_than_its_last_four() {
    let dir = common::root("tests/policies/stated-expiry");
    let base = std::fs::read_to_string(dir.join("2021-03-04.toml")).expect("base");
    let top = std::fs::read_to_string(dir.join("2021-09-01.toml")).expect("version");
    let rule = "\n[[rules]]\nid = \"same-day\"\ncode = \"duplicate\"\nkind = \"uniqueness\"\ncollection = \"activations\"\n\
                key = [\"benefit\", \"requested_on\"]\n\
                message = \"first {first.access_id} this {this.access_id} contract {this.contract_id}\"\n";
    let sources =
        vec![("2021-03-04.toml".to_string(), base.clone()), ("2021-09-01.toml".to_string(), format!("{top}{rule}"))];
    let library = entitle::policy::Library::from_sources(sources).expect("compiles");
    let long = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let text = std::fs::read_to_string(common::root("tests/fixtures/stated-expiry/unstated.toml"))
        .expect("fixture")
        .replace("AID-7731-0042", long)
        .replace("benefit = \"signature-cloud-support\"", "benefit = \"product-support\"")
        .replace("requested_on = 2021-02-03", "requested_on = 2021-01-05")
        .replace("AID-9902-1187", "AID-77SECRET\\u0001\\u0002\\u0003\\u0004")
        .replace("CID-6610-2290", "CID-LONGSECRETLONGSECRETLONGSECRETLONGSECRETLONGSECRET-4321");
    let checker = entitle::Checker::new(&library, entitle::Options::default());
    let report = checker.check("m.toml", text.as_bytes());
    let finding = report.findings.iter().find(|f| f.message.starts_with("first ")).expect("the duplicate");
    assert_eq!(finding.code.as_str(), "duplicate");
    let message = &finding.message;
    assert!(message.contains("first `…6789`") || message.contains("first …6789"), "{message}");
    assert!(message.contains("contract …4321") || message.contains("contract `…4321`"), "{message}");
    for leaked in ["klm", "CRET", "SECRET", "AID-77", "LONG"] {
        assert!(!message.contains(leaked), "`{leaked}` shown: {message}");
    }
    assert!(!report.text.contains(long) && !report.text.contains("LONGSECRET"), "the snippet masks them too");
}

/// A uniqueness rule that names no field would call every entry after the
/// first a duplicate: the policy compiler refuses it at `key`.
#[test]
fn a_uniqueness_rule_with_no_key_is_refused() {
    let base = std::fs::read_to_string(common::root("policies/mpn-technical-support/2021-03-04.toml")).expect("base");
    let rule = "\n[[rules]]\nid = \"no-key\"\ncode = \"duplicate\"\nkind = \"uniqueness\"\ncollection = \"activations\"\nkey = []\n\
                message = \"twice\"\n";
    let Err(errors) = entitle::policy::Library::from_sources(vec![("p.toml".into(), format!("{base}{rule}"))]) else {
        panic!("a rule with key = [] compiled")
    };
    let report = errors.iter().find(|r| !r.findings.is_empty()).expect("a report");
    let finding = &report.findings[0];
    assert_eq!(finding.code.as_str(), "policy.rule");
    assert!(finding.message.contains("`key`"), "{}", finding.message);
    assert_eq!(common::covered(report, finding.span), "[]");
    assert!(finding.help.as_deref().is_some_and(|h| h.contains("access_id")), "{:?}", finding.help);
}

/// Each finding the shipped policy's tests expect (`# expect: code@line`)
/// is there, at that line, with its rule's help: every kind is held to its
/// code, its place and its help, including the kinds that share a code with
/// another one (`activation-order`, `competency-forbidden`,
/// `link-after-exhaustion`, uniqueness on accounts and activations).
#[test]
fn every_expected_finding_of_the_policy_tests_has_its_line_and_its_rules_help() {
    let library = common::library();
    let mut checked = BTreeSet::new();
    let mut found = 0;
    let tests = entitle::files::toml_files_below(&common::root("policies/mpn-technical-support/tests")).expect("tests");
    for file in &tests {
        let name = file.display().to_string();
        let text = std::fs::read_to_string(file).expect("a test manifest");
        let expected: Vec<(String, usize)> = text
            .lines()
            .filter_map(|l| l.strip_prefix("# expect: "))
            .flat_map(|l| l.split(", "))
            .filter_map(|e| e.split_once('@'))
            .map(|(code, line)| (code.to_string(), line.parse().expect("a line number")))
            .collect();
        let report = common::check(&name);
        // A manifest judged by no version expects built-in codes only.
        let set = report.policy.as_ref().map(|policy| {
            library.versions(&policy.id).into_iter().find(|s| s.version == policy.version).expect("its version")
        });
        for (code, line) in expected {
            let at_line = |f: &&entitle::Finding| report.text[..f.span.offset].matches('\n').count() + 1 == line;
            let finding = report
                .findings
                .iter()
                .filter(|f| f.code.as_str() == code)
                .find(at_line)
                .unwrap_or_else(|| panic!("{name}: no `{code}` at line {line}"));
            found += 1;
            let help = finding.help.as_deref().unwrap_or_default();
            assert!(!help.is_empty(), "{name}: `{code}`@{line} has no help");
            let rules: Vec<_> =
                set.iter().flat_map(|set| set.rules.iter()).filter(|r| r.code == finding.code).collect();
            if rules.is_empty() || finding.suggestion.is_some() {
                // A built-in code's help, or a did-you-mean in place of the rule's.
                continue;
            }
            let matching: Vec<&str> = rules
                .iter()
                .filter(|r| r.help.as_ref().is_some_and(|h| has_the_words_of(help, h.source())))
                .map(|r| r.kind)
                .collect();
            assert!(!matching.is_empty(), "{name}: `{code}`@{line}: {help}");
            checked.extend(matching);
        }
    }
    for kind in ["activation-order", "competency-forbidden", "link-after-exhaustion", "uniqueness"] {
        assert!(checked.contains(kind), "no expected finding of `{kind}` checked: {checked:?}");
    }
    assert!(found > 25, "only {found} expected findings checked");
}

/// Whether `text` holds every literal piece of `template` (its text
/// between `{placeholders}`), in order: a help made from that template.
fn has_the_words_of(text: &str, template: &str) -> bool {
    let pieces = template
        .split('{')
        .enumerate()
        .map(|(i, part)| if i == 0 { part } else { part.split_once('}').map_or(part, |(_, rest)| rest) });
    let mut rest = text;
    for piece in pieces.filter(|p| !p.is_empty()) {
        match rest.find(piece) {
            Some(at) => rest = &rest[at + piece.len()..],
            None => return false,
        }
    }
    true
}

#[test]
fn a_help_has_the_words_of_its_template_in_order() {
    assert!(has_the_words_of("`gold` lacks it; ask for `x`", "{tier} lacks it; ask for {y}"));
    assert!(!has_the_words_of("`gold` lacks it", "{tier} lacks it; ask for {y}"));
    assert!(!has_the_words_of("ask for `x`; `gold` lacks it", "{tier} lacks it; ask for {y}"));
}
