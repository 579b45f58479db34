//! The policies available to a run: built into the binary, or read from a
//! `--policy-dir`, compiled once and shared; and the choice of the version
//! that judges a manifest.

use std::sync::{Arc, OnceLock};

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

/// Policies, every version of every policy: compiled when loaded from a
/// directory (so that every fault is reported at once), and on first use
/// when built in (a check needs one version; the built-in files are
/// compiled by the tests of every build).
#[derive(Debug, Clone, Default)]
pub struct Library {
    /// Every version, by id then effective date.
    versions: Vec<Version>,
    /// Every version compiled, in the same order ([`Library::all`]).
    all: OnceLock<Vec<Arc<RuleSet>>>,
    /// The message files beside the policy files: (origin, language, text),
    /// by the origin of the policy file they translate.
    translations: HashMap<String, Vec<Translation>>,
    /// Each version in each language but English, made on first use.
    localized: Vec<[OnceLock<Arc<RuleSet>>; 3]>,
}

/// A policy version: what choosing it needs, and its rules.
#[derive(Debug, Clone)]
struct Version {
    id: String,
    version: String,
    effective: Date,
    extends: Option<String>,
    /// The file it was read from.
    origin: String,
    /// Its built-in file, when it is compiled on first use.
    builtin: Option<usize>,
    /// Compiled; `None` for a built-in version that does not compile.
    set: OnceLock<Option<Arc<RuleSet>>>,
}

impl Version {
    fn compiled(set: Arc<RuleSet>) -> Version {
        Version {
            id: set.id.clone(),
            version: set.version.clone(),
            effective: set.effective,
            extends: set.extends.clone(),
            origin: set.origin.clone(),
            builtin: None,
            set: OnceLock::from(Some(set)),
        }
    }
}

/// A policy version's message file in one language.
#[derive(Debug, Clone)]
pub struct Translation {
    /// Where it was read from: `<version>.<lang>.ftl` beside the policy file.
    pub origin: String,
    /// Its language.
    pub lang: Lang,
    /// Its Fluent text (borrowed from the binary for a built-in one).
    pub text: std::borrow::Cow<'static, str>,
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
    /// A built-in version that does not compile: a build whose tests did not pass.
    Uncompiled(String, String),
}

impl Library {
    /// The policies built into the binary. Each version is compiled on
    /// first use, chosen by the `[policy]` table its build wrote as JSON; a
    /// version that then does not compile is refused when chosen
    /// ([`Selection::Uncompiled`]) and left out of [`Library::all`]. When a
    /// file did not read at build time, or the headers do not form sound
    /// chains of `extends`, all are compiled at once, and what does not
    /// compile is reported.
    pub fn builtin() -> Result<Library, Vec<FileReport>> {
        Library::builtin_on_demand().map_or_else(|| Library::from_sources(Library::builtin_sources()), Ok)
    }

    fn builtin_on_demand() -> Option<Library> {
        let mut versions = Vec::new();
        let mut translations: HashMap<String, Vec<Translation>> = HashMap::default();
        for (file, (path, text)) in builtin::BUILTIN.iter().enumerate() {
            let origin = format!("policies/{path}");
            if let Some((policy, lang)) = translated_file(&origin) {
                if let Some(lang) = lang {
                    translations.entry(policy).or_default().push(Translation { origin, lang, text: (*text).into() });
                }
                continue;
            }
            // No JSON form: the file did not read at build time.
            let (_, header) = builtin::BUILTIN_JSON.get(file).copied().flatten()?;
            let header = compile::header_from_json(header)?;
            versions.push(Version {
                id: header.id,
                version: header.version,
                effective: header.effective,
                extends: header.extends,
                origin,
                builtin: Some(file),
                set: OnceLock::new(),
            });
        }
        let distinct: HashSet<(&str, &str)> = versions.iter().map(|v| (v.id.as_str(), v.version.as_str())).collect();
        if distinct.len() != versions.len() {
            return None;
        }
        let library = Library::of(versions, translations);
        // A sound chain ends at a version that extends none.
        let sound = library.versions.iter().all(|v| library.chain(v).last().is_some_and(|base| base.extends.is_none()));
        sound.then_some(library)
    }

    /// A library of these versions, sorted by id, effective date and version.
    fn of(mut versions: Vec<Version>, translations: HashMap<String, Vec<Translation>>) -> Library {
        versions.sort_by(|a, b| {
            (a.id.as_str(), a.effective, a.version.as_str()).cmp(&(b.id.as_str(), b.effective, b.version.as_str()))
        });
        let localized = versions.iter().map(|_| Default::default()).collect();
        Library { versions, all: OnceLock::new(), translations, localized }
    }

