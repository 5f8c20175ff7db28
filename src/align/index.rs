//! Candidate pairs from an inverted index, so large inputs never score all pairs.

use rayon::prelude::*;

use super::features::{Features, Vocabulary};

/// Candidates kept per passage, best first.
const PER_PASSAGE: usize = 24;

/// Pairs (a, b), a < b, from different sources, sharing enough informative terms.
pub fn candidates(
    features: &[Features],
    weights: &[f32],
    sources: &[usize],
    vocab: &Vocabulary,
) -> Vec<(u32, u32)> {
    let mut postings: Vec<Vec<u32>> = vec![Vec::new(); vocab.len()];
    for (i, f) in features.iter().enumerate() {
        for &t in &f.terms {
            postings[t as usize].push(i as u32);
        }
    }
    // Very common terms would make the index quadratic; rarer shared terms still find the pair.
    let cap = 64.max((features.len() as f64).sqrt() as usize * 4);
    let mut pairs: Vec<(u32, u32)> = (0..features.len())
        .into_par_iter()
        .flat_map_iter(|i| {
            let mut acc: Vec<(u32, f32)> = Vec::new();
            for &t in &features[i].terms {
                let list = &postings[t as usize];
                if list.len() > cap {
                    continue;
                }
                let w = weights[t as usize];
                for &j in list {
                    if sources[j as usize] != sources[i] {
                        acc.push((j, w));
                    }
                }
            }
            acc.sort_unstable_by_key(|&(j, _)| j);
            let mut merged: Vec<(u32, f32)> = Vec::new();
            for (j, w) in acc {
                match merged.last_mut() {
                    Some(last) if last.0 == j => last.1 += w,
                    _ => merged.push((j, w)),
                }
            }
            merged.retain(|&(_, w)| w >= 0.3);
            merged.sort_unstable_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
            merged.truncate(PER_PASSAGE);
            let i = i as u32;
            merged
                .into_iter()
                .map(move |(j, _)| if i < j { (i, j) } else { (j, i) })
        })
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}
