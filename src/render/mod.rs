//! Output formats: each a small renderer over the same list of file reports.

pub mod entitlements;
pub mod github;
#[cfg(feature = "cli")]
pub mod human;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod policies;
pub mod sarif;
pub mod stream;
