//! `extends`: a version merged onto the versions it extends. Entries replace
//! those of their base with the same id (rules by key), `[remove]` drops
//! some, and every merged entry remembers the file and index it came from,
//! so that a fault points into the file that wrote it. The chains of every
//! version are followed once, in linear time, cycles and depth included.

use std::collections::{HashMap, HashSet};

use super::model::{PolicyFile, RuleDef, with_catalogues};
use super::parse::{Faults, Parsed};
use crate::codes::Code;
use crate::diagnostic::Draft;
use crate::document::{Path, Target};
use crate::messages;
use crate::suggest::did_you_mean;

/// How many versions deep a chain of `extends` may be. Every check of a
/// manifest merges the whole chain of its version, and every version of a
/// policy directory is compiled at start: a chain 1,000 deep cost seconds.
pub const MAX_EXTENDS_DEPTH: usize = 16;

/// How many versions a cycle's finding names before "… and N more".
const CYCLE_SHOWN: usize = 8;

/// The parsed files by policy id and version (the first file of each), so
/// that a base is found by lookup rather than by a scan of every file.
#[derive(Debug)]
pub struct Versions<'a> {
    by_key: HashMap<(&'a str, &'a str), usize>,
}

impl<'a> Versions<'a> {
    /// Indexes the parsed files.
    pub fn of(parsed: &'a [Parsed<'_>]) -> Versions<'a> {
        let mut by_key = HashMap::new();
        for (i, p) in parsed.iter().enumerate() {
            by_key.entry((p.file.policy.id.as_str(), p.file.policy.version.as_str())).or_insert(i);
        }
        Versions { by_key }
    }

    fn get(&self, id: &str, version: &str) -> Option<usize> {
        self.by_key.get(&(id, version)).copied()
    }

    /// `parsed[top]` and the files it extends, nearest first, as far as
    /// they exist (a version that compiled extends no cycle).
    pub fn chain(&self, parsed: &[Parsed<'_>], top: usize) -> Vec<usize> {
        let mut chain = vec![top];
        while let Some(base) = chain.last().and_then(|&i| self.base_of(parsed, i)) {
            if chain.contains(&base) || chain.len() > MAX_EXTENDS_DEPTH {
                break;
            }
            chain.push(base);
        }
        chain
    }

    /// The file that `parsed[i]` extends, if it extends one that exists.
    fn base_of(&self, parsed: &[Parsed<'_>], i: usize) -> Option<usize> {
        let policy = &parsed[i].file.policy;
        self.get(&policy.id, policy.extends.as_deref()?)
    }
}

/// Follows every file's chain of `extends` once, in linear time: which files
/// can be compiled, and the faults of those that cannot. A cycle is reported
/// once, at its member that comes first, naming at most a few of its
/// versions; a chain deeper than [`MAX_EXTENDS_DEPTH`] is reported at the
/// first version beyond the limit. Files that extend either fail with no
/// finding of their own, like any file whose base does not compile.
pub fn chains(parsed: &[Parsed<'_>], versions: &Versions<'_>) -> (Vec<bool>, Faults) {
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        Unseen,
        OnPath,
        Depth(usize),
        Broken,
    }
    let mut state = vec![State::Unseen; parsed.len()];
    let mut drafts: Vec<(usize, Draft)> = Vec::new();
    for start in 0..parsed.len() {
        let mut path = Vec::new();
        let mut at = Some(start);
        // What the last file of `path` extends: `None` for nothing (a root, or
        // an unknown base, which its compilation reports).
        let mut below = None;
        while let Some(i) = at {
            match state[i] {
                State::Unseen => {
                    state[i] = State::OnPath;
                    path.push(i);
                    at = versions.base_of(parsed, i);
                }
                State::OnPath => {
                    let from = path.iter().position(|&p| p == i).unwrap_or(0);
                    let cycle = &path[from..];
                    let first = cycle.iter().enumerate().min_by_key(|(_, f)| **f).map_or(0, |(k, _)| k);
                    let order: Vec<&str> = cycle[first..]
                        .iter()
                        .chain(&cycle[..first])
                        .map(|&f| parsed[f].file.policy.version.as_str())
                        .collect();
                    let draft = Draft::new(
                        Code::POLICY_REFERENCE,
                        messages::extends_cycle(&messages::cycle_chain(&order, CYCLE_SHOWN)),
                        Target::Value(Path::of(&["policy", "extends"])),
                    )
                    .help(messages::extends_cycle_help());
                    drafts.push((cycle[first], draft));
                    below = Some(State::Broken);
                    break;
                }
                done => {
                    below = Some(done);
                    break;
                }
            }
        }
        let mut depth = match below {
            None => None,
            Some(State::Depth(d)) => Some(d),
            _ => {
                path.iter().for_each(|&i| state[i] = State::Broken);
                continue;
            }
        };
        while let Some(i) = path.pop() {
            let d = depth.map_or(0, |d| d + 1);
            if d > MAX_EXTENDS_DEPTH {
                if d == MAX_EXTENDS_DEPTH + 1 {
                    let draft = Draft::new(
                        Code::POLICY_EXTENDS_DEPTH,
                        messages::extends_too_deep(&parsed[i].file.policy.version, MAX_EXTENDS_DEPTH),
                        Target::Value(Path::of(&["policy", "extends"])),
                    )
                    .help(messages::extends_too_deep_help(MAX_EXTENDS_DEPTH));
                    drafts.push((i, draft));
                }
                state[i] = State::Broken;
                path.iter().for_each(|&j| state[j] = State::Broken);
                break;
            }
            state[i] = State::Depth(d);
            depth = Some(d);
        }
    }
    let compilable = state.iter().map(|s| matches!(s, State::Depth(_))).collect();
    let faults = drafts.into_iter().map(|(file, d)| (file, d.resolve(Some(parsed[file].document())))).collect();
    (compilable, faults)
}

/// Where a merged entry came from: a file, and its index there.
#[derive(Debug, Clone, Copy)]
pub(super) struct Origin {
    pub(super) file: usize,
    pub(super) index: usize,
}

/// A version with its bases merged in.
pub(super) struct Merged {
    pub(super) file: std::sync::Arc<PolicyFile>,
    pub(super) origins: HashMap<&'static str, Vec<Origin>>,
}

/// Entries merged by id (rules by key).
trait Keyed {
    fn key(&self) -> String;
}

macro_rules! keyed_by_id {
    ($($t:ty),*) => {$(impl Keyed for $t { fn key(&self) -> String { self.id.clone() } })*};
}
keyed_by_id!(
    super::model::Definition,
    super::model::TierDef,
    super::model::CompetencyDef,
    super::model::ProductDef,
    super::model::BenefitDef,
    super::model::PlanDef,
    super::model::CodeDef
);

impl Keyed for RuleDef {
    fn key(&self) -> String {
        super::kinds::rule_key(self)
    }
}

/// The catalogues, by the name their key has in a policy file, and the rules.
const COLLECTIONS: [&str; 12] = {
    macro_rules! names {
        ($($field:ident: $noun:literal,)*) => {
            [$(stringify!($field),)* "rules"]
        };
    }
    with_catalogues!(names)
};

pub(super) fn merge(
    parsed: &[Parsed<'_>],
    top: usize,
    index: &Versions<'_>,
    visiting: &mut Vec<usize>,
) -> Result<Merged, Vec<(usize, Draft)>> {
    let this = &parsed[top].file;
    let Some(base_version) = &this.policy.extends else {
        let mut origins = HashMap::new();
        for name in COLLECTIONS {
            let count = collection_len(this, name);
            origins.insert(name, (0..count).map(|index| Origin { file: top, index }).collect());
        }
        return Ok(Merged { file: std::sync::Arc::clone(&parsed[top].file), origins });
    };
    let at_extends = Target::Value(Path::of(&["policy", "extends"]));
    let Some(base) = index.get(&this.policy.id, base_version) else {
        let versions: Vec<&str> = parsed
            .iter()
            .filter(|p| p.file.policy.id == this.policy.id)
            .map(|p| p.file.policy.version.as_str())
            .collect();
        let draft =
            Draft::new(Code::POLICY_REFERENCE, messages::unknown_base(&this.policy.id, base_version), at_extends).help(
                messages::reference_help("version", &versions, did_you_mean(base_version, versions.iter().copied())),
            );
        return Err(vec![(top, draft)]);
    };
    // `chains` keeps over-deep chains and cycles from getting here; this is
    // for a caller that compiles one file directly.
    if visiting.len() >= MAX_EXTENDS_DEPTH {
        let draft = Draft::new(
            Code::POLICY_EXTENDS_DEPTH,
            messages::extends_too_deep(&this.policy.version, MAX_EXTENDS_DEPTH),
            at_extends,
        )
        .help(messages::extends_too_deep_help(MAX_EXTENDS_DEPTH));
        return Err(vec![(top, draft)]);
    }
    visiting.push(top);
    if visiting.contains(&base) {
        let from = visiting.iter().position(|&i| i == base).unwrap_or(0);
        let chain: Vec<&str> = visiting[from..].iter().map(|&i| parsed[i].file.policy.version.as_str()).collect();
        let draft = Draft::new(
            Code::POLICY_REFERENCE,
            messages::extends_cycle(&messages::cycle_chain(&chain, CYCLE_SHOWN)),
            at_extends,
        )
        .help(messages::extends_cycle_help());
        return Err(vec![(top, draft)]);
    }
    let mut merged = merge(parsed, base, index, visiting)?;
    visiting.pop();
    let mut drafts = Vec::new();
    // The base's file is shared with its parsed form: copied once here.
    let file = std::sync::Arc::make_mut(&mut merged.file);
    let o = &mut merged.origins;
    let r = &this.remove;
    macro_rules! overlay_each {
        ($($field:ident: $noun:literal,)*) => {
            $(overlay(&mut file.$field, o, stringify!($field), &this.$field, &r.$field, top, &mut drafts);)*
        };
    }
    with_catalogues!(overlay_each);
    overlay(&mut file.rules, o, "rules", &this.rules, &r.rules, top, &mut drafts);
    file.policy = this.policy.clone();
    if this.entitlements.is_some() {
        file.entitlements = this.entitlements.clone();
    }
    if this.waivers.is_some() {
        file.waivers = this.waivers.clone();
    }
    if drafts.is_empty() { Ok(merged) } else { Err(drafts) }
}

/// Drops the removed entries of a base catalogue, replaces those the overlay
/// redefines, and appends the new ones. Entries are found by key in a map:
/// a scan of the base per entry was quadratic in the catalogue's size.
///
/// An id the overlay defines twice is kept twice (the second one appended),
/// so that the compiler reports it as `policy.duplicate` exactly as it does
/// for a file that extends nothing, rather than the second silently winning.
fn overlay<T: Keyed + Clone>(
    base: &mut Vec<T>,
    origins: &mut HashMap<&'static str, Vec<Origin>>,
    name: &'static str,
    over: &[T],
    removed: &[String],
    file: usize,
    drafts: &mut Vec<(usize, Draft)>,
) {
    let slots = origins.entry(name).or_default();
    let mut position: HashMap<String, usize> = HashMap::new();
    for (i, b) in base.iter().enumerate() {
        position.entry(b.key()).or_insert(i);
    }
    let mut gone = vec![false; base.len()];
    let mut budget = crate::suggest::Budget::default();
    for (j, key) in removed.iter().enumerate() {
        match position.remove(key) {
            Some(i) => gone[i] = true,
            None => {
                let known: Vec<String> = base.iter().zip(&gone).filter(|(_, g)| !**g).map(|(b, _)| b.key()).collect();
                let known: Vec<&str> = known.iter().map(String::as_str).collect();
                let draft = Draft::new(
                    Code::POLICY_REFERENCE,
                    messages::unknown_removal(name, key),
                    Target::Value(Path::of(&["remove", name]).index(j)),
                )
                .help(messages::reference_help("id", &known, budget.did_you_mean(key, &known)));
                drafts.push((file, draft));
            }
        }
    }
    let mut defined_here: HashSet<String> = HashSet::new();
    for (index, entry) in over.iter().enumerate() {
        let origin = Origin { file, index };
        let key = entry.key();
        match position.get(&key) {
            Some(&i) if !defined_here.contains(&key) => {
                base[i] = entry.clone();
                slots[i] = origin;
            }
            _ => {
                position.entry(key.clone()).or_insert(base.len());
                base.push(entry.clone());
                slots.push(origin);
                gone.push(false);
            }
        }
        defined_here.insert(key);
    }
    if gone.iter().any(|g| *g) {
        let mut keep = gone.iter().map(|g| !*g);
        base.retain(|_| keep.next().unwrap_or(true));
        let mut keep = gone.iter().map(|g| !*g);
        slots.retain(|_| keep.next().unwrap_or(true));
    }
}

fn collection_len(file: &PolicyFile, name: &str) -> usize {
    macro_rules! len {
        ($($field:ident: $noun:literal,)*) => {
            match name {
                $(stringify!($field) => file.$field.len(),)*
                "rules" => file.rules.len(),
                _ => 0,
            }
        };
    }
    with_catalogues!(len)
}
