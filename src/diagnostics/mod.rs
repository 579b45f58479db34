//! Diagnostics: what a finding is. Codes and severities, drafts and
//! findings, a file's report; the policies' message templates and
//! did-you-means; secrets masked before anything is shown.

pub mod codes;
pub mod diagnostic;
pub mod redact;
pub mod report;
pub mod suggest;
pub mod template;
