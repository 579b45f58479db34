//! `entitle policy list --format json`: the policies and versions available.

use std::sync::Arc;

use serde_json::json;

use crate::policy::RuleSet;

/// The JSON document: one object per version, by id then effective date.
pub fn json(sets: &[Arc<RuleSet>]) -> String {
    let doc: Vec<_> = sets
        .iter()
        .map(|s| {
            json!({"id": s.id, "version": s.version, "effective": s.effective.to_string(),
                   "extends": s.extends, "digest": s.digest(), "title": s.title, "origin": s.origin})
        })
        .collect();
    format!("{}\n", serde_json::to_string_pretty(&doc).unwrap_or_default())
}
