//! Checking one manifest: bytes → UTF-8 → TOML → structure → policy choice →
//! rules → findings, secrets masked. Each stage reports every fault it finds
//! and the next stage runs only on what the previous one could read.

use crate::codes::Code;
use crate::date::Date;
use crate::diagnostic::{Draft, Finding};
use crate::document::{Document, Path, Target};
use crate::manifest::{self, Manifest};
use crate::policy::{Library, RuleSet, Selection};
use crate::redact::{self, Redactor};
use crate::report::{FileReport, PolicyRef};
use crate::{input, messages, waiver};

/// What a run decides for every manifest.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Judge at this date, whatever the manifests say.
    pub as_of: Option<Date>,
    /// The policy for manifests that name none.
    pub policy: Option<String>,
    /// The version for manifests that pin none.
    pub policy_version: Option<String>,
    /// Use `policy` and `policy_version` for every manifest, whatever it pins
    /// (to replay manifests under another version).
    pub force_policy: bool,
    /// Files larger than this many bytes are not read; `None`: [`DEFAULT_MAX_FILE_SIZE`].
    pub max_file_size: Option<u64>,
    /// The language of messages, help and labels; `None`: the process's
    /// language ([`crate::i18n::set_default`], English unless set).
    pub lang: Option<crate::Lang>,
}

/// The default `--max-file-size`: generous for a manifest of tens of
/// thousands of incidents (2.8 MB), small enough to refuse a stray dump.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 16 * 1024 * 1024;

/// A manifest that could be judged, with the policy version and date it was
/// judged by.
#[derive(Debug, Clone)]
pub struct Judged<'l> {
    /// The manifest.
    pub manifest: Manifest,
    /// The policy version.
    pub rules: &'l RuleSet,
    /// The date.
    pub as_of: Date,
}

/// Checks manifests against a library of policies.
#[derive(Debug, Clone)]
pub struct Checker<'l> {
    library: &'l Library,
    options: Options,
}