    /// A built-in version and those it extends, parsed and compiled; `None`
    /// when one does not, or when its header read alone said otherwise than
    /// the whole file (the tests of every build compile them all).
    fn compile_builtin(&self, version: &Version) -> Option<Arc<RuleSet>> {
        let mut parsed = Vec::new();
        for at in self.chain(version) {
            let (path, text) = builtin::BUILTIN.get(at.builtin?)?;
            let origin = format!("policies/{path}");
            let json = builtin::BUILTIN_JSON.get(at.builtin?).copied().flatten();
            let file = match json.and_then(|(json, _)| compile::from_json(&origin, text, json)) {
                Some(file) => file,
                None => compile::parse(&origin, text).ok()?,
            };
            let header = &file.file.policy;
            if (&header.id, &header.version, header.effective, &header.extends)
                != (&at.id, &at.version, at.effective, &at.extends)
            {
                return None;
            }
            parsed.push(file);
        }
        let digest = version.builtin.and_then(|i| builtin::BUILTIN_DIGEST.get(i).copied().flatten());
        compile::compile_digested(&parsed, 0, &compile::Versions::of(&parsed), digest).ok().map(Arc::new)
    }

    /// A version and the versions it extends, nearest first.
    fn chain<'a>(&'a self, version: &'a Version) -> Vec<&'a Version> {
        let mut chain = vec![version];
        while let Some(base) = chain.last().and_then(|v| v.extends.as_deref()) {
            match self.versions.iter().find(|b| b.id == version.id && b.version == base) {
                Some(base) if chain.len() <= compile::MAX_EXTENDS_DEPTH => chain.push(base),
                _ => break,
            }
        }
        chain
    }

    /// The built-in policies with version `version` of the first policy
    /// renamed `renamed` in its header alone: a version that does not
    /// compile, as a build whose tests did not pass would ship.
    #[cfg(test)]
    pub(crate) fn builtin_with_a_broken_version(version: &str, renamed: &str) -> Library {
        let mut library = Library::builtin_on_demand().expect("every built-in header reads alone");
        if let Some(v) = library.versions.iter_mut().find(|v| v.version == version) {
            v.version = renamed.to_string();
        }
        library
    }

    /// Version `i`, compiled.
    fn set(&self, i: usize) -> Option<&Arc<RuleSet>> {
        let version = &self.versions[i];
        version.set.get_or_init(|| self.compile_builtin(version)).as_ref()
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
                        text: text.clone().into(),
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
        let failures =
            failures.into_iter().map(|(origin, text, findings)| FileReport::new(origin, text, findings)).collect();
        (Library::of(sets.into_iter().map(Version::compiled).collect(), translations), failures)
    }

