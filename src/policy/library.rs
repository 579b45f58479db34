//! The policies available to a run: built into the binary, or read from a
//! `--policy-dir`, compiled once and shared; and the choice of the version
//! that judges a manifest.

use std::sync::Arc;

use super::compile;
use super::ruleset::RuleSet;
use crate::codes::{Code, CodeDoc};
use crate::date::Date;
use crate::diagnostic::{Draft, Finding, Span};
use crate::document::{Path, Target};
use crate::lang::Lang;
use crate::messages;
use crate::report::FileReport;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

mod builtin {
    include!(concat!(env!("OUT_DIR"), "/builtin_policies.rs"));
}

/// Compiled policies, every version of every policy.
#[derive(Debug, Clone, Default)]
pub struct Library {
    sets: Vec<Arc<RuleSet>>,
    /// The message files beside the policy files: (origin, language, text),
    /// by the origin of the policy file they translate.
    translations: HashMap<String, Vec<Translation>>,
    /// Each version in each language but English, made on first use.
    localized: Vec<[std::sync::OnceLock<Arc<RuleSet>>; 3]>,
}

/// A policy version's message file in one language.
#[derive(Debug, Clone)]
pub struct Translation {
    /// Where it was read from: `<version>.<lang>.ftl` beside the policy file.
    pub origin: String,
    /// Its language.
    pub lang: Lang,
    /// Its Fluent text.
    pub text: String,
}

/// The policy file a message file translates, and its language:
/// `policies/p/2021-03-04.es.ftl` → (`policies/p/2021-03-04.toml`, `es`).
/// `None` for a file that is not a message file; `Some((_, None))` for one
/// of a language `entitle` does not speak.
pub fn translated_file(origin: &str) -> Option<(String, Option<Lang>)> {
    let stem = origin.strip_suffix(".ftl")?;
    let (base, lang) = stem.rsplit_once('.')?;
    Some((format!("{base}.toml"), lang.parse::<Lang>().ok().filter(|l| l.tag() == lang)))
}

/// A policy named by a user: `ID` or `ID@VERSION`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicySpec {
    /// The policy id.
    pub id: String,
    /// The version, when one is named.
    pub version: Option<String>,
}

impl PolicySpec {
    /// Reads `ID` or `ID@VERSION` (at the first `@`).
    pub fn parse(spec: &str) -> PolicySpec {
        match spec.split_once('@') {
            Some((id, version)) => PolicySpec { id: id.to_string(), version: Some(version.to_string()) },
            None => PolicySpec { id: spec.to_string(), version: None },
        }
    }
}

/// Why no policy version could be chosen for a manifest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    /// No policy has this id.
    UnknownPolicy(String),
    /// The policy has no such version.
    UnknownVersion(String, String),
    /// No version is in effect yet at the date.
    NoneInEffect(String, Date),
    /// Several policies and no choice.
    Ambiguous,
}

impl Library {
    /// The policies built into the binary.
    pub fn builtin() -> Result<Library, Vec<FileReport>> {
        Library::from_sources(Library::builtin_sources())
    }

    /// Every `*.toml` below `dir`, read as policy files (test manifests
    /// under a `tests/` directory aside), with their message files (`*.ftl`).
    pub fn from_dir(dir: &std::path::Path) -> Result<Library, LoadError> {
        Library::from_sources(Library::dir_sources(dir)?).map_err(LoadError::Compile)
    }

    /// Compiles policy files given as (origin, text).
    pub fn from_sources(sources: Vec<(String, String)>) -> Result<Library, Vec<FileReport>> {
        let (library, failures) = Library::compile_sources(&sources);
        if failures.is_empty() { Ok(library) } else { Err(failures) }
    }

