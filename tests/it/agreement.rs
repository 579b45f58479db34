//! The fast path and the JSON Schema agree: a manifest deserializes and meets
//! the schema's other constraints exactly when the schema validator finds no
//! fault. (Valid files skip the validator; this is what makes that sound.)

use crate::common;

use entitle::input;
use entitle::manifest::Manifest;

/// Compares both on a file; `false` when the file does not parse, so
/// neither has anything to say.
fn agree(name: &str, text: &str) -> bool {
    let Ok(document) = input::parse(text) else { return false };
    if input::too_deep(text).is_some() {
        return false;
    }
    let fast = document.deserialize::<Manifest>().is_ok_and(|m| m.meets_schema_constraints());
    let (_, faults) = entitle::manifest::structure().check(&document);
    assert_eq!(fast, faults.is_empty(), "{name}: fast path {fast}, schema faults {faults:?}");
    true
}

#[test]
fn on_every_file_of_the_repository() {
    let (mut compared, mut skipped) = (0, Vec::new());
    for dir in ["tests/fixtures", "tests/hostile", "examples"] {
        for path in entitle::files::toml_files_below(&common::root(dir)).expect("files") {
            let name = path.display().to_string();
            match std::fs::read_to_string(&path) {
                Ok(text) if agree(&name, &text) => compared += 1,
                _ => skipped.push(name),
            }
        }
    }
    // Only files that are not TOML at all are passed over, and they are few.
    assert!(compared > 40, "{compared} compared");
    assert!(skipped.len() < 12, "skipped {skipped:#?}");
    for file in &skipped {
        let report = common::check(file);
        let codes = common::codes(&report);
        assert!(codes.iter().all(|c| *c == "syntax" || *c == "limit.depth") && !codes.is_empty(), "{file}: {codes:?}");
    }
}

#[test]
fn on_each_constraint_beyond_the_types() {
    let base = std::fs::read_to_string(common::root("tests/fixtures/codes/eligible.toml")).expect("fixture");
    let edits = [
        ("mpn_id = \"4312877\"", "mpn_id = \"43a2877\""),
        ("mpn_id = \"4312877\"", "mpn_id = \"\""),
        ("name = \"Contoso Ltd.\"", "name = \"\""),
        ("user = \"alice@contoso.com\"", "user = \"alice\""),
        ("user = \"alice@contoso.com\"", "user = \"al ice@contoso.com\""),
        ("user = \"alice@contoso.com\"", "user = \"a@b@c\""),
        ("manifest_version = 1", "manifest_version = 2"),
        ("manifest_version = 1", "manifest_version = 0"),
        ("id = \"INC-0001\"", "id = \"\""),
        ("start = 2021-01-01", "start = \"2021-01-01\""),
        ("start = 2021-01-01", "start = \"2021-1-1\""),
        ("start = 2021-01-01", "start = 2021-01-01T10:00:00"),
        ("kind = \"aad\"", "kind = \"AAD\""),
        ("roles = []", "roles = [1]"),
        ("[evaluation]", "[evaluation]\nextra = 1"),
    ];
    for (from, to) in edits {
        assert!(base.contains(from), "{from}");
        agree(to, &base.replacen(from, to, 1));
    }
}
