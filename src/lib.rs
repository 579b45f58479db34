//! `entitle` checks partner membership manifests against versioned,
//! declarative policy files and reports every problem as a diagnostic: the
//! exact value at fault, a stable code, and a help line that says how to fix it.
//!
//! ```no_run
//! let library = entitle::policy::Library::builtin().expect("the built-in policies compile");
//! let checker = entitle::Checker::new(&library, entitle::Options::default());
//! let report = checker.check("contoso.toml", &std::fs::read("contoso.toml").unwrap());
//! for finding in &report.findings {
//!     println!("{}: {}", finding.code, finding.message);
//! }
//! ```

pub mod check;
pub mod codes;
pub mod date;
pub mod diagnostic;
pub mod document;
pub mod entitlement;
pub mod escape;
pub mod files;
pub mod i18n;
pub mod input;
pub mod lang;
#[cfg(feature = "lsp")]
pub mod lsp;
pub mod manifest;
pub mod messages;
pub mod policy;
pub mod redact;
pub mod remedy;
pub mod render;
pub mod replay;
pub mod report;
mod rules;
#[cfg(feature = "serve")]
pub mod serve;
pub mod span;
pub mod structure;
pub mod suggest;
pub mod template;
pub mod waiver;

pub use check::{Checker, Judged, Options};
pub use codes::Code;
pub use diagnostic::{Finding, Severity};
pub use lang::Lang;
pub use report::FileReport;
