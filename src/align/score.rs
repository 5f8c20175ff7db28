//! Similarity of two passages: weighted term overlap, shared phrasing, and an
//! order-aware word alignment from `similar`.

use similar::{Algorithm, capture_diff_slices};

use super::features::{Features, TermId, TermKind, Vocabulary};

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

/// Weight and number of the terms of `a` and `b` paired as synonyms: two terms neither
/// passage shares exactly, with a lexicon class in common, each used once; a pair counts
/// the lighter weight of the two. Pairs are taken heaviest first, ties by term id, so the
/// result does not depend on anything but the two passages.
fn synonym_overlap(a: &Features, b: &Features, weights: &[f32]) -> (f32, usize) {
    let (sa, sb) = (&a.senses, &b.senses);
    if sa.is_empty() || sb.is_empty() {
        return (0.0, 0);
    }
    let mut pairs: Vec<(f32, TermId, TermId)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < sa.len() && j < sb.len() {
        match sa[i].0.cmp(&sb[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                let c = sa[i].0;
                let ei = i + sa[i..].iter().take_while(|x| x.0 == c).count();
                let ej = j + sb[j..].iter().take_while(|x| x.0 == c).count();
                for &(_, x) in &sa[i..ei] {
                    if b.terms.binary_search(&x).is_ok() {
                        continue;
                    }
                    for &(_, y) in &sb[j..ej] {
                        if a.terms.binary_search(&y).is_err() {
                            let w = weights[x as usize].min(weights[y as usize]);
                            pairs.push((w, x, y));
                        }
                    }
                }
                (i, j) = (ei, ej);
            }
        }
    }
    if pairs.is_empty() {
        return (0.0, 0);
    }
    pairs.sort_unstable_by(|p, q| q.0.total_cmp(&p.0).then((p.1, p.2).cmp(&(q.1, q.2))));
    let (mut used_a, mut used_b) = (Vec::new(), Vec::new());
    let (mut sum, mut n) = (0.0, 0);
    for (w, x, y) in pairs {
        if used_a.contains(&x) || used_b.contains(&y) {
            continue;
        }
        used_a.push(x);
        used_b.push(y);
        sum += w;
        n += 1;
    }
    (sum, n)
}

/// Least weight a passage is credited with when measuring containment.
const CONTAINMENT_FLOOR: f32 = 1.6;

/// At most this many terms of each passage go into the order-aware alignment.
pub const MAX_ALIGNED_TERMS: usize = 256;

fn capped(sequence: &[u32]) -> &[u32] {
    &sequence[..sequence.len().min(MAX_ALIGNED_TERMS)]
}

/// The parts of [`similarity`] that need no word alignment: the weighted sum of dice,
/// containment and bigrams, and the most words the alignment could match. `None` when the
/// two passages share too little to be compared.
fn cheap_parts(a: &Features, b: &Features, weights: &[f32]) -> Option<(f32, usize)> {
    if a.terms.is_empty() || b.terms.is_empty() {
        return None;
    }
    let wa = sum_weights(&a.terms, weights);
    let wb = sum_weights(&b.terms, weights);
    let (syn_weight, syn_count) = synonym_overlap(a, b, weights);
    let shared = shared_weight(&a.terms, &b.terms, weights) + syn_weight;
    // One shared word ("Xiaomi put down" / "Here is Xiaomi's statement:") is a topic, not a claim.
    if shared <= 0.0 || shared_count(&a.terms, &b.terms) + syn_count < 2 {
        return None;
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
    let (seq_a, seq_b) = (capped(&a.sequence), capped(&b.sequence));
    let in_other = |seq: &[u32], other: &Features| {
        seq.iter()
            .filter(|t| other.terms.binary_search(t).is_ok())
            .count()
    };
    let most = in_other(seq_a, b).min(in_other(seq_b, a));
    Some((0.45 * dice + 0.3 * containment + 0.1 * bigrams, most))
}

fn combine(cheap: f32, matched: usize, a: &Features, b: &Features) -> f32 {
    let len = capped(&a.sequence).len() + capped(&b.sequence).len();
    let ratio = 2.0 * matched as f32 / len as f32;
    (cheap + 0.15 * ratio).clamp(0.0, 1.0)
}

/// Bounds of [`similarity`] without the word alignment: `lo <= similarity(a, b) <= hi`,
/// exactly (the same float operations, with the alignment's share at its least and most).
pub fn similarity_bounds(a: &Features, b: &Features, weights: &[f32]) -> (f32, f32) {
    match cheap_parts(a, b, weights) {
        None => (0.0, 0.0),
        Some((cheap, most)) => (combine(cheap, 0, a, b), combine(cheap, most, a, b)),
    }
}

/// 0..=1: how likely two passages state the same claim.
pub fn similarity(a: &Features, b: &Features, weights: &[f32], _vocab: &Vocabulary) -> f32 {
    let Some((cheap, _)) = cheap_parts(a, b, weights) else {
        return 0.0;
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
    combine(cheap, matched, a, b)
}
