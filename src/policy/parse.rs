//! Reading one policy file: TOML with spans, then its structure (the
//! typed model when it deserializes, the JSON Schema's every fault when it
//! does not). A built-in file is read from the JSON its build wrote, and
//! its TOML parsed only when a fault needs a place.

use std::sync::{Arc, OnceLock};

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
    /// Its text.
    text: &'s str,
    /// Its spanned document: parsed with the file, or on first use when the
    /// file was read from JSON (a built-in policy, whose faults alone need
    /// spans).
    document: OnceLock<Document<'s>>,
    /// Its contents, shared with the policy compiled from it when that
    /// extends nothing (no copy of the whole file).
    pub file: Arc<PolicyFile>,
}

impl<'s> Parsed<'s> {
    /// Its spanned document.
    pub fn document(&self) -> &Document<'s> {
        // A text whose JSON form exists parsed as TOML when it was built.
        self.document.get_or_init(|| Document::parse(self.text).unwrap_or_else(|_| Document::empty(self.text)))
    }

    /// Its text.
    pub fn text(&self) -> &'s str {
        self.text
    }

    fn new(origin: &str, document: Document<'s>, file: PolicyFile) -> Parsed<'s> {
        Parsed {
            origin: origin.to_string(),
            text: document.source(),
            document: OnceLock::from(document),
            file: Arc::new(file),
        }
    }
}

/// A built-in policy file from the JSON form its build wrote of its TOML
/// text; `None` when that does not read as a policy file, each rule's
/// parameters as its kind's, whose TOML text then says why.
pub fn from_json<'s>(origin: &str, text: &'s str, json: &str) -> Option<Parsed<'s>> {
    let file: PolicyFile = serde_json::from_str(json).ok()?;
    fits(&file).then(|| Parsed { origin: origin.to_string(), text, document: OnceLock::new(), file: Arc::new(file) })
}

/// Whether each rule's parameters deserialize as its kind's: with the
/// typed model, all the policy schema asks.
fn fits(file: &PolicyFile) -> bool {
    file.rules.iter().all(|r| super::kinds::kind(&r.kind).is_some_and(|k| k.fits(&r.params.0)))
}

/// Parses one policy file and checks its structure; on failure, every fault.
pub fn parse<'s>(origin: &str, text: &'s str) -> Result<Parsed<'s>, Vec<Finding>> {
    let document =
        input::parse(text).map_err(|drafts| drafts.into_iter().map(|d| d.resolve(None)).collect::<Vec<_>>())?;
    // A policy that deserializes, each rule's parameters into its kind's, is
    // structurally valid: the policy schema has no constraint beyond its
    // types. Only a faulty one pays for the validator.
    if let Ok(file) = document.deserialize::<PolicyFile>()
        && fits(&file)
    {
        return Ok(Parsed::new(origin, document, file));
    }
    let (json, drafts) = super::model::structure().check(&document);
    if !drafts.is_empty() {
        return Err(drafts.into_iter().map(|d| d.resolve(Some(&document))).collect());
    }
    match PolicyFile::deserialize(&json) {
        Ok(file) => Ok(Parsed::new(origin, document, file)),
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

/// A policy file with its `[policy]` table alone.
#[derive(Deserialize)]
struct Only {
    policy: super::model::Header,
}

/// A built-in policy file's `[policy]` table, from the JSON its build wrote.
pub fn header_from_json(json: &str) -> Option<super::model::Header> {
    serde_json::from_str::<Only>(json).ok().map(|only| only.policy)
}

#[cfg(test)]
impl Parsed<'_> {
    /// Whether its spanned document has been parsed.
    pub(crate) fn has_document(&self) -> bool {
        self.document.get().is_some()
    }
}