impl<'l> Checker<'l> {
    /// A checker over compiled policies.
    pub fn new(library: &'l Library, options: Options) -> Checker<'l> {
        Checker { library, options }
    }

    /// Checks one file's bytes; `path` is only for reports.
    pub fn check(&self, path: &str, bytes: &[u8]) -> FileReport {
        self.judge(path, bytes).0
    }

    /// Checks one file, and hands back the manifest with the policy that
    /// judged it, when the file could be read that far.
    /// Every word is in [`Options::lang`].
    pub fn judge(&self, path: &str, bytes: &[u8]) -> (FileReport, Option<Judged<'l>>) {
        crate::i18n::with_lang(self.lang(), || self.judge_in_lang(path, bytes))
    }

    fn judge_in_lang(&self, path: &str, bytes: &[u8]) -> (FileReport, Option<Judged<'l>>) {
        let limit = self.max_file_size();
        if bytes.len() as u64 > limit {
            return (self.too_large(path, bytes.len() as u64), None);
        }
        let text = match input::decode(bytes) {
            Ok(text) => text,
            Err(draft) => {
                let shown = input::display_text(bytes);
                return (finish(path, &shown, None, None, vec![draft.resolve(None)], None), None);
            }
        };
        // Too deep a file is reported at its first place too deep, and not
        // otherwise read. A large file is scanned for that place before it
        // is parsed: nesting is what makes a parse cost more than the text
        // (16 MiB of ever deeper headers held 1 GB). A small one, as nearly
        // every manifest is, is scanned only when it did not parse, or its
        // parsed tree is deep enough to hold such a place: the tree's depth
        // bounds the text's, so the finding is the same. A tree the typed
        // manifest reads is never that deep (its types nest four levels, a
        // test holds them to it), so only a tree it does not read is measured.
        let deep =
            |text| input::too_deep(text).map(|draft| finish(path, text, None, None, vec![draft.resolve(None)], None));
        if text.len() > input::PARSE_BEFORE_DEPTH_SCAN
            && let Some(report) = deep(text)
        {
            return (report, None);
        }
        let document = match input::parse(text) {
            Ok(document) => document,
            Err(_) if let Some(report) = deep(text) => return (report, None),
            Err(drafts) => {
                let findings = crate::diagnostic::fold_repeats(drafts.into_iter().map(|d| d.resolve(None)).collect());
                return (finish(path, text, None, None, findings, None), None);
            }
        };
        // The fast path: a manifest that deserializes and meets the schema's
        // other constraints is structurally valid. Anything else goes through
        // the JSON Schema validator, which reports every fault with its place.
        // A tree of the plain shape is read directly; serde reads any other,
        // or says why it cannot (a test holds the two alike).
        let typed = crate::read::direct::read(document.tree()).map_or_else(|| document.deserialize::<Manifest>(), Ok);
        let manifest = match typed {
            Ok(manifest) if manifest.meets_schema_constraints() && manifest.periods_in_order() => manifest,
            _ if let Some(report) = (document.depth() > input::MAX_DEPTH).then(|| deep(text)).flatten() => {
                return (report, None);
            }
            typed => {
                let (_, mut drafts) = crate::manifest::structure().check(&document);
                drafts.extend(manifest::inverted_periods(&document));
                if drafts.is_empty() {
                    let detail = typed.err().unwrap_or_default();
                    drafts.push(Draft::new(
                        Code::SCHEMA,
                        messages::cannot_read_as("manifest", &detail),
                        Target::Value(Path::root()),
                    ));
                }
                return (finish(path, text, Some(&document), None, resolve(drafts, &document), None), None);
            }
        };
        let as_of = self.options.as_of.or(manifest.evaluation.as_of).unwrap_or_else(Date::today);
        let rule_set = match self.select(&manifest, as_of) {
            Ok(rule_set) => rule_set,
            Err(draft) => {
                let findings = resolve(vec![*draft], &document);
                return (finish(path, text, Some(&document), Some(&manifest), findings, None), None);
            }
        };
        let mut drafts = rule_set.evaluate(&manifest, &document, as_of);
        let about_waivers = waiver::apply(&manifest.waivers, &mut drafts, as_of, rule_set);
        drafts.extend(about_waivers);
        let policy = PolicyRef {
            id: rule_set.id.clone(),
            version: rule_set.version.clone(),
            digest: rule_set.digest().to_string(),
        };
        let report = finish(path, text, Some(&document), Some(&manifest), resolve(drafts, &document), Some(policy));
        (report, Some(Judged { manifest, rules: rule_set, as_of }))
    }

    /// The language this checker writes in.
    pub fn lang(&self) -> crate::Lang {
        self.options.lang.unwrap_or_else(crate::i18n::current)
    }

    /// The size over which files are not read.
    pub fn max_file_size(&self) -> u64 {
        self.options.max_file_size.unwrap_or(DEFAULT_MAX_FILE_SIZE)
    }

    /// The report of a file too large to read (its size known without reading it).
    pub fn too_large(&self, path: &str, size: u64) -> FileReport {
        let finding =
            crate::i18n::with_lang(self.lang(), || input::too_large(size, self.max_file_size()).resolve(None));
        FileReport::new(path.to_string(), String::new(), vec![finding])
    }

    /// The report of a stream (stdin) that went on past the limit: only the
    /// limit was read, so its size is not known.
    pub fn too_large_unknown(&self, path: &str) -> FileReport {
        let finding =
            crate::i18n::with_lang(self.lang(), || input::too_large_unknown(self.max_file_size()).resolve(None));
        FileReport::new(path.to_string(), String::new(), vec![finding])
    }

    /// The policy version for a manifest, or why there is none.
    fn select(&self, manifest: &Manifest, as_of: Date) -> Result<&'l RuleSet, Box<Draft>> {
        let evaluation = &manifest.evaluation;
        let (id, version) = if self.options.force_policy {
            (self.options.policy.as_deref(), self.options.policy_version.as_deref())
        } else {
            (
                evaluation.policy.as_deref().or(self.options.policy.as_deref()),
                evaluation.policy_version.as_deref().or(self.options.policy_version.as_deref()),
            )
        };
        let ids = self.library.ids();
        let at = |key: &str, from_manifest: bool| {
            if from_manifest { Target::Value(Path::of(&["evaluation", key])) } else { Target::Value(Path::root()) }
        };
        self.library.select(id, version, as_of).map(|s| self.library.localized(s, self.lang()).as_ref()).map_err(|e| {
            Box::new(match e {
                Selection::UnknownPolicy(id) => {
                    let (message, help) = self.library.unknown_policy(&id);
                    Draft::new(Code::REFERENCE_UNKNOWN, message, at("policy", evaluation.policy.is_some())).help(help)
                }
                Selection::UnknownVersion(id, version) => {
                    let (message, help) = self.library.unknown_version(&id, &version);
                    Draft::new(
                        Code::REFERENCE_UNKNOWN,
                        message,
                        at("policy_version", evaluation.policy_version.is_some()),
                    )
                    .help(help)
                }
                Selection::NoneInEffect(id, earliest) => Draft::new(
                    Code::REFERENCE_UNKNOWN,
                    messages::no_version_in_effect(&id, &as_of.to_string()),
                    at("as_of", evaluation.as_of.is_some() && self.options.as_of.is_none()),
                )
                .help(messages::earliest_version_help(&earliest.to_string())),
                Selection::Uncompiled(id, version) => Draft::new(
                    Code::REFERENCE_UNKNOWN,
                    messages::policy_uncompiled(&id, &version),
                    at("policy_version", evaluation.policy_version.is_some()),
                )
                .help(messages::policy_uncompiled_help()),
                Selection::Ambiguous => {
                    Draft::new(Code::REFERENCE_UNKNOWN, messages::policy_ambiguous(), Target::Value(Path::root()))
                        .help(messages::policy_ambiguous_help(&ids))
                }
            })
        })
    }
}

fn resolve(drafts: Vec<Draft>, document: &Document<'_>) -> Vec<Finding> {
    crate::diagnostic::fold_repeats(drafts.into_iter().map(|d| d.resolve(Some(document))).collect())
}

