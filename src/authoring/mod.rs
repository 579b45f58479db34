//! The policy authors' tools that judge manifests, and so stand above the
//! checker: the lints of policy files (`entitle policy lint`, which counts
//! the rules no test triggers) and the policy tests (`entitle policy test`).

pub mod expect;
pub mod lint;