    /// The message files of a version in a language, its bases' first:
    /// an extending version inherits its base's translations.
    pub fn translations(&self, set: &RuleSet, lang: Lang) -> Vec<&Translation> {
        let Some(version) = self.versions.iter().find(|v| v.id == set.id && v.version == set.version) else {
            return Vec::new();
        };
        self.chain(version)
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
        let compiled = |v: &Version| v.set.get().and_then(Option::as_ref).is_some_and(|s| Arc::ptr_eq(s, set));
        let Some(i) = self.versions.iter().position(compiled) else { return set };
        self.localized[i][slot].get_or_init(|| {
            let files = self.translations(set, lang);
            if files.is_empty() {
                return Arc::clone(set);
            }
            let sources: Vec<&str> = files.iter().map(|t| t.text.as_ref()).collect();
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
        let versions: Vec<&str> = self.headers(id).map(|v| v.version.as_str()).collect();
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
        (!self.headers(id).any(|v| v.version == version)).then(|| self.unknown_version(id, version))
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
        let Some(i) = self.versions.iter().position(|v| v.id == id && v.version == version) else {
            return Err(self.unknown_version(&id, &version));
        };
        self.set(i).ok_or_else(|| (messages::policy_uncompiled(&id, &version), messages::policy_uncompiled_help()))
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
        self.all.get_or_init(|| (0..self.versions.len()).filter_map(|i| self.set(i).cloned()).collect())
    }

    /// The policy ids.
    pub fn ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = self.versions.iter().map(|v| v.id.as_str()).collect();
        ids.dedup();
        ids
    }

    /// The versions of one policy, oldest first, compiled.
    pub fn versions(&self, id: &str) -> Vec<&Arc<RuleSet>> {
        (0..self.versions.len()).filter(|&i| self.versions[i].id == id).filter_map(|i| self.set(i)).collect()
    }

    /// The versions of one policy, oldest first, as their headers say.
    fn headers<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Version> {
        self.versions.iter().filter(move |v| v.id == id)
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
        let versions: Vec<usize> = (0..self.versions.len()).filter(|&i| self.versions[i].id == id).collect();
        let Some(&oldest) = versions.first() else {
            return Err(Selection::UnknownPolicy(id.to_string()));
        };
        let chosen = match version {
            Some(version) => versions
                .into_iter()
                .find(|&i| self.versions[i].version == version)
                .ok_or_else(|| Selection::UnknownVersion(id.to_string(), version.to_string()))?,
            None => versions
                .into_iter()
                .rev()
                .find(|&i| self.versions[i].effective <= as_of)
                .ok_or_else(|| Selection::NoneInEffect(id.to_string(), self.versions[oldest].effective))?,
        };
        self.set(chosen).ok_or_else(|| Selection::Uncompiled(id.to_string(), self.versions[chosen].version.clone()))
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
    .resolve(Some(parsed.document()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a compiled version is made of, in a form that compares.
    fn shape(set: &RuleSet) -> String {
        let rules: Vec<String> = set
            .rules
            .iter()
            .map(|r| format!("{} {} {} {:?} {:?} {:?}", r.key, r.code, r.kind, r.check, r.message, r.help))
            .collect();
        let mut locations: Vec<_> = set.locations.iter().collect();
        locations.sort();
        format!("{} {:?} {:?} {locations:?} {rules:#?}", set.digest(), set.origin, set.source_file)
    }

    #[test]
    fn built_in_versions_compiled_on_demand_are_those_compiled_at_once() {
        let eager = Library::from_sources(Library::builtin_sources()).expect("the built-in policies compile");
        let on_demand = Library::builtin_on_demand().expect("every built-in header reads alone");
        // Choosing needs no compilation; the chosen version alone is compiled.
        let newest = on_demand.versions.last().expect("a built-in version");
        let chosen = on_demand.select(None, None, Date::from_ymd(2100, 1, 1).expect("a date")).expect("a version");
        assert_eq!((&chosen.id, &chosen.version), (&newest.id, &newest.version));
        let compiled = on_demand.versions.iter().filter(|v| v.set.get().is_some()).count();
        assert_eq!(compiled, 1, "only the chosen version is compiled");
        assert!(on_demand.all().len() > 1, "the shipped policy has several versions");
        assert_eq!(on_demand.all().len(), eager.all().len());
        for (a, b) in on_demand.all().iter().zip(eager.all()) {
            assert_eq!(shape(a), shape(b), "{}@{}", a.id, a.version);
        }
    }

    #[test]
    fn the_build_gives_each_built_in_version_the_digest_its_files_give() {
        let library = Library::builtin_on_demand().expect("every built-in header reads alone");
        let mut versions = 0;
        for (i, version) in library.versions.iter().enumerate() {
            let set = library.set(i).expect("a built-in version compiles");
            assert!(set.made_of.is_empty(), "{}: the digest comes from the build", version.version);
            let texts: Vec<&str> =
                library.chain(version).iter().rev().map(|v| builtin::BUILTIN[v.builtin.expect("built in")].1).collect();
            assert_eq!(set.digest(), super::super::digest::of(texts), "{}", version.version);
            versions += 1;
        }
        assert!(versions >= 2, "the shipped policy has a version that extends another");
        // Read from a directory, the same files give the same digests.
        let eager = Library::from_sources(Library::builtin_sources()).expect("the built-in policies compile");
        for (a, b) in library.all().iter().zip(eager.all()) {
            assert!(!b.made_of.is_empty());
            assert_eq!((&a.version, a.digest()), (&b.version, b.digest()));
        }
    }

    #[test]
    fn every_built_in_policy_file_is_built_in_as_json_too() {
        let mut policy_files = 0;
        for ((path, text), forms) in builtin::BUILTIN.iter().zip(builtin::BUILTIN_JSON) {
            let origin = format!("policies/{path}");
            if translated_file(&origin).is_some() {
                assert!(forms.is_none(), "{origin}");
                continue;
            }
            let (json, header) = forms.unwrap_or_else(|| panic!("{origin} has no JSON form"));
            let from_json = compile::from_json(&origin, text, json).expect("the JSON form reads");
            let from_toml = compile::parse(&origin, text).expect("the built-in policy parses");
            assert_eq!(from_json.file, from_toml.file, "{origin}");
            assert_eq!(compile::header_from_json(header).as_ref(), Some(&from_toml.file.policy), "{origin}");
            policy_files += 1;
        }
        assert_eq!(builtin::BUILTIN_JSON.len(), builtin::BUILTIN.len());
        assert!(policy_files > 1, "the shipped policy has several versions");
    }

    /// The first built-in policy file that extends no other: its origin,
    /// TOML text and JSON form.
    fn a_built_in_base() -> (String, &'static str, &'static str) {
        let ((path, text), json) = builtin::BUILTIN
            .iter()
            .zip(builtin::BUILTIN_JSON)
            .find(|(_, json)| json.and_then(|(_, h)| compile::header_from_json(h)).is_some_and(|h| h.extends.is_none()))
            .expect("a built-in base version");
        (format!("policies/{path}"), text, json.expect("its JSON form").0)
    }

    #[test]
    fn a_file_read_from_json_compiles_without_parsing_its_text() {
        let (origin, text, json) = a_built_in_base();
        let from_json = [compile::from_json(&origin, text, json).expect("reads from JSON")];
        let from_toml = [compile::parse(&origin, text).expect("parses")];
        let a = compile::compile(&from_json, 0).expect("compiles");
        let b = compile::compile(&from_toml, 0).expect("compiles");
        assert_eq!(shape(&a), shape(&b));
        assert!(!from_json[0].has_document(), "a sound file needs no spans");
    }

    #[test]
    fn a_fault_in_a_file_read_from_json_is_placed_as_in_its_text() {
        let (origin, text, json) = a_built_in_base();
        // The same edit to both forms: a placeholder its kind lacks.
        let (from, to) = ("which allows {quota}", "which allows {quotas}");
        assert!(text.contains(from) && json.contains(from), "the shipped quota message");
        let (text, json) = (text.replacen(from, to, 1), json.replacen(from, to, 1));
        let from_json = [compile::from_json(&origin, &text, &json).expect("reads from JSON")];
        let from_toml = [compile::parse(&origin, &text).expect("parses")];
        let a = compile::compile(&from_json, 0).expect_err("a fault");
        let b = compile::compile(&from_toml, 0).expect_err("a fault");
        assert_eq!(a, b);
        let (_, finding) = &a[0];
        assert_eq!(finding.code.as_str(), "policy.placeholder");
        assert_eq!(&text[finding.span.offset..finding.span.end()], "quotas");
    }

    #[test]
    fn a_json_form_whose_rules_do_not_fit_their_kinds_is_not_read() {
        let (origin, text, json) = a_built_in_base();
        let json = json.replacen("\"kind\":\"quota\"", "\"kind\":\"quota\",\"bogus\":1", 1);
        assert!(json.contains("bogus"));
        assert!(compile::from_json(&origin, text, &json).is_none());
    }

    #[test]
    fn a_version_compiled_on_demand_is_translated_on_demand() {
        let library = Library::builtin_on_demand().expect("every built-in header reads alone");
        let set = library.select(None, None, Date::from_ymd(2021, 7, 1).expect("a date")).expect("a version");
        let spanish = library.localized(set, Lang::Es);
        assert!(!Arc::ptr_eq(set, spanish), "a Spanish version of its own");
        assert!(Arc::ptr_eq(spanish, library.localized(set, Lang::Es)), "made once");
        let words = |s: &RuleSet| s.rules.iter().map(|r| format!("{:?}", r.message)).collect::<Vec<_>>();
        assert_ne!(words(set), words(spanish), "its rules speak Spanish");
        assert!(Arc::ptr_eq(set, library.localized(set, Lang::En)));
    }

    #[test]
    fn a_built_in_version_that_does_not_compile_is_refused_when_chosen() {
        let mut library = Library::builtin_on_demand().expect("every built-in header reads alone");
        // A header that its file contradicts stands for a file that does not compile.
        let version = &mut library.versions[0];
        version.version = "2099-01-01".into();
        let id = version.id.clone();
        assert_eq!(
            library.select(Some(&id), Some("2099-01-01"), Date::from_ymd(2100, 1, 1).expect("a date")).err(),
            Some(Selection::Uncompiled(id.clone(), "2099-01-01".into()))
        );
        assert!(library.all().iter().all(|s| s.version != "2099-01-01"), "left out of every list");
        let (message, _) = library.resolve(&format!("{id}@2099-01-01")).expect_err("refused");
        assert!(message.contains("does not compile"), "{message}");
        let mut library = Library::builtin_on_demand().expect("every built-in header reads alone");
        library.versions[0].builtin = Some(usize::MAX);
        assert!(matches!(
            library.select(
                Some(&id),
                Some(&library.versions[0].version.clone()),
                Date::from_ymd(2100, 1, 1).expect("a date")
            ),
            Err(Selection::Uncompiled(..))
        ));
    }
}
