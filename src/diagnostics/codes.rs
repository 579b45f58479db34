//! The pipeline's own diagnostic codes, with the documentation `entitle
//! explain`, SARIF's rules and the README table read. A policy declares the
//! codes of its rules itself (`[[codes]]`): what a manifest gets wrong about
//! the domain is the policy's to name and explain, not this registry's.

use std::fmt;

use serde::Serialize;

use crate::i18n::t;

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
    ($($name:ident = $code:literal, $severity:ident;)*) => {
        impl Code {
            $(
                #[doc = concat!("`", $code, "`; `entitle explain ", $code, "` says what it means.")]
                pub const $name: Code = Code($code);
            )*

            /// The pipeline's codes, in the order of the README's table.
            pub const BUILT_IN: &'static [Code] = &[$(Code::$name,)*];

            /// The severity of a built-in code; `None` for a policy's.
            pub(crate) fn built_in_severity(self) -> Option<Severity> {
                match self.0 {
                    $($code => Some(Severity::$severity),)*
                    _ => None,
                }
            }
        }
    };
}

// Their summaries and explanations are in the catalogues, `code-<code>` (dots
// as hyphens) and its `.explanation`.
codes! {
    SYNTAX = "syntax", Error;
    SCHEMA = "schema", Error;
    REFERENCE_UNKNOWN = "reference.unknown", Error;
    WAIVER_EXPIRED = "waiver.expired", Error;
    WAIVER_EXPIRING = "waiver.expiring", Warning;
    WAIVER_UNUSED = "waiver.unused", Warning;
    LIMIT_FILE_SIZE = "limit.file-size", Error;
    LIMIT_DEPTH = "limit.depth", Error;
    POLICY_REFERENCE = "policy.reference", Error;
    POLICY_DUPLICATE = "policy.duplicate", Error;
    POLICY_EXTENDS_DEPTH = "policy.extends-depth", Error;
    POLICY_RULE = "policy.rule", Error;
    POLICY_PLACEHOLDER = "policy.placeholder", Error;
    POLICY_UNUSED = "policy.unused", Warning;
    POLICY_UNREACHABLE = "policy.unreachable", Warning;
    POLICY_QUOTA_ORDER = "policy.quota-order", Warning;
    POLICY_ID_CASE = "policy.id-case", Warning;
    POLICY_EFFECTIVE_ORDER = "policy.effective-order", Warning;
    POLICY_FILE_NAME = "policy.file-name", Warning;
    POLICY_IDENTICAL = "policy.identical", Warning;
    POLICY_UNTESTED = "policy.untested", Warning;
    POLICY_TRANSLATION = "policy.translation", Warning;
    TEST_EXPECTATION = "test.expectation", Error;
    TEST_FAILED = "test.failed", Error;
}

/// The summary and the explanation of a built-in code, in the current
/// language.
fn built_in_words(code: &str) -> Option<(String, String)> {
    match code {
        "syntax" => Some((t!("code-syntax"), t!("code-syntax.explanation"))),
        "schema" => Some((t!("code-schema"), t!("code-schema.explanation"))),
        "reference.unknown" => Some((t!("code-reference-unknown"), t!("code-reference-unknown.explanation"))),
        "waiver.expired" => Some((t!("code-waiver-expired"), t!("code-waiver-expired.explanation"))),
        "waiver.expiring" => Some((t!("code-waiver-expiring"), t!("code-waiver-expiring.explanation"))),
        "waiver.unused" => Some((t!("code-waiver-unused"), t!("code-waiver-unused.explanation"))),
        "limit.file-size" => Some((t!("code-limit-file-size"), t!("code-limit-file-size.explanation"))),
        "limit.depth" => Some((t!("code-limit-depth"), t!("code-limit-depth.explanation"))),
        "policy.reference" => Some((t!("code-policy-reference"), t!("code-policy-reference.explanation"))),
        "policy.duplicate" => Some((t!("code-policy-duplicate"), t!("code-policy-duplicate.explanation"))),
        "policy.extends-depth" => Some((t!("code-policy-extends-depth"), t!("code-policy-extends-depth.explanation"))),
        "policy.rule" => Some((t!("code-policy-rule"), t!("code-policy-rule.explanation"))),
        "policy.placeholder" => Some((t!("code-policy-placeholder"), t!("code-policy-placeholder.explanation"))),
        "policy.unused" => Some((t!("code-policy-unused"), t!("code-policy-unused.explanation"))),
        "policy.unreachable" => Some((t!("code-policy-unreachable"), t!("code-policy-unreachable.explanation"))),
        "policy.quota-order" => Some((t!("code-policy-quota-order"), t!("code-policy-quota-order.explanation"))),
        "policy.id-case" => Some((t!("code-policy-id-case"), t!("code-policy-id-case.explanation"))),
        "policy.effective-order" => {
            Some((t!("code-policy-effective-order"), t!("code-policy-effective-order.explanation")))
        }
        "policy.file-name" => Some((t!("code-policy-file-name"), t!("code-policy-file-name.explanation"))),
        "policy.identical" => Some((t!("code-policy-identical"), t!("code-policy-identical.explanation"))),
        "policy.untested" => Some((t!("code-policy-untested"), t!("code-policy-untested.explanation"))),
        "policy.translation" => Some((t!("code-policy-translation"), t!("code-policy-translation.explanation"))),
        "test.expectation" => Some((t!("code-test-expectation"), t!("code-test-expectation.explanation"))),
        "test.failed" => Some((t!("code-test-failed"), t!("code-test-failed.explanation"))),
        _ => None,
    }
}

/// An explanation as `entitle explain` prints it and a policy's
/// `explanation = """…"""` reads: its lines as written, ending with a line end.
fn explanation_lines(text: &str) -> String {
    format!("{}\n", text.trim_end())
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
        let severity = self.built_in_severity()?;
        let (summary, explanation) = built_in_words(self.0)?;
        Some(CodeDoc { code: self, severity, summary, explanation: explanation_lines(&explanation) })
    }

    /// The severity of a built-in code; a policy's codes carry their own
    /// (rules set it on every finding), so error otherwise.
    pub fn default_severity(self) -> Severity {
        self.built_in_severity().unwrap_or(Severity::Error)
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
