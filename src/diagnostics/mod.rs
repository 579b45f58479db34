//! Diagnostics: what a finding is and how it reads. Codes and severities,
//! findings and spans, a file's report; every sentence not in a policy, the
//! policies' message templates and did-you-means; secrets masked and inputs
//! escaped before anything is shown.

pub mod codes;
pub mod diagnostic;
pub mod escape;
pub mod messages;
pub mod redact;
pub mod report;
pub mod span;
pub mod suggest;
pub mod template;
