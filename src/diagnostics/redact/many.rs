//! The search for a file's secret values when it holds very many of them
//! (a manifest of thousands of accounts, or a broken file that puts a value
//! after `access_id =` on every line).
//!
//! Up to [`super::MANY`] values, masking builds the `aho-corasick` crate's
//! automaton, whose search is the quickest. Its construction moves the
//! states that end a pattern in front of the others by pairwise swaps and
//! then renumbers every state by walking the cycles of that permutation,
//! which grows faster than the number of values: 150,000 values took
//! 0.15–0.28 s and 300,000 took 0.5–3 s, by the order they came in. This
//! automaton is the textbook one (a trie, its failure links in order of
//! depth, and for each state the nearest state along them that ends a
//! value), so building it is linear in the bytes of the values, and a
//! search is linear in the text plus the occurrences it reports.
//!
//! Values are matched in any ASCII case, as the crate's automaton is asked
//! to: both the values and the text are read in lower case, which keeps
//! every byte offset.

use rustc_hash::FxHashMap;

/// The state every search starts in: the empty prefix.
const ROOT: u32 = 0;
/// No state.
const NONE: u32 = u32::MAX;

/// An Aho–Corasick automaton over the heads of a file's secret values.
#[derive(Debug, Clone)]
pub(super) struct Heads {
    /// The trie's edges below the root, by state and (lower-case) byte.
    next: FxHashMap<(u32, u8), u32>,
    /// The root's edges, one per byte ([`ROOT`] where none).
    root: Box<[u32; 256]>,
    /// Each state's failure link: the state of its longest proper suffix
    /// that is also in the trie.
    fail: Vec<u32>,
    /// Each state's depth: the length of the prefix it stands for.
    depth: Vec<u32>,
    /// The length of the longest value headed by the prefix that ends at
    /// each state, or 0 when no head ends there.
    length: Vec<usize>,
    /// The nearest state along the failure links (the state itself
    /// excluded) at which a head ends, or [`NONE`].
    output: Vec<u32>,
}

