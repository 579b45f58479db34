//! Embeds every policy file under `policies/`, with its message files
//! (`<version>.<lang>.ftl`), into the binary, so that
//! `entitle check FILE` works with no setup and a new policy version is a new
//! file, never a code change. Test manifests (`policies/<id>/tests/*.toml`)
//! are embedded apart, for `entitle policy test` with no directory.

use std::path::{Path, PathBuf};
use std::{env, fs};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "toml" || e == "ftl") {
            out.push(path);
        }
    }
}

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let policies = root.join("policies");
    println!("cargo:rerun-if-changed={}", policies.display());
    let mut files = Vec::new();
    collect(&policies, &mut files);
    files.sort();
    let (tests, policy_files): (Vec<PathBuf>, Vec<PathBuf>) = files.into_iter().partition(|file| {
        let rel = file.strip_prefix(&policies).unwrap_or(file);
        rel.parent().is_some_and(|dir| dir.components().any(|c| c.as_os_str() == "tests"))
    });
    let mut code = String::new();
    for (name, doc, list) in [
        ("BUILTIN", "Policy files built into the binary", &policy_files),
        ("BUILTIN_TESTS", "Test manifests of the built-in policies", &tests),
    ] {
        code.push_str(&format!(
            "/// {doc}: (path under `policies/`, text).\npub static {name}: &[(&str, &str)] = &[\n"
        ));
        for file in list {
            println!("cargo:rerun-if-changed={}", file.display());
            let rel = file.strip_prefix(&policies).unwrap_or(file);
            code.push_str(&format!(
                "    ({:?}, include_str!({:?})),\n",
                rel.to_string_lossy().replace('\\', "/"),
                file.display().to_string()
            ));
        }
        code.push_str("];\n");
    }
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("builtin_policies.rs");
    fs::write(out, code).expect("OUT_DIR is writable");
}
