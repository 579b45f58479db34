//! Judging: a manifest under a policy version. The checker that drives the
//! whole pipeline, the rules (one module per concern, in a fixed order), the
//! entitlements at a date, the waivers, what would make a manifest pass, and
//! the replay of manifests under two versions.

pub mod check;
pub mod entitlement;
pub mod remedy;
pub mod replay;
pub(crate) mod rules;
pub mod waiver;