    /// Compiles what compiles, and reports what does not.
    /// Message files (`*.ftl`) are kept for [`Library::localized`].
    pub fn compile_sources(sources: &[(String, String)]) -> (Library, Vec<FileReport>) {
        let mut failures: Vec<(String, String, Vec<Finding>)> = Vec::new();
        let mut parsed = Vec::new();
        let mut texts = Vec::new();
        let mut translations: HashMap<String, Vec<Translation>> = HashMap::default();
        for (origin, text) in sources {
            if let Some((policy, lang)) = translated_file(origin) {
                if let Some(lang) = lang {
                    translations.entry(policy).or_default().push(Translation {
                        origin: origin.clone(),
                        lang,
                        text: text.clone(),
                    });
                }
                continue;
            }
            match compile::parse(origin, text) {
                Ok(p) => {
                    parsed.push(p);
                    texts.push(text.as_str());
                }
                Err(findings) => failures.push((origin.clone(), text.clone(), findings)),
            }
        }
        let mut sets: Vec<Arc<RuleSet>> = Vec::new();
        let mut faults: Vec<Vec<Finding>> = vec![Vec::new(); parsed.len()];
        // Each file's findings so far, by place and words: a base that does
        // not compile is reported once, in its own file, however many
        // versions extend it.
        let mut reported: Vec<HashSet<(Span, Code, String)>> = vec![HashSet::default(); parsed.len()];
        let mut add = |faults: &mut Vec<Vec<Finding>>, file: usize, finding: Finding| {
            if reported[file].insert((finding.span, finding.code, finding.message.clone())) {
                faults[file].push(finding);
            }
        };
        let versions = compile::Versions::of(&parsed);
        let (compilable, broken) = compile::chains(&parsed, &versions);
        for (file, finding) in broken {
            add(&mut faults, file, finding);
        }
        let mut compiled: HashMap<(String, String), usize> = HashMap::default();
        for top in (0..parsed.len()).filter(|&top| compilable[top]) {
            match compile::compile_in(&parsed, top, &versions) {
                Ok(set) => match compiled.get(&(set.id.clone(), set.version.clone())) {
                    Some(&other) => {
                        let finding = duplicate_version(&parsed[top], &set, &sets[other].origin);
                        add(&mut faults, top, finding);
                    }
                    None => {
                        compiled.insert((set.id.clone(), set.version.clone()), sets.len());
                        sets.push(Arc::new(set));
                    }
                },
                Err(found) => {
                    for (file, finding) in found {
                        add(&mut faults, file, finding);
                    }
                }
            }
        }
        for (i, found) in faults.into_iter().enumerate() {
            if !found.is_empty() {
                failures.push((parsed[i].origin.clone(), texts[i].to_string(), found));
            }
        }
        sets.sort_by(|a, b| {
            (a.id.as_str(), a.effective, a.version.as_str()).cmp(&(b.id.as_str(), b.effective, b.version.as_str()))
        });
        let failures =
            failures.into_iter().map(|(origin, text, findings)| FileReport::new(origin, text, findings)).collect();
        let localized = sets.iter().map(|_| Default::default()).collect();
        (Library { sets, translations, localized }, failures)
    }

    /// The message files of a version in a language, its bases' first:
    /// an extending version inherits its base's translations.
    pub fn translations(&self, set: &RuleSet, lang: Lang) -> Vec<&Translation> {
        let mut chain = vec![set];
        while let Some(base) = chain.last().and_then(|s| s.extends.as_deref()) {
            match self.sets.iter().find(|b| b.id == set.id && b.version == base) {
                Some(base) if chain.len() <= compile::MAX_EXTENDS_DEPTH => chain.push(base),
                _ => break,
            }
        }
        chain
            .iter()
            .rev()
            .filter_map(|s| self.translations.get(&s.origin))
            .flat_map(|files| files.iter().filter(|t| t.lang == lang))
            .collect()
    }

