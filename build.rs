//! Embeds every policy file under `policies/`, with its message files
//! (`<version>.<lang>.ftl`), into the binary, so that
//! `entitle check FILE` works with no setup and a new policy version is a new
//! file, never a code change. Test manifests (`policies/<id>/tests/*.toml`)
//! are embedded apart, for `entitle policy test` with no directory.
//!
//! Also splits each language's message catalogue (`locales/<lang>/entitle.ftl`)
//! by the first word of its ids, so that a run parses only the groups of the
//! messages it shows.

use std::path::{Path, PathBuf};
use std::{env, fs};

// The digest of a policy version, as a run computes it for a policy it reads.
#[path = "src/policy/digest.rs"]
mod digest;

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

/// A catalogue split by the first word of its ids (`code-syntax` → `code`),
/// sorted by that word. An entry starts on a line that starts with a letter
/// (its id); the comments and blank lines before it go with it, its indented
/// lines (and a closing `}`) after it too.
fn groups(source: &str) -> Vec<(String, String)> {
    let mut groups: std::collections::BTreeMap<String, String> = Default::default();
    let mut current = String::new();
    let mut pending = String::new();
    for line in source.split_inclusive('\n') {
        if line.starts_with(|c: char| c.is_ascii_alphabetic()) {
            let id = line.split([' ', '=']).next().unwrap_or_default();
            current = id.split('-').next().unwrap_or_default().to_string();
            let group = groups.entry(current.clone()).or_default();
            group.push_str(&pending);
            group.push_str(line);
            pending.clear();
        } else if line.trim().is_empty() || line.starts_with('#') {
            pending.push_str(line);
        } else {
            let group = groups.entry(current.clone()).or_default();
            group.push_str(&pending);
            group.push_str(line);
            pending.clear();
        }
    }
    groups.into_iter().collect()
}

fn catalogues(root: &Path, out: &Path) {
    let locales = root.join("locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut langs: Vec<PathBuf> = fs::read_dir(&locales)
        .expect("locales/ is readable")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("entitle.ftl").is_file())
        .collect();
    langs.sort();
    let mut code = String::from(
        "/// Each language's catalogue by the first word of its ids: (language tag, [(word, text)]), words sorted.\n\
         pub static GROUPED: &[(&str, &[(&str, &str)])] = &[\n",
    );
    for dir in langs {
        let file = dir.join("entitle.ftl");
        println!("cargo:rerun-if-changed={}", file.display());
        let source = fs::read_to_string(&file).expect("a catalogue is UTF-8");
        let tag = dir.file_name().and_then(|n| n.to_str()).expect("a language tag").to_string();
        code.push_str(&format!("    ({tag:?}, &[\n"));
        for (word, text) in groups(&source) {
            code.push_str(&format!("        ({word:?}, {text:?}),\n"));
        }
        code.push_str("    ]),\n");
    }
    code.push_str("];\n");
    fs::write(out.join("catalogues.rs"), code).expect("OUT_DIR is writable");
}

/// A policy file as JSON, its dates as text and its keys in the file's
/// order, and its `[policy]` table alone; `None` for a message file, or a
/// policy file that does not read (the tests report why).
fn as_json(file: &Path) -> Option<(String, String)> {
    fn convert(value: toml::Value) -> serde_json::Value {
        match value {
            toml::Value::String(s) => s.into(),
            toml::Value::Integer(i) => i.into(),
            toml::Value::Float(f) => f.into(),
            toml::Value::Boolean(b) => b.into(),
            toml::Value::Datetime(d) => d.to_string().into(),
            toml::Value::Array(items) => items.into_iter().map(convert).collect(),
            toml::Value::Table(table) => table.into_iter().map(|(k, v)| (k, convert(v))).collect(),
        }
    }
    if file.extension().is_none_or(|e| e != "toml") {
        return None;
    }
    let table: toml::Table = toml::from_str(&fs::read_to_string(file).ok()?).ok()?;
    let json = convert(toml::Value::Table(table));
    let header = serde_json::json!({ "policy": json.get("policy")? });
    Some((json.to_string(), header.to_string()))
}

/// The digest of the version each built-in file is the top of, its bases
/// found by `extends` among the files of its policy id; `None` for a message
/// file, or a version whose chain is broken or a cycle (which does not
/// compile).
fn digests(files: &[PathBuf]) -> Vec<Option<String>> {
    let texts: Vec<String> = files.iter().map(|f| fs::read_to_string(f).unwrap_or_default()).collect();
    let headers: Vec<Option<(String, String, Option<String>)>> = files
        .iter()
        .zip(&texts)
        .map(|(file, text)| {
            if file.extension().is_none_or(|e| e != "toml") {
                return None;
            }
            let table: toml::Table = toml::from_str(text).ok()?;
            let policy = table.get("policy")?;
            let field = |key: &str| policy.get(key).and_then(|v| v.as_str()).map(str::to_string);
            Some((field("id")?, field("version")?, field("extends")))
        })
        .collect();
    let find = |id: &str, version: &str| {
        headers.iter().position(|h| h.as_ref().is_some_and(|(i, v, _)| i == id && v == version))
    };
    (0..files.len())
        .map(|top| {
            let mut chain = vec![top];
            loop {
                let (id, _, extends) = headers[*chain.last()?].as_ref()?;
                let Some(base) = extends else { break };
                let base = find(id, base)?;
                if chain.contains(&base) {
                    return None;
                }
                chain.push(base);
            }
            Some(digest::of(chain.iter().rev().map(|&i| texts[i].as_str())))
        })
        .collect()
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
    code.push_str(
        "/// Each of `BUILTIN` as JSON, when it is a policy file that reads as TOML: what a run deserializes, \
         since JSON reads several times faster than spanned TOML. Spans are read from the TOML text only \
         when a fault needs one. With it, its `[policy]` table alone, to choose a version by.\n\
         pub static BUILTIN_JSON: &[Option<(&str, &str)>] = &[\n",
    );
    for file in &policy_files {
        match as_json(file) {
            Some((json, header)) => code.push_str(&format!("    Some(({json:?}, {header:?})),\n")),
            None => code.push_str("    None,\n"),
        }
    }
    code.push_str("];\n");
    code.push_str(
        "/// The digest of the version each of `BUILTIN` is the top of, computed when the binary is built: \
         a run names it without hashing the policy.\n\
         pub static BUILTIN_DIGEST: &[Option<&str>] = &[\n",
    );
    for digest in digests(&policy_files) {
        code.push_str(&format!("    {digest:?},\n"));
    }
    code.push_str("];\n");
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("builtin_policies.rs"), code).expect("OUT_DIR is writable");
    catalogues(&root, &out);
}
