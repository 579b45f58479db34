//! `entitle` checks partner membership manifests against versioned,
//! declarative policy files and reports every problem as a diagnostic: the
//! exact value at fault, a stable code, and a help line that says how to fix it.
//!
//! The library is what the `entitle` command runs, for those who embed it (a
//! partner portal, a batch job):
//!
//! - [`policy::Library`]: the policies, built in ([`policy::Library::builtin`])
//!   or read from a directory ([`policy::Library::from_dir`]), compiled once;
//! - [`Checker`] with its [`Options`] (judgement date, policy, language, size
//!   limit): one per library, shared by any number of threads;
//! - [`FileReport`], its [`Finding`]s and their [`Severity`] and [`Code`]: the
//!   result as data, secrets masked and every input escaped;
//! - [`render`]: the report in each format of `entitle check` (human, JSON,
//!   SARIF, JUnit, GitHub annotations, Markdown);
//! - [`Lang`] and [`i18n::with_lang`]: the language of the words.
//!
//! ```
//! let library = entitle::policy::Library::builtin().expect("the built-in policies compile");
//! let checker = entitle::Checker::new(&library, entitle::Options::default());
//! let bytes = std::fs::read("examples/linked-twice.toml").expect("a shipped example");
//! let report = checker.check("linked-twice.toml", &bytes);
//! for finding in &report.findings {
//!     println!("{}: {}", finding.code, finding.message);
//! }
//! assert!(!report.eligible());
//! assert!(report.findings.iter().any(|f| f.code.as_str() == "quota.exceeded"));
//! // Access IDs are secrets: a report shows their last four characters only.
//! assert!(!report.text.contains("AID-"), "{}", report.text);
//! let json = entitle::render::json::render(&[report]);
//! assert!(json.contains("\"eligible\": false"), "{json}");
//! ```
//!
//! `examples/embed.rs` is a whole program (`cargo run --example embed`).

#![warn(missing_docs)]

// The folders, from the bottom up: each uses only those listed before it.
// `i18n` (languages, sentences, escaping), `text` (spans, the spanned tree,
// dates), `diagnostics` (codes, findings, reports, masking), `read` (files to
// a typed manifest), `policy` (policies compiled), `judge` (a manifest under
// a policy), `authoring` (lint and policy tests), `render` (every output),
// and the front ends. The inner modules are re-exported below by their
// short names (`entitle::check`, `entitle::report`…).
#[doc(hidden)]
pub mod authoring;
#[doc(hidden)]
pub mod diagnostics;
pub mod i18n;
#[doc(hidden)]
pub mod judge;
#[cfg(feature = "lsp")]
pub mod lsp;
pub mod policy;
#[doc(hidden)]
pub mod read;
pub mod render;
#[cfg(feature = "serve")]
pub mod serve;
#[doc(hidden)]
pub mod text;

// The binary's allocator, shared with the benchmarks' floor so that the two
// are measured with the same one.
#[cfg(feature = "cli")]
#[doc(hidden)]
pub mod alloc;

// The library's surface: what a partner portal or a batch job embeds.
pub use diagnostics::{codes, diagnostic, report};
pub use i18n::lang;
pub use judge::check;
pub use text::{date, span};

// The pipeline's inner stages. Public only for the `entitle` binary, its
// tests and its benchmarks, and hidden from the documentation: no promise
// is made about them.
#[doc(hidden)]
pub use authoring::{expect, lint};
#[doc(hidden)]
pub use diagnostics::{redact, suggest, template};
#[doc(hidden)]
pub use i18n::{escape, messages};
#[doc(hidden)]
pub use judge::{remedy, replay, waiver};
#[doc(hidden)]
pub use policy::entitlement;
#[doc(hidden)]
pub use read::{direct, files, input, manifest, structure};
#[doc(hidden)]
pub use text::document;

pub use check::{Checker, Judged, Options};
pub use codes::Code;
pub use diagnostic::{Finding, Severity};
pub use lang::Lang;
pub use report::FileReport;
