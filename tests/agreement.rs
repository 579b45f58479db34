//! The fast path and the JSON Schema agree: a manifest deserializes and meets
//! the schema's other constraints exactly when the schema validator finds no
//! fault. (Valid files skip the validator; this is what makes that sound.)

mod common;

use entitle::manifest::Manifest;
use entitle::{input, structure};

fn agree(name: &str, text: &str) {
    let Ok(document) = input::parse(text) else { return };
    if input::too_deep(text).is_some() {
        return;
    }
    let fast = document.deserialize::<Manifest>().is_ok_and(|m| m.meets_schema_constraints());
    let (_, faults) = structure::for_manifests().check(&document);
    assert_eq!(fast, faults.is_empty(), "{name}: fast path {fast}, schema faults {faults:?}");
}

#[test]
fn on_every_file_of_the_repository() {
    let mut seen = 0;
    for dir in ["tests/fixtures", "tests/hostile", "examples"] {
        for path in entitle::files::toml_files_below(&common::root(dir)).expect("files") {
            if let Ok(text) = std::fs::read_to_string(&path) {
                agree(&path.display().to_string(), &text);
                seen += 1;
            }
        }
    }
    assert!(seen > 40);
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
