//! The pipeline's own diagnostic codes, with the documentation `entitle
//! explain`, SARIF's rules and the README table read. A policy declares the
//! codes of its rules itself (`[[codes]]`): what a manifest gets wrong about
//! the domain is the policy's to name and explain, not this registry's.

use std::fmt;

use serde::Serialize;

/// How much a finding matters: errors make a manifest ineligible.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The manifest breaks the policy.
    Error,
    /// Worth a look, but the manifest stays eligible.
    Warning,
}

impl Severity {
    /// The lowercase word used in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// A stable diagnostic code: one of the pipeline's own ([`Code::SYNTAX`],
/// …) or one a policy declares. Cheap to copy and compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Code(&'static str);

/// The documentation of a code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeDoc {
    /// The code.
    pub code: Code,
    /// The severity it is reported with unless a rule says otherwise.
    pub severity: Severity,
    /// One line: when it is reported.
    pub summary: String,
    /// What it means, why it matters and how to fix it.
    pub explanation: String,
}

macro_rules! codes {
    ($(
        $(#[doc = $doc:literal])*
        $name:ident = $code:literal, $severity:ident, $summary:literal;
    )*) => {
        impl Code {
            $(
                #[doc = concat!("`", $code, "`: ", $summary, ".")]
                pub const $name: Code = Code($code);
            )*

            /// The pipeline's codes, in the order of the README's table.
            pub const BUILT_IN: &'static [Code] = &[$(Code::$name,)*];

            fn built_in_doc(self) -> Option<(Severity, &'static str, &'static str)> {
                match self.0 {
                    $($code => Some((Severity::$severity, $summary, concat!($($doc, "\n",)*))),)*
                    _ => None,
                }
            }
        }
    };
}

codes! {
    /// The file is not valid TOML, or not UTF-8 text at all.
    ///
    /// Why: nothing can be judged in a file that cannot be read. Invalid
    /// dates (`2021-02-30`) are TOML syntax errors too.
    ///
    /// Fix: correct the syntax at the marked place; TOML needs `key = value`,
    /// quoted strings, and dates written as `YYYY-MM-DD`.
    SYNTAX = "syntax", Error, "the file is not valid TOML";

    /// The structure of the file is wrong: an unknown key, a value of the
    /// wrong type, a missing key, a malformed date, or a membership whose
    /// `end` comes before its `start`. Every such fault in the file is
    /// reported in one run.
    ///
    /// Why: the checks that follow rely on the structure that the published
    /// JSON Schema (`entitle schema manifest`) describes, and on periods that
    /// can be active (a membership that ends before it starts never is).
    ///
    /// Fix: follow the help line; an unknown key comes with the nearest known
    /// one. Editors that read the `#:schema` comment flag these as you type.
    SCHEMA = "schema", Error, "the structure is wrong: unknown key, wrong type, missing field, bad date";

    /// An id that neither the policy nor the manifest defines: an offer,
    /// competency, role, benefit, plan, product, portal, program, account,
    /// Access ID, policy or policy version.
    ///
    /// Why: every id must mean something, or the checks that use it cannot be
    /// made. It is reported once, here, and not again by the rules that use it.
    ///
    /// Fix: use an id of the policy (`entitle explain` lists where they come
    /// from); the help line suggests the closest one.
    REFERENCE_UNKNOWN = "reference.unknown", Error, "an id the policy or the manifest does not define";

    /// A waiver is past its `expires` date: it no longer waives anything.
    ///
    /// Why: a waiver accepts a finding for a while, with an owner who answers
    /// for it; an old one must not hide a problem for ever.
    ///
    /// Fix: fix what it waived, or renew the waiver with a new date and reason.
    WAIVER_EXPIRED = "waiver.expired", Error, "a waiver past its expiry date";

    /// A waiver expires within the policy's warning window.
    ///
    /// Why: the finding it waives will fail the check soon.
    ///
    /// Fix: fix the finding, or have its owner renew the waiver.
    WAIVER_EXPIRING = "waiver.expiring", Warning, "a waiver that expires soon";

    /// A waiver that matches no finding.
    ///
    /// Why: either the problem is fixed, or the waiver's code or target is wrong.
    ///
    /// Fix: remove the waiver, or correct its `code` or `target`.
    WAIVER_UNUSED = "waiver.unused", Warning, "a waiver that matches no finding";

    /// The file is larger than the limit (`--max-file-size`): it is not read.
    ///
    /// Why: a manifest is a few kilobytes; a file of many megabytes is a
    /// mistake, or an attempt to exhaust the machine that checks it.
    ///
    /// Fix: check the right file, or raise `--max-file-size` if it really is one.
    LIMIT_FILE_SIZE = "limit.file-size", Error, "the file is larger than the limit";

    /// Arrays or tables nest deeper than the limit: the file is not parsed.
    /// Each part of a dotted key (`a.b.c`, in a header or before `=`) is a
    /// table of its own, so a key of more parts than the limit is too deep.
    ///
    /// Why: a manifest nests three levels deep; deeper nesting is a mistake,
    /// or an attempt to exhaust the parser.
    ///
    /// Fix: flatten the nested arrays or tables.
    LIMIT_DEPTH = "limit.depth", Error, "arrays or tables nest deeper than the limit";

    /// A policy file refers to an id it does not define.
    ///
    /// Fix: define the id in its catalogue, or correct the reference.
    POLICY_REFERENCE = "policy.reference", Error, "a policy file refers to an id it does not define";

    /// A policy file defines one id twice.
    ///
    /// Fix: remove or rename the second definition.
    POLICY_DUPLICATE = "policy.duplicate", Error, "a policy file defines one id twice";

    /// A version extends a chain of versions deeper than the limit (16): each
    /// check merges every version of the chain, so a long one is paid for by
    /// every run.
    ///
    /// Fix: make the version extend an earlier one directly, or write a new
    /// version that extends none and holds the whole policy.
    POLICY_EXTENDS_DEPTH = "policy.extends-depth", Error, "a version extends a chain of versions deeper than the limit";

    /// A policy rule names an unknown code or kind, or lacks or misuses a
    /// parameter of its kind.
    ///
    /// Fix: follow the help line; `entitle schema policy` lists the kinds.
    POLICY_RULE = "policy.rule", Error, "a policy rule with an unknown code or kind, or a wrong parameter";

    /// A message, help or label of a policy rule interpolates a field its
    /// kind does not provide.
    ///
    /// Fix: use one of the fields the help line lists.
    POLICY_PLACEHOLDER = "policy.placeholder", Error, "a policy message interpolates a field that does not exist";

    /// A definition nothing uses: a competency class no competency has, a
    /// product kind no product has, a tier no benefit grants to, a product no
    /// benefit or plan covers. (`entitle policy lint`)
    ///
    /// Fix: remove it, or use it where it was meant to be.
    POLICY_UNUSED = "policy.unused", Warning, "a definition nothing uses";

    /// A rule that can never fire: its filter selects nothing, or nothing in
    /// the policy gives its check anything to look at. (`entitle policy lint`)
    ///
    /// Fix: correct its `when`, or remove it.
    POLICY_UNREACHABLE = "policy.unreachable", Warning, "a rule that can never fire";

    /// A higher tier is granted less than a lower one, in the same benefit and
    /// competency class. Tiers rank in the order the policy lists them.
    /// (`entitle policy lint`)
    ///
    /// Fix: correct the number, or the order of `[[tiers]]`.
    POLICY_QUOTA_ORDER = "policy.quota-order", Warning, "a higher tier granted less than a lower one";

    /// An id that is not kebab-case (`cloud-platform`). (`entitle policy lint`)
    ///
    /// Fix: use lowercase words joined by hyphens.
    POLICY_ID_CASE = "policy.id-case", Warning, "an id that is not kebab-case";

    /// Versions whose effective dates are out of order, or a version that
    /// extends a later one. (`entitle policy lint`)
    ///
    /// Fix: correct `effective` or `extends`.
    POLICY_EFFECTIVE_ORDER = "policy.effective-order", Warning, "effective dates out of order";

    /// A policy file named like a version (`2021-09-01.toml`) whose header
    /// says another (`version = "2021-09-02"`): the header counts, and the name
    /// misleads whoever looks for a version by its file. (`entitle policy lint`)
    ///
    /// Fix: rename the file, or correct `version`.
    POLICY_FILE_NAME = "policy.file-name", Warning, "a policy file named after another version than its header's";

    /// A version that changes nothing in the version before it.
    /// (`entitle policy lint`)
    ///
    /// Fix: remove it, or make the change it was meant to make.
    POLICY_IDENTICAL = "policy.identical", Warning, "a version identical to its predecessor";

    /// A rule of a policy version that no test manifest triggers: nothing
    /// holds the rule to what it should report. A version with no test
    /// manifest at all is reported once. (`entitle policy lint`)
    ///
    /// Fix: add a test manifest under `policies/<id>/tests/` that triggers the
    /// rule, with `# expect: CODE` (see `entitle explain test.expectation`).
    POLICY_UNTESTED = "policy.untested", Warning, "a rule no test manifest triggers";

    /// A policy's message file (`<version>.<lang>.ftl`, beside the policy
    /// file) that does not match the policy: Fluent syntax that cannot be
    /// read, a message of the policy it does not translate (shown in English),
    /// a message the policy does not have, or a variable that the English
    /// text does not have (or the reverse). A version without a message file
    /// of a language its base has is reported once. (`entitle policy lint`)
    ///
    /// Fix: `entitle policy messages ID@VERSION` prints every message with
    /// its id, variables and English text; translate the missing ones, remove
    /// the extra ones, and use the English text's variables.
    POLICY_TRANSLATION = "policy.translation", Warning, "a policy message file that does not match its policy";

    /// A test manifest (`policies/<id>/tests/*.toml`) whose expectations
    /// cannot be read. Its leading comments say what the policy must report:
    ///
    ///     # expect: eligible
    ///     # expect: quota.exceeded@42, contract.already-linked
    ///     # versions: 2021-06-17..
    ///
    /// `# expect:` lists codes, each optionally at a line of the test file
    /// (`CODE@LINE`), or `eligible` (no errors). The list is complete: a code
    /// the policy reports that is not listed fails the test. `# versions:`
    /// lists versions of the policy, or ranges `A..B`, `A..`, `..B`
    /// (inclusive); without it, a test runs under every version in effect at
    /// its `as_of` (or the version it pins).
    ///
    /// Why: a test that cannot be read tests nothing; `entitle policy test`
    /// ends with exit 2.
    ///
    /// Fix: follow the help line: a known code (with the nearest one), a line
    /// number inside the file, a version the policy has.
    TEST_EXPECTATION = "test.expectation", Error, "a test manifest's expectations cannot be read";

    /// A test manifest's expectation is not met by a policy version: a code
    /// it expects is not reported, is reported at another line, or a code it
    /// does not list is reported. (`entitle policy test`)
    ///
    /// Why: the policy no longer judges this manifest as its authors said it
    /// must.
    ///
    /// Fix: if the policy change is intended, update `# expect:`; otherwise fix
    /// the policy.
    TEST_FAILED = "test.failed", Error, "a test manifest's expectation is not met";
}

/// The longest code a policy may declare; longer names are not codes.
pub const MAX_CODE_LEN: usize = 64;

impl Code {
    /// The code as users write it, e.g. `quota.exceeded`.
    pub fn as_str(self) -> &'static str {
        self.0
    }

    /// The built-in code of this name.
    pub fn built_in(name: &str) -> Option<Code> {
        Code::BUILT_IN.iter().copied().find(|c| c.0 == name)
    }

    /// The code of this name: the built-in one, or the name interned as a
    /// policy's code. Interned names live as long as the process; a
    /// process sees a few dozen distinct ones (each policy's `[[codes]]`,
    /// checked by the compiler to be short code-shaped ids), however often
    /// its policies are loaded.
    pub fn named(name: &str) -> Code {
        if let Some(code) = Code::built_in(name) {
            return code;
        }
        static INTERNED: std::sync::OnceLock<std::sync::Mutex<std::collections::HashSet<&'static str>>> =
            std::sync::OnceLock::new();
        let mut interned = INTERNED.get_or_init(Default::default).lock().unwrap_or_else(|e| e.into_inner());
        if let Some(known) = interned.get(name) {
            return Code(known);
        }
        let leaked: &'static str = Box::leak(name.to_string().into_boxed_str());
        interned.insert(leaked);
        Code(leaked)
    }

    /// Whether a name has the shape of a code: lowercase words of letters,
    /// digits and `-`, joined by `.` (`quota.exceeded`, `incident.scope`).
    pub fn is_well_formed(name: &str) -> bool {
        name.len() <= MAX_CODE_LEN
            && name.split('.').all(|word| {
                word.starts_with(|c: char| c.is_ascii_lowercase())
                    && word.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            })
    }

    /// The documentation of a built-in code.
    pub fn doc(self) -> Option<CodeDoc> {
        self.built_in_doc().map(|(severity, summary, explanation)| CodeDoc {
            code: self,
            severity,
            summary: summary.to_string(),
            explanation: explanation.to_string(),
        })
    }

    /// The severity of a built-in code; a policy's codes carry their own
    /// (rules set it on every finding), so error otherwise.
    pub fn default_severity(self) -> Severity {
        self.built_in_doc().map_or(Severity::Error, |(severity, ..)| severity)
    }

    /// Codes that stop a check before rules and waivers are read, or that
    /// judge the waivers themselves: no waiver may name them.
    pub fn is_pipeline(self) -> bool {
        matches!(self.0, "syntax" | "schema") || self.0.starts_with("limit.") || self.0.starts_with("waiver.")
    }

    /// Codes about policy files and their tests.
    pub fn is_policy(self) -> bool {
        self.0.starts_with("policy.") || self.0.starts_with("test.")
    }

    /// Built-in codes that a policy rule may report besides its own:
    /// `reference.unknown`, which the pipeline reports too.
    pub fn rules_may_report(self) -> bool {
        Code::built_in(self.0).is_some() && !self.is_pipeline() && !self.is_policy()
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_built_in_code_is_unique_well_formed_and_documented() {
        let mut seen = HashSet::new();
        for code in Code::BUILT_IN {
            assert!(seen.insert(code.as_str()), "{code} twice");
            assert!(Code::is_well_formed(code.as_str()), "{code}");
            let doc = code.doc().expect("documented");
            assert!(!doc.explanation.trim().is_empty() && !doc.summary.is_empty(), "{code} undocumented");
            assert_eq!(Code::built_in(code.as_str()), Some(*code));
        }
    }

    #[test]
    fn names_are_interned_once() {
        let a = Code::named("test-only.interned");
        let b = Code::named(&String::from("test-only.interned"));
        assert_eq!(a, b);
        assert!(std::ptr::eq(a.as_str(), b.as_str()));
        assert_eq!(Code::named("syntax"), Code::SYNTAX);
        assert!(a.doc().is_none());
        assert_eq!(a.default_severity(), Severity::Error);
    }

    #[test]
    fn code_shapes() {
        for good in ["quota.exceeded", "a", "incident.product-unsupported", "x1.y2"] {
            assert!(Code::is_well_formed(good), "{good}");
        }
        for bad in ["", "Quota", "quota..exceeded", ".a", "a.", "1a", "a b", "a_b", &"a".repeat(65)] {
            assert!(!Code::is_well_formed(bad), "{bad}");
        }
    }
}
