//! Passages of different sources → scored links → claims.
//!
//! [`link`] scores candidate pairs once (the slow part, independent of the threshold);
//! [`group::group`] turns the links above a threshold into claims (fast, so a slider can
//! re-group live). See `docs/method.md` for the method and its measured quality.

pub mod facts;
pub mod features;
pub mod group;
mod index;
pub mod lexicon;
pub mod score;
mod thesaurus;

use std::sync::atomic::{AtomicBool, Ordering};

use rayon::prelude::*;

use features::{Features, Vocabulary};

/// Links weaker than this are not kept: no threshold setting can use them.
pub const MIN_LINK: f32 = 0.15;

/// One passage as the aligner sees it.
pub struct Item<'a> {
    pub source: usize,
    pub text: &'a str,
    /// Boilerplate passages take no part in claims.
    pub eligible: bool,
}

/// A scored link between two passages of different sources (indices into the items).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Link {
    pub a: u32,
    pub b: u32,
    pub score: f32,
}

/// Everything the grouping needs, computed once per set of sources.
pub struct Linked {
    pub vocab: Vocabulary,
    pub features: Vec<Features>,
    pub weights: Vec<f32>,
    /// Sorted by (a, b); a < b.
    pub links: Vec<Link>,
}

/// The work was cancelled by a newer request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cancelled;

/// Scores candidate pairs between eligible passages of different sources.
pub fn link(items: &[Item], cancel: &AtomicBool) -> Result<Linked, Cancelled> {
    let mut vocab = Vocabulary::default();
    let features: Vec<Features> = items
        .iter()
        .map(|it| {
            if it.eligible {
                features::extract(it.text, &mut vocab)
            } else {
                Features::default()
            }
        })
        .collect();
    let weights = score::term_weights(&vocab, &features);
    if cancel.load(Ordering::Relaxed) {
        return Err(Cancelled);
    }
    let sources: Vec<usize> = items.iter().map(|it| it.source).collect();
    let candidates = index::candidates(&features, &weights, &sources, &vocab);
    let links: Vec<Link> = candidates
        .par_iter()
        .filter_map(|&(a, b)| {
            if cancel.load(Ordering::Relaxed) {
                return None;
            }
            let s = score::similarity(
                &features[a as usize],
                &features[b as usize],
                &weights,
                &vocab,
            );
            (s >= MIN_LINK).then_some(Link { a, b, score: s })
        })
        .collect();
    if cancel.load(Ordering::Relaxed) {
        return Err(Cancelled);
    }
    Ok(Linked {
        vocab,
        features,
        weights,
        links,
    })
}
