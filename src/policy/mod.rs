//! Policies: the file format, the rule kinds, the compiler and the library of
//! available versions.

pub mod catalog;
pub mod compile;
pub mod diff;
pub mod digest;
pub mod entitlement;
pub mod kinds;
pub mod library;
pub mod merge;
pub mod model;
pub mod parse;
pub mod ruleset;
pub mod translate;

pub use library::{Library, LoadError, Selection};
pub use ruleset::RuleSet;
