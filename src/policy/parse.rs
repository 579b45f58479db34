//! Reading one policy file: TOML with spans, then its structure (the
//! typed model when it deserializes, the JSON Schema's every fault when it
//! does not).

use serde::Deserialize;

use super::model::PolicyFile;
use crate::codes::Code;
use crate::diagnostic::{Draft, Finding};
use crate::document::{Document, Path, Target};
use crate::input;
use crate::messages;

/// A policy file that parsed and has the right structure.
#[derive(Debug)]
pub struct Parsed<'s> {
    /// Where it was read from.
    pub origin: String,
    /// Its spanned document.
    pub document: Document<'s>,
    /// Its contents.
    pub file: PolicyFile,
}

/// Parses one policy file and checks its structure; on failure, every fault.
pub fn parse<'s>(origin: &str, text: &'s str) -> Result<Parsed<'s>, Vec<Finding>> {
    let document =
        input::parse(text).map_err(|drafts| drafts.into_iter().map(|d| d.resolve(None)).collect::<Vec<_>>())?;
    // A policy that deserializes, each rule's parameters into its kind's, is
    // structurally valid: the policy schema has no constraint beyond its
    // types. Only a faulty one pays for the validator.
    let fits =
        |file: &PolicyFile| file.rules.iter().all(|r| super::kinds::kind(&r.kind).is_some_and(|k| k.fits(&r.params.0)));
    if let Ok(file) = document.deserialize::<PolicyFile>()
        && fits(&file)
    {
        return Ok(Parsed { origin: origin.to_string(), document, file });
    }
    let (json, drafts) = super::model::structure().check(&document);
    if !drafts.is_empty() {
        return Err(drafts.into_iter().map(|d| d.resolve(Some(&document))).collect());
    }
    match PolicyFile::deserialize(&json) {
        Ok(file) => Ok(Parsed { origin: origin.to_string(), document, file }),
        Err(e) => {
            let draft = Draft::new(
                Code::SCHEMA,
                messages::cannot_read_as("policy", &e.to_string()),
                Target::Value(Path::root()),
            );
            Err(vec![draft.resolve(Some(&document))])
        }
    }
}

/// Findings of a failed compilation, by the index of the file they point into.
pub type Faults = Vec<(usize, Finding)>;

/// A policy file's `[policy]` table, read alone: enough to choose a version
/// before the file is parsed whole. `None` when the table is not written as
/// a `[policy]` header followed by its keys, or does not read so.
pub fn header(text: &str) -> Option<super::model::Header> {
    #[derive(Deserialize)]
    struct Only {
        policy: super::model::Header,
    }
    fn read(table: &str) -> Option<super::model::Header> {
        Document::parse(table).ok()?.deserialize::<Only>().ok().map(|only| only.policy)
    }
    let mut start = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        match start {
            // A `[policy]` line after a multi-line string may lie inside it.
            None if line.contains("\"\"\"") || line.contains("'''") => return None,
            None if trimmed == "[policy]" => start = Some(offset),
            Some(start) if trimmed.starts_with('[') => return read(&text[start..offset]),
            _ => {}
        }
        offset += line.len();
    }
    read(&text[start?..])
}
