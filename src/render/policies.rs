//! What the policy author's commands print: `entitle policy list` and
//! `entitle policy diff` (human and JSON), and `entitle explain`.

use std::sync::Arc;

use serde_json::json;

use crate::codes::CodeDoc;
use crate::messages;
use crate::policy::diff::{Change, ChangeKind};
use crate::policy::ruleset::Rule;
use crate::policy::{Library, RuleSet, kinds};
use crate::replay::{Flip, Replay};

/// `policy list --format json`: one object per version, by id then
/// effective date.
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

/// `policy list`: a table of the versions, by id then effective date.
pub fn list(sets: &[Arc<RuleSet>]) -> String {
    let rows: Vec<[String; 6]> = sets
        .iter()
        .map(|s| {
            [
                s.id.clone(),
                s.version.clone(),
                s.effective.to_string(),
                s.extends.clone().unwrap_or_else(|| messages::NONE.to_string()),
                s.digest().to_string(),
                s.origin.clone(),
            ]
        })
        .collect();
    super::table(&messages::list_columns(), &rows)
}

/// What `policy diff --against` adds: the manifests whose verdict flips, and
/// the totals.
pub type Replayed = (Vec<Flip>, Replay);

/// `policy diff --format json`.
pub fn diff_json(a: &RuleSet, b: &RuleSet, changes: &[Change], replay: Option<&Replayed>) -> String {
    let label = |s: &RuleSet| json!({"id": s.id, "version": s.version, "digest": s.digest()});
    let mut doc = json!({"from": label(a), "to": label(b), "changes": changes});
    if let Some((flips, totals)) = replay {
        doc["against"] = json!({"flips": flips, "summary": totals});
    }
    format!("{}\n", serde_json::to_string_pretty(&doc).unwrap_or_default())
}

/// `policy diff`: the changes by catalogue, `+`, `-` or `~` and the fields
/// that differ; then, with `--against`, whose verdict flips.
pub fn diff(a: &RuleSet, b: &RuleSet, changes: &[Change], replay: Option<&Replayed>) -> String {
    let mut out = messages::diff_heading(&a.id, &a.version, &b.version, a.digest(), b.digest());
    out.push_str("\n\n");
    let mut section = "";
    for change in changes {
        if change.section != section {
            section = change.section;
            out.push_str(&format!("{section}\n"));
        }
        let mark = match change.change {
            ChangeKind::Added => "+",
            ChangeKind::Removed => "-",
            ChangeKind::Changed => "~",
        };
        out.push_str(&format!("  {mark} {}\n", change.id));
        for field in &change.fields {
            out.push_str(&messages::field_change(&field.field, field.from.as_deref(), field.to.as_deref()));
        }
    }
    let count = |kind: ChangeKind| changes.iter().filter(|c| c.change == kind).count();
    out.push_str(&messages::diff_summary(
        count(ChangeKind::Added),
        count(ChangeKind::Removed),
        count(ChangeKind::Changed),
    ));
    if let Some((flips, totals)) = replay {
        out.push('\n');
        for flip in flips {
            out.push_str(&messages::flip_line(&flip.path, flip.before, &flip.codes));
        }
        out.push_str(&messages::replay_summary(
            totals.manifests,
            totals.became_ineligible,
            totals.became_eligible,
            totals.unchanged,
        ));
    }
    out
}

/// `explain --list`: every code, its default severity and its summary.
pub fn code_list(codes: &[CodeDoc]) -> String {
    codes
        .iter()
        .map(|doc| format!("{:<30} {:<8} {}\n", doc.code.as_str(), doc.severity.as_str(), doc.summary))
        .collect()
}

/// `explain CODE`: the code's documentation, then every version's rules of
/// it, newest first; a rule that several versions share is shown once,
/// naming them all.
pub fn explain(library: &Library, doc: &CodeDoc) -> String {
    let code = doc.code;
    let mut out = format!("{} ({})\n{}\n\n{}", code.as_str(), doc.severity.as_str(), doc.summary, doc.explanation);
    let mut shown: Vec<(Vec<String>, &Rule)> = Vec::new();
    for id in library.ids() {
        for set in library.versions(id).into_iter().rev() {
            for rule in set.rules.iter().filter(|r| r.code == code) {
                let same = |other: &&Rule| {
                    (other.kind, other.severity, other.message.source(), other.help.as_ref().map(|h| h.source()))
                        == (rule.kind, rule.severity, rule.message.source(), rule.help.as_ref().map(|h| h.source()))
                };
                let name = format!("{}@{}", set.id, set.version);
                match shown.iter_mut().find(|(_, r)| same(r)) {
                    Some((versions, _)) => versions.push(name),
                    None => shown.push((vec![name], rule)),
                }
            }
        }
    }
    for (versions, rule) in shown {
        let spec = kinds::spec(rule.kind);
        out.push_str(&messages::explain_rule(
            &versions.join(", "),
            rule.kind,
            rule.severity.as_str(),
            &spec.map_or_else(String::new, |s| messages::kind_summary(s.name)),
        ));
        out.push_str(&messages::explain_template("message", rule.message.source()));
        if let Some(help) = &rule.help {
            out.push_str(&messages::explain_template("help", help.source()));
        }
    }
    out
}