    /// A version in `lang`: its names, codes and rule messages translated
    /// where its message files say, in English where they do not.
    pub fn localized<'a>(&'a self, set: &'a Arc<RuleSet>, lang: Lang) -> &'a Arc<RuleSet> {
        let slot = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        if slot == 0 {
            return set;
        }
        let Some(i) = self.sets.iter().position(|s| Arc::ptr_eq(s, set)) else { return set };
        self.localized[i][slot].get_or_init(|| {
            let files = self.translations(set, lang);
            if files.is_empty() {
                return Arc::clone(set);
            }
            let sources: Vec<&str> = files.iter().map(|t| t.text.as_str()).collect();
            Arc::new(super::translate::localize(set, lang, &sources))
        })
    }

    /// The policy files built into the binary, as (origin, text).
    pub fn builtin_sources() -> Vec<(String, String)> {
        builtin::BUILTIN.iter().map(|(path, text)| (format!("policies/{path}"), (*text).to_string())).collect()
    }

    /// The test manifests of the built-in policies, as (origin, text).
    pub fn builtin_tests() -> Vec<(String, String)> {
        builtin::BUILTIN_TESTS.iter().map(|(path, text)| (format!("policies/{path}"), (*text).to_string())).collect()
    }

    /// Every `*.toml` below `dir` but test manifests, and every message
    /// file (`*.ftl`), as (origin, text).
    pub fn dir_sources(dir: &std::path::Path) -> Result<Vec<(String, String)>, LoadError> {
        let files = crate::files::files_below(dir, &["toml", "ftl"])
            .map_err(|e| LoadError::Io(messages::cannot_read(&dir.display().to_string(), &e.to_string())))?;
        let mut sources = Vec::new();
        for file in files.into_iter().filter(|f| !is_test_manifest(dir, f)) {
            let bytes = std::fs::read(&file)
                .map_err(|e| LoadError::Io(messages::cannot_read(&file.display().to_string(), &e.to_string())))?;
            match crate::input::decode(&bytes) {
                Ok(text) => sources.push((file.display().to_string(), text.to_string())),
                Err(draft) => {
                    return Err(LoadError::Compile(vec![FileReport::new(
                        file.display().to_string(),
                        crate::input::display_text(&bytes),
                        vec![draft.resolve(None)],
                    )]));
                }
            }
        }
        Ok(sources)
    }

    /// Why `id` names no policy here: the sentence, and a help line with
    /// the policies there are and the nearest one.
    pub fn unknown_policy(&self, id: &str) -> (String, String) {
        let ids = self.ids();
        let suggestion = crate::suggest::did_you_mean(id, ids.iter().copied());
        (messages::unknown_policy(id), messages::available("policies", &ids, suggestion))
    }

    /// Why `version` names no version of `id`: the sentence, and a help line
    /// with the versions there are and the nearest one.
    pub fn unknown_version(&self, id: &str, version: &str) -> (String, String) {
        let versions: Vec<&str> = self.versions(id).iter().map(|s| s.version.as_str()).collect();
        let suggestion = crate::suggest::did_you_mean(version, versions.iter().copied());
        (messages::unknown_policy_version(id, version), messages::available("versions", &versions, suggestion))
    }

    /// Checks a policy and optional version named by a user: `None` when
    /// both exist, else the sentence and help of [`Library::unknown_policy`]
    /// or [`Library::unknown_version`].
    pub fn check_name(&self, id: &str, version: Option<&str>) -> Option<(String, String)> {
        if !self.ids().contains(&id) {
            return Some(self.unknown_policy(id));
        }
        let version = version?;
        (!self.versions(id).iter().any(|s| s.version == version)).then(|| self.unknown_version(id, version))
    }

    /// The version `spec` names: `ID@VERSION`, or `VERSION` alone when the
    /// library holds one policy.
    pub fn resolve(&self, spec: &str) -> Result<&Arc<RuleSet>, (String, String)> {
        let (id, version) = match PolicySpec::parse(spec) {
            PolicySpec { id, version: Some(version) } => (id, version),
            PolicySpec { id: version, version: None } => match self.ids().as_slice() {
                [only] => ((*only).to_string(), version),
                ids => return Err((messages::policy_ambiguous().to_string(), messages::policy_ambiguous_help(ids))),
            },
        };
        if let Some(unknown) = self.check_name(&id, Some(&version)) {
            return Err(unknown);
        }
        self.versions(&id).into_iter().find(|s| s.version == version).ok_or_else(|| self.unknown_version(&id, &version))
    }

