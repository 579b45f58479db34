//! The text of a file, below every stage that reads one: byte spans, the
//! TOML tree that keeps the span of every key and value with the paths
//! (`incidents[3].product`) that lead back to them, and calendar dates.

pub mod date;
pub mod document;
pub mod span;
