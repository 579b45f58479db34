//! The source folders form layers: each uses only the folders below it, so
//! no two folders import each other (a circle would make a stage impossible
//! to read, test or replace alone). The order is the one `src/lib.rs` and
//! the README describe; a `crate::` path that climbs it fails here, naming
//! the file and the line.

use std::collections::BTreeMap;
use std::path::Path;

/// The folders of `src/`, from the bottom up (the binary's `cli/` is above
/// them all and reaches the library by its public paths).
const LAYERS: &[&str] =
    &["i18n", "text", "diagnostics", "read", "policy", "judge", "authoring", "render", "lsp", "serve"];

/// `crate::NAME` → the folder NAME lives in: the folders themselves, and the
/// short names `src/lib.rs` re-exports (`pub use judge::check;`,
/// `pub use text::{date, span};`, `pub use check::{Checker, …};`).
fn homes(lib: &str) -> BTreeMap<String, String> {
    let mut homes: BTreeMap<String, String> = LAYERS.iter().map(|l| (l.to_string(), l.to_string())).collect();
    for line in lib.lines() {
        let Some(rest) = line.trim().strip_prefix("pub use ").or_else(|| line.trim().strip_prefix("pub(crate) use "))
        else {
            continue;
        };
        let rest = rest.trim_end_matches(';');
        let (from, names) = match rest.split_once("::{") {
            Some((from, names)) => (from, names.trim_end_matches('}').split(',').map(str::trim).collect::<Vec<_>>()),
            None => {
                let (from, name) = rest.rsplit_once("::").expect("a path");
                (from, vec![name])
            }
        };
        let first = from.split("::").next().expect("a first segment");
        let Some(home) = homes.get(first).cloned() else { continue };
        for name in names.into_iter().filter(|n| !n.is_empty()) {
            homes.insert(name.to_string(), home.clone());
        }
    }
    homes
}

#[test]
fn each_folder_uses_only_the_folders_below_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let homes = homes(&std::fs::read_to_string(src.join("lib.rs")).expect("lib.rs"));
    assert!(homes.get("Checker").is_some_and(|h| h == "judge"), "{homes:?}");
    let mut climbs = Vec::new();
    let mut read = 0;
    for (rank, layer) in LAYERS.iter().enumerate() {
        for path in entitle::files::files_below(&src.join(layer), &["rs"]).expect("a source folder") {
            read += 1;
            let text = std::fs::read_to_string(&path).expect("a source file");
            // Comments out; lines kept, so that a place can be named.
            let code: String =
                text.lines().map(|line| line.split("//").next().unwrap_or_default()).collect::<Vec<_>>().join("\n");
            for (at, _) in code.match_indices("crate::") {
                let rest = &code[at + 7..];
                // `crate::name…`, or a group `crate::{a, b::c, …}` (over several lines too).
                let group = rest.strip_prefix('{').and_then(|g| g.split_once('}')).map(|(g, _)| g);
                let first = |path: &str| -> String {
                    path.trim().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect()
                };
                let names: Vec<String> = match group {
                    Some(group) => group.split(',').map(first).collect(),
                    None => vec![first(rest)],
                };
                for name in names {
                    let Some(home) = homes.get(&name) else { continue };
                    if LAYERS.iter().position(|l| l == home).is_some_and(|r| r > rank) {
                        let line = code[..at].matches('\n').count() + 1;
                        climbs.push(format!("{}:{line}: `crate::{name}` is in {home}/", path.display()));
                    }
                }
            }
        }
    }
    assert!(read > 60, "only {read} files read");
    assert!(climbs.is_empty(), "a folder uses one above it:\n{}", climbs.join("\n"));
}
