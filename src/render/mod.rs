//! Output formats: each a small renderer over the same list of file reports.

#[cfg(feature = "cli")]
pub mod human;
pub mod json;