impl Heads {
    /// The automaton of `heads`: each a head and the length of the longest
    /// value it heads. Linear in the heads' bytes.
    pub(super) fn new<'h>(heads: impl IntoIterator<Item = (&'h str, usize)>) -> Heads {
        let mut next: FxHashMap<(u32, u8), u32> = FxHashMap::default();
        let mut root = Box::new([ROOT; 256]);
        // Per state: the edge it was reached by, its depth, and its length.
        let mut edge: Vec<(u32, u8)> = vec![(ROOT, 0)];
        let mut depth: Vec<u32> = vec![0];
        let mut length: Vec<usize> = vec![0];
        for (head, longest) in heads {
            if head.is_empty() {
                continue;
            }
            let mut state = ROOT;
            for byte in head.bytes().map(|b| b.to_ascii_lowercase()) {
                let known = if state == ROOT {
                    Some(root[usize::from(byte)]).filter(|&s| s != ROOT)
                } else {
                    next.get(&(state, byte)).copied()
                };
                state = match known {
                    Some(found) => found,
                    None => {
                        let Ok(new) = u32::try_from(edge.len()) else { break };
                        if state == ROOT {
                            root[usize::from(byte)] = new;
                        } else {
                            next.insert((state, byte), new);
                        }
                        edge.push((state, byte));
                        depth.push(depth[state as usize] + 1);
                        length.push(0);
                        new
                    }
                };
            }
            length[state as usize] = length[state as usize].max(longest);
        }
        let mut heads =
            Heads { next, root, fail: vec![ROOT; edge.len()], depth, length, output: vec![NONE; edge.len()] };
        // Failure links in order of depth: a state's link is found from its
        // parent's, which is shallower. Along any path of the trie the depth
        // of the link grows by at most one a byte and shrinks with every
        // link followed, so all of them together cost the trie's size.
        let mut by_depth: Vec<u32> = (1..edge.len() as u32).collect();
        by_depth.sort_unstable_by_key(|&s| heads.depth[s as usize]);
        for state in by_depth {
            let (parent, byte) = edge[state as usize];
            let link = if parent == ROOT {
                ROOT
            } else {
                let mut from = heads.fail[parent as usize];
                loop {
                    if let Some(to) = heads.step(from, byte) {
                        break to;
                    }
                    if from == ROOT {
                        break ROOT;
                    }
                    from = heads.fail[from as usize];
                }
            };
            heads.fail[state as usize] = link;
            heads.output[state as usize] =
                if heads.length[link as usize] > 0 { link } else { heads.output[link as usize] };
        }
        heads
    }

    /// The state reached from `state` by `byte`, if the trie has that edge.
    fn step(&self, state: u32, byte: u8) -> Option<u32> {
        if state == ROOT {
            Some(self.root[usize::from(byte)]).filter(|&s| s != ROOT)
        } else {
            self.next.get(&(state, byte)).copied()
        }
    }

    /// Calls `found(start, end, longest)` for every occurrence of every
    /// head in `text`, overlapping ones included, in the order they end
    /// (the longer first, where several end at one byte): `start..end` is
    /// the occurrence and `longest` the length of the longest value it
    /// heads. Stops when `found` returns false.
    pub(super) fn each(&self, text: &str, mut found: impl FnMut(usize, usize, usize) -> bool) {
        let mut state = ROOT;
        for (at, byte) in text.bytes().enumerate() {
            let byte = byte.to_ascii_lowercase();
            state = loop {
                if let Some(to) = self.step(state, byte) {
                    break to;
                }
                if state == ROOT {
                    break ROOT;
                }
                state = self.fail[state as usize];
            };
            let mut end = if self.length[state as usize] > 0 { state } else { self.output[state as usize] };
            while end != NONE {
                let i = end as usize;
                let start = at + 1 - self.depth[i] as usize;
                if !found(start, at + 1, self.length[i]) {
                    return;
                }
                end = self.output[i];
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Every occurrence of every head, by brute force, as `each` reports
    /// them (sorted, since the order among equal ends may differ).
    fn brute(heads: &[(&str, usize)], text: &str) -> Vec<(usize, usize, usize)> {
        let lower = text.to_ascii_lowercase();
        let mut found = Vec::new();
        for end in 1..=lower.len() {
            let mut here: FxHashMap<usize, usize> = FxHashMap::default();
            for (head, longest) in heads {
                let head = head.to_ascii_lowercase();
                if !head.is_empty() && end >= head.len() && lower.as_bytes()[end - head.len()..end] == *head.as_bytes()
                {
                    let at = here.entry(end - head.len()).or_default();
                    *at = (*at).max(*longest);
                }
            }
            found.extend(here.into_iter().map(|(start, longest)| (start, end, longest)));
        }
        found.sort_unstable();
        found
    }

    fn each(heads: &[(&str, usize)], text: &str) -> Vec<(usize, usize, usize)> {
        let automaton = Heads::new(heads.iter().copied());
        let mut found = Vec::new();
        automaton.each(text, |start, end, longest| {
            found.push((start, end, longest));
            true
        });
        found.sort_unstable();
        found
    }

    #[test]
    fn finds_overlapping_heads_in_any_case_with_their_longest_value() {
        let heads = [("aid-1", 13), ("AID-12", 14), ("d-12", 20), ("12aid", 9)];
        let text = "x aid-12aid-1 AID-1";
        assert_eq!(each(&heads, text), brute(&heads, text));
        assert_eq!(each(&heads, text), vec![(2, 7, 13), (2, 8, 14), (4, 8, 20), (6, 11, 9), (8, 13, 13), (14, 19, 13)]);
    }

    #[test]
    fn stops_when_told() {
        let automaton = Heads::new([("abc", 3)]);
        let mut seen = 0;
        automaton.each("abcabcabc", |_, _, _| {
            seen += 1;
            seen < 2
        });
        assert_eq!(seen, 2);
    }

    proptest! {
        /// On a small alphabet, so that heads share prefixes and suffixes
        /// and the failure links are exercised: the automaton reports
        /// exactly what comparing every head at every end reports.
        #[test]
        fn reports_what_brute_force_finds(
            heads in proptest::collection::vec(("[abAB-]{1,6}", 1usize..40), 0..12),
            text in "[abAB -]{0,60}",
        ) {
            let heads: Vec<(&str, usize)> = heads.iter().map(|(h, n)| (h.as_str(), *n)).collect();
            prop_assert_eq!(each(&heads, &text), brute(&heads, &text));
        }
    }
}
