//! Passages of different sources → fact spans → scored links → claims: [`facts`] (the
//! aligner), [`lexicon`] (WordNet-derived event words), and the passage-level features and
//! similarity ([`features`], [`score`]) it uses to check that two passages agree as wholes.
//! See docs/method-facts.md for the method and its measured quality.

pub mod facts;
pub mod features;
pub mod lexicon;
pub mod score;

/// One passage as the aligner sees it. A source's items come in reading order: its first
/// eligible ones are its headline and lead ([`facts::LEAD_PASSAGES`]).
pub struct Item<'a> {
    pub source: usize,
    pub text: &'a str,
    /// Boilerplate passages take no part in claims.
    pub eligible: bool,
}

/// The work was cancelled by a newer request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cancelled;