    /// Every code a run may report: the built-in ones, then those the
    /// policies declare, each once, in the order they were first declared
    /// and with the words of the newest version that declares them, in the
    /// current language ([`crate::i18n::current`]).
    pub fn codes(&self) -> Vec<CodeDoc> {
        let mut docs: Vec<CodeDoc> = Code::BUILT_IN.iter().filter_map(|c| c.doc()).collect();
        let mut at: HashMap<Code, usize> = docs.iter().enumerate().map(|(i, d)| (d.code, i)).collect();
        for id in self.ids() {
            // Oldest first: a code keeps the place it was first declared in,
            // and takes the words of the newest version that declares it.
            for set in self.versions(id) {
                let set = self.localized(set, crate::i18n::current());
                for declared in set.codes.iter() {
                    match at.get(&declared.code) {
                        Some(&i) => docs[i] = declared.doc(),
                        None => {
                            at.insert(declared.code, docs.len());
                            docs.push(declared.doc());
                        }
                    }
                }
            }
        }
        docs
    }

    /// Every compiled version, by id then effective date.
    pub fn all(&self) -> &[Arc<RuleSet>] {
        &self.sets
    }

    /// The policy ids.
    pub fn ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = self.sets.iter().map(|s| s.id.as_str()).collect();
        ids.dedup();
        ids
    }

    /// The versions of one policy, oldest first.
    pub fn versions(&self, id: &str) -> Vec<&Arc<RuleSet>> {
        self.sets.iter().filter(|s| s.id == id).collect()
    }

    /// The version that judges a manifest: a pinned version wins; else the
    /// newest in effect at `as_of`.
    pub fn select(&self, id: Option<&str>, version: Option<&str>, as_of: Date) -> Result<&Arc<RuleSet>, Selection> {
        let id = match id {
            Some(id) => id,
            None => match self.ids().as_slice() {
                [only] => only,
                _ => return Err(Selection::Ambiguous),
            },
        };
        let versions = self.versions(id);
        if versions.is_empty() {
            return Err(Selection::UnknownPolicy(id.to_string()));
        }
        if let Some(version) = version {
            return versions
                .into_iter()
                .find(|s| s.version == version)
                .ok_or_else(|| Selection::UnknownVersion(id.to_string(), version.to_string()));
        }
        versions
            .iter()
            .rev()
            .find(|s| s.effective <= as_of)
            .copied()
            .ok_or_else(|| Selection::NoneInEffect(id.to_string(), versions[0].effective))
    }
}

/// Whether a file below a policy directory is a test manifest: it lies in a
/// `tests/` directory (`policies/<id>/tests/*.toml`), which holds manifests
/// for `entitle policy test`, not policy files.
pub fn is_test_manifest(dir: &std::path::Path, file: &std::path::Path) -> bool {
    let rel = file.strip_prefix(dir).unwrap_or(file);
    rel.parent().is_some_and(|parent| parent.components().any(|c| c.as_os_str() == "tests"))
}

/// Why policies could not be loaded.
#[derive(Debug)]
pub enum LoadError {
    /// A directory or file could not be read.
    Io(String),
    /// Policy files that do not compile, with their findings.
    Compile(Vec<FileReport>),
}

fn duplicate_version(parsed: &compile::Parsed<'_>, set: &RuleSet, other: &str) -> Finding {
    Draft::new(
        Code::POLICY_DUPLICATE,
        messages::duplicate_version(&set.id, &set.version, other),
        Target::Value(Path::of(&["policy", "version"])),
    )
    .help(messages::duplicate_id_help())
    .resolve(Some(&parsed.document))
}
