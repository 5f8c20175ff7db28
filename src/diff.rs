//! Word-level differences between two passages, from `similar`.
//!
//! ```
//! use corroborate::diff::{word_diff, Op};
//! let d = word_diff("The judge halted the ban.", "The judge paused the ban.");
//! assert!(d.iter().any(|s| s.op == Op::Delete && s.text == "halted"));
//! assert!(d.iter().any(|s| s.op == Op::Insert && s.text == "paused"));
//! ```

use serde::{Deserialize, Serialize};
use similar::{Algorithm, ChangeTag, TextDiff};

/// What a run of the diff is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Op {
    Equal,
    Insert,
    Delete,
}

/// A run of words with the same op; the first passage reads Equal+Delete runs, the
/// second Equal+Insert runs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiffSpan {
    pub op: Op,
    pub text: String,
}

/// Diffs `a` against `b` word by word (Unicode word bounds), merging runs.
pub fn word_diff(a: &str, b: &str) -> Vec<DiffSpan> {
    let diff = TextDiff::configure()
        .algorithm(Algorithm::Patience)
        .diff_unicode_words(a, b);
    let mut out: Vec<DiffSpan> = Vec::new();
    for change in diff.iter_all_changes() {
        let op = match change.tag() {
            ChangeTag::Equal => Op::Equal,
            ChangeTag::Insert => Op::Insert,
            ChangeTag::Delete => Op::Delete,
        };
        let text = change.value();
        // Whitespace between two changes of the same kind belongs to that change.
        match out.last_mut() {
            Some(last) if last.op == op => last.text.push_str(text),
            _ => out.push(DiffSpan {
                op,
                text: text.to_owned(),
            }),
        }
    }
    out
}

/// The text of one side of a diff: `old` = the first passage, else the second.
pub fn side(diff: &[DiffSpan], old: bool) -> impl Iterator<Item = &DiffSpan> {
    diff.iter().filter(move |s| match s.op {
        Op::Equal => true,
        Op::Delete => old,
        Op::Insert => !old,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_sides_rebuild_their_passages() {
        let (a, b) = (
            "Xiaomi sued the U.S. government on Friday.",
            "On Friday, Xiaomi sued the government.",
        );
        let d = word_diff(a, b);
        let old: String = side(&d, true).map(|s| s.text.as_str()).collect();
        let new: String = side(&d, false).map(|s| s.text.as_str()).collect();
        assert_eq!(old, a);
        assert_eq!(new, b);
        assert!(
            d.iter()
                .any(|s| s.op == Op::Equal && s.text.contains("Xiaomi sued the"))
        );
    }
}