/// Masks secrets in the text and in every sentence, and builds the report.
/// A file with no findings shows no text and no sentence, so it keeps none:
/// nothing to mask, and nothing held in memory.
fn finish(
    path: &str,
    text: &str,
    document: Option<&Document<'_>>,
    manifest: Option<&Manifest>,
    findings: Vec<Finding>,
    policy: Option<PolicyRef>,
) -> FileReport {
    if findings.is_empty() {
        let mut report = FileReport::new(path.to_string(), String::new(), findings);
        report.policy = policy;
        return report;
    }
    let mut redactor = Redactor::for_file(text, document.map(Document::tree));
    add_waiver_targets(&mut redactor, text, manifest, &findings);
    redactor.seal();
    let shown = |text: &str| redactor.mask_text(text).into_owned();
    let findings = findings
        .into_iter()
        .map(|mut f| {
            f.message = shown(&f.message);
            f.help = f.help.map(|h| shown(&h));
            f.label = f.label.map(|l| shown(&l));
            f.facts = f.facts.map_values(shown);
            // A suggestion that shows a secret is no suggestion to offer.
            f.suggestion = f.suggestion.filter(|s| redactor.mask_text(s) == s.as_str());
            for label in &mut f.labels {
                label.message = shown(&label.message);
            }
            if let Some(w) = &mut f.waiver {
                w.reason = shown(&w.reason);
                w.owner = shown(&w.owner);
                w.ticket = w.ticket.as_deref().map(shown);
            }
            f
        })
        .collect();
    let mut report = FileReport::new(path.to_string(), redactor.mask_source(text), findings);
    report.policy = policy;
    report
}

/// A waiver's `target` names a finding by one of its facts, or an Access ID
/// by its last four characters. A target that names no fact but a secret one
/// may be a whole Access ID: it is shown, wherever it is echoed, by its last
/// four characters only. So is every target of a file whose waivers could
/// not be read.
fn add_waiver_targets(redactor: &mut Redactor, text: &str, manifest: Option<&Manifest>, findings: &[Finding]) {
    let Some(manifest) = manifest else {
        // Waivers that could not be read: what a `target` line holds may be
        // a whole Access ID, and is masked, whatever it names.
        for line in text.lines() {
            let value = line.trim_start().strip_prefix("target").map(str::trim_start).and_then(|v| v.strip_prefix('='));
            if let Some(value) = value {
                redactor.add_value(value.trim().trim_matches(['"', '\'']));
            }
        }
        return;
    };
    if manifest.waivers.iter().all(|w| w.target.is_none()) {
        return;
    }
    let named: rustc_hash::FxHashSet<&str> = findings
        .iter()
        .flat_map(|f| f.facts.iter())
        .filter(|(name, _)| !redact::is_secret_key(name))
        .map(|(_, value)| value)
        .collect();
    for target in manifest.waivers.iter().filter_map(|w| w.target.as_deref()) {
        if !named.contains(target) {
            redactor.add_value(target);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A table that holds a date is no date (it once read as the date it held).
    #[test]
    fn a_table_holding_a_date_is_a_schema_finding_at_the_table() {
        let library = crate::policy::Library::builtin().expect("the built-in policies compile");
        let text = include_str!("../../examples/eligible.toml")
            .replace("as_of = 2021-06-15", "as_of = { x = \"2021-06-15\" }");
        let report = Checker::new(&library, Options::default()).check("table.toml", text.as_bytes());
        let [finding] = report.findings.as_slice() else { panic!("{:?}", report.findings) };
        assert_eq!(finding.code, Code::SCHEMA);
        assert_eq!(&report.text[finding.span.offset..finding.span.end()], "{ x = \"2021-06-15\" }");
        assert_eq!(report.position(finding.span.offset).0, 11, "the line of `as_of`");
        assert_eq!(finding.message, "`as_of` must be a date, found a table");
        assert!(finding.help.as_deref().is_some_and(|h| h.contains("YYYY-MM-DD")), "{:?}", finding.help);
    }

    #[test]
    fn a_built_in_version_that_does_not_compile_is_a_finding_at_the_version_named() {
        let library = crate::policy::Library::builtin_with_a_broken_version("2021-03-04", "2099-01-01");
        let text = include_str!("../../examples/eligible.toml")
            .replace("as_of = 2021-06-15", "as_of = 2021-06-15\npolicy_version = \"2099-01-01\"");
        let report = Checker::new(&library, Options::default()).check("broken.toml", text.as_bytes());
        let [finding] = report.findings.as_slice() else { panic!("{:?}", report.findings) };
        assert_eq!(finding.code, Code::REFERENCE_UNKNOWN);
        assert_eq!(
            finding.message,
            "the built-in policy `mpn-technical-support@2099-01-01` does not compile in this build of `entitle`"
        );
        assert_eq!(&report.text[finding.span.offset..finding.span.end()], "\"2099-01-01\"");
        assert_eq!(finding.help.as_deref(), Some(messages::policy_uncompiled_help().as_str()));
        assert!(finding.help.as_deref().is_some_and(|h| h.contains("--policy-dir")));
    }
}
