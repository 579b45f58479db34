//! Judging: a manifest under a policy version. The checker that drives the
//! whole pipeline (reading, structure, the policy's rules, waivers), what
//! would make a manifest pass, and the replay of manifests under two
//! versions.

pub mod check;
pub mod remedy;
pub mod replay;
pub mod waiver;
