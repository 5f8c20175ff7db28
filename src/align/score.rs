//! Similarity of two passages: weighted term overlap, shared phrasing, and an
//! order-aware word alignment from `similar`.

use similar::{Algorithm, capture_diff_slices};

use super::features::{Features, TermKind, Vocabulary};

/// Weight of each term: general-English rarity blended with rarity in this comparison,
/// so the story's subject (rare in English, present everywhere here) neither dominates
/// nor vanishes.
pub fn term_weights(vocab: &Vocabulary, features: &[Features]) -> Vec<f32> {
    let mut df = vec![0u32; vocab.len()];
    let mut n = 0u32;
    for f in features {
        if f.terms.is_empty() {
            continue;
        }
        n += 1;
        for &t in &f.terms {
            df[t as usize] += 1;
        }
    }
    // Two short texts are no corpus: below 20 passages, rarity is judged as if there were 20.
    let n = n.max(20);
    let log_n = (n as f32).ln();
    (0..vocab.len())
        .map(|t| {
            let local = ((n as f32) / df[t].max(1) as f32).ln() / log_n;
            let base = vocab.general[t] * (0.15 + 0.85 * local.clamp(0.0, 1.0));
            match vocab.kinds[t] {
                TermKind::Word => base,
                TermKind::Name => base * 1.3,
                TermKind::Number => base.max(0.6),
            }
        })
        .collect()
}

fn sum_weights(terms: &[u32], weights: &[f32]) -> f32 {
    terms.iter().map(|&t| weights[t as usize]).sum()
}

/// Weight of terms present in both sorted lists.
fn shared_weight(a: &[u32], b: &[u32], weights: &[f32]) -> f32 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += weights[a[i] as usize];
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

fn shared_count<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Least weight a passage is credited with when measuring containment.
const CONTAINMENT_FLOOR: f32 = 1.6;

/// At most this many terms of each passage go into the order-aware alignment.
pub const MAX_ALIGNED_TERMS: usize = 256;

fn capped(sequence: &[u32]) -> &[u32] {
    &sequence[..sequence.len().min(MAX_ALIGNED_TERMS)]
}

/// 0..=1: how likely two passages state the same claim.
pub fn similarity(a: &Features, b: &Features, weights: &[f32], _vocab: &Vocabulary) -> f32 {
    if a.terms.is_empty() || b.terms.is_empty() {
        return 0.0;
    }
    let wa = sum_weights(&a.terms, weights);
    let wb = sum_weights(&b.terms, weights);
    let shared = shared_weight(&a.terms, &b.terms, weights);
    // One shared word ("Xiaomi put down" / "Here is Xiaomi's statement:") is a topic, not a claim.
    if shared <= 0.0 || shared_count(&a.terms, &b.terms) < 2 {
        return 0.0;
    }
    let dice = 2.0 * shared / (wa + wb);
    // One source often adds detail to the same claim: credit containment of the shorter.
    // A floor keeps a two-word headline from 'containing' every sentence naming its subject.
    let containment = shared / wa.min(wb).max(CONTAINMENT_FLOOR);
    let bigrams = if a.bigrams.is_empty() || b.bigrams.is_empty() {
        0.0
    } else {
        2.0 * shared_count(&a.bigrams, &b.bigrams) as f32
            / (a.bigrams.len() + b.bigrams.len()) as f32
    };
    // Capped: Myers is O((N+M)·D), and a pathological passage must not stall the comparison.
    let (seq_a, seq_b) = (capped(&a.sequence), capped(&b.sequence));
    let order = capture_diff_slices(Algorithm::Myers, seq_a, seq_b);
    let matched: usize = order
        .iter()
        .filter_map(|op| match op {
            similar::DiffOp::Equal { len, .. } => Some(*len),
            _ => None,
        })
        .sum();
    let ratio = 2.0 * matched as f32 / (seq_a.len() + seq_b.len()) as f32;
    let s = 0.45 * dice + 0.3 * containment + 0.1 * bigrams + 0.15 * ratio;
    s.clamp(0.0, 1.0)
}
